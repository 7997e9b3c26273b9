package org.newsgraph.sparql;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.rdf4j.model.Namespace;
import org.newsgraph.vocab.Namespaces;

/**
 * The example queries on the query page: questions about the news data, in the dataset's own
 * vocabulary. Each is completed with the PREFIX lines of the prefixes it uses, from the one prefix
 * table ({@link Namespaces}).
 */
public final class ExampleQueries {

    /** One example: a title for the menu and the full query text. */
    public record Example(String id, String title, String query) {
    }

    private static final Pattern PREFIXED = Pattern.compile("(?<![\\w<:/#])([a-z][a-z0-9]*):");

    private static final List<Example> BODIES = List.of(
            new Example("articles-by-country", "Articles by country", """
                    SELECT ?country ?name (COUNT(DISTINCT ?article) AS ?articles) WHERE {
                      ?article a schema:NewsArticle ;
                               schema:about|schema:mentions ?country .
                      ?country a schema:Country ;
                               schema:name ?name .
                    }
                    GROUP BY ?country ?name
                    ORDER BY DESC(?articles) ?name
                    LIMIT 50"""),
            new Example("state-visits", "State visits and their hosts", """
                    SELECT ?visit ?visitorName ?hostName ?placeName ?date WHERE {
                      ?visit a gp:StateVisit ;
                             gp:visitor ?visitor ;
                             gp:host ?host .
                      OPTIONAL { ?visitor schema:name ?visitorName }
                      OPTIONAL { ?host schema:name ?hostName }
                      OPTIONAL { ?visit schema:location/schema:name ?placeName }
                      OPTIONAL { ?visit schema:startDate ?date }
                    }
                    ORDER BY DESC(?date)"""),
            new Example("sanctions", "Sanctions and their reasons", """
                    SELECT ?sanction ?imposedByName ?targetName ?reason WHERE {
                      VALUES ?type { gp:SanctionsImposition gp:SanctionsRegime }
                      ?sanction a ?type ;
                                gp:imposedBy ?imposedBy ;
                                gp:sanctionTarget ?target .
                      OPTIONAL { ?sanction gp:reason ?reason }
                      OPTIONAL { ?imposedBy schema:name ?imposedByName }
                      OPTIONAL { ?target schema:name ?targetName }
                    }"""),
            new Example("in-one-city", "Everything that happened in Pyongyang", """
                    SELECT ?event ?label ?type ?date WHERE {
                      ?city a schema:City ;
                            schema:name "Pyongyang"@en .
                      ?event schema:location ?city ;
                             a ?type .
                      FILTER (STRSTARTS(STR(?type), STR(gp:)))
                      OPTIONAL { ?event schema:name ?label }
                      OPTIONAL { ?event schema:startDate ?date }
                    }
                    ORDER BY ?date"""),
            new Example("most-mentioned-people", "Most mentioned people", """
                    SELECT ?person ?name (COUNT(?mention) AS ?mentions) WHERE {
                      ?mention itsrdf:taIdentRef ?person .
                      ?person a schema:Person ;
                              schema:name ?name .
                    }
                    GROUP BY ?person ?name
                    ORDER BY DESC(?mentions)
                    LIMIT 20"""),
            new Example("timeline", "A timeline of events", """
                    SELECT ?date ?event ?label ?code WHERE {
                      ?event gp:cameoCode ?code ;
                             schema:startDate ?date .
                      OPTIONAL { ?event schema:name ?label }
                    }
                    ORDER BY ?date"""),
            new Example("positions", "People and the positions they hold", """
                    SELECT ?person ?name ?role ?countryName ?since WHERE {
                      ?person a schema:Person ;
                              schema:name ?name ;
                              gp:holdsPosition ?position .
                      ?position schema:roleName ?role .
                      OPTIONAL { ?position gp:jurisdiction/schema:name ?countryName }
                      OPTIONAL { ?position schema:startDate ?since }
                    }
                    ORDER BY ?countryName ?name
                    LIMIT 200"""),
            new Example("countries-wikidata", "Countries with their Wikidata links", """
                    SELECT ?country ?name ?iso3 ?wikidata WHERE {
                      ?country a schema:Country ;
                               schema:name ?name ;
                               schema:sameAs ?wikidata .
                      FILTER (STRSTARTS(STR(?wikidata), STR(wd:)))
                      OPTIONAL { ?country gp:iso3 ?iso3 }
                    }
                    ORDER BY ?name"""),
            new Example("putin-sentences", "Sentences that mention Putin", """
                    SELECT ?article ?sentence ?text WHERE {
                      ?putin gp:shortName "Putin"@en .
                      GRAPH ?g {
                        ?mention itsrdf:taIdentRef ?putin ;
                                 nif:sentence ?sentence .
                        ?sentence nif:anchorOf ?text .
                        ?article a schema:NewsArticle .
                      }
                    }
                    ORDER BY ?article ?sentence"""),
            new Example("evidence", "Events with their evidence and factuality", """
                    SELECT ?event ?label ?factuality ?evidence WHERE {
                      ?event gp:evidence ?sentence ;
                             gp:factuality ?factuality .
                      ?sentence nif:anchorOf ?evidence .
                      OPTIONAL { ?event schema:name ?label }
                    }
                    LIMIT 100"""),
            new Example("cooperation-domains", "Cooperation by domain", """
                    SELECT ?domain ?label (COUNT(?event) AS ?events) WHERE {
                      VALUES ?type { gp:CooperationIntent gp:CooperationAgreement }
                      ?event a ?type ;
                             gp:cooperationDomain ?domain .
                      OPTIONAL { ?domain skos:prefLabel ?label FILTER (LANG(?label) = "en") }
                    }
                    GROUP BY ?domain ?label
                    ORDER BY DESC(?events)"""),
            new Example("capitals", "Countries and their capitals", """
                    SELECT ?country ?countryName ?capital ?capitalName WHERE {
                      ?country a schema:Country ;
                               schema:name ?countryName ;
                               gp:capital ?capital .
                      ?capital schema:name ?capitalName .
                    }
                    ORDER BY ?countryName"""),
            new Example("criticism", "Who criticised whom", """
                    SELECT ?event ?sourceName ?targetName WHERE {
                      ?event a gp:Criticism ;
                             gp:sourceActor ?source ;
                             gp:targetActor ?target .
                      OPTIONAL { ?source schema:name ?sourceName }
                      OPTIONAL { ?target schema:name ?targetName }
                    }"""),
            new Example("visits-graph", "The state visits as a graph (CONSTRUCT)", """
                    CONSTRUCT {
                      ?visit a gp:StateVisit ;
                             gp:visitor ?visitor ;
                             gp:host ?host .
                      ?visitor schema:name ?visitorName .
                      ?host schema:name ?hostName .
                    } WHERE {
                      ?visit a gp:StateVisit ;
                             gp:visitor ?visitor ;
                             gp:host ?host .
                      OPTIONAL { ?visitor schema:name ?visitorName }
                      OPTIONAL { ?host schema:name ?hostName }
                    }"""),
            new Example("describe-putin", "Describe Vladimir Putin", """
                    DESCRIBE ?person WHERE {
                      ?person a schema:Person ;
                              gp:shortName "Putin"@en .
                    }"""),
            new Example("graphs", "Named graphs and their sizes", """
                    SELECT ?graph (COUNT(*) AS ?triples) WHERE {
                      GRAPH ?graph { ?s ?p ?o }
                    }
                    GROUP BY ?graph
                    ORDER BY DESC(?triples)
                    LIMIT 100"""));

    private ExampleQueries() {
    }

    /** The examples with the PREFIX lines they need for a deployment under {@code base}. */
    public static List<Example> all(String base) {
        List<Namespace> namespaces = Namespaces.withBase(base);
        return BODIES.stream()
                .map(example -> new Example(example.id(), example.title(), withPrefixes(example.query(), namespaces)))
                .toList();
    }

    /** Prepends a PREFIX line for every prefix of the table that the query uses. */
    static String withPrefixes(String body, List<Namespace> namespaces) {
        StringBuilder header = new StringBuilder();
        for (Namespace namespace : namespaces) {
            Matcher matcher = PREFIXED.matcher(body);
            while (matcher.find()) {
                if (matcher.group(1).equals(namespace.getPrefix())) {
                    header.append("PREFIX ").append(namespace.getPrefix()).append(": <").append(namespace.getName()).append(">\n");
                    break;
                }
            }
        }
        return header + "\n" + body + "\n";
    }
}
