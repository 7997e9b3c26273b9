package org.newsgraph.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.newsgraph.store.NewsStore;
import org.newsgraph.vocab.Namespaces;

import spark.Request;
import spark.Response;

/**
 * {@code /rdf-graph-store}: the SPARQL 1.1 Graph Store HTTP Protocol, read-only. GET and HEAD
 * return a named graph ({@code ?graph=IRI}) or the default graph, the union of all graphs
 * ({@code ?default}), streamed in the negotiated RDF format; PUT, POST and DELETE are refused.
 */
public final class GraphStoreRoutes implements Routes {

    private static final String PATH = "/rdf-graph-store";
    private static final List<RDFFormat> FORMATS = List.of(RDFFormat.TURTLE, RDFFormat.JSONLD, RDFFormat.RDFXML,
            RDFFormat.NTRIPLES, RDFFormat.TRIG, RDFFormat.NQUADS);

    private final NewsStore store;
    private final boolean updatable;

    public GraphStoreRoutes(NewsStore store, String updateToken) {
        this.store = store;
        this.updatable = updateToken != null;
    }

    @Override
    public void register(Router router) {
        router.get(PATH, this::get);
        router.put(PATH, this::refuse);
        router.post(PATH, this::refuse);
        router.delete(PATH, this::refuse);
        router.patch(PATH, this::refuse);
        router.options(PATH, (request, response) -> {
            SparqlRoutes.cors(response);
            response.header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
            response.header("Access-Control-Allow-Headers", "Accept");
            response.header("Allow", "GET, HEAD, OPTIONS");
            response.status(204);
            return "";
        });
    }

    private Object get(Request request, Response response) throws IOException {
        SparqlRoutes.cors(response);
        response.header("Vary", "Accept");
        if (request.raw().getHeader("X-HTTP-Method-Override") != null) {
            throw new HttpError(400, "X-HTTP-Method-Override is not supported; send the real method");
        }
        ProtocolParams params = ProtocolParams.parse(request.raw().getQueryString());
        boolean whole = params.has("default");
        if (whole == params.has("graph")) {
            throw new HttpError(400, "Name exactly one graph: ?graph=IRI or ?default");
        }
        Resource[] contexts = whole ? new Resource[0] : new Resource[] {graph(params)};
        List<String> offered = RdfFormats.mediaTypes(FORMATS);
        String chosen = MediaRange.choose(request.headers("Accept"), offered)
                .orElseThrow(() -> new HttpError(406, "Graphs are available as " + String.join(", ", offered)));
        RDFFormat format = RdfFormats.byMediaType(chosen, FORMATS).orElseThrow();
        try (RepositoryConnection connection = store.repository().getConnection()) {
            if (!whole && !connection.hasStatement(null, null, null, false, contexts)) {
                throw new HttpError(404, "No graph " + contexts[0] + " in this store");
            }
            response.status(200);
            response.type(RdfFormats.contentType(format));
            if ("HEAD".equals(request.raw().getMethod())) {
                return "";
            }
            OutputStream out = response.raw().getOutputStream();
            RDFWriter writer = Rio.createWriter(format, out);
            connection.exportStatements(null, null, null, false, new NamespacedHandler(writer, store), contexts);
            out.flush();
        }
        return "";
    }

    private static IRI graph(ProtocolParams params) {
        String graph = params.single("graph");
        if (params.iris("graph").isEmpty() || graph.isBlank()) {
            throw new HttpError(400, "?graph needs an absolute IRI");
        }
        return Values.iri(graph);
    }

    private Object refuse(Request request, Response response) {
        SparqlRoutes.cors(response);
        throw new HttpError(403, updatable
                ? "The graph store is read-only over HTTP; change graphs with SPARQL Update at /sparql and the update token"
                : "This endpoint is read-only: graphs cannot be created, replaced or deleted");
    }

    /** Adds the dataset's prefixes before the first statement, so that Turtle and TriG come out readable. */
    private static final class NamespacedHandler extends org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler {
        private final RDFWriter writer;
        private final NewsStore store;

        NamespacedHandler(RDFWriter writer, NewsStore store) {
            this.writer = writer;
            this.store = store;
        }

        @Override
        public void startRDF() {
            writer.startRDF();
            store.baseUri().ifPresentOrElse(
                    base -> Namespaces.withBase(base).forEach(ns -> writer.handleNamespace(ns.getPrefix(), ns.getName())),
                    () -> Namespaces.FIXED.forEach(ns -> writer.handleNamespace(ns.getPrefix(), ns.getName())));
        }

        @Override
        public void handleStatement(org.eclipse.rdf4j.model.Statement statement) {
            writer.handleStatement(statement);
        }

        @Override
        public void endRDF() {
            writer.endRDF();
        }
    }
}
