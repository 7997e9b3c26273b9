package org.newsgraph.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.RdfLoader;

class RoundTripTest {

    private static final List<String> QUERIES = List.of(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER (?g != <https://w3id.org/newsgraph/graph/system>) } GROUP BY ?g ORDER BY ?g",
            "SELECT ?a ?h WHERE { ?a a <http://schema.org/NewsArticle> ; <http://schema.org/headline> ?h } ORDER BY ?a",
            "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a <http://schema.org/Person> } }",
            "SELECT ?g WHERE { GRAPH ?g { <http://example.org/id/person/vladimir-putin> <http://schema.org/name> ?n } } ORDER BY ?g",
            "SELECT ?c WHERE { ?p <http://schema.org/address> ?b . ?b <http://schema.org/addressCountry> ?c }",
            "SELECT ?x WHERE { ?x <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> \"Putin 🇷🇺 ünïcode\" }");

    @TempDir
    Path dir;

    @Test
    void aStoreLoadedFromTheNQuadsDumpAnswersTheSame() throws Exception {
        Path dump = dir.resolve("dump.nq.gz");
        List<List<String>> expected;
        try (NewsStore original = SmallStore.open(dir.resolve("original"))) {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dump))) {
                new DumpService(original, SmallStore.URIS).write(DumpFormat.NQUADS, out);
            }
            expected = answers(original);
        }
        try (NewsStore copy = NewsStore.openNative(dir.resolve("copy"))) {
            RdfLoader.Loaded loaded = new RdfLoader(copy).load(dump, Optional.empty());
            assertThat(loaded.graphs()).contains(SmallStore.GRAPH_A, SmallStore.GRAPH_B);
            assertThat(answers(copy)).isEqualTo(expected);
        }
        assertThat(expected.get(0)).hasSize(2);
    }

    private static List<List<String>> answers(NewsStore store) {
        List<List<String>> answers = new ArrayList<>();
        try (RepositoryConnection connection = store.repository().getConnection()) {
            for (String query : QUERIES) {
                List<String> rows = new ArrayList<>();
                try (TupleQueryResult result = connection.prepareTupleQuery(query).evaluate()) {
                    for (BindingSet row : result) {
                        StringBuilder line = new StringBuilder();
                        for (String name : result.getBindingNames()) {
                            var value = row.getValue(name);
                            line.append(value == null ? "" : value.isBNode() ? "_:" : value.toString()).append(' ');
                        }
                        rows.add(line.toString());
                    }
                }
                answers.add(rows);
            }
        }
        return answers;
    }
}
