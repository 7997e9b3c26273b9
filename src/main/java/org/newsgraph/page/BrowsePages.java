package org.newsgraph.page;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.newsgraph.store.NewsStore;
import org.newsgraph.vocab.Namespaces;

/**
 * Index pages by kind (articles newest first, the rest by name, events by type) and the search box.
 *
 * <p>Search is a case- and accent-insensitive substring match over an in-memory index of names,
 * labels and headlines, rebuilt when the store's last change moves. At a few hundred thousand
 * labels that is a few tens of megabytes and a scan of milliseconds, with no new dependency; the
 * RDF4J Lucene sail would bring Lucene into the build and into the store's write path.
 */
public final class BrowsePages {

    static final int PAGE_SIZE = 100;
    private static final int SEARCH_LIMIT = 50;

    private static final String PREFIXES = Namespaces.SPARQL_PREFIXES;

    /** What each index lists; the kind is checked against these keys before it reaches a query. */
    private static final Map<String, String> WHERE = Map.of(
            "article", "?s a schema:NewsArticle . OPTIONAL { ?s schema:headline ?l FILTER(langMatches(lang(?l), \"en\") || lang(?l) = \"\") } OPTIONAL { ?s schema:datePublished ?d }",
            "person", "?s a schema:Person . OPTIONAL { ?s schema:name ?l FILTER(langMatches(lang(?l), \"en\") || lang(?l) = \"\") }",
            "country", "?s a schema:Country . OPTIONAL { ?s schema:name ?l FILTER(langMatches(lang(?l), \"en\") || lang(?l) = \"\") }",
            "place", "VALUES ?t { schema:City schema:Place } ?s a ?t . OPTIONAL { ?s schema:name ?l FILTER(langMatches(lang(?l), \"en\") || lang(?l) = \"\") }",
            "org", "?s a schema:Organization . OPTIONAL { ?s schema:name ?l FILTER(langMatches(lang(?l), \"en\") || lang(?l) = \"\") }",
            "event", "?s a ?t . ?t rdfs:subClassOf+ gp:GeopoliticalEvent . OPTIONAL { ?s schema:name ?l FILTER(langMatches(lang(?l), \"en\") || lang(?l) = \"\") } "
                    + "OPTIONAL { ?s schema:startDate ?d }",
            "position", "?s a gp:PositionHolding . OPTIONAL { ?s schema:roleName ?r FILTER(langMatches(lang(?r), \"en\") || lang(?r) = \"\") "
                    + "OPTIONAL { ?s gp:jurisdiction/schema:name ?j FILTER(langMatches(lang(?j), \"en\") || lang(?j) = \"\") } "
                    + "OPTIONAL { ?h gp:holdsPosition ?s ; schema:name ?n FILTER(langMatches(lang(?n), \"en\") || lang(?n) = \"\") } } "
                    + "BIND(CONCAT(COALESCE(CONCAT(?n, \", \"), \"\"), ?r, COALESCE(CONCAT(\" of \", ?j), \"\")) AS ?l)",
            "title", "?s a gp:Title . OPTIONAL { ?s skos:prefLabel ?l FILTER(langMatches(lang(?l), \"en\") || lang(?l) = \"\") }");

    private static final Map<String, String> TITLES = Map.of("article", "Articles", "person", "People",
            "country", "Countries", "place", "Places", "org", "Organisations", "event", "Events",
            "position", "Positions held", "title", "Titles");

    private static final String SEARCHABLE = PREFIXES + """
            SELECT DISTINCT ?s ?label WHERE {
              ?s schema:name|schema:headline|rdfs:label|skos:prefLabel|skos:altLabel ?label . FILTER(isIRI(?s))
            }""";

    private final NewsStore store;
    private final ResourceDescriber describer;
    private final Templates templates;
    private final Links links;
    private volatile SearchIndex index = new SearchIndex(Instant.MIN, List.of());

    public BrowsePages(NewsStore store, ResourceDescriber describer, Templates templates) {
        this.store = store;
        this.describer = describer;
        this.templates = templates;
        this.links = new Links(describer.uris());
    }

    record Item(String label, String href, String note) {
    }

    record Pager(int page, int pages, String previous, String next) {
    }

    record View(String title, String heading, String searchText, long total, List<Item> items, Pager pager, List<Item> kinds) {
    }

    private record Entry(String folded, String label, String iri) {
    }

    private record SearchIndex(Instant version, List<Entry> entries) {
    }

    /** Whether there is an index page for a kind. */
    public static boolean hasIndex(String kind) {
        return WHERE.containsKey(kind);
    }

    /** Page {@code page} (from 1) of the index of a kind. */
    public String index(String kind, int page) {
        String where = Optional.ofNullable(WHERE.get(kind)).orElseThrow(() -> new IllegalArgumentException("no index of " + kind));
        String order = switch (kind) {
            case "article" -> "DESC(?date) ?label";
            case "event" -> "?type DESC(?date) ?label";
            default -> "?label ?s";
        };
        String select = PREFIXES + "SELECT ?s (SAMPLE(?l) AS ?label) (MAX(?d) AS ?date) (SAMPLE(?t) AS ?type) WHERE { "
                + where + " FILTER(STRSTARTS(STR(?s), ?prefix)) } GROUP BY ?s ORDER BY " + order + " LIMIT ?limit OFFSET ?offset";
        String count = PREFIXES + "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { " + where + " FILTER(STRSTARTS(STR(?s), ?prefix)) }";
        String prefix = describer.uris().base() + "id/" + kind + "/";
        List<Item> items = new ArrayList<>();
        long total;
        try (RepositoryConnection connection = store.repository().getConnection()) {
            TupleQuery countQuery = connection.prepareTupleQuery(count);
            countQuery.setBinding("prefix", Values.literal(prefix));
            try (TupleQueryResult result = countQuery.evaluate()) {
                total = ((Literal) result.next().getValue("n")).longValue();
            }
            int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
            int current = Math.min(Math.max(1, page), pages);
            TupleQuery query = connection.prepareTupleQuery(Paging.page(select, PAGE_SIZE, (current - 1) * PAGE_SIZE));
            query.setBinding("prefix", Values.literal(prefix));
            try (TupleQueryResult result = query.evaluate()) {
                for (BindingSet row : result) {
                    String iri = row.getValue("s").stringValue();
                    String date = row.hasBinding("date") ? row.getValue("date").stringValue() : null;
                    String note = date != null ? date.substring(0, Math.min(10, date.length())) : null;
                    if ("event".equals(kind) && row.getValue("type") instanceof IRI type) {
                        note = Links.localLabel(type) + (note == null ? "" : " · " + note);
                    }
                    items.add(new Item(row.hasBinding("label") ? row.getValue("label").stringValue() : iri.substring(prefix.length()),
                            links.href(iri), note));
                }
            }
            Pager pager = pages <= 1 ? null : new Pager(current, pages, current > 1 ? "?page=" + (current - 1) : null,
                    current < pages ? "?page=" + (current + 1) : null);
            return templates.render("list", new View(TITLES.get(kind), TITLES.get(kind), null, total, items, pager, kinds()));
        }
    }

    /** The search results page for {@code q}. */
    public String search(String q) {
        String query = q == null ? "" : q.strip();
        List<Item> items = new ArrayList<>();
        long total = 0;
        if (!query.isEmpty()) {
            String needle = fold(query);
            List<Entry> hits = current().entries().stream()
                    .filter(entry -> entry.folded().contains(needle))
                    .sorted(Comparator.comparingInt((Entry entry) -> entry.folded().equals(needle) ? 0 : entry.folded().startsWith(needle) ? 1 : 2)
                            .thenComparingInt(entry -> entry.label().length())
                            .thenComparing(Entry::label))
                    .toList();
            total = hits.size();
            hits.stream().limit(SEARCH_LIMIT).forEach(entry -> items.add(new Item(entry.label(), links.href(entry.iri()),
                    kindOf(entry.iri()))));
        }
        String heading = query.isEmpty() ? "Search" : "Search: " + query;
        return templates.render("list", new View(heading, heading, query, total, items, null, kinds()));
    }

    private SearchIndex current() {
        Instant version = store.lastModified();
        SearchIndex known = index;
        if (known.version().equals(version)) {
            return known;
        }
        synchronized (this) {
            if (index.version().equals(version)) {
                return index;
            }
            String prefix = describer.uris().base() + "id/";
            List<Entry> entries = new ArrayList<>();
            try (RepositoryConnection connection = store.repository().getConnection();
                 TupleQueryResult result = connection.prepareTupleQuery(SEARCHABLE).evaluate()) {
                for (BindingSet row : result) {
                    String iri = row.getValue("s").stringValue();
                    if (iri.startsWith(prefix) && !iri.contains("#")) {
                        String label = row.getValue("label").stringValue();
                        entries.add(new Entry(fold(label), label, iri));
                    }
                }
            }
            index = new SearchIndex(version, List.copyOf(entries));
            return index;
        }
    }

    private String kindOf(String iri) {
        String rest = iri.substring((describer.uris().base() + "id/").length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private static List<Item> kinds() {
        return List.of("article", "event", "person", "country", "place", "org").stream()
                .map(kind -> new Item(TITLES.get(kind), "/page/" + kind + "/", null))
                .toList();
    }

    /** Lower case without accents, so that "lula" finds "Lula" and "inacio" finds "Inácio". */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
