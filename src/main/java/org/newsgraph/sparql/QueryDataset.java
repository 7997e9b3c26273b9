package org.newsgraph.sparql;

import java.util.List;
import java.util.Optional;

import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.query.Dataset;
import org.eclipse.rdf4j.query.impl.SimpleDataset;

/**
 * The RDF dataset the protocol names ({@code default-graph-uri}, {@code named-graph-uri}, or
 * {@code using-graph-uri}, {@code using-named-graph-uri} for updates). When both lists are empty the
 * query's own FROM clauses apply, and without those the default graph is the union of all graphs.
 */
public record QueryDataset(List<String> defaultGraphs, List<String> namedGraphs) {

    public static final QueryDataset NONE = new QueryDataset(List.of(), List.of());

    public QueryDataset {
        defaultGraphs = List.copyOf(defaultGraphs);
        namedGraphs = List.copyOf(namedGraphs);
    }

    public boolean isEmpty() {
        return defaultGraphs.isEmpty() && namedGraphs.isEmpty();
    }

    /** The dataset that overrides FROM and FROM NAMED, if the protocol named one. */
    Optional<Dataset> toDataset() {
        if (isEmpty()) {
            return Optional.empty();
        }
        SimpleDataset dataset = new SimpleDataset();
        defaultGraphs.forEach(graph -> dataset.addDefaultGraph(Values.iri(graph)));
        namedGraphs.forEach(graph -> dataset.addNamedGraph(Values.iri(graph)));
        return Optional.of(dataset);
    }
}
