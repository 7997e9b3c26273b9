package org.newsgraph.mapping;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * The union of an article's working graph and the static graph, for graphs that share no triple.
 * Jena's {@code Union} removes duplicates by recording every triple of the left graph that a find
 * returns in a hash set, on every find: most of the time of a rule run. {@link ArqRuleEngine} keeps
 * the two graphs disjoint (it adds to the working graph only what the union does not hold), so
 * concatenation is the union.
 */
final class DisjointUnion extends GraphBase {

    private final Graph working;
    private final Graph fixed;

    DisjointUnion(Graph working, Graph fixed) {
        this.working = working;
        this.fixed = fixed;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        return working.find(pattern).andThen(fixed.find(pattern));
    }

    @Override
    protected boolean graphBaseContains(Triple t) {
        return working.contains(t) || fixed.contains(t);
    }

    @Override
    protected int graphBaseSize() {
        return working.size() + fixed.size();
    }
}
