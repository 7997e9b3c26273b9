package org.newsgraph.page;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.newsgraph.store.NewsStore;
import org.newsgraph.vocab.GP;
import org.newsgraph.vocab.NIF;
import org.newsgraph.vocab.Namespaces;
import org.newsgraph.vocab.SCHEMA;


/**
 * The HTML page of a resource: what it is, what is said about it and by whom, where it is
 * mentioned (the sentence quoted, the mention marked), the events it takes part in, a picture,
 * and links to the same description as data. Queries first, then one plain view for the template.
 */
public final class EntityPages {

    static final int PAGE_SIZE = 20;
    private static final int TIMELINE_LIMIT = 200;
    private static final int QUOTE_LENGTH = 90;

    private static final String PREFIXES = Namespaces.SPARQL_PREFIXES;

    private static final String PROPERTY_LABELS = PREFIXES + "SELECT ?p ?label WHERE { GRAPH ?ontology { ?p rdfs:label ?label } }";

    private static final String INBOUND_COUNTS = PREFIXES + """
            SELECT ?p (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?this . FILTER(?p != itsrdf:taIdentRef) }
            GROUP BY ?p ORDER BY DESC(?n) ?p""";

    private static final String INBOUND = PREFIXES + """
            SELECT ?s ?p (SAMPLE(COALESCE(?l, CONCAT(?role, " of ", ?where), ?role)) AS ?label) WHERE {
              ?s ?p ?this . FILTER(?p != itsrdf:taIdentRef)
              OPTIONAL { ?s schema:name|schema:headline|rdfs:label|skos:prefLabel ?l FILTER(langMatches(lang(?l), "en") || lang(?l) = "") }
              OPTIONAL { ?s schema:roleName ?role FILTER(langMatches(lang(?role), "en") || lang(?role) = "")
                         OPTIONAL { ?s gp:jurisdiction/schema:name ?where FILTER(langMatches(lang(?where), "en") || lang(?where) = "") } }
            } GROUP BY ?s ?p ORDER BY ?p ?s LIMIT ?limit OFFSET ?offset""";

    private static final String EVENT_FILTER = """
              ?e a ?t . ?t rdfs:subClassOf+ gp:GeopoliticalEvent .
              OPTIONAL { ?e schema:name ?n }
              OPTIONAL { ?e schema:startDate ?start }
              OPTIONAL { ?e prov:wasDerivedFrom/schema:datePublished ?published }
              OPTIONAL { ?e gp:factuality ?f }
            """;

    private static final String EVENTS = PREFIXES + """
            SELECT ?e (SAMPLE(?t) AS ?type) (SAMPLE(?n) AS ?name) (MIN(COALESCE(?start, ?published)) AS ?date)
                   (SAMPLE(?f) AS ?factuality) (GROUP_CONCAT(DISTINCT STR(?p); separator=" ") AS ?roles) WHERE {
              ?e ?p ?this .
            """ + EVENT_FILTER + """
            } GROUP BY ?e ORDER BY DESC(?date) ?e LIMIT ?limit OFFSET ?offset""";

    private static final String EVENT_COUNT = PREFIXES + """
            SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e ?p ?this . ?e a ?t . ?t rdfs:subClassOf+ gp:GeopoliticalEvent }""";

    private static final String MENTIONS = PREFIXES + """
            SELECT ?article ?headline ?date ?entity ?sentence ?text ?sb ?mb ?me WHERE {
              GRAPH ?g {
                ?m itsrdf:taIdentRef ?entity ; nif:sentence ?sentence ; nif:beginIndex ?mb ; nif:endIndex ?me .
                ?sentence nif:anchorOf ?text ; nif:beginIndex ?sb .
                ?article a schema:NewsArticle .
                OPTIONAL { ?article schema:headline ?headline }
                OPTIONAL { ?article schema:datePublished ?date }
              }
            } ORDER BY DESC(?date) ?article ?sb ?mb LIMIT ?limit OFFSET ?offset""";

    private static final String MENTION_COUNT = PREFIXES + """
            SELECT (COUNT(?m) AS ?n) WHERE { GRAPH ?g { ?m itsrdf:taIdentRef ?entity } }""";

    private static final String EVIDENCE = PREFIXES + """
            SELECT ?sentence ?text ?article ?headline WHERE {
              ?this gp:evidence ?sentence . ?sentence nif:anchorOf ?text .
              OPTIONAL { ?this prov:wasDerivedFrom ?article . OPTIONAL { ?article schema:headline ?headline } }
            } ORDER BY ?sentence""";

    private static final String EVENT_PARTS = PREFIXES + """
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
    private static final List<IRI> LABELS = List.of(SCHEMA.name, SKOS.PREF_LABEL, RDFS.LABEL, SCHEMA.headline);

    private final NewsStore store;
    private final ResourceDescriber describer;
    private final Templates templates;
    private final Links links;
    private final String articleLicense;

    public EntityPages(NewsStore store, ResourceDescriber describer, Templates templates, String articleLicense) {
        this.store = store;
        this.describer = describer;
        this.templates = templates;
        this.links = new Links(describer.uris());
        this.articleLicense = articleLicense;
    }

    record Format(String label, String type, String href) {
    }

    record ValueView(String text, String href, String note) {
    }

    record PropertyView(String label, String href, String iri, List<ValueView> values) {
    }

    record Group(String name, List<PropertyView> properties) {
    }

    record Inbound(String label, String href, long count) {
    }

    record EventView(String name, String href, String type, String date, String factuality, String role) {
    }

    record MentionView(String article, String headline, String date, String entity, String entityHref,
                       Quote quote, String sentenceHref) {
    }

    record Pager(int page, int pages, String previous, String next) {
    }

    record View(String title, String iri, String name, String types, String description, String wikidata,
                String sparql, List<Format> formats, String license, String text, String diagram, String diagramCaption,
                List<Group> groups, List<Inbound> inboundCounts, List<ValueView> inbound, long inboundTotal,
                List<EventView> events, long eventTotal, List<MentionView> mentions, long mentionTotal,
                List<MentionView> evidence, Pager pager, String jsonLd, String page) {

        public boolean hasEvents() {
            return !events.isEmpty();
        }

        public boolean hasMentions() {
            return !mentions.isEmpty();
        }

        public boolean hasEvidence() {
            return !evidence.isEmpty();
        }

        public boolean hasInbound() {
            return !inbound.isEmpty();
        }
    }

    /** The page of a known resource, page {@code page} (from 1) of its long lists. */
    public String render(ResourcePath path, int page, Languages languages) {
        IRI iri = describer.iri(path);
        Model model = describer.describe(iri);
        int offset = (Math.max(page, 1) - 1) * PAGE_SIZE;
        try (RepositoryConnection connection = store.repository().getConnection()) {
            Map<IRI, List<Literal>> propertyLabels = propertyLabels(connection);
            String name = label(model, iri, languages).orElse(path.slug());
            List<String> types = new ArrayList<>();
            for (Value type : model.filter(iri, RDF.TYPE, null).objects()) {
                if (type instanceof IRI typeIri) {
                    types.add(label(model, typeIri, languages).orElse(Links.localLabel(typeIri)));
                }
            }
            String description = literal(model, iri, languages, SCHEMA.description, RDFS.COMMENT, SKOS.DEFINITION).orElse(null);
            String wikidata = model.filter(iri, SCHEMA.sameAs, null).objects().stream()
                    .map(Value::stringValue)
                    .filter(value -> value.startsWith(Namespaces.WIKIDATA))
                    .findFirst()
                    .orElse(null);
            List<Inbound> inboundCounts = inboundCounts(connection, iri, propertyLabels, languages);
            long inboundTotal = inboundCounts.stream().mapToLong(Inbound::count).sum();
            List<ValueView> inbound = inbound(connection, iri, offset, propertyLabels, languages);
            long eventTotal = count(connection, EVENT_COUNT, "this", iri);
            List<EventView> events = events(connection, iri, PAGE_SIZE, offset, languages);
            boolean article = "article".equals(path.kind());
            long mentionTotal = article
                    ? count(connection, MENTION_COUNT, "g", describer.uris().articleGraph(path.slug()))
                    : count(connection, MENTION_COUNT, "entity", iri);
            List<MentionView> mentions = mentions(connection, article, path, iri, offset);
            List<MentionView> evidence = "event".equals(path.kind()) ? evidence(connection, iri) : List.of();
            String diagram = "";
            String caption = null;
            if (article || "event".equals(path.kind())) {
                diagram = Diagrams.events(eventParts(connection, article ? "article" : "e", iri));
                caption = "Who did what to whom, and where";
            } else if (eventTotal > 0) {
                List<Diagrams.Dated> dated = new ArrayList<>();
                for (EventView event : events(connection, iri, TIMELINE_LIMIT, 0, languages)) {
                    parseDate(event.date()).ifPresent(date -> dated.add(new Diagrams.Dated(
                            new Diagrams.Node(event.name(), event.href()), date, event.type())));
                }
                diagram = Diagrams.timeline(dated);
                caption = "Events over time" + (eventTotal > TIMELINE_LIMIT ? " (the latest " + TIMELINE_LIMIT + " of " + eventTotal + ")" : "");
            }
            int pages = (int) Math.max(1, Math.ceil(Math.max(inboundTotal, Math.max(eventTotal, mentionTotal)) / (double) PAGE_SIZE));
            int current = Math.min(Math.max(page, 1), pages);
            Pager pager = pages <= 1 ? null : new Pager(current, pages,
                    current > 1 ? "?page=" + (current - 1) : null,
                    current < pages ? "?page=" + (current + 1) : null);
            boolean republished = article && describer.articleText(path.slug()).isPresent();
            View view = new View(name, iri.stringValue(), name, String.join(", ", types), description, wikidata,
                    Links.sparql("DESCRIBE <" + iri.stringValue() + ">"), formats(path),
                    republished ? articleLicense : null,
                    republished ? "/id/article/" + path.slug() + "/text" : null,
                    diagram.isEmpty() ? null : diagram, caption,
                    groups(model, iri, propertyLabels, languages), inboundCounts, inbound, inboundTotal,
                    events, eventTotal, mentions, mentionTotal, evidence, pager,
                    SchemaOrgJsonLd.of(model, iri, name, description, path,
                            describer.uris().page(path.kind(), path.slug()), thing -> label(model, thing, Languages.ENGLISH)), "/page/" + path.local());
            return templates.render("entity", view);
        }
    }

    /** The links to every RDF format of a data document. */
    List<Format> formats(ResourcePath path) {
        List<Format> formats = new ArrayList<>();
        for (RDFFormat format : List.of(RDFFormat.TURTLE, RDFFormat.JSONLD, RDFFormat.RDFXML, RDFFormat.NTRIPLES)) {
            String extension = format.getDefaultFileExtension().equals("jsonld") ? "jsonld" : format.getDefaultFileExtension();
            formats.add(new Format(format.getName(), format.getDefaultMIMEType(), links.data(path, extension)));
        }
        return formats;
    }

    private List<Group> groups(Model model, IRI iri, Map<IRI, List<Literal>> propertyLabels, Languages languages) {
        Map<String, Map<IRI, List<ValueView>>> groups = new LinkedHashMap<>();
        for (String group : List.of("Description", "Geopolitics", "Text", "Provenance", "Classes and labels", "Other")) {
            groups.put(group, new LinkedHashMap<>());
        }
        for (Statement statement : model.filter(iri, null, null)) {
            IRI property = statement.getPredicate();
            groups.get(group(property))
                    .computeIfAbsent(property, key -> new ArrayList<>())
                    .add(value(model, statement.getObject(), languages));
        }
        List<Group> result = new ArrayList<>();
        groups.forEach((name, properties) -> {
            if (!properties.isEmpty()) {
                List<PropertyView> views = new ArrayList<>();
                properties.forEach((property, values) -> views.add(new PropertyView(
                        propertyLabel(property, propertyLabels, languages), links.href(property.stringValue()),
                        links.shortName(property.stringValue()), values)));
                result.add(new Group(name, views));
            }
        });
        return result;
    }

    private static String group(IRI property) {
        String ns = property.getNamespace();
        if (ns.equals(SCHEMA.NAMESPACE)) {
            return "Description";
        }
        if (ns.equals(GP.NAMESPACE)) {
            return "Geopolitics";
        }
        if (ns.startsWith("http://persistence.uni-leipzig.org/nlp2rdf/") || ns.startsWith("http://www.w3.org/2005/11/its/")) {
            return "Text";
        }
        if (ns.equals("http://www.w3.org/ns/prov#") || ns.equals("http://purl.org/dc/terms/")) {
            return "Provenance";
        }
        if (ns.equals(RDF.NAMESPACE) || ns.equals(RDFS.NAMESPACE) || ns.equals(SKOS.NAMESPACE)
                || ns.equals("http://www.w3.org/2002/07/owl#")) {
            return "Classes and labels";
        }
        return "Other";
    }

    private ValueView value(Model model, Value value, Languages languages) {
        if (value instanceof IRI iri) {
            String text = label(model, iri, languages).orElse(links.shortName(iri.stringValue()));
            return new ValueView(text, links.href(iri.stringValue()), null);
        }
        if (value instanceof Literal literal) {
            String note = literal.getLanguage().map(lang -> "@" + lang)
                    .orElseGet(() -> literal.getDatatype().getNamespace().equals("http://www.w3.org/2001/XMLSchema#")
                            && !literal.getDatatype().getLocalName().equals("string")
                            ? links.shortName(literal.getDatatype().stringValue()) : null);
            return new ValueView(literal.getLabel(), null, note);
        }
        return new ValueView("(blank node)", null, null);
    }

    private Optional<String> label(Model model, IRI iri, Languages languages) {
        return literal(model, iri, languages, LABELS.toArray(IRI[]::new))
                .or(() -> positionLabel(model, iri, languages))
                .or(() -> quoted(model, iri));
    }

    /** A sentence or a mention is shown by its words, quoted and shortened, rather than by its offsets. */
    static Optional<String> quoted(Model model, IRI iri) {
        return model.filter(iri, NIF.anchorOf, null).objects().stream()
                .findFirst()
                .map(Value::stringValue)
                .map(text -> text.codePointCount(0, text.length()) <= QUOTE_LENGTH ? text
                        : text.substring(0, text.offsetByCodePoints(0, QUOTE_LENGTH - 1)) + "\u2026")
                .map(text -> "\u201c" + text + "\u201d");
    }

    /** "President of Russia": a position held has a role and a jurisdiction, and no name of its own. */
    static Optional<String> positionLabel(Model model, IRI iri, Languages languages) {
        Optional<String> role = literal(model, iri, languages, SCHEMA.roleName);
        if (role.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> where = model.filter(iri, GP.jurisdiction, null).objects().stream()
                .filter(IRI.class::isInstance)
                .map(IRI.class::cast)
                .flatMap(jurisdiction -> literal(model, jurisdiction, languages, SCHEMA.name).stream())
                .findFirst();
        return Optional.of(where.map(name -> role.get() + " of " + name).orElse(role.get()));
    }

    private static Optional<String> literal(Model model, IRI iri, Languages languages, IRI... properties) {
        for (IRI property : properties) {
            Optional<Literal> best = languages.best(model.filter(iri, property, null).objects());
            if (best.isPresent()) {
                return best.map(Literal::getLabel);
            }
        }
        return Optional.empty();
    }

    private Map<IRI, List<Literal>> propertyLabels(RepositoryConnection connection) {
        Map<IRI, List<Literal>> labels = new LinkedHashMap<>();
        TupleQuery query = connection.prepareTupleQuery(PROPERTY_LABELS);
        query.setBinding("ontology", Values.iri(describer.uris().base() + "graph/ontology"));
        try (TupleQueryResult result = query.evaluate()) {
            for (BindingSet row : result) {
                if (row.getValue("p") instanceof IRI property && row.getValue("label") instanceof Literal label) {
                    labels.computeIfAbsent(property, key -> new ArrayList<>()).add(label);
                }
            }
        }
        return labels;
    }

    private static String propertyLabel(IRI property, Map<IRI, List<Literal>> labels, Languages languages) {
        return languages.best(labels.getOrDefault(property, List.of())).map(Literal::getLabel).orElse(Links.localLabel(property));
    }

    private List<Inbound> inboundCounts(RepositoryConnection connection, IRI iri, Map<IRI, List<Literal>> labels, Languages languages) {
        List<Inbound> counts = new ArrayList<>();
        TupleQuery query = connection.prepareTupleQuery(INBOUND_COUNTS);
        query.setBinding("this", iri);
        try (TupleQueryResult result = query.evaluate()) {
            for (BindingSet row : result) {
                IRI property = (IRI) row.getValue("p");
                counts.add(new Inbound(propertyLabel(property, labels, languages), links.href(property.stringValue()),
                        ((Literal) row.getValue("n")).longValue()));
            }
        }
        return counts;
    }

    private List<ValueView> inbound(RepositoryConnection connection, IRI iri, int offset, Map<IRI, List<Literal>> labels,
                                    Languages languages) {
        List<ValueView> inbound = new ArrayList<>();
        TupleQuery query = connection.prepareTupleQuery(Paging.page(INBOUND, PAGE_SIZE, offset));
        query.setBinding("this", iri);
        try (TupleQueryResult result = query.evaluate()) {
            for (BindingSet row : result) {
                Value subject = row.getValue("s");
                String text = row.hasBinding("label") ? row.getValue("label").stringValue() : links.shortName(subject.stringValue());
                inbound.add(new ValueView(text, subject instanceof IRI ? links.href(subject.stringValue()) : null,
                        propertyLabel((IRI) row.getValue("p"), labels, languages)));
            }
        }
        return inbound;
    }

    private List<EventView> events(RepositoryConnection connection, IRI iri, int limit, int offset, Languages languages) {
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

    private List<MentionView> mentions(RepositoryConnection connection, boolean article, ResourcePath path, IRI iri, int offset) {
        List<MentionView> mentions = new ArrayList<>();
        TupleQuery query = connection.prepareTupleQuery(Paging.page(MENTIONS, PAGE_SIZE, offset));
        if (article) {
            query.setBinding("g", describer.uris().articleGraph(path.slug()));
        } else {
            query.setBinding("entity", iri);
        }
        try (TupleQueryResult result = query.evaluate()) {
            for (BindingSet row : result) {
                String text = row.getValue("text").stringValue();
                int sentenceBegin = ((Literal) row.getValue("sb")).intValue();
                Quote quote = Quote.of(text, sentenceBegin, ((Literal) row.getValue("mb")).intValue(), ((Literal) row.getValue("me")).intValue());
                String date = row.hasBinding("date") ? row.getValue("date").stringValue() : "";
                String entity = row.getValue("entity").stringValue();
                mentions.add(new MentionView(links.href(row.getValue("article").stringValue()),
                        row.hasBinding("headline") ? row.getValue("headline").stringValue() : row.getValue("article").stringValue(),
                        date.length() > 10 ? date.substring(0, 10) : date,
                        quote.mark(), links.href(entity),
                        quote, links.href(row.getValue("sentence").stringValue())));
            }
        }
        return mentions;
    }

    private List<MentionView> evidence(RepositoryConnection connection, IRI iri) {
        List<MentionView> evidence = new ArrayList<>();
        TupleQuery query = connection.prepareTupleQuery(EVIDENCE);
        query.setBinding("this", iri);
        try (TupleQueryResult result = query.evaluate()) {
            for (BindingSet row : result) {
                String article = row.hasBinding("article") ? row.getValue("article").stringValue() : null;
                evidence.add(new MentionView(article == null ? null : links.href(article),
                        row.hasBinding("headline") ? row.getValue("headline").stringValue() : article, null, null, null,
                        new Quote(row.getValue("text").stringValue(), "", ""), links.href(row.getValue("sentence").stringValue())));
            }
        }
        return evidence;
    }

    private List<Diagrams.Event> eventParts(RepositoryConnection connection, String variable, IRI iri) {
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

    private static long count(RepositoryConnection connection, String sparql, String variable, IRI value) {
        TupleQuery query = connection.prepareTupleQuery(sparql);
        query.setBinding(variable, value);
        try (TupleQueryResult result = query.evaluate()) {
            return result.hasNext() ? ((Literal) result.next().getValue("n")).longValue() : 0;
        }
    }

    private static Optional<LocalDate> parseDate(String date) {
        if (date == null || date.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(date.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
