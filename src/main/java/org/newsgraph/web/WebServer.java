package org.newsgraph.web;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import spark.Request;
import spark.Response;
import spark.Service;

/**
 * The HTTP server: Spark's instance API on Jetty 9.4. Modules register their routes; this class
 * owns what is common to all of them: errors, the catch-all 404, HEAD, the access log, lifecycle.
 */
public final class WebServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final Logger ACCESS = LoggerFactory.getLogger("newsgraph.access");
    private static final String STARTED = "newsgraph.started";

    private final Service service;
    private final ErrorPages errorPages;

    /** Starts serving on {@code host}:{@code port} (0: any free port) and returns once the port is open. */
    public WebServer(String host, int port, List<Routes> modules, ErrorPages errorPages) {
        this.errorPages = errorPages;
        AtomicReference<Exception> failure = new AtomicReference<>();
        service = Service.ignite()
                .ipAddress(host)
                .port(port)
                .threadPool(32, 4, 60_000);
        // Spark's default handler calls System.exit(100) when the port is taken.
        service.initExceptionHandler(failure::set);
        service.before((request, response) -> request.attribute(STARTED, System.nanoTime()));
        service.afterAfter(WebServer::logAccess);
        Router router = new Router(service);
        for (Routes module : modules) {
            module.register(router);
        }
        router.get("*", (request, response) -> {
            throw new HttpError(404, "Nothing is published at " + request.pathInfo());
        });
        service.exception(HttpError.class, (error, request, response) -> render(error.status(), error.getMessage(), request, response));
        service.exception(Exception.class, (error, request, response) -> {
            LOG.error("{} {} failed", request.requestMethod(), request.pathInfo(), error);
            render(500, "Internal server error", request, response);
        });
        service.init();
        service.awaitInitialization();
        if (failure.get() != null) {
            service.stop();
            throw new IllegalStateException("cannot listen on port " + port + ": " + failure.get().getMessage()
                    + " (is another server using it?)", failure.get());
        }
        LOG.info("listening on http://localhost:{}/", service.port());
    }

    public int port() {
        return service.port();
    }

    private void render(int status, String message, Request request, Response response) {
        response.status(status);
        String accept = request.headers("Accept");
        boolean html = MediaRange.choose(accept, List.of("text/plain", "text/html")).map("text/html"::equals).orElse(false)
                && accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html");
        if (html) {
            response.type("text/html; charset=utf-8");
            response.body(errorPages.html(status, message));
        } else {
            response.type("text/plain; charset=utf-8");
            response.body(status + " " + ErrorPages.reason(status) + ": " + message + "\n");
        }
    }

    private static void logAccess(Request request, Response response) {
        Long started = request.attribute(STARTED);
        long micros = started == null ? -1 : (System.nanoTime() - started) / 1000;
        int status = response.raw().getStatus();
        ACCESS.info("{} {} {} {} {}us", request.ip(), request.requestMethod(),
                request.queryString() == null ? request.pathInfo() : request.pathInfo() + "?" + request.queryString(),
                status, micros);
    }

    @Override
    public void close() {
        service.stop();
        service.awaitStop();
        LOG.info("server stopped");
    }
}
