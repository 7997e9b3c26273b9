package org.newsgraph.page;

/** LIMIT and OFFSET cannot be bound as query variables in SPARQL: they are put in as integers, never as text from a request. */
final class Paging {

    private Paging() {
    }

    static String page(String query, long limit, long offset) {
        return query.replace("LIMIT ?limit OFFSET ?offset", "LIMIT " + Math.max(0, limit) + " OFFSET " + Math.max(0, offset));
    }
}
