package org.newsgraph.web;

import spark.Route;
import spark.Service;

/**
 * The routes a module may add. Every GET route also answers HEAD with the same status and
 * headers: Spark alone would answer HEAD with an empty 200 and never run the handler.
 */
public final class Router {

    private final Service service;

    Router(Service service) {
        this.service = service;
    }

    public void get(String path, Route route) {
        service.get(path, route);
        service.head(path, route);
    }

    public void post(String path, Route route) {
        service.post(path, route);
    }

    public void put(String path, Route route) {
        service.put(path, route);
    }

    public void delete(String path, Route route) {
        service.delete(path, route);
    }

    public void patch(String path, Route route) {
        service.patch(path, route);
    }

    public void options(String path, Route route) {
        service.options(path, route);
    }
}
