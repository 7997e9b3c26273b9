package org.newsgraph.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.NewsStore;
import org.newsgraph.vocab.UriSpace;

class SparqlServiceTest {

    private static final UriSpace URIS = new UriSpace("http://example.org/");
    private static final String DATA = """
            @prefix schema: <http://schema.org/> .
            <http://example.org/id/country/russia> a schema:Country ; schema:name "Russia"@en .
            <http://example.org/id/country/china> a schema:Country ; schema:name "China"@en .
            """;

    @TempDir
    Path dir;

    NewsStore store;
    SparqlService service;

    @BeforeEach
    void open() throws Exception {
        store = NewsStore.openNative(dir);
        store.replaceGraph(Values.iri("http://example.org/graph/gazetteer"), Rio.parse(new StringReader(DATA), "", RDFFormat.TURTLE));
        service = new SparqlService(store, URIS, Duration.ofSeconds(5));
    }

    @AfterEach
    void close() {
        service.close();
        store.close();
    }

    private String run(String query, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.evaluate(service.parse(query), QueryDataset.NONE, format, () -> out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void parseTellsTheFormOfAQuery() {
        assertThat(service.parse("SELECT * { ?s ?p ?o }").form()).isEqualTo(QueryForm.TUPLE);
        assertThat(service.parse("ASK { }").form()).isEqualTo(QueryForm.BOOLEAN);
        assertThat(service.parse("CONSTRUCT WHERE { ?s ?p ?o }").form()).isEqualTo(QueryForm.GRAPH);
        assertThat(service.parse("DESCRIBE <http://example.org/>").form()).isEqualTo(QueryForm.GRAPH);
    }

    @Test
    void malformedQueriesCarryTheParsersPosition() {
        assertThatThrownBy(() -> service.parse("SELECT * WHERE {\n  ?s ?p\n}"))
                .isInstanceOfSatisfying(SparqlException.class, e -> assertThat(e.reason()).isEqualTo(SparqlException.Reason.MALFORMED))
                .hasMessageContaining("line 3");
    }

    @Test
    void updatesAreNotQueries() {
        assertThatThrownBy(() -> service.parse("INSERT DATA { <a:b> <a:c> <a:d> }"))
                .isInstanceOfSatisfying(SparqlException.class, e -> assertThat(e.reason()).isEqualTo(SparqlException.Reason.NOT_A_QUERY));
    }

    @Test
    void serviceIsFoundInTheAlgebraNotTheText() {
        for (String query : List.of(
                "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
                "SELECT * { ?x ?y ?z OPTIONAL { { SERVICE SILENT <http://example.org/sparql> { ?s ?p ?o } } UNION { ?a ?b ?c } } }",
                "ASK { FILTER EXISTS { SERVICE ?endpoint { ?s ?p ?o } } }")) {
            assertThatThrownBy(() -> service.parse(query)).as(query)
                    .isInstanceOfSatisfying(SparqlException.class, e -> assertThat(e.reason()).isEqualTo(SparqlException.Reason.FEDERATION));
        }
        assertThat(service.parse("SELECT * { ?s ?p \"SERVICE <http://example.org/> { }\" } # SERVICE <x> { }").form()).isEqualTo(QueryForm.TUPLE);
        assertThatThrownBy(() -> service.update("INSERT { ?s ?p ?o } WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", QueryDataset.NONE))
                .isInstanceOfSatisfying(SparqlException.class, e -> assertThat(e.reason()).isEqualTo(SparqlException.Reason.FEDERATION));
    }

    @Test
    void resultsInEveryFormat() throws Exception {
        String select = "SELECT ?name WHERE { ?c a <http://schema.org/Country> ; <http://schema.org/name> ?name } ORDER BY ?name";
        assertThat(run(select, ResultFormat.CSV)).isEqualTo("name\r\nChina\r\nRussia\r\n");
        assertThat(run(select, ResultFormat.TSV)).isEqualTo("?name\n\"China\"@en\n\"Russia\"@en\n");
        assertThat(run(select, ResultFormat.JSON)).contains("\"value\" : \"China\"");
        assertThat(run(select, ResultFormat.XML)).contains("<literal xml:lang='en'>Russia</literal>");
        assertThat(run("ASK { ?c a <http://schema.org/Country> }", ResultFormat.JSON)).contains("\"boolean\" : true");
        assertThat(run("ASK { ?c a <http://schema.org/Person> }", ResultFormat.XML)).contains("<boolean>false</boolean>");
        assertThat(run("ASK { }", ResultFormat.CSV)).isEqualTo("_askResult\r\ntrue\r\n");
        String construct = "CONSTRUCT WHERE { ?c a <http://schema.org/Country> ; <http://schema.org/name> ?name }";
        Model expected = Rio.parse(new StringReader(DATA), "", RDFFormat.TURTLE);
        for (ResultFormat format : List.of(ResultFormat.TURTLE, ResultFormat.JSONLD, ResultFormat.RDFXML, ResultFormat.NTRIPLES)) {
            Model actual = Rio.parse(new StringReader(run(construct, format)), "", Rio.getParserFormatForMIMEType(format.mediaType()).orElseThrow());
            assertThat(Models.isomorphic(actual, expected)).as(format.name()).isTrue();
        }
    }

    @Test
    void theProtocolDatasetOverridesFromAndAnUnknownGraphIsEmpty() {
        String query = "SELECT (COUNT(*) AS ?n) FROM <http://example.org/graph/gazetteer> WHERE { ?s ?p ?o }";
        QueryDataset nothing = new QueryDataset(List.of("http://example.org/graph/none"), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.evaluate(service.parse(query), nothing, ResultFormat.CSV, () -> out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("n\r\n0\r\n");
    }

    @Test
    void theTableKeepsTheFirstRowsAndSaysWhetherThereAreMore() {
        ResultTable table = service.table(service.parse("SELECT ?s WHERE { ?s ?p ?o }"), QueryDataset.NONE, 2);
        assertThat(table.rows()).hasSize(2);
        assertThat(table.truncated()).isTrue();
        assertThat(service.table(service.parse("ASK {}"), QueryDataset.NONE, 2).answer()).isTrue();
    }

    @Test
    void anUpdateRunsInOneTransactionAndIsRolledBackOnFailure() {
        long before = store.size();
        service.update("INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/b> 1 } }", QueryDataset.NONE);
        assertThat(store.size()).isEqualTo(before + 1);
        assertThatThrownBy(() -> service.update("INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/b> 2 } } ;"
                + " LOAD <file:///no/such/file.ttl>", QueryDataset.NONE)).isInstanceOf(SparqlException.class);
        assertThat(store.size()).isEqualTo(before + 1);
    }

    @Test
    void usingParametersConflictWithWith() {
        QueryDataset using = new QueryDataset(List.of("http://example.org/g"), List.of());
        assertThatThrownBy(() -> service.update("WITH <http://example.org/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", using))
                .isInstanceOfSatisfying(SparqlException.class, e -> assertThat(e.reason()).isEqualTo(SparqlException.Reason.DATASET_CONFLICT));
    }

    @Test
    void theServiceDescriptionMatchesItsFixture() throws Exception {
        var counts = new ServiceDescription.Counts(7, Map.of("http://example.org/graph/gazetteer", 4L));
        Model actual = ServiceDescription.build(URIS, false, counts);
        String fixture = """
                @prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
                @prefix void: <http://rdfs.org/ns/void#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix f: <http://www.w3.org/ns/formats/> .
                <http://example.org/sparql> a sd:Service ;
                    sd:endpoint <http://example.org/sparql> ;
                    sd:supportedLanguage sd:SPARQL11Query ;
                    sd:feature sd:UnionDefaultGraph ;
                    sd:defaultEntailmentRegime <http://www.w3.org/ns/entailment/Simple> ;
                    sd:resultFormat f:SPARQL_Results_JSON, f:SPARQL_Results_XML, f:SPARQL_Results_CSV, f:SPARQL_Results_TSV,
                        f:Turtle, f:JSON-LD, f:RDF_XML, f:N-Triples, f:TriG, f:N-Quads ;
                    sd:defaultDataset [ a sd:Dataset ;
                        rdfs:seeAlso <http://example.org/.well-known/void> ;
                        sd:defaultGraph [ a sd:Graph ; void:triples 7 ] ;
                        sd:namedGraph [ a sd:NamedGraph ; sd:name <http://example.org/graph/gazetteer> ;
                            sd:graph [ a sd:Graph ; void:triples 4 ] ] ] .
                """;
        Model expected = Rio.parse(new StringReader(fixture), "", RDFFormat.TURTLE);
        assertThat(Models.isomorphic(actual, expected)).as(actual.toString()).isTrue();
    }
}
