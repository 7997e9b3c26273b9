package org.newsgraph.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.newsgraph.store.NewsStore;
import org.newsgraph.vocab.Namespaces;
import org.newsgraph.vocab.UriSpace;

/** The home page: what the dataset is, how much it holds, the latest articles, and where to go next. */
public final class HomePage {

    /** What the news holds: articles, events, and the things the articles are about or mention, by kind. */
    private static final String COUNTS = Namespaces.SPARQL_PREFIXES + """
            SELECT
              (COUNT(DISTINCT ?article) AS ?articles)
              (COUNT(DISTINCT ?event) AS ?events)
              (COUNT(DISTINCT ?person) AS ?people)
              (COUNT(DISTINCT ?country) AS ?countries)
              (COUNT(DISTINCT ?place) AS ?places)
              (COUNT(DISTINCT ?org) AS ?orgs)
            WHERE {
              { ?article a schema:NewsArticle }
              UNION { ?event a ?type . ?type rdfs:subClassOf+ gp:GeopoliticalEvent }
              UNION { ?a a schema:NewsArticle ; schema:about|schema:mentions ?person . ?person a schema:Person }
              UNION { ?a a schema:NewsArticle ; schema:about|schema:mentions ?country . ?country a schema:Country }
              UNION { ?a a schema:NewsArticle ; schema:about|schema:mentions|schema:contentLocation ?place .
                      VALUES ?placeType { schema:City schema:Place } ?place a ?placeType }
              UNION { ?a a schema:NewsArticle ; schema:about|schema:mentions ?org . ?org a schema:Organization }
            }""";

    private static final String LATEST = Namespaces.SPARQL_PREFIXES + """
            SELECT ?article ?headline ?date WHERE {
              ?article a schema:NewsArticle ; schema:headline ?headline .
              OPTIONAL { ?article schema:datePublished ?date }
            } ORDER BY DESC(?date) ?headline LIMIT 20""";

    private static final String LATEST_EVENTS = Namespaces.SPARQL_PREFIXES + """
            SELECT ?event (SAMPLE(?n) AS ?name) (SAMPLE(?t) AS ?type) (MAX(COALESCE(?start, ?published)) AS ?date) WHERE {
              ?event a ?t . ?t rdfs:subClassOf+ gp:GeopoliticalEvent .
              OPTIONAL { ?event schema:name ?n FILTER(langMatches(lang(?n), "en") || lang(?n) = "") }
              OPTIONAL { ?event schema:startDate ?start }
              OPTIONAL { ?event prov:wasDerivedFrom/schema:datePublished ?published }
            } GROUP BY ?event ORDER BY DESC(?date) ?name LIMIT 10""";

    /** The indexes the home page leads to, in the order of the navigation, with the count shown on each. */
    private static final List<String[]> INDEXES = List.of(
            new String[] {"article", "Articles", "articles", "published"},
            new String[] {"event", "Events", "events", "reported"},
            new String[] {"person", "People", "people", "in the news"},
            new String[] {"country", "Countries", "countries", "in the news"},
            new String[] {"place", "Places", "places", "in the news"},
            new String[] {"org", "Organisations", "orgs", "in the news"});

    private final NewsStore store;
    private final UriSpace uris;
    private final Templates templates;

    public HomePage(NewsStore store, UriSpace uris, Templates templates) {
        this.store = store;
        this.uris = uris;
        this.templates = templates;
    }

    record Latest(String page, String headline, String date, String note) {
    }

    record Index(String href, String label, String count, String note) {
    }

    record View(String title, String base, List<Index> indexes, List<Latest> latest, List<Latest> events, long statements) {
    }

    public String render() {
        Links links = new Links(uris);
        try (RepositoryConnection connection = store.repository().getConnection()) {
            Map<String, String> counts = new HashMap<>();
            TupleQuery countQuery = connection.prepareTupleQuery(COUNTS);
            try (TupleQueryResult result = countQuery.evaluate()) {
                if (result.hasNext()) {
                    BindingSet row = result.next();
                    row.getBindingNames().forEach(name -> counts.put(name, row.getValue(name).stringValue()));
                }
            }
            List<Index> indexes = INDEXES.stream()
                    .map(index -> new Index("/page/" + index[0] + "/", index[1], counts.getOrDefault(index[2], "0"), index[3]))
                    .toList();
            List<Latest> latest = new ArrayList<>();
            try (TupleQueryResult result = connection.prepareTupleQuery(LATEST).evaluate()) {
                for (BindingSet row : result) {
                    latest.add(new Latest(links.href(row.getValue("article").stringValue()), row.getValue("headline").stringValue(),
                            day(row), null));
                }
            }
            List<Latest> events = new ArrayList<>();
            try (TupleQueryResult result = connection.prepareTupleQuery(LATEST_EVENTS).evaluate()) {
                for (BindingSet row : result) {
                    String event = row.getValue("event").stringValue();
                    events.add(new Latest(links.href(event), row.hasBinding("name") ? row.getValue("name").stringValue() : links.shortName(event),
                            day(row), row.getValue("type") instanceof IRI type ? Links.localLabel(type) : null));
                }
            }
            return templates.render("home", new View("newsgraph", uris.base(), indexes, latest, events, connection.size()));
        }
    }

    private static String day(BindingSet row) {
        String date = row.hasBinding("date") ? row.getValue("date").stringValue() : "";
        return date.length() > 10 ? date.substring(0, 10) : date;
    }
}
