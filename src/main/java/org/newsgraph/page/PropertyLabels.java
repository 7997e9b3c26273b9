package org.newsgraph.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.newsgraph.vocab.Namespaces;

/** The ontology's rdfs:label of each property, in the reader's language, read once per page. */
record PropertyLabels(Map<IRI, List<Literal>> labels, Languages languages) {

    private static final String PROPERTY_LABELS = Namespaces.SPARQL_PREFIXES
            + "SELECT ?p ?label WHERE { GRAPH ?ontology { ?p rdfs:label ?label } }";

    static PropertyLabels load(RepositoryConnection connection, IRI ontologyGraph, Languages languages) {
        Map<IRI, List<Literal>> labels = new LinkedHashMap<>();
        TupleQuery query = connection.prepareTupleQuery(PROPERTY_LABELS);
        query.setBinding("ontology", ontologyGraph);
        try (TupleQueryResult result = query.evaluate()) {
            for (BindingSet row : result) {
                if (row.getValue("p") instanceof IRI property && row.getValue("label") instanceof Literal label) {
                    labels.computeIfAbsent(property, key -> new ArrayList<>()).add(label);
                }
            }
        }
        return new PropertyLabels(labels, languages);
    }

    /** The label, else the property's local name split into words. */
    String of(IRI property) {
        return languages.best(labels.getOrDefault(property, List.of())).map(Literal::getLabel).orElse(Links.localLabel(property));
    }
}
