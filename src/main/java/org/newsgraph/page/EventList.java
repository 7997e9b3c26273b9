package org.newsgraph.page;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.newsgraph.vocab.Namespaces;

/** The events a thing takes part in (or an article reports), latest first, and who did what to whom in them. */
final class EventList {

    private static final String EVENTS = Namespaces.SPARQL_PREFIXES + """
            SELECT ?e (SAMPLE(?t) AS ?type) (SAMPLE(?n) AS ?name) (MIN(COALESCE(?start, ?published)) AS ?date)
                   (SAMPLE(?f) AS ?factuality) (GROUP_CONCAT(DISTINCT STR(?p); separator=" ") AS ?roles) WHERE {
              ?e ?p ?this .
              ?e a ?t . ?t rdfs:subClassOf+ gp:GeopoliticalEvent .
              OPTIONAL { ?e schema:name ?n }
              OPTIONAL { ?e schema:startDate ?start }
              OPTIONAL { ?e prov:wasDerivedFrom/schema:datePublished ?published }
              OPTIONAL { ?e gp:factuality ?f }
            } GROUP BY ?e ORDER BY DESC(?date) ?e LIMIT ?limit OFFSET ?offset""";

    private static final String EVENT_COUNT = Namespaces.SPARQL_PREFIXES + """
            SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e ?p ?this . ?e a ?t . ?t rdfs:subClassOf+ gp:GeopoliticalEvent }""";

    private static final String EVENT_PARTS = Namespaces.SPARQL_PREFIXES + """
            SELECT ?e ?type ?name ?p ?o ?label WHERE {
              ?e prov:wasDerivedFrom ?article ; a ?type . ?type rdfs:subClassOf+ gp:GeopoliticalEvent .
              OPTIONAL { ?e schema:name ?name }
              VALUES ?p { gp:sourceActor gp:targetActor gp:visitor gp:host gp:imposedBy gp:sanctionTarget
                          gp:sourceCountry gp:targetCountry schema:location }
              ?e ?p ?o .
              OPTIONAL { ?o schema:name ?label FILTER(langMatches(lang(?label), "en") || lang(?label) = "") }
            } ORDER BY ?e ?p ?o""";

    private static final Set<String> SOURCE_ROLES = Set.of("sourceActor", "visitor", "imposedBy", "sourceCountry");
    private static final Set<String> TARGET_ROLES = Set.of("targetActor", "host", "sanctionTarget", "targetCountry");

    record EventView(String name, String href, String type, String date, String factuality, String role) {
    }

    private final Links links;

    EventList(Links links) {
        this.links = links;
    }

    long count(RepositoryConnection connection, IRI iri) {
        return Paging.total(connection, EVENT_COUNT, "this", iri);
    }

    /** The events that point at {@code iri}, latest first, {@code limit} of them from {@code offset}. */
    List<EventView> latest(RepositoryConnection connection, IRI iri, int limit, int offset) {
        List<EventView> events = new ArrayList<>();
        TupleQuery query = connection.prepareTupleQuery(Paging.page(EVENTS, limit, offset));
        query.setBinding("this", iri);
        try (TupleQueryResult result = query.evaluate()) {
            for (BindingSet row : result) {
                String event = row.getValue("e").stringValue();
                IRI type = (IRI) row.getValue("type");
                String date = row.hasBinding("date") ? row.getValue("date").stringValue() : "";
                events.add(new EventView(
                        row.hasBinding("name") ? row.getValue("name").stringValue() : links.shortName(event),
                        links.href(event), Links.localLabel(type), date.length() > 10 ? date.substring(0, 10) : date,
                        row.hasBinding("factuality") ? Links.localLabel((IRI) row.getValue("factuality")) : null,
                        row.hasBinding("roles") ? roles(row.getValue("roles").stringValue()) : null));
            }
        }
        return events;
    }

    /**
     * A page of events cut from {@code latest} (the first {@code latest.size()} in the same order, as
     * the timeline already read them) when it holds that page; else read from the store.
     */
    List<EventView> page(RepositoryConnection connection, IRI iri, List<EventView> latest, long total, int limit, int offset) {
        if (offset + limit <= latest.size() || latest.size() >= total) {
            return latest.subList(Math.min(offset, latest.size()), Math.min(offset + limit, latest.size()));
        }
        return latest(connection, iri, limit, offset);
    }

    /**
     * Every role a thing plays in an event ("source actor, visitor"), sorted, so that no role hides
     * another; an article is where the event was read, not a role in it.
     */
    static String roles(String properties) {
        return Arrays.stream(properties.split(" "))
                .filter(property -> !property.isBlank() && !property.startsWith("http://www.w3.org/ns/prov#"))
                .map(property -> Links.localLabel(Values.iri(property)))
                .sorted()
                .collect(Collectors.joining(", "));
    }

    /** The events read from an article ({@code variable} "article") or one event ("e"), with their actors and places. */
    List<Diagrams.Event> parts(RepositoryConnection connection, String variable, IRI iri) {
        Map<String, Diagrams.Node> nodes = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, List<Diagrams.Link>> sources = new LinkedHashMap<>();
        Map<String, List<Diagrams.Link>> targets = new LinkedHashMap<>();
        Map<String, List<Diagrams.Link>> places = new LinkedHashMap<>();
        TupleQuery query = connection.prepareTupleQuery(EVENT_PARTS);
        query.setBinding(variable, iri);
        try (TupleQueryResult result = query.evaluate()) {
            for (BindingSet row : result) {
                String event = row.getValue("e").stringValue();
                nodes.computeIfAbsent(event, key -> new Diagrams.Node(
                        row.hasBinding("name") ? row.getValue("name").stringValue() : links.shortName(event), links.href(event)));
                types.putIfAbsent(event, Links.localLabel((IRI) row.getValue("type")));
                String role = ((IRI) row.getValue("p")).getLocalName();
                String object = row.getValue("o").stringValue();
                Diagrams.Link link = new Diagrams.Link(new Diagrams.Node(
                        row.hasBinding("label") ? row.getValue("label").stringValue() : links.shortName(object), links.href(object)),
                        Links.localLabel((IRI) row.getValue("p")));
                Map<String, List<Diagrams.Link>> side = SOURCE_ROLES.contains(role) ? sources : TARGET_ROLES.contains(role) ? targets : places;
                List<Diagrams.Link> list = side.computeIfAbsent(event, key -> new ArrayList<>());
                if (list.stream().noneMatch(existing -> existing.node().equals(link.node()))) {
                    list.add(link);
                }
            }
        }
        List<Diagrams.Event> events = new ArrayList<>();
        nodes.forEach((event, node) -> events.add(new Diagrams.Event(node, types.get(event),
                sources.getOrDefault(event, List.of()), targets.getOrDefault(event, List.of()), places.getOrDefault(event, List.of()))));
        return events;
    }
}
