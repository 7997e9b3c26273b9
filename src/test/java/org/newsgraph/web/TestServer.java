package org.newsgraph.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.newsgraph.cli.Application;
import org.newsgraph.config.Config;

/**
 * The real newsgraph server for integration tests: a native store in a temporary folder, the
 * bundled data ingested, the HTTP server on a free port, and a client that follows no redirects.
 */
public final class TestServer implements AutoCloseable {

    private final Application application;
    private final int port;
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private TestServer(Application application, int port) {
        this.application = application;
        this.port = port;
    }

    /** Starts a server over a new store in {@code storeDir}, with the articles of {@code articles} ingested. */
    public static TestServer start(Path storeDir, List<Path> articles) throws IOException {
        return start(storeDir, articles, config -> config);
    }

    /** Like {@link #start(Path, List)}, with a chance to change the configuration (timeout, update token). */
    public static TestServer start(Path storeDir, List<Path> articles, java.util.function.UnaryOperator<Config> tweak)
            throws IOException {
        // The base must be known before the port: tests use a fixed base, as a deployment behind a proxy would.
        // Tests listen on loopback only: nothing outside this machine reaches them.
        Config config = tweak.apply(Config.of(0, storeDir.toString(), "http://localhost:8080/", Path.of("data")).withHost("127.0.0.1"));
        Application application = Application.open(config);
        try {
            application.installReferenceData();
            if (!articles.isEmpty()) {
                application.ingester().ingest(articles, outcome -> { });
            }
            int port = application.serve();
            return new TestServer(application, port);
        } catch (IOException | RuntimeException e) {
            application.close();
            throw e;
        }
    }

    /** The seed article, as bundled. */
    public static Path seedArticle() {
        return Path.of("data/articles/putin-visits-pyongyang.txt");
    }

    public Application application() {
        return application;
    }

    public int port() {
        return port;
    }

    /** The base IRIs are minted under (not the address the server listens on). */
    public String base() {
        return application.config().uris().base();
    }

    /** The server's address for a path such as {@code /sparql}. */
    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** The server's address for an IRI minted under the base. */
    public URI local(String iri) {
        return uri("/" + iri.substring(base().length()));
    }

    public HttpClient client() {
        return client;
    }

    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        application.close();
    }
}
