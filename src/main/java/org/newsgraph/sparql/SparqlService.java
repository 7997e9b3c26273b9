package org.newsgraph.sparql;

import java.io.OutputStream;

import org.eclipse.rdf4j.query.BooleanQuery;
import org.eclipse.rdf4j.query.GraphQuery;
import org.eclipse.rdf4j.query.MalformedQueryException;
import org.eclipse.rdf4j.query.Query;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.resultio.sparqljson.SPARQLBooleanJSONWriter;
import org.eclipse.rdf4j.query.resultio.sparqljson.SPARQLResultsJSONWriter;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.newsgraph.store.NewsStore;

/** Answers SPARQL queries over the store: the union of all graphs unless the query names its dataset. */
public final class SparqlService {

    private final NewsStore store;

    public SparqlService(NewsStore store) {
        this.store = store;
    }

    /** A query the parser rejected, with its message (line and column). */
    public static final class BadQueryException extends Exception {
        private static final long serialVersionUID = 1L;

        BadQueryException(String message) {
            super(message);
        }
    }

    /** Evaluates {@code query} and writes SELECT/ASK results as SPARQL JSON, graphs as Turtle. Returns the media type written. */
    public String evaluate(String query, OutputStream out) throws BadQueryException {
        try (RepositoryConnection connection = store.repository().getConnection()) {
            Query prepared;
            try {
                prepared = connection.prepareQuery(QueryLanguage.SPARQL, query);
            } catch (MalformedQueryException e) {
                throw new BadQueryException(e.getMessage());
            }
            if (prepared instanceof TupleQuery tuple) {
                tuple.evaluate(new SPARQLResultsJSONWriter(out));
                return "application/sparql-results+json";
            }
            if (prepared instanceof BooleanQuery ask) {
                new SPARQLBooleanJSONWriter(out).handleBoolean(ask.evaluate());
                return "application/sparql-results+json";
            }
            ((GraphQuery) prepared).evaluate(Rio.createWriter(RDFFormat.TURTLE, out));
            return "text/turtle";
        }
    }
}
