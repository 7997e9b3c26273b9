package org.newsgraph.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.util.RDFInserter;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFHandlerException;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;

/**
 * Imports RDF files as they are (the {@code load} command): nothing is minted, graphs are replaced
 * whole, and each file goes in one transaction, streamed rather than held in memory.
 */
public final class RdfLoader {

    private final NewsStore store;

    public RdfLoader(NewsStore store) {
        this.store = store;
    }

    /** What one file put where. */
    public record Loaded(Path file, Set<Resource> graphs, long statements) {
    }

    /**
     * Loads a file. With {@code graph}, every statement goes into that graph, which is replaced.
     * Without it, a quad format keeps its own graphs (each replaced) and the triples of a triple
     * format are added to the default graph.
     */
    public Loaded load(Path file, Optional<IRI> graph) throws IOException {
        RDFFormat format = formatOf(file);
        String baseUri = file.toAbsolutePath().toUri().toString();
        Set<Resource> graphs = new LinkedHashSet<>();
        if (graph.isPresent()) {
            graphs.add(graph.get());
        } else if (format.supportsContexts()) {
            graphs.addAll(contextsOf(file, format, baseUri));
        }
        try (RepositoryConnection connection = store.repository().getConnection();
                InputStream in = open(file)) {
            connection.begin();
            try {
                for (Resource g : graphs) {
                    if (g != null) {
                        NewsStore.emptyGraph(connection, g);
                    }
                }
                RDFInserter inserter = new RDFInserter(connection);
                graph.ifPresent(inserter::enforceContext);
                CountingHandler counter = new CountingHandler(inserter);
                RDFParser parser = Rio.createParser(format);
                parser.setRDFHandler(counter);
                parser.parse(in, baseUri);
                NewsStore.touch(connection);
                connection.commit();
                graphs.remove(null);
                return new Loaded(file, graphs, counter.count);
            } catch (RDFParseException e) {
                connection.rollback();
                throw notValid(file, format, e);
            } catch (RuntimeException | IOException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static StoreException notValid(Path file, RDFFormat format, RDFParseException e) {
        String where = e.getLineNumber() > 0 ? file + ":" + e.getLineNumber() : file.toString();
        return new StoreException(where + ": not valid " + format.getName() + ": " + e.getMessage(), e);
    }

    /** The RDF format of a file from its extension, {@code .gz} allowed. */
    public static RDFFormat formatOf(Path file) {
        String name = file.getFileName().toString();
        String plain = name.toLowerCase(Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        return Rio.getParserFormatForFileName(plain)
                .orElseThrow(() -> new StoreException(file + ": unknown RDF format; expected one of .ttl .trig .nt .nq .rdf .jsonld (optionally .gz)"));
    }

    private static Set<Resource> contextsOf(Path file, RDFFormat format, String baseUri) throws IOException {
        Set<Resource> contexts = new LinkedHashSet<>();
        try (InputStream in = open(file)) {
            RDFParser parser = Rio.createParser(format);
            parser.setRDFHandler(new AbstractRDFHandler() {
                @Override
                public void handleStatement(Statement statement) {
                    contexts.add(statement.getContext());
                }
            });
            parser.parse(in, baseUri);
        } catch (RDFParseException e) {
            throw notValid(file, format, e);
        }
        return contexts;
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static final class CountingHandler extends AbstractRDFHandler {
        private final RDFInserter target;
        private long count;

        CountingHandler(RDFInserter target) {
            this.target = target;
        }

        @Override
        public void startRDF() throws RDFHandlerException {
            target.startRDF();
        }

        @Override
        public void endRDF() throws RDFHandlerException {
            target.endRDF();
        }

        @Override
        public void handleNamespace(String prefix, String uri) throws RDFHandlerException {
            target.handleNamespace(prefix, uri);
        }

        @Override
        public void handleStatement(Statement statement) throws RDFHandlerException {
            target.handleStatement(statement);
            count++;
        }
    }
}
