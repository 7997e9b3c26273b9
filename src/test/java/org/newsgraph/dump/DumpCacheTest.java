package org.newsgraph.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.NewsStore;

class DumpCacheTest {

    @TempDir
    Path dir;

    NewsStore store;
    DumpCache cache;

    @BeforeEach
    void open() throws Exception {
        store = SmallStore.open(dir.resolve("store"));
        cache = new DumpCache(new DumpService(store, SmallStore.URIS), store, dir.resolve("dumps"));
    }

    @AfterEach
    void close() {
        cache.close();
        store.close();
    }

    @Test
    void writesEachVersionOnceWithItsSizeAndChecksum() throws Exception {
        var first = cache.current();
        assertThat(cache.current()).isSameAs(first);
        DumpCache.Snapshot snapshot = first.get(60, TimeUnit.SECONDS);
        assertThat(snapshot.version()).isEqualTo(store.lastModified());
        assertThat(cache.current().get()).isSameAs(snapshot);
        for (DumpFormat format : DumpFormat.values()) {
            DumpFile file = snapshot.file(format);
            byte[] bytes = Files.readAllBytes(file.path());
            assertThat(file.byteSize()).isEqualTo(bytes.length);
            assertThat(file.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
            try (var in = new GZIPInputStream(Files.newInputStream(file.path()))) {
                byte[] raw = in.readAllBytes();
                assertThat(file.rawSize()).isEqualTo(raw.length);
                Model parsed = Rio.parse(new java.io.ByteArrayInputStream(raw), "", format.rdfFormat());
                Model expected = format.quads() ? SmallStore.quads(store) : SmallStore.triples(store);
                assertThat(Models.isomorphic(parsed, expected)).as(format.name()).isTrue();
            }
        }
        assertThat(snapshot.statistics().triples()).isEqualTo(SmallStore.triples(store).size());
        assertThat(snapshot.statistics().classes()).containsEntry("http://schema.org/Person", 1L)
                .containsEntry("http://schema.org/NewsArticle", 2L);
        assertThat(snapshot.statistics().properties()).containsEntry("http://schema.org/name", 1L);
        // vladimir-putin, article a, article b, the text span, the loose thing
        assertThat(snapshot.statistics().entities()).isEqualTo(5);
    }

    @Test
    void aNewVersionReplacesTheOldFiles() throws Exception {
        DumpCache.Snapshot before = cache.current().get(60, TimeUnit.SECONDS);
        store.removeGraphs(java.util.List.of(SmallStore.GRAPH_B));
        DumpCache.Snapshot after = cache.current().get(60, TimeUnit.SECONDS);
        assertThat(after.version()).isAfter(before.version());
        assertThat(after.statistics().triples()).isLessThan(before.statistics().triples());
        assertThat(before.file(DumpFormat.TURTLE).path()).doesNotExist();
        assertThat(after.file(DumpFormat.TURTLE).path()).exists();
    }

    @Test
    void aRestartFindsTheDumpsOfTheSameVersion() throws Exception {
        DumpCache.Snapshot written = cache.current().get(60, TimeUnit.SECONDS);
        DumpCache again = new DumpCache(new DumpService(store, SmallStore.URIS), store, dir.resolve("dumps"));
        try {
            var found = again.current();
            assertThat(found).isDone();
            assertThat(found.get()).isEqualTo(written);
        } finally {
            again.close();
        }
    }
}
