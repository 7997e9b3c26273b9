package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.config.Config;
import org.newsgraph.vocab.UriSpace;

/**
 * The "done when" of dereferenceable URIs, over the seed article as the real pipeline maps it: a
 * reader who starts at the home page meets no dead end, and every IRI minted under {@code id/}
 * that a data document mentions answers Turtle that describes it.
 */
class LinkedDataCrawlIT {

    private static final int PAGE_BUDGET = 400;
    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");
    private static final Pattern TURTLE_ALTERNATE = Pattern.compile("<link rel=\"alternate\" type=\"text/turtle\" href=\"([^\"]+)\"");
    private static final String BROWSER = "text/html,application/xhtml+xml,*/*;q=0.8";

    @TempDir
    static Path storeDir;

    static TestServer server;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String own = "http://localhost:" + port + "/";
        server = TestServer.start(storeDir, List.of(TestServer.seedArticle()),
                config -> new Config(port, config.store(), new UriSpace(own), config.data(), config.queryTimeout(), null,
                        "https://creativecommons.org/licenses/by/4.0/", null, null, config.host()));
        base = server.base();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private record Fetched(int status, String type, String body, String path) {
    }

    /** GET with the given Accept, following same-site 303s (at most three), as a browser or an RDF client would. */
    private static Fetched fetch(String path, String accept) throws IOException, InterruptedException {
        String current = path;
        for (int hop = 0; hop < 4; hop++) {
            HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri(current))
                    .timeout(Duration.ofSeconds(60)).header("Accept", accept).GET().build());
            if (response.statusCode() == 303) {
                current = local(response.headers().firstValue("Location").orElseThrow()).orElseThrow();
                continue;
            }
            return new Fetched(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(), current);
        }
        throw new AssertionError("more than three redirects from " + path);
    }

    /** A same-site path for a link or a Location, without its fragment; empty for other sites. */
    private static Optional<String> local(String link) {
        String unescaped = unescape(link);
        String target = unescaped.startsWith(base) ? "/" + unescaped.substring(base.length()) : unescaped;
        int hash = target.indexOf('#');
        if (hash >= 0) {
            target = target.substring(0, hash);
        }
        if (!target.startsWith("/") || target.startsWith("//")) {
            return Optional.empty();
        }
        return Optional.of(target);
    }

    /** Undoes the numeric and the few named character references the templates write into attributes. */
    private static String unescape(String attribute) {
        Matcher reference = Pattern.compile("&#(x?)([0-9A-Fa-f]+);").matcher(attribute);
        StringBuilder out = new StringBuilder();
        while (reference.find()) {
            int code = Integer.parseInt(reference.group(2), reference.group(1).isEmpty() ? 10 : 16);
            reference.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(code))));
        }
        reference.appendTail(out);
        return out.toString().replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    @Test
    void aReaderMeetsNoDeadEndAndEveryMintedIriAnswersTurtle() throws Exception {
        Map<String, String> failures = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        Set<String> visitedPaths = new HashSet<>();
        // New paths first; the same path with another query (a text with another span marked) after them.
        Deque<String> fresh = new ArrayDeque<>(List.of("/"));
        Deque<String> variants = new ArrayDeque<>();
        Map<String, String> from = new LinkedHashMap<>();
        Set<String> minted = new LinkedHashSet<>();
        seen.add("/");
        int visited = 0;
        int dataDocuments = 0;
        while (visited < PAGE_BUDGET && !(fresh.isEmpty() && variants.isEmpty())) {
            String path = fresh.isEmpty() ? variants.poll() : fresh.poll();
            visited++;
            visitedPaths.add(path.split("\\?")[0]);
            Fetched page = fetch(path, BROWSER);
            if (page.status() != 200) {
                failures.put(path, page.status() + " (linked from " + from.get(path) + ")");
                continue;
            }
            if (!page.type().startsWith("text/html")) {
                continue;
            }
            // Every page names its data document in the head: read it, outside the page budget.
            Matcher alternate = TURTLE_ALTERNATE.matcher(page.body());
            if (alternate.find()) {
                Fetched data = fetch(local(alternate.group(1)).orElseThrow(), "text/turtle");
                if (data.status() != 200 || !data.type().startsWith("text/turtle")) {
                    failures.put(data.path(), data.status() + " " + data.type() + " (data of " + path + ")");
                    continue;
                }
                dataDocuments++;
                Model model = Rio.parse(new StringReader(data.body()), base + data.path().substring(1), RDFFormat.TURTLE);
                for (Statement statement : model) {
                    for (var value : List.of(statement.getSubject(), statement.getObject())) {
                        if (value instanceof IRI iri && iri.stringValue().startsWith(base + "id/")) {
                            minted.add(iri.stringValue());
                        }
                    }
                }
            }
            Matcher links = LINK.matcher(page.body());
            while (links.find()) {
                Optional<String> target = local(links.group(1));
                if (target.isEmpty() || target.get().startsWith("/sparql") || target.get().startsWith("/dump.")
                        || !seen.add(target.get())) {
                    continue;
                }
                from.put(target.get(), path);
                (visitedPaths.contains(target.get().split("\\?")[0]) || target.get().contains("?") ? variants : fresh).add(target.get());
            }
        }
        assertThat(failures).as("dead ends among %d pages", visited).isEmpty();
        assertThat(visited).isGreaterThan(150);
        assertThat(dataDocuments).isGreaterThan(100);
        assertThat(minted).as("minted IRIs found in data documents").hasSizeGreaterThan(50)
                .anyMatch(iri -> iri.contains("/id/event/"))
                .anyMatch(iri -> iri.contains("/id/position/"))
                .anyMatch(iri -> iri.contains("/id/rule/"))
                .anyMatch(iri -> iri.contains("/text#char="));
        for (String iri : minted) {
            Fetched data = fetch(local(iri).orElseThrow(), "text/turtle");
            if (data.status() != 200 || !data.type().startsWith("text/turtle")) {
                failures.put(iri, data.status() + " " + data.type());
                continue;
            }
            Model model = Rio.parse(new StringReader(data.body()), base + data.path().substring(1), RDFFormat.TURTLE);
            if (!model.contains(Values.iri(iri), null, null)) {
                failures.put(iri, "not a subject of " + data.path());
            }
        }
        assertThat(failures).as("IRIs that do not answer Turtle about themselves, of %d", minted.size()).isEmpty();
        System.out.printf("crawl: %d pages visited, %d data documents read, %d minted IRIs dereferenced%n",
                visited, dataDocuments, minted.size());
    }

    @Test
    void homeToArticleToPutinToTheVisitToPyongyangAndBack() throws Exception {
        String article = follow("/", "/page/article/");
        String putin = follow(article, "/page/person/vladimir-putin");
        String visit = follow(putin, "/page/event/state-visit-");
        String pyongyang = follow(visit, "/page/place/pyongyang");
        assertThat(follow(pyongyang, "/")).isEqualTo("/");
    }

    @Test
    void namedGraphsAnswerAsPagesQuadsAndTriples() throws Exception {
        for (String graph : List.of("gazetteer", "ontology", "cameo")) {
            assertThat(fetch("/graph/" + graph, BROWSER).status()).as(graph).isEqualTo(200);
            Fetched trig = fetch("/graph/" + graph, "application/trig");
            assertThat(trig.type()).startsWith("application/trig");
            Model quads = Rio.parse(new StringReader(trig.body()), base, RDFFormat.TRIG);
            assertThat(quads.contexts()).containsExactly(Values.iri(base + "graph/" + graph));
            Fetched turtle = fetch("/graph/" + graph, "text/turtle");
            Model triples = Rio.parse(new StringReader(turtle.body()), base, RDFFormat.TURTLE);
            assertThat(triples.contains(Values.iri(base + "graph/" + graph), null, null)).as(graph).isTrue();
        }
        assertThat(fetch("/graph/nothing", BROWSER).status()).isEqualTo(404);
        assertThat(fetch("/graph/article/nothing", "text/turtle").status()).isEqualTo(404);
    }

    /** Opens {@code path} as a browser and returns the first link on it that starts with {@code prefix}. */
    private static String follow(String path, String prefix) throws IOException, InterruptedException {
        Fetched page = fetch(path, BROWSER);
        assertThat(page.status()).as(path).isEqualTo(200);
        List<String> links = new ArrayList<>();
        Matcher matcher = LINK.matcher(page.body());
        while (matcher.find()) {
            // A prefix names a thing, not the index of its kind ("/page/article/" itself), except the home page "/".
            local(matcher.group(1)).filter(link -> "/".equals(prefix) ? link.equals("/")
                    : link.startsWith(prefix) && !link.endsWith("/")).ifPresent(links::add);
        }
        assertThat(links).as("links from %s to %s", path, prefix).isNotEmpty();
        String next = links.get(0);
        assertThat(fetch(next, BROWSER).status()).as(next).isEqualTo(200);
        return next;
    }
}
