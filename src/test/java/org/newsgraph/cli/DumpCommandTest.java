package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.NewsStore;

class DumpCommandTest {

    @TempDir
    Path dir;

    @Test
    void formatsComeFromTheOptionOrTheFileName() {
        assertThat(DumpFormats.choose("turtle.gz", "-")).isEqualTo(new DumpFormats.Choice(RDFFormat.TURTLE, true));
        assertThat(DumpFormats.choose(null, "out/dump.nq.gz")).isEqualTo(new DumpFormats.Choice(RDFFormat.NQUADS, true));
        assertThat(DumpFormats.choose("nt", "dump.nt.gz")).isEqualTo(new DumpFormats.Choice(RDFFormat.NTRIPLES, true));
        assertThat(DumpFormats.choose(null, "-")).isEqualTo(new DumpFormats.Choice(RDFFormat.TURTLE, false));
    }

    @Test
    void dumpsTheStoreAndOneGraphToFiles() throws Exception {
        Path store = dir.resolve("store");
        try (NewsStore news = NewsStore.openNative(store)) {
            news.replaceGraph(Values.iri("http://example.org/graph/article/a"), Rio.parse(new java.io.StringReader(
                    "<http://example.org/id/x> <http://schema.org/name> \"X\" ."), "", RDFFormat.TURTLE));
            news.replaceGraph(Values.iri("http://example.org/graph/article/b"), Rio.parse(new java.io.StringReader(
                    "<http://example.org/id/x> <http://schema.org/name> \"X\" . <http://example.org/id/y> <http://schema.org/name> \"Y\" ."),
                    "", RDFFormat.TURTLE));
        }
        Path nt = dir.resolve("all.nt.gz");
        assertThat(Main.run("dump", "--store", store.toString(), "--output", nt.toString())).isZero();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(nt))) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()).hasSize(2);
        }
        Path jsonld = dir.resolve("b.jsonld");
        assertThat(Main.run("dump", "--store", store.toString(), "--graph", "http://example.org/graph/article/b",
                "--output", jsonld.toString())).isZero();
        Model graph = Rio.parse(Files.newInputStream(jsonld), "", RDFFormat.JSONLD);
        assertThat(graph).hasSize(2);
        assertThat(Main.run("dump", "--store", store.toString(), "--format", "jsonld", "--output", dir.resolve("x").toString()))
                .isEqualTo(1);
        assertThat(dir.resolve("x")).doesNotExist();
    }
}
