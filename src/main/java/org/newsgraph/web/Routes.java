package org.newsgraph.web;

/** A feature's HTTP routes; the server registers each module in turn. */
@FunctionalInterface
public interface Routes {

    void register(Router router);
}
