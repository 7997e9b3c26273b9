package org.newsgraph.sparql;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.util.ModelBuilder;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.model.vocabulary.SD;
import org.eclipse.rdf4j.model.vocabulary.VOID;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.RepositoryResult;
import org.newsgraph.store.NewsStore;
import org.newsgraph.vocab.Namespaces;
import org.newsgraph.vocab.UriSpace;

/**
 * The SPARQL 1.1 Service Description of the endpoint: what it speaks, what it answers in, and its
 * default dataset with the size of every graph. The sizes are counted once per change of the store
 * (one range scan of each graph on the native store's context index), not once per request.
 */
public final class ServiceDescription {

    private final NewsStore store;
    private final UriSpace uris;
    private final boolean updates;
    private volatile Cached cached;

    private record Cached(Instant version, Model model) {
    }

    /** Triple counts: the union default graph and each named graph. */
    record Counts(long total, Map<String, Long> graphs) {
    }

    public ServiceDescription(NewsStore store, UriSpace uris, boolean updates) {
        this.store = store;
        this.uris = uris;
        this.updates = updates;
    }

    /** The description, rebuilt when the store changed since the last one. */
    public Model model() {
        Instant version = store.lastModified();
        Cached current = cached;
        if (current == null || !current.version().equals(version)) {
            current = new Cached(version, build(uris, updates, count()));
            cached = current;
        }
        return current.model();
    }

    private Counts count() {
        Map<String, Long> graphs = new TreeMap<>();
        try (RepositoryConnection connection = store.repository().getConnection()) {
            List<Resource> contexts = new ArrayList<>();
            try (RepositoryResult<Resource> ids = connection.getContextIDs()) {
                ids.forEach(contexts::add);
            }
            for (Resource context : contexts) {
                if (context.isIRI()) {
                    graphs.put(context.stringValue(), connection.size(context));
                }
            }
            return new Counts(connection.size(), graphs);
        }
    }

    static Model build(UriSpace uris, boolean updates, Counts counts) {
        IRI endpoint = Values.iri(uris.sparqlEndpoint());
        BNode dataset = Values.bnode("dataset");
        BNode defaultGraph = Values.bnode("defaultGraph");
        ModelBuilder builder = new ModelBuilder();
        Namespaces.withBase(uris.base()).forEach(builder::setNamespace);
        builder.subject(endpoint)
                .add(RDF.TYPE, SD.SERVICE)
                .add(SD.ENDPOINT, endpoint)
                .add(SD.SUPPORTED_LANGUAGE, SD.SPARQL_11_QUERY)
                .add(SD.FEATURE_PROPERTY, SD.UNION_DEFAULT_GRAPH)
                .add(SD.DEFAULT_ENTAILMENT_REGIME, Values.iri("http://www.w3.org/ns/entailment/Simple"))
                .add(SD.DEFAULT_DATASET, dataset);
        if (updates) {
            builder.add(SD.SUPPORTED_LANGUAGE, SD.SPARQL_11_UPDATE);
        }
        for (ResultFormat format : ResultFormat.values()) {
            builder.add(SD.RESULT_FORMAT, Values.iri(format.standardIri()));
        }
        builder.subject(dataset)
                .add(RDF.TYPE, SD.DATASET)
                .add(RDFS.SEEALSO, Values.iri(uris.base() + ".well-known/void"))
                .add(SD.DEFAULT_GRAPH, defaultGraph);
        builder.subject(defaultGraph)
                .add(RDF.TYPE, SD.GRAPH_CLASS)
                .add(VOID.TRIPLES, Values.literal(java.math.BigInteger.valueOf(counts.total())));
        int n = 0;
        for (var entry : counts.graphs().entrySet()) {
            BNode named = Values.bnode("named" + n);
            BNode graph = Values.bnode("graph" + n);
            n++;
            builder.subject(dataset).add(SD.NAMED_GRAPH_PROPERTY, named);
            builder.subject(named)
                    .add(RDF.TYPE, SD.NAMED_GRAPH_CLASS)
                    .add(SD.NAME, Values.iri(entry.getKey()))
                    .add(SD.GRAPH_PROPERTY, graph);
            builder.subject(graph)
                    .add(RDF.TYPE, SD.GRAPH_CLASS)
                    .add(VOID.TRIPLES, Values.literal(java.math.BigInteger.valueOf(entry.getValue())));
        }
        return builder.build();
    }
}
