package org.newsgraph.page;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;

/** A page of a long list: its slice of a query, and the list's total that the pager divides. */
final class Paging {

    private Paging() {
    }

    /** LIMIT and OFFSET cannot be bound as query variables in SPARQL: they are put in as integers, never as text from a request. */
    static String page(String query, long limit, long offset) {
        return query.replace("LIMIT ?limit OFFSET ?offset", "LIMIT " + Math.max(0, limit) + " OFFSET " + Math.max(0, offset));
    }

    /** The single {@code ?n} of a counting query, with {@code variable} bound to {@code value}. */
    static long total(RepositoryConnection connection, String sparql, String variable, IRI value) {
        TupleQuery query = connection.prepareTupleQuery(sparql);
        query.setBinding(variable, value);
        try (TupleQueryResult result = query.evaluate()) {
            return result.hasNext() ? ((Literal) result.next().getValue("n")).longValue() : 0;
        }
    }
}
