package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.vocab.SCHEMA;

class EntityRoutesIT {

    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
    static final String RDFLIB = "text/turtle;q=1.0, application/rdf+xml;q=0.9, application/n-triples;q=0.8, application/ld+json;q=0.7, */*;q=0.1";

    @TempDir
    static Path storeDir;

    static TestServer server;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        server = PageFixture.start(storeDir);
        base = server.base();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> head(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).method("HEAD", HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return server.send(request.build());
    }

    @Test
    void browserIsSentToThePageWithAnAbsoluteLocation() throws Exception {
        HttpResponse<String> response = server.get("/id/person/vladimir-putin", "Accept", BROWSER);
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue(base + "page/person/vladimir-putin");
        assertThat(response.headers().firstValue("Vary")).hasValueSatisfying(vary -> assertThat(vary).contains("Accept"));
        assertThat(response.headers().allValues("Link")).anySatisfy(link -> assertThat(link)
                .isEqualTo("<" + base + "data/person/vladimir-putin.ttl>; rel=\"alternate\"; type=\"text/turtle\""));
        assertThat(response.headers().firstValue("Connection")).isEmpty();
        HttpResponse<String> head = head("/id/person/vladimir-putin", "Accept", BROWSER);
        assertThat(head.statusCode()).isEqualTo(303);
        assertThat(head.headers().firstValue("Location")).hasValue(base + "page/person/vladimir-putin");
    }

    @Test
    void rdfClientsAreSentToTheDataByTheirPreference() throws Exception {
        assertThat(server.get("/id/person/vladimir-putin", "Accept", RDFLIB).headers().firstValue("Location"))
                .hasValue(base + "data/person/vladimir-putin.ttl");
        assertThat(server.get("/id/country/russia", "Accept", "application/ld+json").headers().firstValue("Location"))
                .hasValue(base + "data/country/russia.jsonld");
        assertThat(server.get("/id/country/russia", "Accept", "application/rdf+xml;q=0.5, text/turtle;q=0.4").headers().firstValue("Location"))
                .hasValue(base + "data/country/russia.rdf");
        assertThat(server.get("/id/country/russia?format=nt", "Accept", BROWSER).headers().firstValue("Location"))
                .hasValue(base + "data/country/russia.nt");
        assertThat(server.get("/id/country/russia.jsonld", "Accept", BROWSER).headers().firstValue("Location"))
                .hasValue(base + "data/country/russia.jsonld");
    }

    @Test
    void nothingAcceptableIs406WithWhatIsOffered() throws Exception {
        HttpResponse<String> response = server.get("/id/country/russia", "Accept", "image/png");
        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(response.body()).contains("text/turtle").contains("application/ld+json").contains("text/html");
    }

    @Test
    void unknownIdsAre404AtOnceAndHtmlForBrowsers() throws Exception {
        HttpResponse<String> response = server.get("/id/person/nobody-at-all", "Accept", BROWSER);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(head("/id/person/nobody-at-all").statusCode()).isEqualTo(404);
        assertThat(server.get("/id/spaceship/x").statusCode()).isEqualTo(404);
        assertThat(server.get("/data/person/nobody-at-all.ttl").statusCode()).isEqualTo(404);
        assertThat(server.get("/page/person/nobody-at-all").statusCode()).isEqualTo(404);
    }

    @Test
    void dataDocumentHoldsTheDescriptionAndTheLabelsOfItsLinks() throws Exception {
        HttpResponse<String> response = server.get("/data/event/fixture-state-visit.ttl");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/turtle"));
        Model model = Rio.parse(new StringReader(response.body()), base, RDFFormat.TURTLE);
        var event = Values.iri(base + "id/event/fixture-state-visit");
        var putin = Values.iri(base + "id/person/vladimir-putin");
        assertThat(model.contains(event, Values.iri("https://w3id.org/newsgraph/geopol#visitor"), putin)).isTrue();
        assertThat(model.contains(putin, SCHEMA.name, Values.literal("Vladimir Putin", "en"))).isTrue();
        assertThat(model.contains(putin, Values.iri("https://w3id.org/newsgraph/geopol#holdsPosition"), null))
                .as("only labels and types of linked resources, not their descriptions").isFalse();
        for (String extension : new String[] {"jsonld", "rdf", "nt"}) {
            HttpResponse<String> other = server.get("/data/event/fixture-state-visit." + extension);
            Model parsed = Rio.parse(new StringReader(other.body()), base, Rio.getParserFormatForFileName("x." + extension).orElseThrow());
            assertThat(parsed).as(extension).hasSameSizeAs(model);
        }
    }

    @Test
    void dataDocumentsRevalidateAndCompress() throws Exception {
        HttpResponse<String> first = server.get("/data/country/russia.ttl");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(server.get("/data/country/russia.ttl", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(server.get("/data/country/russia.ttl", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(head("/data/country/russia.ttl").headers().firstValue("ETag")).hasValue(etag);
        HttpResponse<byte[]> gzipped = server.client().send(HttpRequest.newBuilder(server.uri("/data/country/russia.ttl"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String unzipped = new String(new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes(), "UTF-8");
        assertThat(unzipped).isEqualTo(first.body());
    }

    @Test
    void listingsSitemapsSearchAndOntologyRevalidate() throws Exception {
        for (String path : new String[] {"/page/graph/article/fixture-visit", "/sitemap.xml", "/sitemaps/1.xml", "/search?q=putin",
                "/ontology", "/ontology?format=ttl", "/page/person/"}) {
            HttpResponse<String> first = server.get(path);
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + path));
            HttpResponse<String> again = server.get(path, "If-None-Match", etag);
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).as(path).isEmpty();
            assertThat(server.get(path, "If-Modified-Since", first.headers().firstValue("Last-Modified").orElseThrow()).statusCode())
                    .as(path).isEqualTo(304);
        }
        assertThat(server.get("/ontology", "If-None-Match", server.get("/ontology?format=ttl").headers().firstValue("ETag").orElseThrow())
                .statusCode()).as("the HTML and the Turtle are different variants").isEqualTo(200);
    }

    @Test
    void articleGraphIsServedAsTrigAndListed() throws Exception {
        HttpResponse<String> redirect = server.get("/graph/article/fixture-visit", "Accept", "application/trig");
        assertThat(redirect.statusCode()).isEqualTo(303);
        assertThat(redirect.headers().firstValue("Location")).hasValue(base + "data/graph/article/fixture-visit.trig");
        HttpResponse<String> trig = server.get("/data/graph/article/fixture-visit.trig");
        Model model = Rio.parse(new StringReader(trig.body()), base, RDFFormat.TRIG);
        assertThat(model.contexts()).containsExactly(Values.iri(base + "graph/article/fixture-visit"));
        assertThat(server.get("/data/graph/article/fixture-visit.nq").statusCode()).isEqualTo(200);
        assertThat(server.get("/graph/article/fixture-visit", "Accept", BROWSER).headers().firstValue("Location"))
                .hasValue(base + "page/graph/article/fixture-visit");
        assertThat(server.get("/page/graph/article/fixture-visit").body()).contains("fixture-visit.trig");
    }

    @Test
    void personPageQuotesTheMentionAndShowsEventsAndData() throws Exception {
        HttpResponse<String> response = server.get("/page/person/vladimir-putin", "Accept", BROWSER);
        assertThat(response.statusCode()).isEqualTo(200);
        String html = response.body();
        assertThat(html).contains("<h1>Vladimir Putin</h1>")
                .contains("<mark>Vladimir Putin</mark>")
                .contains("🇷🇺 Russian President <mark>")
                .contains("href=\"http://www.wikidata.org/entity/Q7747\"")
                .contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"/data/person/vladimir-putin.ttl\"")
                .contains("<script type=\"application/ld+json\">")
                .contains("Putin&#39;s state visit to North Korea")
                .contains("<svg")
                .contains("DESCRIBE+%3C" + base.replace(":", "%3A").replace("/", "%2F") + "id%2Fperson%2Fvladimir-putin%3E");
    }

    @Test
    void articlePageEscapesTextAndEmbedsNewsArticleJsonLd() throws Exception {
        String html = server.get("/page/article/fixture-visit").body();
        assertThat(html).contains("\"@type\":\"NewsArticle\"")
                .contains("&lt;economic&gt; ties &amp; sanctions")
                .doesNotContain("<economic>")
                .contains("class=\"diagram\"")
                .contains("creativecommons.org/licenses/by/4.0");
        assertThat(server.get("/page/event/fixture-state-visit").body()).contains("Evidence").contains("visitor");
    }

    @Test
    void articleTextIsPlainOrHtmlWithTheSpanMarked() throws Exception {
        HttpResponse<String> plain = server.get("/id/article/fixture-visit/text", "Accept", "text/plain");
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.body()).startsWith("🇷🇺 Russian President Vladimir Putin");
        HttpResponse<String> turtle = server.get("/id/article/fixture-visit/text", "Accept", "text/turtle");
        assertThat(turtle.statusCode()).isEqualTo(303);
        assertThat(turtle.headers().firstValue("Location")).hasValue(base + "data/article/fixture-visit/text.ttl");
        Model spans = Rio.parse(new StringReader(server.get("/data/article/fixture-visit/text.ttl").body()), base, RDFFormat.TURTLE);
        assertThat(spans.contains(Values.iri(base + "id/article/fixture-visit/text#char=21,35"),
                Values.iri("http://www.w3.org/2005/11/its/rdf#taIdentRef"), Values.iri(base + "id/person/vladimir-putin"))).isTrue();
        assertThat(spans.contains(Values.iri(base + "id/article/fixture-visit/text"), null, null)).isTrue();
        HttpResponse<String> html = server.get("/id/article/fixture-visit/text?char=21,35", "Accept", BROWSER);
        assertThat(html.body()).contains("<mark id=\"span\">Vladimir Putin</mark>");
    }

    @Test
    void ontologyIsServedAsDocumentationAndAsRdf() throws Exception {
        HttpResponse<String> html = server.get("/ontology", "Accept", BROWSER);
        assertThat(html.body()).contains("id=\"StateVisit\"").contains("id=\"visitor\"");
        HttpResponse<String> turtle = server.get("/ontology", "Accept", "text/turtle");
        assertThat(turtle.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/turtle"));
        assertThat(Rio.parse(new StringReader(turtle.body()), "", RDFFormat.TURTLE)).isNotEmpty();
        assertThat(server.get("/ontology/cameo", "Accept", BROWSER).body()).contains("id=\"042\"");
        assertThat(server.get("/page/event/fixture-state-visit").body()).contains("href=\"/ontology#StateVisit\"");
    }

    @Test
    void oddAddressesAreNeverAServerError() throws Exception {
        String[] paths = {"/id/person/..%2F..%2Fpom.xml", "/id/person/v%C3%A1dimir", "/data/../pom.xml", "/page/person/%00",
                "/data/person/vladimir-putin.exe", "/id/article/fixture-visit/text/extra", "/page/person/x/y/z",
                "/id/person/" + "a".repeat(3000), "/static/..%2Fpom.xml", "/sitemaps/0.xml", "/page/person/vladimir-putin?page=-5"};
        for (String path : paths) {
            HttpResponse<String> response = server.get(path.replace("..", "..").replace(" ", "%20"));
            assertThat(response.statusCode()).as(path).isBetween(200, 499).isNotEqualTo(500);
            assertThat(response.body()).as(path).doesNotContain("<artifactId>");
        }
        assertThat(server.get("/id/person/" + "a".repeat(3000)).statusCode()).isIn(404, 414);
    }

    @Test
    void indexesSearchSitemapAndRobots() throws Exception {
        // Some 300 people in the gazetteer, 100 to a page, by name: Putin is on a later page, found by the pager.
        assertThat(server.get("/page/person/").body()).contains("Abbas Araghchi").contains("rel=\"next\"")
                .doesNotContain(">Vladimir Putin<");
        int page = 2;
        String body = server.get("/page/person/?page=2").body();
        while (!body.contains(">Vladimir Putin<") && body.contains("rel=\"next\"") && page < 10) {
            body = server.get("/page/person/?page=" + ++page).body();
        }
        assertThat(body).contains(">Vladimir Putin<");
        assertThat(server.get("/page/article/").body()).contains("Putin arrives in Pyongyang");
        assertThat(server.get("/page/event/").body()).contains("Putin and Kim hold talks");
        assertThat(server.get("/search?q=PYONGY").body()).contains("href=\"/page/place/pyongyang\"");
        assertThat(server.get("/sitemap.xml").body()).contains("<sitemapindex").contains(base + "sitemaps/1.xml");
        assertThat(server.get("/sitemaps/1.xml").body()).contains(base + "page/person/vladimir-putin");
        assertThat(server.get("/robots.txt").body()).contains("Disallow: /sparql").contains("Sitemap: " + base + "sitemap.xml");
    }

    @Test
    void jenaFollowsTheRedirectAndParses() {
        org.apache.jena.rdf.model.Model model = ModelFactory.createDefaultModel();
        RDFParser.source(base + "id/person/vladimir-putin").parse(model);
        assertThat(model.contains(model.createResource(base + "id/person/vladimir-putin"),
                model.createProperty("http://schema.org/sameAs"), model.createResource("http://www.wikidata.org/entity/Q7747"))).isTrue();
    }

    @Test
    void rdf4jRioReadsWhatRedirectsLead() throws Exception {
        HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> response = following.send(HttpRequest.newBuilder(java.net.URI.create(base + "id/country/north-korea"))
                .header("Accept", RDFLIB).build(), HttpResponse.BodyHandlers.ofString());
        RDFFormat format = Rio.getParserFormatForMIMEType(response.headers().firstValue("Content-Type").orElseThrow().split(";")[0]).orElseThrow();
        Model model = Rio.parse(new StringReader(response.body()), response.uri().toString(), format);
        assertThat(model.contains(Values.iri(base + "id/country/north-korea"), SCHEMA.sameAs, Values.iri("http://www.wikidata.org/entity/Q423"))).isTrue();
    }
}
