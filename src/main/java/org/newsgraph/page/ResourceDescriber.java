package org.newsgraph.page;

import java.io.OutputStream;
import java.util.Optional;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.GraphQuery;
import org.eclipse.rdf4j.query.GraphQueryResult;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.query.QueryResults;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.RepositoryResult;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.RDFHandlerWrapper;
import org.newsgraph.store.NewsStore;
import org.newsgraph.vocab.Namespaces;
import org.newsgraph.vocab.SCHEMA;
import org.newsgraph.vocab.UriSpace;

/**
 * The RDF behind a published URI: whether the store knows a resource, its description (the data
 * document), an article's named graph and an article's text.
 */
public final class ResourceDescriber {

    /*
     * The concise bounded description (outgoing statements, blank nodes inlined one level deep,
     * which is as deep as newsgraph writes them) plus the labels and types of every IRI it links
     * to, in one query: a page about Russia must not cost one query per link. A position held has
     * no name, so its role and its jurisdiction's name come along: "President" + "Russia" is
     * what a reader needs to see, not id:position/... .
     * The bound subject's own statements come first and everything else hangs off them in
     * OPTIONALs: written as a UNION of four branches, RDF4J planned each branch without the
     * binding and the document about Russia took 1.4 s on a store of a million statements.
     */
    private static final String DESCRIBE = Namespaces.SPARQL_PREFIXES + """
            CONSTRUCT { ?this ?p ?o . ?o ?bp ?bo . ?o ?lp ?label . ?o a ?type .
                        ?o schema:roleName ?role ; gp:jurisdiction ?where . ?where schema:name ?whereName . }
            WHERE {
              ?this ?p ?o .
              OPTIONAL { ?o ?bp ?bo . FILTER(isBlank(?o)) }
              OPTIONAL { VALUES ?lp { schema:name rdfs:label skos:prefLabel schema:headline nif:anchorOf }
                         ?o ?lp ?label . FILTER(isIRI(?o)) }
              OPTIONAL { ?o a ?type . FILTER(isIRI(?o)) }
              OPTIONAL { ?o schema:roleName ?role ; gp:jurisdiction ?where . FILTER(isIRI(?o))
                         OPTIONAL { ?where schema:name ?whereName } }
            }""";

    /*
     * The data document of an article's text ({@code id/article/{slug}/text}): everything said in the
     * article's graph about the hash IRIs of that text (context, sentences, mentions), which is
     * where a client lands when it dereferences {@code text#char=b,e}, plus the names of the
     * entities the mentions identify.
     */
    private static final String TEXT_SPANS = Namespaces.SPARQL_PREFIXES + """
            CONSTRUCT { ?s ?p ?o . ?entity schema:name ?name . ?article schema:headline ?headline . }
            WHERE {
              { GRAPH ?graph { ?s ?p ?o FILTER(STRSTARTS(STR(?s), ?prefix)) } }
              UNION { GRAPH ?graph { ?m itsrdf:taIdentRef ?entity FILTER(STRSTARTS(STR(?m), ?prefix)) }
                      ?entity schema:name ?name FILTER(langMatches(lang(?name), "en") || lang(?name) = "") }
              UNION { GRAPH ?graph { ?article a schema:NewsArticle ; schema:headline ?headline } }
            }""";

    private static final String GRAPH_SIZE = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?graph { ?s ?p ?o } }";

    private static final String TEXT = Namespaces.SPARQL_PREFIXES + """
            SELECT ?text WHERE { GRAPH ?graph { ?context a nif:Context ; nif:isString ?text } } LIMIT 1""";

    private static final IRI SCHEMA_IS_PART_OF = Values.iri(SCHEMA.NAMESPACE, "isPartOf");
    private static final IRI VOID_TRIPLES = Values.iri("http://rdfs.org/ns/void#triples");

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

    /**
     * The data document of an article's text: its spans as the article's graph states them, and the
     * text resource itself, which the store does not describe (it is the document the offsets count
     * on), named and tied to its article so that dereferencing it yields a statement about it.
     */
    public Model describeText(String slug) {
        IRI text = uris.articleText(slug);
        IRI article = uris.article(slug);
        Model model;
        try (RepositoryConnection connection = store.repository().getConnection()) {
            GraphQuery query = connection.prepareGraphQuery(TEXT_SPANS);
            query.setBinding("graph", uris.articleGraph(slug));
            query.setBinding("prefix", Values.literal(text.stringValue() + "#"));
            try (GraphQueryResult result = query.evaluate()) {
                model = QueryResults.asModel(result);
            }
        }
        String headline = model.filter(article, SCHEMA.headline, null).objects().stream()
                .findFirst()
                .map(Value::stringValue)
                .orElse(slug);
        model.add(text, RDFS.LABEL, Values.literal("Text of \u201c" + headline + "\u201d", "en"));
        model.add(text, SCHEMA_IS_PART_OF, article);
        Namespaces.withBase(uris.base()).forEach(model::setNamespace);
        return model;
    }

    /**
     * A named graph as triples (for Turtle and the other triple formats), with the number of its
     * statements said about the graph, so that the document describes the graph it is named after.
     */
    public Model graphAsTriples(IRI graph) {
        Model model = new LinkedHashModel();
        try (RepositoryConnection connection = store.repository().getConnection()) {
            try (RepositoryResult<Statement> statements = connection.getStatements(null, null, null, false, graph)) {
                statements.forEach(statement -> model.add(statement.getSubject(), statement.getPredicate(), statement.getObject()));
            }
            TupleQuery size = connection.prepareTupleQuery(GRAPH_SIZE);
            size.setBinding("graph", graph);
            try (TupleQueryResult result = size.evaluate()) {
                model.add(graph, VOID_TRIPLES, result.next().getValue("n"));
            }
        }
        Namespaces.withBase(uris.base()).forEach(model::setNamespace);
        return model;
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
