package org.newsgraph.sparql;

/** What a query returns: solutions (SELECT), a boolean (ASK) or a graph (CONSTRUCT, DESCRIBE). */
public enum QueryForm {
    TUPLE,
    BOOLEAN,
    GRAPH
}
