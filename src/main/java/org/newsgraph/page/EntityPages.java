package org.newsgraph.page;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
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

    private static final List<IRI> LABELS = List.of(SCHEMA.name, SKOS.PREF_LABEL, RDFS.LABEL, SCHEMA.headline);

    private final NewsStore store;
    private final ResourceDescriber describer;
    private final Templates templates;
    private final Links links;
    private final String articleLicense;
    private final EventList events;
    private final MentionList mentions;

    public EntityPages(NewsStore store, ResourceDescriber describer, Templates templates, String articleLicense) {
        this.store = store;
        this.describer = describer;
        this.templates = templates;
        this.links = new Links(describer.uris());
        this.articleLicense = articleLicense;
        this.events = new EventList(links);
        this.mentions = new MentionList(links);
    }

    record Format(String label, String type, String href) {
    }

    record ValueView(String text, String href, String note) {
    }

    record PropertyView(String label, String href, String iri, List<ValueView> values) {
    }

    record Group(String name, List<PropertyView> properties) {
    }

    record Pager(int page, int pages, String previous, String next) {
    }

    record View(String title, String iri, String name, String types, String description, String wikidata,
                String sparql, List<Format> formats, String license, String text, String diagram, String diagramCaption,
                List<Group> groups, List<InboundList.Inbound> inboundCounts, List<ValueView> inbound, long inboundTotal,
                List<EventList.EventView> events, long eventTotal, List<MentionList.MentionView> mentions, long mentionTotal,
                List<MentionList.MentionView> evidence, Pager pager, String jsonLd, String page) {

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
            PropertyLabels propertyLabels = PropertyLabels.load(connection, Values.iri(describer.uris().base() + "graph/ontology"), languages);
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
            InboundList inboundList = new InboundList(links, propertyLabels);
            List<InboundList.Inbound> inboundCounts = inboundList.counts(connection, iri);
            long inboundTotal = inboundCounts.stream().mapToLong(InboundList.Inbound::count).sum();
            List<ValueView> inbound = inboundList.page(connection, iri, PAGE_SIZE, offset);
            boolean article = "article".equals(path.kind());
            boolean event = "event".equals(path.kind());
            long eventTotal = events.count(connection, iri);
            // The timeline's latest events are the list's first pages too: read them once.
            List<EventList.EventView> latest = !article && !event && eventTotal > 0
                    ? events.latest(connection, iri, TIMELINE_LIMIT, 0) : List.of();
            List<EventList.EventView> eventPage = events.page(connection, iri, latest, eventTotal, PAGE_SIZE, offset);
            MentionList.Scope scope = article
                    ? MentionList.Scope.articleGraph(describer.uris().articleGraph(path.slug()))
                    : MentionList.Scope.entity(iri);
            long mentionTotal = mentions.count(connection, scope);
            List<MentionList.MentionView> mentionPage = mentions.page(connection, scope, PAGE_SIZE, offset);
            List<MentionList.MentionView> evidence = event ? mentions.evidence(connection, iri) : List.of();
            String diagram = "";
            String caption = null;
            if (article || event) {
                diagram = Diagrams.events(events.parts(connection, article ? "article" : "e", iri));
                caption = "Who did what to whom, and where";
            } else if (eventTotal > 0) {
                List<Diagrams.Dated> dated = new ArrayList<>();
                for (EventList.EventView latestEvent : latest) {
                    parseDate(latestEvent.date()).ifPresent(date -> dated.add(new Diagrams.Dated(
                            new Diagrams.Node(latestEvent.name(), latestEvent.href()), date, latestEvent.type())));
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
                    groups(model, iri, propertyLabels), inboundCounts, inbound, inboundTotal,
                    eventPage, eventTotal, mentionPage, mentionTotal, evidence, pager,
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

    private List<Group> groups(Model model, IRI iri, PropertyLabels propertyLabels) {
        Languages languages = propertyLabels.languages();
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
                        propertyLabels.of(property), links.href(property.stringValue()),
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
