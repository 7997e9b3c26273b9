package org.newsgraph.dump;

import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.PROV;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.RepositoryResult;
import org.newsgraph.store.NewsStore;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.SCHEMA;
import org.newsgraph.vocab.UriSpace;

/**
 * The Atom feed of the articles added, replaced or withdrawn, newest first, read from the change
 * times {@link NewsStore} records in the system graph with each graph replace or removal.
 */
public final class ChangeFeed {

    /** How many changes the feed lists. */
    public static final int LIMIT = 100;

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final NewsStore store;
    private final UriSpace uris;
    private final String publisher;

    public ChangeFeed(NewsStore store, UriSpace uris, String publisher) {
        this.store = store;
        this.uris = uris;
        this.publisher = publisher;
    }

    /** What happened to an article's graph last. */
    public enum Kind { ADDED, REPLACED, WITHDRAWN }

    /** One article's last change. */
    public record Change(String slug, Resource graph, Kind kind, Instant time, String title) {
    }

    /** The article changes, newest first, at most {@link #LIMIT}. */
    public List<Change> changes() {
        String prefix = uris.base() + "graph/article/";
        try (RepositoryConnection connection = store.repository().getConnection()) {
            Map<Resource, Instant> created = times(connection, DCTERMS.CREATED, prefix);
            Map<Resource, Instant> withdrawn = times(connection, PROV.INVALIDATED_AT_TIME, prefix);
            List<Change> changes = new ArrayList<>();
            times(connection, DCTERMS.MODIFIED, prefix).forEach((graph, modified) -> {
                String slug = graph.stringValue().substring(prefix.length());
                Kind kind = withdrawn.containsKey(graph) ? Kind.WITHDRAWN
                        : modified.equals(created.get(graph)) ? Kind.ADDED : Kind.REPLACED;
                changes.add(new Change(slug, graph, kind, modified, null));
            });
            changes.sort(Comparator.comparing(Change::time).reversed().thenComparing(Change::slug));
            return changes.stream()
                    .limit(LIMIT)
                    .map(change -> new Change(change.slug(), change.graph(), change.kind(), change.time(),
                            headline(connection, change).orElse(change.slug())))
                    .toList();
        }
    }

    /** Writes the feed as Atom (RFC 4287); every text goes through the XML writer, which escapes it. */
    public void write(OutputStream out) {
        List<Change> changes = changes();
        Instant updated = changes.isEmpty() ? store.lastModified() : changes.get(0).time();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", uris.base() + "feed.atom");
            element(xml, "title", "newsgraph: articles added, replaced or withdrawn");
            element(xml, "updated", updated.toString());
            link(xml, "self", "application/atom+xml", uris.base() + "feed.atom");
            link(xml, "alternate", "text/html", uris.base());
            link(xml, "describedby", "text/turtle", uris.base() + ".well-known/void");
            xml.writeStartElement("author");
            element(xml, "name", publisher);
            xml.writeEndElement();
            for (Change change : changes) {
                entry(xml, change);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the change feed: " + e.getMessage(), e);
        }
    }

    private void entry(XMLStreamWriter xml, Change change) throws XMLStreamException {
        String kind = change.kind().name().toLowerCase(java.util.Locale.ROOT);
        xml.writeStartElement("entry");
        // One entry per article: its id is the article, its updated time its last change.
        element(xml, "id", uris.article(change.slug()).stringValue());
        element(xml, "title", (change.kind() == Kind.WITHDRAWN ? "Withdrawn: " : "") + change.title());
        element(xml, "updated", change.time().toString());
        xml.writeEmptyElement("category");
        xml.writeAttribute("term", kind);
        xml.writeAttribute("scheme", NG.NAMESPACE + "change");
        link(xml, "alternate", "text/html", uris.page("article", change.slug()));
        link(xml, "related", null, change.graph().stringValue());
        link(xml, "alternate", "application/trig", uris.base() + "data/graph/article/" + change.slug() + ".trig");
        element(xml, "summary", "Article " + kind + " at " + change.time() + "; its named graph is " + change.graph().stringValue());
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        if (type != null) {
            xml.writeAttribute("type", type);
        }
        xml.writeAttribute("href", href);
    }

    private static Map<Resource, Instant> times(RepositoryConnection connection, org.eclipse.rdf4j.model.IRI property, String prefix) {
        Map<Resource, Instant> times = new HashMap<>();
        try (RepositoryResult<Statement> statements = connection.getStatements(null, property, null, false, NG.SYSTEM_GRAPH)) {
            for (Statement statement : statements) {
                Value time = statement.getObject();
                if (statement.getSubject().stringValue().startsWith(prefix) && time instanceof Literal literal) {
                    times.put(statement.getSubject(), literal.calendarValue().toGregorianCalendar().toInstant());
                }
            }
        }
        return times;
    }

    private Optional<String> headline(RepositoryConnection connection, Change change) {
        if (change.kind() == Kind.WITHDRAWN) {
            return Optional.empty();
        }
        try (RepositoryResult<Statement> headlines = connection.getStatements(uris.article(change.slug()), SCHEMA.headline,
                null, false, change.graph())) {
            return headlines.hasNext() ? Optional.of(headlines.next().getObject().stringValue()) : Optional.empty();
        }
    }
}
