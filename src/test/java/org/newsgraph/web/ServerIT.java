package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Application;
import org.newsgraph.config.Config;

class ServerIT {

    @TempDir
    static Path storeDir;

    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(storeDir, List.of(TestServer.seedArticle()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void sparqlFindsTheSeedHeadline() throws Exception {
        String query = "SELECT ?h WHERE { ?a a <http://schema.org/NewsArticle> ; <http://schema.org/headline> ?h }";
        HttpResponse<String> response = server.get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "Accept", "application/sparql-results+json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/sparql-results+json"));
        assertThat(response.body()).contains("Putin begins historic visit to North Korea");
    }

    @Test
    void homePageShowsTheLatestArticle() throws Exception {
        HttpResponse<String> response = server.get("/", "Accept", "text/html");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Putin begins historic visit to North Korea").contains("href=\"/sparql\"");
    }

    @Test
    void healthReportsAnOpenStore() throws Exception {
        HttpResponse<String> response = server.get("/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"store\":\"open\"").containsPattern("\"statements\":[1-9][0-9]*");
    }

    @Test
    void unknownPathIs404EvenForHead() throws Exception {
        assertThat(server.get("/no/such/thing").statusCode()).isEqualTo(404);
        var head = java.net.http.HttpRequest.newBuilder(server.uri("/no/such/thing"))
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build();
        assertThat(server.send(head).statusCode()).isEqualTo(404);
    }

    @Test
    void refusesToStartOnATakenPort(@TempDir Path otherStore) throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Config config = Config.of(taken.getLocalPort(), otherStore.toString(), "http://localhost:8080/", Path.of("data"));
            try (Application application = Application.open(config)) {
                org.assertj.core.api.Assertions.assertThatThrownBy(application::serve)
                        .hasMessageContaining("cannot listen on port " + taken.getLocalPort());
            }
        }
    }
}
