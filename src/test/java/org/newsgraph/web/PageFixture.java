package org.newsgraph.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.newsgraph.config.Config;
import org.newsgraph.vocab.UriSpace;

/** A server whose base is its own address (so that clients can follow its 303s), with the fixture article graph loaded. */
final class PageFixture {

    private PageFixture() {
    }

    static TestServer start(Path storeDir) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String base = "http://localhost:" + port + "/";
        TestServer server = TestServer.start(storeDir, List.of(TestServer.seedArticle()),
                config -> new Config(port, config.store(), new UriSpace(base), config.data(), config.queryTimeout(), null,
                        "https://creativecommons.org/licenses/by/4.0/", null, null, config.host()));
        try (InputStream in = PageFixture.class.getResourceAsStream("/fixtures/visit.trig")) {
            Model model = Rio.parse(in, base, RDFFormat.TRIG);
            Map<Resource, Model> graphs = new LinkedHashMap<>();
            model.forEach(statement -> graphs.computeIfAbsent(statement.getContext(), key -> new LinkedHashModel()).add(statement));
            server.application().store().replaceGraphs(graphs);
        }
        return server;
    }
}
