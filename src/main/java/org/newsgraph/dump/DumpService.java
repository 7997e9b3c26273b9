package org.newsgraph.dump;

import java.io.OutputStream;

import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.newsgraph.store.NewsStore;
import org.newsgraph.vocab.Namespaces;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.UriSpace;

/** Streams the store, or one graph of it, in an RDF format, without holding it in memory. */
public final class DumpService {

    private final NewsStore store;
    private final UriSpace uris;

    public DumpService(NewsStore store, UriSpace uris) {
        this.store = store;
        this.uris = uris;
    }

    /** Writes every graph but the store's own system graph; or only {@code graph} when it is not null. */
    public void write(RDFFormat format, OutputStream out, Resource graph) {
        RDFWriter writer = Rio.createWriter(format, out);
        try (RepositoryConnection connection = store.repository().getConnection()) {
            writer.startRDF();
            Namespaces.withBase(uris.base()).forEach(ns -> writer.handleNamespace(ns.getPrefix(), ns.getName()));
            try (var statements = graph == null
                    ? connection.getStatements(null, null, null, false)
                    : connection.getStatements(null, null, null, false, graph)) {
                for (var statement : statements) {
                    if (!NG.SYSTEM_GRAPH.equals(statement.getContext())) {
                        writer.handleStatement(statement);
                    }
                }
            }
            writer.endRDF();
        }
    }
}
