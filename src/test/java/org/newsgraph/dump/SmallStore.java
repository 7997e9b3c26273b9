package org.newsgraph.dump;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Statements;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.newsgraph.store.NewsStore;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.UriSpace;

/** A native store with two article graphs that share triples, a default-graph triple and the system graph. */
final class SmallStore {

    static final UriSpace URIS = new UriSpace("http://example.org/");
    static final IRI GRAPH_A = URIS.articleGraph("a");
    static final IRI GRAPH_B = URIS.articleGraph("b");

    private static final String A = """
            @prefix schema: <http://schema.org/> .
            @prefix id: <http://example.org/id/> .
            <http://example.org/id/article/a> a schema:NewsArticle ; schema:headline "Putin visits \\"Pyongyang\\" <&>"@en ;
                schema:mentions <http://example.org/id/person/vladimir-putin> .
            <http://example.org/id/person/vladimir-putin> a schema:Person ; schema:name "Vladimir Putin"@en ;
                schema:address [ schema:addressCountry "RU" ] .
            <http://example.org/id/article/a/text#char=0,5> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> "Putin 🇷🇺 ünïcode" .
            """;

    private static final String B = """
            @prefix schema: <http://schema.org/> .
            <http://example.org/id/article/b> a schema:NewsArticle ; schema:headline "Second"@en ;
                schema:dateCreated "2024-06-19"^^<http://www.w3.org/2001/XMLSchema#date> ;
                schema:mentions <http://example.org/id/person/vladimir-putin> .
            <http://example.org/id/person/vladimir-putin> a schema:Person ; schema:name "Vladimir Putin"@en .
            """;

    private SmallStore() {
    }

    static NewsStore open(Path dir) throws IOException {
        NewsStore store = NewsStore.openNative(dir);
        store.claimBase(URIS);
        store.replaceGraph(GRAPH_A, turtle(A));
        store.replaceGraph(GRAPH_B, turtle(B));
        try (RepositoryConnection connection = store.repository().getConnection()) {
            connection.add(Values.iri("http://example.org/id/thing/loose"), Values.iri("http://example.org/p"), Values.literal(1));
        }
        return store;
    }

    static Model turtle(String text) throws IOException {
        return Rio.parse(new StringReader(text), "", RDFFormat.TURTLE);
    }

    /** Every quad of the store but the system graph's, as the store holds them. */
    static Model quads(NewsStore store) {
        Model quads = new LinkedHashModel();
        try (RepositoryConnection connection = store.repository().getConnection()) {
            for (Statement statement : connection.getStatements(null, null, null, false)) {
                if (!NG.SYSTEM_GRAPH.equals(statement.getContext())) {
                    quads.add(statement);
                }
            }
        }
        return quads;
    }

    /** The distinct triples of those quads (held in a set: fine for a test store). */
    static Model triples(NewsStore store) {
        Set<Statement> triples = new HashSet<>();
        for (Statement quad : quads(store)) {
            triples.add(Statements.statement(quad.getSubject(), quad.getPredicate(), quad.getObject(), null));
        }
        return new LinkedHashModel(triples);
    }

    static String write(Model model, RDFFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Rio.write(model, out, format);
        return out.toString(StandardCharsets.UTF_8);
    }
}
