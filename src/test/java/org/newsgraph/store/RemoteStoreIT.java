package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Application;
import org.newsgraph.config.Config;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.vocab.UriSpace;

/** The same code over a remote SPARQL 1.1 store: a real Fuseki process. */
class RemoteStoreIT {

    @TempDir
    static Path work;

    static FusekiProcess fuseki;

    @BeforeAll
    static void startFuseki() throws Exception {
        fuseki = FusekiProcess.start(work);
    }

    @AfterAll
    static void stopFuseki() throws Exception {
        fuseki.close();
    }

    private static long articleTriples(Application application) {
        try (RepositoryConnection connection = application.store().repository().getConnection();
                TupleQueryResult result = connection.prepareTupleQuery(
                        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"http://localhost:8080/graph/article/\")) }")
                        .evaluate()) {
            BindingSet row = result.next();
            return Long.parseLong(row.getValue("n").stringValue());
        }
    }

    @Test
    void ingestsTheSeedIntoFusekiAndReplacesItOnReingest() throws Exception {
        Config config = Config.of(0, fuseki.dataset(), "http://localhost:8080/", Path.of("data"));
        try (Application application = Application.open(config)) {
            application.installReferenceData();
            Ingester.Report first = application.ingester().ingest(List.of(Path.of("data/articles")), outcome -> { });
            assertThat(first.failed()).isZero();
            long triples = articleTriples(application);
            assertThat(triples).isGreaterThan(100);

            application.ingester().ingest(List.of(Path.of("data/articles")), outcome -> { });
            assertThat(articleTriples(application)).isEqualTo(triples);

            try (RepositoryConnection connection = application.store().repository().getConnection();
                    TupleQueryResult result = connection.prepareTupleQuery("""
                            PREFIX schema: <http://schema.org/>
                            SELECT ?name WHERE { ?a a schema:NewsArticle ; schema:mentions ?p . ?p schema:name ?name ;
                              schema:sameAs <http://www.wikidata.org/entity/Q7747> }""").evaluate()) {
                assertThat(result.hasNext()).as("Putin is mentioned, with his gazetteer name").isTrue();
                assertThat(result.next().getValue("name").stringValue()).isEqualTo("Vladimir Putin");
            }
            assertThat(application.store().baseUri()).hasValue("http://localhost:8080/");
        }
    }

    @Test
    void aRemoteStoreAlsoRefusesASecondBase() {
        try (NewsStore store = NewsStore.open(fuseki.dataset())) {
            store.claimBase(new UriSpace("http://localhost:8080/"));
            assertThatThrownBy(() -> store.claimBase(new UriSpace("http://elsewhere.example/")))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("http://localhost:8080/");
        }
    }
}
