package org.newsgraph.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsgraph.store.NewsStore;
import org.newsgraph.vocab.NG;

class DumpServiceTest {

    @TempDir
    Path dir;

    NewsStore store;
    DumpService dumps;

    @BeforeEach
    void open() throws Exception {
        store = SmallStore.open(dir.resolve("store"));
        dumps = new DumpService(store, SmallStore.URIS);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theStoreRepeatsASharedTripleThatTheDumpMustNot() {
        // The premise of the deduplication: the union of the graphs holds the shared triples twice.
        assertThat(SmallStore.quads(store).size()).isGreaterThan(SmallStore.triples(store).size());
    }

    @ParameterizedTest
    @EnumSource(value = DumpFormat.class, names = {"TURTLE", "NTRIPLES"})
    void tripleDumpsHoldEveryDistinctTripleOnce(DumpFormat format) throws Exception {
        byte[] dump = dump(format);
        Model expected = SmallStore.triples(store);

        Model rio = Rio.parse(new ByteArrayInputStream(dump), "", format.rdfFormat());
        assertThat(rio).hasSameSizeAs(expected);
        assertThat(Models.isomorphic(rio, expected)).isTrue();

        Graph jena = GraphFactory.createDefaultGraph();
        jenaParser(dump, format).parse(jena);
        Graph jenaExpected = GraphFactory.createDefaultGraph();
        RDFParser.fromString(SmallStore.write(expected, RDFFormat.NTRIPLES), Lang.NTRIPLES).parse(jenaExpected);
        assertThat(jena.size()).isEqualTo(expected.size());
        assertThat(jena.isIsomorphicWith(jenaExpected)).isTrue();
        if (format == DumpFormat.NTRIPLES) {
            String[] lines = new String(dump, StandardCharsets.UTF_8).split("\n");
            assertThat(lines).doesNotHaveDuplicates().hasSize(expected.size());
        }
    }

    @ParameterizedTest
    @EnumSource(value = DumpFormat.class, names = {"NQUADS", "TRIG"})
    void quadDumpsHoldEveryQuadOnce(DumpFormat format) throws Exception {
        byte[] dump = dump(format);
        Model expected = SmallStore.quads(store);

        Model rio = Rio.parse(new ByteArrayInputStream(dump), "", format.rdfFormat());
        assertThat(rio).hasSameSizeAs(expected);
        assertThat(Models.isomorphic(rio, expected)).isTrue();
        assertThat(rio.contexts()).contains(SmallStore.GRAPH_A, SmallStore.GRAPH_B, null).doesNotContain(NG.SYSTEM_GRAPH);

        DatasetGraph jena = DatasetGraphFactory.create();
        jenaParser(dump, format).parse(jena);
        DatasetGraph jenaExpected = DatasetGraphFactory.create();
        RDFParser.fromString(SmallStore.write(expected, RDFFormat.NQUADS), Lang.NQUADS).parse(jenaExpected);
        assertThat(jena.stream().count()).isEqualTo(expected.size());
        assertThat(IsoMatcher.isomorphic(jena, jenaExpected)).isTrue();
    }

    @Test
    void turtleUsesTheDatasetPrefixes() throws Exception {
        String turtle = new String(dump(DumpFormat.TURTLE), StandardCharsets.UTF_8);
        assertThat(turtle).contains("@prefix schema: <http://schema.org/>")
                .contains("@prefix id: <http://example.org/id/>")
                .contains("schema:NewsArticle");
    }

    @Test
    void neverWritesTheSystemGraph() throws Exception {
        for (DumpFormat format : DumpFormat.values()) {
            assertThat(new String(dump(format), StandardCharsets.UTF_8))
                    .doesNotContain(NG.SYSTEM_GRAPH.stringValue())
                    .doesNotContain(NG.baseUri.stringValue());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        dumps.writeGraph(NG.SYSTEM_GRAPH, RDFFormat.NQUADS, out);
        assertThat(out.size()).isZero();
    }

    @Test
    void oneGraphInJsonLdAndTrig() throws Exception {
        ByteArrayOutputStream jsonld = new ByteArrayOutputStream();
        dumps.writeGraph(SmallStore.GRAPH_B, RDFFormat.JSONLD, jsonld);
        Model parsed = Rio.parse(new StringReader(jsonld.toString(StandardCharsets.UTF_8)), "", RDFFormat.JSONLD);
        Model expected = SmallStore.quads(store).filter(null, null, null, SmallStore.GRAPH_B);
        assertThat(Models.isomorphic(parsed, expected)).isTrue();

        ByteArrayOutputStream trig = new ByteArrayOutputStream();
        dumps.writeGraph(SmallStore.GRAPH_B, RDFFormat.TRIG, trig);
        Model quads = Rio.parse(new ByteArrayInputStream(trig.toByteArray()), "", RDFFormat.TRIG);
        assertThat(quads.contexts()).containsExactly(SmallStore.GRAPH_B);
        assertThat(Models.isomorphic(quads, expected)).isTrue();
        assertThat(dumps.hasGraph(SmallStore.GRAPH_B)).isTrue();
        assertThat(dumps.hasGraph(SmallStore.URIS.articleGraph("nope"))).isFalse();
    }

    private byte[] dump(DumpFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        dumps.write(format, out);
        return out.toByteArray();
    }

    private static RDFParserBuilder jenaParser(byte[] dump, DumpFormat format) {
        Lang lang = switch (format) {
            case TURTLE -> Lang.TURTLE;
            case NTRIPLES -> Lang.NTRIPLES;
            case NQUADS -> Lang.NQUADS;
            case TRIG -> Lang.TRIG;
        };
        return RDFParser.source(new ByteArrayInputStream(dump)).lang(lang).strict(true);
    }
}
