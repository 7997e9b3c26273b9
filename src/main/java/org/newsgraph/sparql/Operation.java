package org.newsgraph.sparql;

/** A query that parsed, checked against the endpoint's policy, ready to evaluate. */
public record Operation(String text, QueryForm form) {
}
