package org.newsgraph.sparql;

import org.eclipse.rdf4j.query.algebra.QueryModelNode;
import org.eclipse.rdf4j.query.algebra.Service;
import org.eclipse.rdf4j.query.algebra.helpers.AbstractQueryModelVisitor;

/**
 * Finds a SERVICE clause in a parsed query or update. Looking at the algebra rather than the text
 * means no comment, string literal or odd spacing can hide one or fake one.
 */
final class FederationCheck extends AbstractQueryModelVisitor<RuntimeException> {

    private boolean found;

    private FederationCheck() {
    }

    static boolean usesService(QueryModelNode node) {
        FederationCheck check = new FederationCheck();
        node.visit(check);
        return check.found;
    }

    @Override
    public void meet(Service node) {
        found = true;
    }
}
