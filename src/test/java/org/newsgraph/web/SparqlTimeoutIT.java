package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deadline is the server's own: a runaway query gets 503, never a 200 with a cut-off answer. */
class SparqlTimeoutIT {

    private static final String CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    @TempDir
    static Path storeDir;

    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(storeDir, List.of(), config -> config.withQueryTimeout(Duration.ofSeconds(2)));
        SparqlFixtures.loadGazetteer(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static CompletableFuture<HttpResponse<String>> async(String query, String accept) {
        HttpRequest request = HttpRequest.newBuilder(server.uri("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", accept)
                .timeout(Duration.ofSeconds(60))
                .build();
        return server.client().sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aCartesianCountGets503WhileTheServerKeepsAnswering() throws Exception {
        assertThat(server.application().store().size()).isGreaterThan(1000);
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<String>> runaway = async(CARTESIAN, "application/sparql-results+json");
        Thread.sleep(500);
        HttpResponse<String> health = server.get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(runaway).isNotDone();
        HttpResponse<String> response = runaway.get();
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("2 s");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(seconds).isLessThan(10);
        assertThat(server.get("/health").statusCode()).isEqualTo(200);
        HttpResponse<String> after = server.get("/sparql?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8));
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("true");
    }

    @Test
    void everyResultShapeTimesOut() throws Exception {
        String ask = "ASK { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l FILTER (STR(?a) = CONCAT(STR(?l), \"-no\")) }";
        String construct = "CONSTRUCT { ?a ?b ?l } WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } ORDER BY ?l ?i ?f";
        assertThat(async(ask, "application/sparql-results+json").get().statusCode()).isEqualTo(503);
        assertThat(async(construct, "text/turtle").get().statusCode()).isEqualTo(503);
        HttpResponse<String> page = async(CARTESIAN, "text/html").get();
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("<textarea").contains("2 s");
        assertThat(server.get("/health").statusCode()).isEqualTo(200);
    }
}
