package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.DCAT;
import org.eclipse.rdf4j.model.vocabulary.VOID;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DumpRoutesIT {

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
    void compressedDumpIsADatedGzipDownload() throws Exception {
        HttpResponse<byte[]> response = bytes("GET", "/dump.ttl.gz");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/gzip");
        assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).matches("attachment; filename=\"newsgraph-20\\d{6}\\.ttl\\.gz\""));
        assertThat(response.headers().firstValue("ETag")).isPresent();
        assertThat(response.headers().firstValue("Last-Modified")).isPresent();
        Model model = Rio.parse(gunzip(response.body()), "", RDFFormat.TURTLE);
        assertThat(model.filter(null, null, Values.iri("http://schema.org/NewsArticle"))).isNotEmpty();
    }

    @Test
    void headGivesTheLengthOfTheCachedFileAndNoBody() throws Exception {
        for (String path : List.of("/dump.nq.gz", "/dump.nq")) {
            HttpResponse<byte[]> get = bytes("GET", path);
            HttpResponse<byte[]> head = bytes("HEAD", path);
            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.body()).isEmpty();
            assertThat(head.headers().firstValue("Content-Length")).hasValue(Integer.toString(get.body().length));
            assertThat(head.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag"));
        }
    }

    @Test
    void revalidationGets304() throws Exception {
        HttpResponse<byte[]> first = bytes("GET", "/dump.nt.gz");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(bytes("GET", "/dump.nt.gz", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(bytes("HEAD", "/dump.nt.gz", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(bytes("GET", "/dump.nt.gz", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(bytes("GET", "/dump.nt.gz", "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
    }

    @Test
    void uncompressedDumpIsTheSameRdf() throws Exception {
        HttpResponse<byte[]> plain = bytes("GET", "/dump.nt");
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/n-triples"));
        byte[] unzipped = gunzip(bytes("GET", "/dump.nt.gz").body()).readAllBytes();
        assertThat(plain.body()).isEqualTo(unzipped);
    }

    @Test
    void descriptionListsEveryDumpWithItsSizeAndChecksum() throws Exception {
        Model description = description("text/turtle");
        IRI endpoint = Values.iri(server.base() + "sparql");
        assertThat(description.filter(null, VOID.SPARQL_ENDPOINT, endpoint)).hasSize(1);
        for (String extension : List.of("ttl", "nt", "nq", "trig")) {
            IRI url = Values.iri(server.base() + "dump." + extension + ".gz");
            assertThat(description.filter(null, VOID.DATA_DUMP, url)).hasSize(1);
            var distribution = Models.subject(description.filter(null, DCAT.DOWNLOAD_URL, url)).orElseThrow();
            byte[] file = bytes("GET", "/dump." + extension + ".gz").body();
            assertThat(Models.objectLiteral(description.filter(distribution, DCAT.BYTE_SIZE, null)).orElseThrow().longValue())
                    .isEqualTo(file.length);
            var checksum = Models.objectResource(description.filter(distribution, Values.iri("http://spdx.org/rdf/terms#checksum"), null)).orElseThrow();
            String sha256 = Models.objectString(description.filter(checksum, Values.iri("http://spdx.org/rdf/terms#checksumValue"), null)).orElseThrow();
            assertThat(sha256).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file)));
            assertThat(description.filter(distribution, DCAT.COMPRESS_FORMAT,
                    Values.iri("https://www.iana.org/assignments/media-types/application/gzip"))).hasSize(1);
        }
        assertThat(description.filter(null, VOID.TRIPLES, null)).isNotEmpty();
        assertThat(description.filter(null, VOID.CLASS_PARTITION, null)).isNotEmpty();
        for (var statement : description) {
            for (Value value : List.of(statement.getSubject(), statement.getPredicate(), statement.getObject())) {
                if (value.isIRI()) {
                    assertThat(value.stringValue()).matches("https?://.+");
                }
            }
        }
    }

    @Test
    void descriptionIsNegotiated() throws Exception {
        Model turtle = description("text/turtle");
        for (String type : List.of("application/ld+json", "application/rdf+xml", "application/n-triples")) {
            HttpResponse<String> response = server.get("/.well-known/void", "Accept", type);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(value -> assertThat(value).startsWith(type));
            assertThat(response.headers().allValues("Vary")).anySatisfy(value -> assertThat(value).contains("Accept"));
            Model parsed = Rio.parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), "",
                    Rio.getParserFormatForMIMEType(type).orElseThrow());
            assertThat(Models.isomorphic(parsed, turtle)).as(type).isTrue();
        }
        HttpResponse<String> browser = server.get("/void", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(browser.headers().firstValue("Content-Type")).hasValueSatisfying(value -> assertThat(value).startsWith("text/plain"));
        assertThat(server.get("/.well-known/void", "Accept", "image/png").statusCode()).isEqualTo(406);
    }

    @Test
    void wholeStoreJsonLdIsRefusedWithAPointer() throws Exception {
        HttpResponse<String> response = server.get("/dump.jsonld");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("per article graph");
    }

    @Test
    void feedListsTheSeedArticleAsWellFormedAtom() throws Exception {
        HttpResponse<byte[]> response = bytes("GET", "/feed.atom");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/atom+xml"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body()));
        NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isEqualTo(1);
        Element entry = (Element) entries.item(0);
        assertThat(entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title").item(0).getTextContent())
                .startsWith("Putin begins historic visit to North Korea");
        assertThat(((Element) entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "category").item(0)).getAttribute("term"))
                .isEqualTo("added");
        NodeList links = entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link");
        List<String> hrefs = new java.util.ArrayList<>();
        for (int i = 0; i < links.getLength(); i++) {
            hrefs.add(((Element) links.item(i)).getAttribute("href"));
        }
        assertThat(hrefs).anySatisfy(href -> assertThat(href).startsWith(server.base() + "page/article/"))
                .anySatisfy(href -> assertThat(href).startsWith(server.base() + "graph/article/"))
                .anySatisfy(href -> assertThat(href).startsWith(server.base() + "data/graph/article/").endsWith(".trig"));
    }

    @Test
    void homePageLinksTheDescriptionAndTheDumps() throws Exception {
        assertThat(server.get("/", "Accept", "text/html").body())
                .contains("href=\"/.well-known/void\"").contains("href=\"/dump.nq.gz\"").contains("href=\"/feed.atom\"");
    }

    private static Model description(String type) throws Exception {
        HttpResponse<String> response = server.get("/.well-known/void", "Accept", type);
        assertThat(response.statusCode()).isEqualTo(200);
        return Rio.parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), "", RDFFormat.TURTLE);
    }

    private static HttpResponse<byte[]> bytes(String method, String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path))
                .timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return server.client().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static InputStream gunzip(byte[] body) throws IOException {
        return new GZIPInputStream(new ByteArrayInputStream(body));
    }
}
