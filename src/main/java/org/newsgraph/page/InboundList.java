package org.newsgraph.page;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.newsgraph.vocab.Namespaces;

/** What points at a thing (mentions aside, which have their own list): counted by property, and a page of the links. */
final class InboundList {

    private static final String INBOUND_COUNTS = Namespaces.SPARQL_PREFIXES + """
            SELECT ?p (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?this . FILTER(?p != itsrdf:taIdentRef) }
            GROUP BY ?p ORDER BY DESC(?n) ?p""";

    /*
     * The page is cut from the bare links first; labels are looked up for those rows only, not for
     * every subject that points here before the sort (2,600 on a much-mentioned country).
     */
    private static final String INBOUND = Namespaces.SPARQL_PREFIXES + """
            SELECT ?s ?p (SAMPLE(COALESCE(?l, CONCAT(?role, " of ", ?where), ?role)) AS ?label) WHERE {
              { SELECT DISTINCT ?s ?p WHERE { ?s ?p ?this . FILTER(?p != itsrdf:taIdentRef) } ORDER BY ?p ?s LIMIT ?limit OFFSET ?offset }
              OPTIONAL { ?s schema:name|schema:headline|rdfs:label|skos:prefLabel ?l FILTER(langMatches(lang(?l), "en") || lang(?l) = "") }
              OPTIONAL { ?s schema:roleName ?role FILTER(langMatches(lang(?role), "en") || lang(?role) = "")
                         OPTIONAL { ?s gp:jurisdiction/schema:name ?where FILTER(langMatches(lang(?where), "en") || lang(?where) = "") } }
            } GROUP BY ?s ?p ORDER BY ?p ?s""";

    record Inbound(String label, String href, long count) {
    }

    private final Links links;
    private final PropertyLabels labels;

    InboundList(Links links, PropertyLabels labels) {
        this.links = links;
        this.labels = labels;
    }

    List<Inbound> counts(RepositoryConnection connection, IRI iri) {
        List<Inbound> counts = new ArrayList<>();
        TupleQuery query = connection.prepareTupleQuery(INBOUND_COUNTS);
        query.setBinding("this", iri);
        try (TupleQueryResult result = query.evaluate()) {
            for (BindingSet row : result) {
                IRI property = (IRI) row.getValue("p");
                counts.add(new Inbound(labels.of(property), links.href(property.stringValue()),
                        ((Literal) row.getValue("n")).longValue()));
            }
        }
        return counts;
    }

    List<EntityPages.ValueView> page(RepositoryConnection connection, IRI iri, int limit, int offset) {
        List<EntityPages.ValueView> inbound = new ArrayList<>();
        TupleQuery query = connection.prepareTupleQuery(Paging.page(INBOUND, limit, offset));
        query.setBinding("this", iri);
        try (TupleQueryResult result = query.evaluate()) {
            for (BindingSet row : result) {
                Value subject = row.getValue("s");
                String text = row.hasBinding("label") ? row.getValue("label").stringValue() : links.shortName(subject.stringValue());
                inbound.add(new EntityPages.ValueView(text, subject instanceof IRI ? links.href(subject.stringValue()) : null,
                        labels.of((IRI) row.getValue("p"))));
            }
        }
        return inbound;
    }
}
