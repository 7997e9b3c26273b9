package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With an update token configured, SPARQL Update runs for the bearer of that token and nobody else. */
class SparqlUpdateIT {

    private static final String TOKEN = "an-update-token-for-tests-0123456789";
    private static final String INSERT = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/b> \"c\" } }";

    @TempDir
    static Path storeDir;

    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(storeDir, List.of(), config -> config.withUpdateToken(TOKEN));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> update(String authorization) throws Exception {
        return update(INSERT, authorization);
    }

    private static HttpResponse<String> update(String text, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/sparql"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(text));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return server.send(request.build());
    }

    @Test
    void onlyTheBearerOfTheTokenMayUpdate() throws Exception {
        long before = server.application().store().size();
        HttpResponse<String> anonymous = update(null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(update("Bearer wrong-token-wrong-token-wrong").statusCode()).isEqualTo(403);
        assertThat(update("Basic " + TOKEN).statusCode()).isEqualTo(401);
        assertThat(server.application().store().size()).isEqualTo(before);
        var changedBefore = server.application().store().lastModified();
        assertThat(update("Bearer " + TOKEN).statusCode()).isEqualTo(204);
        assertThat(server.application().store().size()).isGreaterThan(before);
        assertThat(server.application().store().lastModified())
                .as("an update is a change: caches must not keep serving the old pages")
                .isAfter(changedBefore);
        HttpResponse<String> ask = server.get("/sparql?query=" + URLEncoder.encode("ASK { GRAPH <http://example.org/g> { ?s ?p \"c\" } }", StandardCharsets.UTF_8));
        assertThat(ask.body()).contains("true");
    }

    @Test
    void theServiceDescriptionAnnouncesUpdateAndGetStaysReadOnly() throws Exception {
        assertThat(server.get("/sparql").body()).contains("SPARQL11Update");
        HttpResponse<String> get = server.get("/sparql?update=" + URLEncoder.encode("CLEAR ALL", StandardCharsets.UTF_8),
                "Authorization", "Bearer " + TOKEN);
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(server.application().store().size()).isGreaterThan(0);
    }

    @Test
    void loadIsRefusedEvenWithTheToken() throws Exception {
        long before = server.application().store().size();
        HttpResponse<String> load = update("LOAD <file:///etc/hostname> INTO GRAPH <http://example.org/stolen>", "Bearer " + TOKEN);
        assertThat(load.statusCode()).isEqualTo(403);
        assertThat(load.body()).contains("LOAD is disabled");
        assertThat(server.application().store().size()).isEqualTo(before);
    }
}
