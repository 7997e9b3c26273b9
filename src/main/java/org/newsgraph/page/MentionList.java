package org.newsgraph.page;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.newsgraph.vocab.Namespaces;

/** Where a thing is mentioned (the sentence quoted, the mention marked), newest article first; and an event's evidence. */
final class MentionList {

    /*
     * The sort runs over keys only (mention, article, date, offset); the sentence text and the
     * headline are read for the rows shown. The article is derived from the mention's
     * nif:referenceContext ({article}/text#char=0,N, see UriSpace.articleText) and then checked to
     * be a schema:NewsArticle of the same graph: finding it by "?article a schema:NewsArticle"
     * alone made the store scan every article graph for every mention (1.4 s for 5,000 mentions).
     * Within an article, mentions sort by their own offset, which orders them as sentence, then
     * mention did: a mention lies inside its sentence and sentences do not overlap.
     */
    private static final String MENTIONS = Namespaces.SPARQL_PREFIXES + """
            SELECT ?article ?headline ?date ?entity ?sentence ?text ?sb ?mb ?me WHERE {
              { SELECT ?g ?m ?entity ?article ?date ?mb WHERE {
                  GRAPH ?g { ?m itsrdf:taIdentRef ?entity ; nif:referenceContext ?context ; nif:beginIndex ?mb }
                  BIND(IRI(STRBEFORE(STR(?context), "/text#")) AS ?article)
                  GRAPH ?g { ?article a schema:NewsArticle . OPTIONAL { ?article schema:datePublished ?date } }
                } ORDER BY DESC(?date) ?article ?mb LIMIT ?limit OFFSET ?offset }
              GRAPH ?g {
                ?m nif:sentence ?sentence ; nif:endIndex ?me .
                ?sentence nif:anchorOf ?text ; nif:beginIndex ?sb .
                OPTIONAL { ?article schema:headline ?headline }
              }
            } ORDER BY DESC(?date) ?article ?mb""";

    private static final String MENTION_COUNT = Namespaces.SPARQL_PREFIXES + """
            SELECT (COUNT(?m) AS ?n) WHERE { GRAPH ?g { ?m itsrdf:taIdentRef ?entity } }""";

    private static final String EVIDENCE = Namespaces.SPARQL_PREFIXES + """
            SELECT ?sentence ?text ?article ?headline WHERE {
              ?this gp:evidence ?sentence . ?sentence nif:anchorOf ?text .
              OPTIONAL { ?this prov:wasDerivedFrom ?article . OPTIONAL { ?article schema:headline ?headline } }
            } ORDER BY ?sentence""";

    record MentionView(String article, String headline, String date, String entity, String entityHref,
                       Quote quote, String sentenceHref) {
    }

    /** Whose mentions: those of one entity, or every mention in one article's graph. */
    record Scope(String variable, IRI value) {

        static Scope entity(IRI entity) {
            return new Scope("entity", entity);
        }

        static Scope articleGraph(IRI graph) {
            return new Scope("g", graph);
        }
    }

    private final Links links;

    MentionList(Links links) {
        this.links = links;
    }

    long count(RepositoryConnection connection, Scope scope) {
        return Paging.total(connection, MENTION_COUNT, scope.variable(), scope.value());
    }

    List<MentionView> page(RepositoryConnection connection, Scope scope, int limit, int offset) {
        List<MentionView> mentions = new ArrayList<>();
        TupleQuery query = connection.prepareTupleQuery(Paging.page(MENTIONS, limit, offset));
        query.setBinding(scope.variable(), scope.value());
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

    /** The sentences an event was read from, each with its article. */
    List<MentionView> evidence(RepositoryConnection connection, IRI event) {
        List<MentionView> evidence = new ArrayList<>();
        TupleQuery query = connection.prepareTupleQuery(EVIDENCE);
        query.setBinding("this", event);
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
}
