package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.SD;
import org.eclipse.rdf4j.model.vocabulary.VOID;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.sparql.ExampleQueries;

class SparqlEndpointIT {

    private static final String COUNTRIES = "SELECT (COUNT(*) AS ?n) WHERE { ?c a <http://schema.org/Country> }";
    private static final String RUSSIA = "SELECT ?c ?name WHERE { ?c <http://schema.org/name> ?name . FILTER (?name = \"Russia\"@en) }";
    private static final String GAZETTEER = "http://localhost:8080/graph/gazetteer";

    @TempDir
    static Path storeDir;

    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(storeDir, List.of(TestServer.seedArticle()));
        SparqlFixtures.loadGazetteer(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String q(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> post(String path, String contentType, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return server.send(request.build());
    }

    private static long statements() {
        return server.application().store().size();
    }

    @Test
    void selectWorksByGetPostFormAndPostDirect() throws Exception {
        HttpResponse<String> get = server.get("/sparql?query=" + q(RUSSIA));
        HttpResponse<String> form = post("/sparql", "application/x-www-form-urlencoded", "query=" + q(RUSSIA));
        HttpResponse<String> direct = post("/sparql", "application/sparql-query", RUSSIA);
        for (HttpResponse<String> response : List.of(get, form, direct)) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/sparql-results+json"));
            assertThat(response.body()).contains("http://localhost:8080/id/country/russia");
        }
    }

    @Test
    void malformedQueryReturns400WithTheParsersLineAndColumn() throws Exception {
        HttpResponse<String> response = server.get("/sparql?query=" + q("SELECT * WHERE {\n ?s ?p \n}"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Malformed query").containsPattern("line 3");
    }

    @Test
    void graphQueriesDefaultToTurtleAndSelectToJson() throws Exception {
        HttpResponse<String> construct = server.get("/sparql?query=" + q("CONSTRUCT WHERE { ?c <http://schema.org/name> \"Russia\"@en }"));
        assertThat(construct.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/turtle"));
        Model model = Rio.parse(new StringReader(construct.body()), "", RDFFormat.TURTLE);
        assertThat(model.contains(Values.iri("http://localhost:8080/id/country/russia"), null, null)).isTrue();
    }

    @Test
    void formatParameterAndAcceptHeaderChooseTheSerialisation() throws Exception {
        assertType("/sparql?query=" + q(RUSSIA) + "&format=csv", null, "text/csv");
        assertType("/sparql?query=" + q(RUSSIA) + "&format=tsv", null, "text/tab-separated-values");
        assertType("/sparql?query=" + q(RUSSIA) + "&format=xml", null, "application/sparql-results+xml");
        assertType("/sparql?query=" + q("ASK {}") + "&format=csv", null, "text/csv");
        String describe = q("DESCRIBE <http://localhost:8080/id/country/russia>");
        assertType("/sparql?query=" + describe + "&format=jsonld", null, "application/ld+json");
        assertType("/sparql?query=" + describe + "&format=rdf", null, "application/rdf+xml");
        assertType("/sparql?query=" + describe + "&format=nt", null, "application/n-triples");
        assertType("/sparql?query=" + describe + "&format=nq", null, "application/n-quads");
        assertType("/sparql?query=" + q(RUSSIA), "text/csv;q=0.5, application/sparql-results+xml;q=0.9, */*;q=0.1", "application/sparql-results+xml");
        assertType("/sparql?query=" + describe, "application/n-triples, text/turtle;q=0.5", "application/n-triples");
        HttpResponse<String> csv = server.get("/sparql?query=" + q(RUSSIA) + "&format=csv");
        assertThat(csv.body()).startsWith("c,name").contains("http://localhost:8080/id/country/russia,Russia");
        assertThat(csv.headers().allValues("Vary")).contains("Accept");
        assertThat(server.get("/sparql?query=" + q(RUSSIA) + "&format=ttl").statusCode()).isEqualTo(400);
        assertThat(server.get("/sparql?query=" + q(RUSSIA), "Accept", "image/png").statusCode()).isEqualTo(406);
    }

    private static void assertType(String path, String accept, String expected) throws Exception {
        HttpResponse<String> response = accept == null ? server.get(path) : server.get(path, "Accept", accept);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(type -> assertThat(type).startsWith(expected));
    }

    @Test
    void protocolDatasetOverridesFromAndAMissingGraphIsEmpty() throws Exception {
        String ask = "ASK { ?c a <http://schema.org/Country> }";
        assertThat(server.get("/sparql?query=" + q(ask)).body()).contains("true");
        assertThat(server.get("/sparql?query=" + q(ask) + "&default-graph-uri=" + q("http://example.org/no-such-graph")).body())
                .contains("false");
        assertThat(server.get("/sparql?query=" + q(ask) + "&default-graph-uri=" + q(GAZETTEER)).body()).contains("true");
        String from = "ASK FROM <" + GAZETTEER + "> { ?c a <http://schema.org/Country> }";
        assertThat(server.get("/sparql?query=" + q(from) + "&default-graph-uri=" + q("http://example.org/no-such-graph")).body())
                .contains("false");
        String named = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }";
        assertThat(server.get("/sparql?query=" + q(named) + "&named-graph-uri=" + q(GAZETTEER) + "&format=csv").body())
                .isEqualTo("g\r\n" + GAZETTEER + "\r\n");
    }

    @Test
    void protocolErrorsHaveTheirStatuses() throws Exception {
        assertThat(server.get("/sparql?query=" + q("ASK {}") + "&query=" + q("ASK {}")).statusCode()).isEqualTo(400);
        assertThat(post("/sparql", "text/plain", "ASK {}").statusCode()).isEqualTo(415);
        assertThat(post("/sparql", null, "ASK {}").statusCode()).isEqualTo(415);
        assertThat(post("/sparql", "application/sparql-query; charset=UTF-16", "ASK {}").statusCode()).isEqualTo(415);
        HttpResponse<String> put = server.send(HttpRequest.newBuilder(server.uri("/sparql?query=" + q("ASK {}")))
                .PUT(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.headers().firstValue("Allow")).contains("GET, HEAD, POST, OPTIONS");
        assertThat(server.get("/sparql?query=" + q("ASK {}") + "&default-graph-uri=relative").statusCode()).isEqualTo(400);
    }

    @Test
    void everyFormOfUpdateIsRefusedAndTheDataIsUntouched() throws Exception {
        long before = statements();
        String drop = "DROP ALL";
        List<HttpResponse<String>> attempts = List.of(
                post("/sparql", "application/x-www-form-urlencoded", "update=" + q(drop)),
                post("/sparql", "application/sparql-update", drop),
                post("/sparql", "application/sparql-query", drop),
                post("/sparql", "application/x-www-form-urlencoded", "query=" + q(drop)),
                server.get("/sparql?update=" + q(drop)),
                server.get("/sparql?query=" + q(drop)),
                post("/sparql", "application/sparql-update", drop, "Authorization", "Bearer not-a-configured-token-at-all"));
        for (HttpResponse<String> attempt : attempts) {
            assertThat(attempt.statusCode()).as(attempt.request().toString()).isEqualTo(403);
            assertThat(attempt.body()).as(attempt.request().toString()).containsIgnoringCase("update");
        }
        HttpResponse<String> override = post("/sparql?update=" + q(drop), "application/sparql-update", drop,
                "X-HTTP-Method-Override", "GET");
        assertThat(override.statusCode()).isBetween(400, 499);
        HttpResponse<String> overrideGet = server.send(HttpRequest.newBuilder(server.uri("/sparql"))
                .header("X-HTTP-Method-Override", "POST").header("Content-Type", "application/sparql-update").GET().build());
        assertThat(overrideGet.statusCode()).isBetween(400, 499);
        assertThat(statements()).isEqualTo(before);
    }

    @Test
    void serviceClausesAreRefusedWhereverTheyHide() throws Exception {
        String service = "SELECT * WHERE { OPTIONAL { SERVICE <http://example.org/sparql> { ?s ?p ?o } } }";
        HttpResponse<String> response = server.get("/sparql?query=" + q(service));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("SERVICE");
        String innocent = "SELECT * WHERE { ?s <http://schema.org/name> \"SERVICE <http://example.org/> { }\" } # SERVICE <x> {}";
        assertThat(server.get("/sparql?query=" + q(innocent)).statusCode()).isEqualTo(200);
    }

    @Test
    void corsOnSuccessErrorsAndPreflight() throws Exception {
        assertThat(server.get("/sparql?query=" + q("ASK {}")).headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(server.get("/sparql?query=" + q("ASK {")).headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(post("/sparql", "text/plain", "x").headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        HttpResponse<String> preflight = server.send(HttpRequest.newBuilder(server.uri("/sparql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://example.org")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type, authorization").build());
        assertThat(preflight.statusCode()).isBetween(200, 204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(v -> assertThat(v).contains("GET").contains("POST"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(
                v -> assertThat(v).contains("Content-Type").contains("Accept").contains("Authorization"));
    }

    @Test
    void oversizedRequestsGet413And414() throws Exception {
        String big = "ASK {} #" + "x".repeat(SparqlRoutes.MAX_BODY);
        // A client sending a body over the limit gets 413. The server may answer and close before it has
        // read all of it, and java.net.http then loses the answer to a broken pipe now and then; a plain
        // socket writes the body from another thread and reads the answer whatever the writer meets.
        URI sparql = server.uri("/sparql");
        byte[] head = ("POST /sparql HTTP/1.1\r\nHost: " + sparql.getHost() + "\r\nConnection: close\r\n"
                + "Content-Type: application/sparql-query\r\nContent-Length: " + big.length() + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = new Socket(sparql.getHost(), sparql.getPort())) {
            socket.setSoTimeout(30_000);
            Thread writer = new Thread(() -> {
                try {
                    socket.getOutputStream().write(head);
                    socket.getOutputStream().write(big.getBytes(StandardCharsets.US_ASCII));
                    socket.getOutputStream().flush();
                } catch (IOException closedEarly) {
                    // the server answered before reading everything: what we read below says so
                }
            });
            writer.start();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertThat(statusLine).startsWith("HTTP/1.1 413");
            writer.join(30_000);
        }
        HttpResponse<String> longUri = server.get("/sparql?query=" + q("ASK {} #" + "x".repeat(20_000)));
        assertThat(longUri.statusCode()).isEqualTo(414);
        assertThat(server.get("/health").statusCode()).isEqualTo(200);
    }

    @Test
    void aChunkedBodyIsCountedAsItArrives() throws Exception {
        // The body never ends: a server that held it all before counting (as Spark's request wrapper does
        // with bodies of a declared length) would answer only when Jetty's idle timeout (30 s) cut the
        // connection, long after this client gives up.
        URI sparql = server.uri("/sparql");
        byte[] head = ("POST /sparql HTTP/1.1\r\nHost: " + sparql.getHost() + "\r\nConnection: close\r\n"
                + "Content-Type: application/sparql-query\r\nTransfer-Encoding: chunked\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] chunk = ("10000\r\n" + "#".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = new Socket(sparql.getHost(), sparql.getPort())) {
            socket.setSoTimeout(10_000);
            Thread writer = new Thread(() -> {
                try {
                    socket.getOutputStream().write(head);
                    for (int sent = 0; sent < 4 * SparqlRoutes.MAX_BODY; sent += 0x10000) {
                        socket.getOutputStream().write(chunk);
                    }
                    socket.getOutputStream().flush();
                } catch (IOException closedEarly) {
                    // the server refused before the writer was done: the status line below says how
                }
            });
            writer.start();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertThat(statusLine).startsWith("HTTP/1.1 413");
            writer.join(30_000);
        }
        assertThat(server.get("/health").statusCode()).isEqualTo(200);
    }

    @Test
    void serviceDescriptionByContentNegotiation() throws Exception {
        HttpResponse<String> turtle = server.get("/sparql");
        assertThat(turtle.statusCode()).isEqualTo(200);
        assertThat(turtle.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/turtle"));
        Model model = Rio.parse(new StringReader(turtle.body()), "", RDFFormat.TURTLE);
        var endpoint = Values.iri(server.base() + "sparql");
        assertThat(model.contains(endpoint, SD.ENDPOINT, endpoint)).isTrue();
        assertThat(model.contains(endpoint, SD.SUPPORTED_LANGUAGE, SD.SPARQL_11_QUERY)).isTrue();
        assertThat(model.contains(endpoint, SD.SUPPORTED_LANGUAGE, SD.SPARQL_11_UPDATE)).isFalse();
        assertThat(model.contains(endpoint, SD.FEATURE_PROPERTY, SD.UNION_DEFAULT_GRAPH)).isTrue();
        assertThat(model.contains(endpoint, SD.RESULT_FORMAT, Values.iri("http://www.w3.org/ns/formats/SPARQL_Results_JSON"))).isTrue();
        assertThat(model.contains(null, SD.NAME, Values.iri(GAZETTEER))).isTrue();
        assertThat(model.filter(null, VOID.TRIPLES, null).objects()).isNotEmpty();
        long total = model.filter(null, SD.DEFAULT_GRAPH, null).objects().stream()
                .map(graph -> ((org.eclipse.rdf4j.model.Literal) model.filter((org.eclipse.rdf4j.model.Resource) graph, VOID.TRIPLES, null)
                        .objects().iterator().next()).longValue())
                .findFirst().orElseThrow();
        assertThat(total).isEqualTo(statements());
        for (RDFFormat format : List.of(RDFFormat.JSONLD, RDFFormat.RDFXML)) {
            HttpResponse<String> response = server.get("/sparql", "Accept", format.getDefaultMIMEType());
            assertThat(Rio.parse(new StringReader(response.body()), "", format).contains(endpoint, SD.ENDPOINT, endpoint)).isTrue();
        }
        HttpResponse<String> browser = server.get("/sparql", "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertThat(browser.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(browser.body()).contains("<textarea id=\"query\" name=\"query\"");
    }

    @Test
    void queryPageShowsResultsWithPageLinksAndLoadsNothingFromOtherHosts() throws Exception {
        HttpResponse<String> page = server.get("/sparql?query=" + q(RUSSIA), "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body().replace("&#61;", "=").replace("&amp;", "&");
        assertThat(body)
                .contains("href=\"http://localhost:8080/page/country/russia\"")
                .contains("format=csv")
                .contains("Permalink")
                .contains("/webjars/codemirror/lib/codemirror.js")
                .contains("Sentences that mention Putin");
        Matcher sources = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(page.body());
        while (sources.find()) {
            String target = sources.group(1);
            if (page.body().regionMatches(sources.start() - 7, "<script", 0, 7) || target.endsWith(".css") || target.endsWith(".js")) {
                assertThat(target).as("asset").startsWith("/");
            }
        }
        for (String asset : List.of("/webjars/codemirror/lib/codemirror.js", "/webjars/codemirror/mode/sparql/sparql.js",
                "/webjars/codemirror/addon/hint/show-hint.js", "/webjars/codemirror/lib/codemirror.css", "/static/sparql.js")) {
            assertThat(server.get(asset).statusCode()).as(asset).isEqualTo(200);
        }
        assertThat(server.get("/webjars/codemirror/../../../../META-INF/MANIFEST.MF").statusCode()).isBetween(400, 404);
        HttpResponse<String> broken = server.get("/sparql?query=" + q("SELECT * {"), "Accept", "text/html");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("<textarea").contains("SELECT * {");
    }

    @Test
    void theHtmlTableIsCappedWithANote() throws Exception {
        String many = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }";
        HttpResponse<String> page = server.get("/sparql?query=" + q(many) + "&format=html");
        assertThat(statements()).isGreaterThan(SparqlRoutes.MAX_HTML_ROWS);
        assertThat(page.body()).contains("Showing the first " + SparqlRoutes.MAX_HTML_ROWS + " rows");
        assertThat(page.body().split("<tr>", -1).length - 2).isEqualTo(SparqlRoutes.MAX_HTML_ROWS);
    }

    @Test
    void everyExampleQueryRuns() throws Exception {
        for (ExampleQueries.Example example : ExampleQueries.all(server.base())) {
            HttpResponse<String> response = server.get("/sparql?query=" + q(example.query()));
            assertThat(response.statusCode()).as(example.title() + ": " + response.body()).isEqualTo(200);
        }
    }

    @Test
    void rdf4jAndJenaClientsTalkToTheEndpoint() throws Exception {
        SPARQLRepository repository = new SPARQLRepository(server.uri("/sparql").toString());
        try (RepositoryConnection connection = repository.getConnection();
                TupleQueryResult result = connection.prepareTupleQuery(COUNTRIES).evaluate()) {
            BindingSet row = result.next();
            assertThat(Integer.parseInt(row.getValue("n").stringValue())).isGreaterThan(200);
            assertThat(connection.prepareBooleanQuery("ASK { ?s ?p ?o }").evaluate()).isTrue();
            assertThat(connection.prepareGraphQuery("DESCRIBE <http://localhost:8080/id/country/russia>").evaluate().stream().count()).isGreaterThan(3);
        } finally {
            repository.shutDown();
        }
        try (QueryExecutionHTTP execution = QueryExecutionHTTP.service(server.uri("/sparql").toString()).query(COUNTRIES).build()) {
            ResultSet results = execution.execSelect();
            QuerySolution row = results.next();
            assertThat(row.getLiteral("n").getInt()).isGreaterThan(200);
        }
        try (QueryExecutionHTTP execution = QueryExecutionHTTP.service(server.uri("/sparql").toString())
                .query("CONSTRUCT WHERE { ?c <http://schema.org/name> \"Russia\"@en }").build()) {
            assertThat(execution.execConstruct().size()).isGreaterThan(0);
        }
    }

    @Test
    void graphStoreServesGraphsReadOnly() throws Exception {
        HttpResponse<String> graph = server.get("/rdf-graph-store?graph=" + q(GAZETTEER), "Accept", "text/turtle");
        assertThat(graph.statusCode()).isEqualTo(200);
        Model model = Rio.parse(new StringReader(graph.body()), "", RDFFormat.TURTLE);
        assertThat(model.contains(Values.iri("http://localhost:8080/id/country/russia"), null, null)).isTrue();
        assertThat(server.get("/rdf-graph-store?graph=" + q("http://example.org/none")).statusCode()).isEqualTo(404);
        HttpResponse<String> head = server.send(HttpRequest.newBuilder(server.uri("/rdf-graph-store?graph=" + q("http://example.org/none")))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(head.statusCode()).isEqualTo(404);
        assertThat(server.get("/rdf-graph-store?default", "Accept", "application/n-triples").statusCode()).isEqualTo(200);
        long before = statements();
        HttpResponse<String> put = server.send(HttpRequest.newBuilder(server.uri("/rdf-graph-store?graph=" + q(GAZETTEER)))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<a:b> <a:c> <a:d> .")).build());
        HttpResponse<String> delete = server.send(HttpRequest.newBuilder(server.uri("/rdf-graph-store?graph=" + q(GAZETTEER))).DELETE().build());
        assertThat(put.statusCode()).isEqualTo(403);
        assertThat(delete.statusCode()).isEqualTo(403);
        assertThat(statements()).isEqualTo(before);
    }
}
