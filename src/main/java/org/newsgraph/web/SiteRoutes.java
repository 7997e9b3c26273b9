package org.newsgraph.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLConnection;
import java.util.Map;
import java.util.regex.Pattern;

import org.newsgraph.page.HomePage;
import org.newsgraph.store.NewsStore;

import spark.Request;
import spark.Response;

/** The home page, the health check and the static assets the pages use (served here: no CDN). */
public final class SiteRoutes implements Routes {

    private static final Pattern SAFE_ASSET = Pattern.compile("[A-Za-z0-9_.\\-]+(/[A-Za-z0-9_.\\-]+)*");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "woff2", "font/woff2");

    private final HomePage home;
    private final NewsStore store;

    public SiteRoutes(HomePage home, NewsStore store) {
        this.home = home;
        this.store = store;
    }

    @Override
    public void register(Router router) {
        router.get("/", this::home);
        router.get("/health", this::health);
        router.get("/static/*", (request, response) -> asset("static/", request.splat()[0], response));
    }

    private Object home(Request request, Response response) {
        response.type("text/html; charset=utf-8");
        return home.render();
    }

    private Object health(Request request, Response response) {
        response.type("application/json");
        response.header("Cache-Control", "no-store");
        long size = store.size();
        return "{\"status\":\"ok\",\"store\":\"open\",\"statements\":" + size + "}";
    }

    /** Serves a file from the classpath, refusing any path that could climb out of {@code root}. */
    static Object asset(String root, String path, Response response) throws IOException {
        if (path == null || !SAFE_ASSET.matcher(path).matches() || path.contains("..")) {
            throw new HttpError(404, "No such asset");
        }
        try (InputStream in = SiteRoutes.class.getClassLoader().getResourceAsStream(root + path)) {
            if (in == null) {
                throw new HttpError(404, "No such asset: " + path);
            }
            String extension = path.substring(path.lastIndexOf('.') + 1);
            String type = TYPES.getOrDefault(extension, URLConnection.guessContentTypeFromName(path));
            response.type(type == null ? "application/octet-stream" : type);
            response.header("Cache-Control", "public, max-age=3600");
            response.raw().getOutputStream().write(in.readAllBytes());
            return "";
        }
    }
}
