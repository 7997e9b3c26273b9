package org.newsgraph.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;

/** Data the SPARQL tests query: the bundled gazetteer, parsed against the test base, in its graph. */
final class SparqlFixtures {

    private SparqlFixtures() {
    }

    /** Writes data/gazetteer/*.ttl into {base}graph/gazetteer (replacing it), as the ingest of reference data does. */
    static void loadGazetteer(TestServer server) throws IOException {
        Model gazetteer = new LinkedHashModel();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of("data/gazetteer"), "*.ttl")) {
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    gazetteer.addAll(Rio.parse(in, server.base(), RDFFormat.TURTLE));
                }
            }
        }
        server.application().store().replaceGraph(Values.iri(server.base() + "graph/gazetteer"), gazetteer);
    }
}
