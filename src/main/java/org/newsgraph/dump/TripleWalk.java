package org.newsgraph.dump;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.util.Statements;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.RepositoryResult;
import org.newsgraph.vocab.NG;

/**
 * Walks the store's statements for a dump, every graph but the system graph, without holding the
 * store in memory: every distinct triple once (for triple formats), or every quad once.
 *
 * <p>Why a triple can come twice, and how it is made to come once: the union of the graphs repeats
 * a triple that sits in two graphs (an entity typed in two article graphs), and SELECT DISTINCT
 * would keep every triple seen in a hash set, the whole store in memory. The walk instead visits
 * the graphs in a fixed order (the default graph, then named graphs by IRI) and writes a triple
 * only from the first graph in that order that holds it: for each statement it asks the store which
 * graphs hold that exact triple, a point lookup on the {@code spoc} index (subject, predicate and
 * object bound) that returns one row for most triples and a handful for shared ones. Memory holds
 * only the list of graph names; time is one extra index lookup per statement.
 *
 * <p>Walking the {@code spoc} index itself with a per-subject window was tried first and rejected:
 * {@code getStatements} with nothing bound does not promise an order, and the native store was seen
 * to hand the statements out graph by graph, so a subject's triples were not contiguous and the
 * shared ones came twice (the test store of {@code DumpServiceTest} shows it). Reading one graph at a
 * time does have a known index: with the context bound, the {@code cspo} index scores best.
 *
 * <p>Remote stores would pay an HTTP round trip per lookup, so for them the walk asks for
 * {@code ORDER BY ?s ?p ?o} (the remote server sorts) and drops repeats in a window of the current
 * subject's (predicate, object) pairs: in that order a repeated triple is always within the window.
 */
final class TripleWalk {

    private static final String SORTED_TRIPLES = """
            SELECT ?s ?p ?o WHERE {
              GRAPH ?g { ?s ?p ?o }
              FILTER (?g != ?system)
            } ORDER BY ?s ?p ?o""";

    private TripleWalk() {
    }

    /** Visits each distinct triple once (its context dropped). */
    static void triples(RepositoryConnection connection, boolean embedded, Consumer<Statement> sink) {
        if (embedded) {
            firstGraphOwns(connection, sink);
            return;
        }
        SubjectWindow window = new SubjectWindow(sink);
        TupleQuery query = connection.prepareTupleQuery(SORTED_TRIPLES);
        query.setBinding("system", NG.SYSTEM_GRAPH);
        try (TupleQueryResult rows = query.evaluate()) {
            for (BindingSet row : rows) {
                window.offer((Resource) row.getValue("s"), (IRI) row.getValue("p"), row.getValue("o"));
            }
        }
    }

    private static void firstGraphOwns(RepositoryConnection connection, Consumer<Statement> sink) {
        List<Resource> order = new ArrayList<>();
        order.add(null);
        order.addAll(namedGraphs(connection));
        Map<Resource, Integer> rank = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            rank.put(order.get(i), i);
        }
        for (int i = 0; i < order.size(); i++) {
            int current = i;
            graph(connection, order.get(i), statement -> {
                if (!heldEarlier(connection, statement, current, rank)) {
                    sink.accept(Statements.statement(statement.getSubject(), statement.getPredicate(),
                            statement.getObject(), null));
                }
            });
        }
    }

    /** Whether a graph before the current one in the walk's order holds the same triple. */
    private static boolean heldEarlier(RepositoryConnection connection, Statement statement, int current,
            Map<Resource, Integer> rank) {
        try (RepositoryResult<Statement> copies = connection.getStatements(statement.getSubject(),
                statement.getPredicate(), statement.getObject(), false)) {
            for (Statement copy : copies) {
                Resource context = copy.getContext();
                if (!NG.SYSTEM_GRAPH.equals(context) && rank.getOrDefault(context, Integer.MAX_VALUE) < current) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The named graphs but the system graph, in IRI order: only their names are held. */
    private static List<Resource> namedGraphs(RepositoryConnection connection) {
        List<Resource> graphs = new ArrayList<>();
        try (RepositoryResult<Resource> contexts = connection.getContextIDs()) {
            for (Resource context : contexts) {
                if (!NG.SYSTEM_GRAPH.equals(context)) {
                    graphs.add(context);
                }
            }
        }
        graphs.sort(Comparator.comparing(Resource::stringValue));
        return graphs;
    }

    /**
     * Visits every quad once, graph by graph (a store holds a quad once, and each graph is read on
     * its own through the {@code cspo} index), then the default graph; graphs in IRI order, so that
     * dumps of the same data are the same. Only the list of graph names is held in memory.
     */
    static void quads(RepositoryConnection connection, Consumer<Statement> sink) {
        for (Resource graph : namedGraphs(connection)) {
            graph(connection, graph, sink);
        }
        graph(connection, null, sink);
    }

    /** Visits the statements of one graph ({@code null}: the default graph), never the system graph. */
    static void graph(RepositoryConnection connection, Resource graph, Consumer<Statement> sink) {
        if (NG.SYSTEM_GRAPH.equals(graph)) {
            return;
        }
        try (RepositoryResult<Statement> statements = connection.getStatements(null, null, null, false, graph)) {
            for (Statement statement : statements) {
                sink.accept(statement);
            }
        }
    }

    /** The (predicate, object) pairs of the current subject: the only state the deduplication keeps. */
    private static final class SubjectWindow {
        private final Consumer<Statement> sink;
        private final Set<PredicateObject> seen = new HashSet<>();
        private Resource subject;

        SubjectWindow(Consumer<Statement> sink) {
            this.sink = sink;
        }

        void offer(Resource s, IRI p, Value o) {
            if (!s.equals(subject)) {
                subject = s;
                seen.clear();
            }
            if (seen.add(new PredicateObject(p, o))) {
                sink.accept(Statements.statement(s, p, o, null));
            }
        }
    }

    private record PredicateObject(IRI predicate, Value object) {
    }
}
