package org.newsgraph.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.newsgraph.store.NewsStore;
import org.newsgraph.vocab.UriSpace;

/** The home page: what the dataset is, how much it holds, the latest articles, and where to go next. */
public final class HomePage {

    private static final String COUNTS = """
            PREFIX schema: <http://schema.org/>
            PREFIX gp: <https://w3id.org/newsgraph/geopol#>
            SELECT
              (COUNT(DISTINCT ?article) AS ?articles)
              (COUNT(DISTINCT ?person) AS ?people)
              (COUNT(DISTINCT ?country) AS ?countries)
              (COUNT(DISTINCT ?event) AS ?events)
            WHERE {
              { ?article a schema:NewsArticle }
              UNION { ?article a schema:NewsArticle ; schema:about|schema:mentions ?person . ?person a schema:Person }
              UNION { ?article a schema:NewsArticle ; schema:about|schema:mentions ?country . ?country a schema:Country }
              UNION { ?event a ?type . VALUES ?type { gp:StateVisit gp:BilateralTalks gp:CooperationIntent
                      gp:CooperationAgreement gp:SanctionsImposition gp:SanctionsRegime gp:Criticism } }
            }""";

    private static final String LATEST = """
            PREFIX schema: <http://schema.org/>
            SELECT ?article ?headline ?date WHERE {
              ?article a schema:NewsArticle ; schema:headline ?headline .
              OPTIONAL { ?article schema:datePublished ?date }
            } ORDER BY DESC(?date) ?headline LIMIT 20""";

    private final NewsStore store;
    private final UriSpace uris;
    private final Templates templates;

    public HomePage(NewsStore store, UriSpace uris, Templates templates) {
        this.store = store;
        this.uris = uris;
        this.templates = templates;
    }

    record Latest(String page, String headline, String date) {
    }

    record View(String title, String base, Map<String, String> counts, List<Latest> latest, long statements) {
    }

    public String render() {
        try (RepositoryConnection connection = store.repository().getConnection()) {
            Map<String, String> counts = Map.of();
            TupleQuery countQuery = connection.prepareTupleQuery(COUNTS);
            try (TupleQueryResult result = countQuery.evaluate()) {
                if (result.hasNext()) {
                    BindingSet row = result.next();
                    counts = Map.of(
                            "articles", row.getValue("articles").stringValue(),
                            "people", row.getValue("people").stringValue(),
                            "countries", row.getValue("countries").stringValue(),
                            "events", row.getValue("events").stringValue());
                }
            }
            List<Latest> latest = new ArrayList<>();
            try (TupleQueryResult result = connection.prepareTupleQuery(LATEST).evaluate()) {
                for (BindingSet row : result) {
                    String iri = row.getValue("article").stringValue();
                    String date = row.hasBinding("date") ? row.getValue("date").stringValue() : "";
                    latest.add(new Latest(uris.pageOf(iri), row.getValue("headline").stringValue(), date.length() > 10 ? date.substring(0, 10) : date));
                }
            }
            return templates.render("home", new View("newsgraph", uris.base(), counts, latest, connection.size()));
        }
    }
}
