package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.ingest.GraphCheck;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.mapping.ArticleMapper;
import org.newsgraph.mapping.MappingPipeline;
import org.newsgraph.vocab.UriSpace;

class NewsStoreTest {

    private static final IRI A = Values.iri("http://example.org/graph/article/a");
    private static final IRI B = Values.iri("http://example.org/graph/article/b");

    @TempDir
    Path dir;

    private static Model labels(String... labels) {
        Model model = new LinkedHashModel();
        for (String label : labels) {
            model.add(Values.iri("http://example.org/id/x/" + label), RDFS.LABEL, Values.literal(label));
        }
        return model;
    }

    private static long count(NewsStore store, IRI graph) {
        try (RepositoryConnection connection = store.repository().getConnection()) {
            return connection.size(graph);
        }
    }

    @Test
    void replacingAGraphLeavesNoTraceOfTheOldOne() {
        try (NewsStore store = NewsStore.openNative(dir)) {
            store.replaceGraph(A, labels("one", "two", "three"));
            store.replaceGraph(B, labels("other"));
            store.replaceGraph(A, labels("four"));
            assertThat(count(store, A)).isEqualTo(1);
            assertThat(count(store, B)).isEqualTo(1);
        }
    }

    @Test
    void reingestingAnArticleMintsNoDuplicates() throws Exception {
        Files.createDirectories(dir.resolve("articles"));
        Path article = Files.copy(Path.of("data/articles/putin-visits-pyongyang.txt"), dir.resolve("articles/seed.txt"));
        UriSpace uris = new UriSpace("http://example.org/");
        try (NewsStore store = NewsStore.openNative(dir.resolve("store"))) {
            Ingester ingester = new Ingester(store, new ArticleReader(),
                    new MappingPipeline(uris, List.of(new ArticleMapper(java.time.Clock.systemUTC(), "test"))), GraphCheck.NONE);
            Ingester.Report first = ingester.ingest(List.of(article), outcome -> { });
            long size = store.size();
            Ingester.Report second = ingester.ingest(List.of(article), outcome -> { });
            assertThat(first.succeeded()).isEqualTo(1);
            assertThat(second.succeeded()).isEqualTo(1);
            assertThat(store.size()).isEqualTo(size);
        }
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheStoreAsItWas() {
        try (NewsStore store = NewsStore.openNative(dir)) {
            store.replaceGraph(A, labels("old1", "old2"));
            store.replaceGraph(B, labels("keep"));
            Model failing = new LinkedHashModel(labels("new1", "new2", "new3")) {
                private static final long serialVersionUID = 1L;

                @Override
                public Iterator<Statement> iterator() {
                    Iterator<Statement> inner = super.iterator();
                    return new Iterator<>() {
                        int served;

                        @Override
                        public boolean hasNext() {
                            return inner.hasNext();
                        }

                        @Override
                        public Statement next() {
                            if (++served == 2) {
                                throw new IllegalStateException("disk full, say");
                            }
                            return inner.next();
                        }
                    };
                }
            };
            assertThatThrownBy(() -> store.replaceGraphs(Map.of(B, labels("changed"), A, failing)))
                    .hasMessageContaining("disk full");
            try (RepositoryConnection connection = store.repository().getConnection()) {
                assertThat(connection.hasStatement(Values.iri("http://example.org/id/x/old1"), RDFS.LABEL, null, false, A)).isTrue();
                assertThat(connection.hasStatement(Values.iri("http://example.org/id/x/new1"), RDFS.LABEL, null, false)).isFalse();
                assertThat(connection.hasStatement(Values.iri("http://example.org/id/x/keep"), RDFS.LABEL, null, false, B)).isTrue();
            }
            assertThat(count(store, A)).isEqualTo(2);
        }
    }

    @Test
    void theFirstBaseIsKeptAndADifferentOneRefused() {
        try (NewsStore store = NewsStore.openNative(dir)) {
            store.claimBase(new UriSpace("http://example.org/"));
            store.claimBase(new UriSpace("http://example.org/"));
            assertThat(store.baseUri()).hasValue("http://example.org/");
            assertThatThrownBy(() -> store.claimBase(new UriSpace("https://news.example.com/")))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("built with base URI http://example.org/")
                    .hasMessageContaining("--base-uri http://example.org/");
        }
        try (NewsStore reopened = NewsStore.openNative(dir)) {
            assertThat(reopened.baseUri()).isEqualTo(Optional.of("http://example.org/"));
        }
    }

    @Test
    void lastModifiedMovesWithEveryWrite() throws Exception {
        try (NewsStore store = NewsStore.openNative(dir)) {
            assertThat(store.lastModified()).isEqualTo(java.time.Instant.EPOCH);
            store.replaceGraph(A, labels("one"));
            var first = store.lastModified();
            Thread.sleep(5);
            store.replaceGraph(A, labels("two"));
            assertThat(store.lastModified()).isAfter(first);
        }
    }

    @Test
    void aStoreHeldByAnotherOpenerIsRefusedClearly() {
        try (NewsStore first = NewsStore.openNative(dir)) {
            assertThatThrownBy(() -> NewsStore.openNative(dir))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("cannot open the store in")
                    .hasMessageContaining("another newsgraph process");
        }
    }
}
