package org.newsgraph.page;

import java.io.OutputStream;
import java.util.Optional;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.GraphQuery;
import org.eclipse.rdf4j.query.GraphQueryResult;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.query.QueryResults;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.RDFHandlerWrapper;
import org.newsgraph.store.NewsStore;
import org.newsgraph.vocab.Namespaces;
import org.newsgraph.vocab.UriSpace;

/**
 * The RDF behind a published URI: whether the store knows a resource, its description (the data
 * document), an article's named graph and an article's text.
 */
public final class ResourceDescriber {

    /*
     * The concise bounded description (outgoing statements, blank nodes inlined one level deep,
     * which is as deep as newsgraph writes them) plus the labels and types of every IRI it links
     * to, in one query: a page about Russia must not cost one query per link.
     */
    private static final String DESCRIBE = """
            PREFIX schema: <http://schema.org/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            CONSTRUCT { ?this ?p ?o . ?b ?bp ?bo . ?o ?lp ?label . ?o a ?type . }
            WHERE {
              { ?this ?p ?o }
              UNION { ?this ?p0 ?b . FILTER(isBlank(?b)) ?b ?bp ?bo }
              UNION { ?this ?p1 ?o . FILTER(isIRI(?o))
                      VALUES ?lp { schema:name rdfs:label skos:prefLabel schema:headline nif:anchorOf }
                      ?o ?lp ?label }
              UNION { ?this ?p2 ?o . FILTER(isIRI(?o)) ?o a ?type }
            }""";

    private static final String TEXT = """
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            SELECT ?text WHERE { GRAPH ?graph { ?context a nif:Context ; nif:isString ?text } } LIMIT 1""";

    private final NewsStore store;
    private final UriSpace uris;

    public ResourceDescriber(NewsStore store, UriSpace uris) {
        this.store = store;
        this.uris = uris;
    }

    public UriSpace uris() {
        return uris;
    }

    /** Whether the resource appears as subject or object in any graph. */
    public boolean known(IRI resource) {
        try (RepositoryConnection connection = store.repository().getConnection()) {
            return connection.hasStatement(resource, null, null, false)
                    || connection.hasStatement(null, null, resource, false);
        }
    }

    /** Whether a named graph holds any statement. */
    public boolean graphExists(IRI graph) {
        try (RepositoryConnection connection = store.repository().getConnection()) {
            return connection.hasStatement(null, null, null, false, graph);
        }
    }

    /** The data document of a resource: its concise bounded description and the labels and types of its links. */
    public Model describe(IRI resource) {
        try (RepositoryConnection connection = store.repository().getConnection()) {
            GraphQuery query = connection.prepareGraphQuery(DESCRIBE);
            query.setBinding("this", resource);
            try (GraphQueryResult result = query.evaluate()) {
                Model model = QueryResults.asModel(result);
                Namespaces.withBase(uris.base()).forEach(model::setNamespace);
                return model;
            }
        }
    }

    /** Writes a model in a format, with the shared prefixes. */
    public void write(Model model, RDFFormat format, OutputStream out) {
        Model withPrefixes = new LinkedHashModel(model);
        Namespaces.withBase(uris.base()).forEach(withPrefixes::setNamespace);
        Rio.write(withPrefixes, out, format);
    }

    /** Streams one named graph as quads (TriG, N-Quads). */
    public void exportGraph(IRI graph, RDFFormat format, OutputStream out) {
        try (RepositoryConnection connection = store.repository().getConnection()) {
            RDFWriter writer = Rio.createWriter(format, out);
            connection.export(new RDFHandlerWrapper(writer) {
                @Override
                public void startRDF() {
                    super.startRDF();
                    Namespaces.withBase(uris.base()).forEach(namespace -> writer.handleNamespace(namespace.getPrefix(), namespace.getName()));
                }
            }, graph);
        }
    }

    /** The text of an article (the {@code nif:isString} of its context), if it was analysed. */
    public Optional<String> articleText(String slug) {
        try (RepositoryConnection connection = store.repository().getConnection()) {
            TupleQuery query = connection.prepareTupleQuery(TEXT);
            query.setBinding("graph", uris.articleGraph(slug));
            try (TupleQueryResult result = query.evaluate()) {
                return result.hasNext() ? Optional.of(result.next().getValue("text").stringValue()) : Optional.empty();
            }
        }
    }

    /** The IRI of a published path. */
    public IRI iri(ResourcePath path) {
        return Values.iri(uris.base() + "id/" + path.local());
    }

    static String string(BindingSet row, String name) {
        Value value = row.getValue(name);
        return value == null ? null : value.stringValue();
    }
}
