package org.newsgraph.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFHandler;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;
import org.eclipse.rdf4j.sail.nativerdf.NativeStore;

/**
 * The peer of {@code newsgraph dump} in bench/dumps.sh: RDF4J's own {@code RepositoryConnection.export} of
 * the same native store, either to a handler that only counts ({@code count}: the cost of reading the store)
 * or through RDF4J's N-Quads writer to a file such as /dev/null ({@code nquads FILE}). Not a test.
 * usage: ExportCount STORE_DIR count|nquads [FILE]
 */
public final class ExportCount {

    private ExportCount() {
    }

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        String mode = args.length > 1 ? args[1] : "count";
        SailRepository repository = new SailRepository(new NativeStore(store.toFile()));
        long started = System.nanoTime();
        long[] count = {0};
        try (RepositoryConnection connection = repository.getConnection()) {
            if ("nquads".equals(mode)) {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[2])), 1 << 16)) {
                    RDFHandler writer = Rio.createWriter(RDFFormat.NQUADS, out);
                    connection.export(new AbstractRDFHandler() {
                        @Override
                        public void startRDF() {
                            writer.startRDF();
                        }

                        @Override
                        public void endRDF() {
                            writer.endRDF();
                        }

                        @Override
                        public void handleStatement(Statement statement) {
                            count[0]++;
                            writer.handleStatement(statement);
                        }
                    });
                }
            } else {
                connection.export(new AbstractRDFHandler() {
                    @Override
                    public void handleStatement(Statement statement) {
                        count[0]++;
                    }
                });
            }
        } finally {
            repository.shutDown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%s: %d statements in %.3f s (%.0f statements/s, export only, JVM start excluded)%n",
                mode, count[0], seconds, count[0] / seconds);
    }
}
