package org.newsgraph.dump;

import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.eclipse.rdf4j.common.transaction.IsolationLevels;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Literals;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.newsgraph.store.NewsStore;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.Namespaces;
import org.newsgraph.vocab.UriSpace;

/**
 * Writes the store, or one graph of it, in an RDF format. Whole-store dumps stream: memory stays
 * flat however large the store is; triple formats hold every distinct triple once, quad formats
 * every quad once (see {@link TripleWalk}); the system graph is never written.
 *
 * <p>Each whole-store dump reads one snapshot of the store, so that it is consistent with the
 * version ({@link NewsStore#lastModified()}) it reports, while writers go on.
 */
public final class DumpService {

    private static final String ENTITIES = """
            SELECT (COUNT(DISTINCT ?s) AS ?entities) WHERE {
              ?s ?p ?o
              FILTER (isIRI(?s) && STRSTARTS(STR(?s), ?space))
            }""";

    private final NewsStore store;
    private final UriSpace uris;

    public DumpService(NewsStore store, UriSpace uris) {
        this.store = store;
        this.uris = uris;
    }

    public UriSpace uris() {
        return uris;
    }

    /** Writes the whole store in {@code format}; returns the version of the store it wrote. */
    public Instant write(DumpFormat format, OutputStream out) {
        return export(List.of(new Target(format, out)), null).version();
    }

    /**
     * Writes the whole store in several formats from as few passes as they need (one for the triple
     * formats, one for the quad formats), and counts the distinct triples on the way when asked.
     */
    Export export(List<Target> targets, DumpStatistics.Counter counter) {
        List<RDFWriter> tripleWriters = targets.stream().filter(t -> !t.format().quads()).map(this::start).toList();
        List<RDFWriter> quadWriters = targets.stream().filter(t -> t.format().quads()).map(this::start).toList();
        try (RepositoryConnection connection = store.repository().getConnection()) {
            if (store.isEmbedded()) {
                // A snapshot: later commits wait in memory until the dump is read, and do not block.
                connection.begin(IsolationLevels.SNAPSHOT);
            } else {
                connection.begin();
            }
            try {
                Instant version = NewsStore.lastModified(connection);
                if (!tripleWriters.isEmpty() || counter != null) {
                    TripleWalk.triples(connection, store.isEmbedded(), triple -> {
                        for (RDFWriter writer : tripleWriters) {
                            writer.handleStatement(triple);
                        }
                        if (counter != null) {
                            counter.count(triple);
                        }
                    });
                }
                if (!quadWriters.isEmpty()) {
                    TripleWalk.quads(connection, quad -> {
                        for (RDFWriter writer : quadWriters) {
                            writer.handleStatement(quad);
                        }
                    });
                }
                DumpStatistics statistics = counter == null ? null : counter.result(countEntities(connection));
                connection.commit();
                tripleWriters.forEach(RDFWriter::endRDF);
                quadWriters.forEach(RDFWriter::endRDF);
                return new Export(version, statistics);
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /**
     * Writes one named graph (never the system graph) in any RDF format Rio writes, JSON-LD
     * included: a single graph is small enough for the JSON-LD writer, which holds what it writes.
     * The per-article {@code .trig} and {@code .nq} files of the data routes come from here.
     */
    public void writeGraph(Resource graph, RDFFormat format, OutputStream out) {
        Objects.requireNonNull(graph, "graph");
        try (RepositoryConnection connection = store.repository().getConnection()) {
            if (format.equals(RDFFormat.JSONLD) || format.equals(RDFFormat.RDFXML)) {
                Model model = new LinkedHashModel();
                namespaces().forEach(model::setNamespace);
                TripleWalk.graph(connection, graph, model::add);
                Rio.write(model, out, format);
                return;
            }
            RDFWriter writer = start(format, out);
            TripleWalk.graph(connection, graph, writer::handleStatement);
            writer.endRDF();
        }
    }

    /**
     * The distinct subjects in the dataset's URI space ({@code void:entities}). The query holds the
     * set of those subjects, far fewer than the triples; the native store spills large sets to disk.
     */
    private long countEntities(RepositoryConnection connection) {
        TupleQuery query = connection.prepareTupleQuery(ENTITIES);
        // The system graph's subjects (the store, graph names) are never under id/.
        query.setBinding("space", Values.literal(uris.base() + "id/"));
        try (TupleQueryResult result = query.evaluate()) {
            return result.hasNext() ? Literals.getLongValue(result.next().getValue("entities"), 0) : 0;
        }
    }

    /** Whether the store holds a graph of that name with at least one statement (the system graph never counts). */
    public boolean hasGraph(Resource graph) {
        if (NG.SYSTEM_GRAPH.equals(graph)) {
            return false;
        }
        try (RepositoryConnection connection = store.repository().getConnection()) {
            return connection.hasStatement(null, null, null, false, graph);
        }
    }

    private List<org.eclipse.rdf4j.model.Namespace> namespaces() {
        return Namespaces.withBase(uris.base());
    }

    private RDFWriter start(Target target) {
        return start(target.format().rdfFormat(), target.out());
    }

    private RDFWriter start(RDFFormat format, OutputStream out) {
        RDFWriter writer = Rio.createWriter(format, out);
        // Pretty printing buffers a bounded batch (1,000 statements); inlining blank nodes would buffer everything.
        writer.getWriterConfig().set(BasicWriterSettings.INLINE_BLANK_NODES, false);
        writer.startRDF();
        namespaces().forEach(ns -> writer.handleNamespace(ns.getPrefix(), ns.getName()));
        return writer;
    }

    /** A dump format and the stream it goes to. */
    record Target(DumpFormat format, OutputStream out) {
    }

    /** What a whole-store export read: the store's version, and the counts when asked for. */
    record Export(Instant version, DumpStatistics statistics) {
    }
}
