package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.SD;
import org.eclipse.rdf4j.query.resultio.QueryResultIO;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.RdfLoader;

/**
 * The W3C SPARQL 1.1 Protocol, Service Description and Graph Store Protocol (GET) tests, replayed
 * over HTTP against the real server: once read-only (update tests must be refused), once with an
 * update token (update tests must pass). Prints a summary table for the README.
 */
class W3cProtocolIT {

    private static final String TOKEN = "w3c-protocol-test-token-0123456789";

    @TempDir
    static Path readOnlyDir;
    @TempDir
    static Path tokenDir;

    static TestServer readOnly;
    static TestServer withToken;
    static final Map<String, String[]> SUMMARY = new TreeMap<>();

    @BeforeAll
    static void start() throws IOException {
        readOnly = TestServer.start(readOnlyDir, List.of());
        withToken = TestServer.start(tokenDir, List.of(), config -> config.withUpdateToken(TOKEN));
    }

    @AfterAll
    static void stop() throws IOException {
        StringBuilder table = new StringBuilder("| suite | test | read-only | with update token |\n|---|---|---|---|\n");
        int passed = 0;
        int failed = 0;
        for (var row : SUMMARY.entrySet()) {
            String[] cells = row.getValue();
            table.append("| ").append(cells[0]).append(" | ").append(row.getKey().substring(row.getKey().indexOf(' ') + 1))
                    .append(" | ").append(cells[1] == null ? "" : cells[1]).append(" | ").append(cells[2] == null ? "" : cells[2]).append(" |\n");
            for (int i = 1; i <= 2; i++) {
                if (cells[i] != null && cells[i].startsWith("pass")) {
                    passed++;
                } else if (cells[i] != null && cells[i].startsWith("FAIL")) {
                    failed++;
                }
            }
        }
        table.append("\n").append(passed).append(" passed, ").append(failed).append(" failed\n");
        System.out.println("\nW3C SPARQL 1.1 protocol conformance\n" + table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/w3c-protocol-results.md"), table.toString());
        readOnly.close();
        withToken.close();
    }

    private static void record(String suite, String id, int column, String outcome) {
        SUMMARY.computeIfAbsent(suite + " " + id, key -> new String[] {suite, null, null})[column] = outcome;
    }

    @TestFactory
    Stream<DynamicTest> protocol() throws IOException {
        List<W3cManifest.Case> cases = W3cManifest.read(W3cManifest.folder().resolve("protocol/manifest.ttl"));
        assertThat(cases).hasSize(34);
        List<DynamicTest> tests = new ArrayList<>();
        for (W3cManifest.Case testCase : cases) {
            tests.add(DynamicTest.dynamicTest("read-only " + testCase.id(), () -> runTracked("protocol", testCase, 1, () -> runReadOnly(testCase))));
            tests.add(DynamicTest.dynamicTest("with token " + testCase.id(), () -> runTracked("protocol", testCase, 2, () -> runWithToken(testCase))));
        }
        return tests.stream();
    }

    @FunctionalInterface
    interface Check {
        void run() throws Exception;
    }

    private static void runTracked(String suite, W3cManifest.Case testCase, int column, Check check) throws Exception {
        try {
            check.run();
            record(suite, testCase.id(), column, "pass");
        } catch (AssertionError | Exception e) {
            record(suite, testCase.id(), column, "FAIL: " + String.valueOf(e.getMessage()).lines().findFirst().orElse("").replace("|", "/"));
            throw e;
        }
    }

    private static boolean isUpdateTest(W3cManifest.Case testCase) {
        return testCase.id().startsWith("update_");
    }

    private static void load(TestServer server, W3cManifest.Case testCase) throws IOException {
        RdfLoader loader = new RdfLoader(server.application().store());
        Path folder = W3cManifest.folder().resolve("protocol");
        for (String n : List.of("1", "2", "3")) {
            loader.load(folder.resolve("data" + n + ".nt"), Optional.of(Values.iri("http://kasei.us/2009/09/sparql/data/data" + n + ".rdf")));
        }
        for (var graph : testCase.graphs().entrySet()) {
            loader.load(graph.getValue(), Optional.of(Values.iri(graph.getKey())));
        }
    }

    private static void runReadOnly(W3cManifest.Case testCase) throws Exception {
        load(readOnly, testCase);
        if (isUpdateTest(testCase)) {
            long before = readOnly.application().store().size();
            HttpResponse<byte[]> response = send(readOnly, testCase.requests().get(0), null);
            assertThat(response.statusCode()).as("an update on a read-only endpoint").isEqualTo(403);
            assertThat(readOnly.application().store().size()).isEqualTo(before);
            return;
        }
        for (W3cManifest.Request request : testCase.requests()) {
            check(send(readOnly, request, null), request);
        }
    }

    private static void runWithToken(W3cManifest.Case testCase) throws Exception {
        load(withToken, testCase);
        for (W3cManifest.Request request : testCase.requests()) {
            check(send(withToken, request, TOKEN), request);
        }
    }

    static HttpResponse<byte[]> send(TestServer server, W3cManifest.Request request, String token) throws Exception {
        String path = request.path().replaceFirst("^/sparql/", "/sparql").replaceFirst("^/gsp", "/rdf-graph-store");
        HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body().getBytes(Charset.forName(request.encoding())));
        HttpRequest.Builder builder = HttpRequest.newBuilder(server.uri(path)).method(request.method(), body);
        request.headers().forEach(builder::header);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return server.client().send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void check(HttpResponse<byte[]> response, W3cManifest.Request request) throws Exception {
        String description = request.method() + " " + request.path();
        assertThat(W3cManifest.statusMatches(response.statusCode(), request.statuses()))
                .as(description + " answered " + response.statusCode() + " (" + new String(response.body(), "UTF-8").strip() + "), expected " + request.statuses())
                .isTrue();
        String type = response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (request.format() != null) {
            switch (request.format()) {
                case "boolean" -> assertThat(type).as(description).isIn("application/sparql-results+json", "application/sparql-results+xml");
                case "tabular" -> assertThat(type).as(description).isIn("application/sparql-results+json", "application/sparql-results+xml",
                        "text/csv", "text/tab-separated-values");
                case "RDF" -> assertThat(Rio.getParserFormatForMIMEType(type)).as(description + " " + type).isPresent();
                default -> throw new AssertionError("unknown expected format " + request.format());
            }
        }
        if (request.answer() != null) {
            var format = QueryResultIO.getBooleanParserFormatForMIMEType(type).orElseThrow();
            assertThat(QueryResultIO.parseBoolean(new ByteArrayInputStream(response.body()), format)).as(description).isEqualTo(request.answer());
        }
    }

    @TestFactory
    Stream<DynamicTest> serviceDescription() throws Exception {
        List<W3cManifest.Case> none = List.of();
        assertThat(none).isEmpty();
        Model sd = Rio.parse(new StringReader(readOnly.get("/sparql", "Accept", "text/turtle").body()), "", RDFFormat.TURTLE);
        var endpoint = Values.iri(readOnly.base() + "sparql");
        return Stream.of(
                DynamicTest.dynamicTest("returns-rdf", () -> trackedSd("returns-rdf", () -> {
                    HttpResponse<String> response = readOnly.get("/sparql", "Accept", "text/turtle, application/rdf+xml;q=0.9");
                    assertThat(response.statusCode()).isEqualTo(200);
                    assertThat(Rio.getParserFormatForMIMEType(response.headers().firstValue("Content-Type").orElse("").split(";")[0])).isPresent();
                    assertThat(sd).isNotEmpty();
                })),
                // The endpoint is named by its configured public address (the base), as a deployment behind a proxy is.
                DynamicTest.dynamicTest("has-endpoint-triple", () -> trackedSd("has-endpoint-triple",
                        () -> assertThat(sd.contains(null, SD.ENDPOINT, endpoint)).isTrue())),
                DynamicTest.dynamicTest("conforms-to-schema", () -> trackedSd("conforms-to-schema", () -> {
                    Set<Resource> services = sd.filter(null, RDF.TYPE, SD.SERVICE).subjects();
                    assertThat(services).hasSize(1);
                    Resource service = services.iterator().next();
                    assertThat(sd.filter(service, SD.ENDPOINT, null).objects()).allMatch(value -> value.isIRI());
                    assertThat(sd.filter(service, SD.SUPPORTED_LANGUAGE, null).objects())
                            .isNotEmpty().allMatch(value -> Set.of(SD.SPARQL_10_QUERY, SD.SPARQL_11_QUERY, SD.SPARQL_11_UPDATE).contains(value));
                    assertThat(sd.filter(service, SD.RESULT_FORMAT, null).objects()).isNotEmpty().allMatch(value -> value.isIRI());
                    Resource dataset = Models.objectResource(sd.filter(service, SD.DEFAULT_DATASET, null)).orElseThrow();
                    assertThat(sd.contains(dataset, RDF.TYPE, SD.DATASET)).isTrue();
                    assertThat(sd.filter(dataset, SD.DEFAULT_GRAPH, null)).hasSize(1);
                    for (var named : sd.filter(dataset, SD.NAMED_GRAPH_PROPERTY, null).objects()) {
                        assertThat(sd.filter((Resource) named, SD.NAME, null).objects()).hasSize(1).allMatch(value -> value.isIRI());
                    }
                })));
    }

    private static void trackedSd(String id, Check check) throws Exception {
        runTracked("service-description", new W3cManifest.Case(id, id, List.of(), Map.of(), Set.of()), 1, check);
    }

    /**
     * The Graph Store tests that read: their PUTs must be refused (the store is read-only over
     * HTTP) and are then applied straight to the store, so that the GETs and HEADs can be checked.
     * Tests that need POST or DELETE, or direct graph identification, do not apply.
     */
    @TestFactory
    Stream<DynamicTest> graphStoreReads() throws IOException {
        List<W3cManifest.Case> cases = W3cManifest.read(W3cManifest.folder().resolve("graph-store-protocol/manifest-indirect.ttl"));
        List<DynamicTest> tests = new ArrayList<>();
        for (W3cManifest.Case testCase : cases) {
            boolean writes = testCase.requests().stream().anyMatch(r -> Set.of("POST", "DELETE").contains(r.method()));
            boolean defaultGraph = testCase.requests().stream().anyMatch(r -> r.path().contains("?default"));
            if (writes || defaultGraph || testCase.requires().contains("DirectGraphIdentification")) {
                record("graph-store", testCase.id(), 1, writes ? "n/a (needs POST/DELETE)" : defaultGraph
                        ? "n/a (default graph is the union)" : "n/a (direct identification)");
                continue;
            }
            tests.add(DynamicTest.dynamicTest(testCase.id(), () -> runTracked("graph-store", testCase, 1, () -> runGraphStore(testCase))));
        }
        return tests.stream();
    }

    private static void runGraphStore(W3cManifest.Case testCase) throws Exception {
        for (W3cManifest.Request request : testCase.requests()) {
            HttpResponse<byte[]> response = send(readOnly, request, null);
            if ("PUT".equals(request.method())) {
                assertThat(response.statusCode()).as("PUT on a read-only store").isEqualTo(403);
                String graph = ProtocolParams.parse(request.path().substring(request.path().indexOf('?') + 1)).single("graph");
                Model model = Rio.parse(new StringReader(request.body()), graph, RDFFormat.TURTLE);
                readOnly.application().store().replaceGraph(Values.iri(graph), model);
                continue;
            }
            assertThat(W3cManifest.statusMatches(response.statusCode(), request.statuses()))
                    .as(request.method() + " " + request.path() + " answered " + response.statusCode()).isTrue();
            if (request.expectedBody() != null && "GET".equals(request.method())) {
                Model expected = Rio.parse(new StringReader(request.expectedBody()), "", RDFFormat.TURTLE);
                Model actual = Rio.parse(new ByteArrayInputStream(response.body()), "", RDFFormat.TURTLE);
                assertThat(Models.isomorphic(expected, actual)).as("graph returned by " + request.path()).isTrue();
            }
        }
    }
}
