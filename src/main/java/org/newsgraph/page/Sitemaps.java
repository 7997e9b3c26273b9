package org.newsgraph.page;

import java.util.Optional;

import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.newsgraph.store.NewsStore;
import org.newsgraph.vocab.UriSpace;

/** The sitemap for crawlers: an index of numbered parts, each listing the pages of up to {@link #PART_SIZE} things. */
public final class Sitemaps {

    static final int PART_SIZE = 10_000;

    private static final String THINGS = """
            SELECT DISTINCT ?s WHERE { ?s a ?type . FILTER(isIRI(?s) && STRSTARTS(STR(?s), ?prefix) && !CONTAINS(STR(?s), "#")) }
            ORDER BY ?s LIMIT ?limit OFFSET ?offset""";
    private static final String COUNT = """
            SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?type . FILTER(isIRI(?s) && STRSTARTS(STR(?s), ?prefix) && !CONTAINS(STR(?s), "#")) }""";

    private final NewsStore store;
    private final UriSpace uris;

    public Sitemaps(NewsStore store, UriSpace uris) {
        this.store = store;
        this.uris = uris;
    }

    /** The sitemap index. */
    public String index() {
        long count;
        try (RepositoryConnection connection = store.repository().getConnection()) {
            TupleQuery query = connection.prepareTupleQuery(COUNT);
            query.setBinding("prefix", Values.literal(uris.base() + "id/"));
            try (TupleQueryResult result = query.evaluate()) {
                count = ((Literal) result.next().getValue("n")).longValue();
            }
        }
        long parts = Math.max(1, (count + PART_SIZE - 1) / PART_SIZE);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (long part = 1; part <= parts; part++) {
            xml.append("<sitemap><loc>").append(uris.base()).append("sitemaps/").append(part).append(".xml</loc></sitemap>\n");
        }
        return xml.append("</sitemapindex>\n").toString();
    }

    /** Part {@code part} (from 1), or empty when there is no such part. */
    public Optional<String> part(int part) {
        if (part < 1) {
            return Optional.empty();
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        int rows = 0;
        try (RepositoryConnection connection = store.repository().getConnection()) {
            TupleQuery query = connection.prepareTupleQuery(Paging.page(THINGS, PART_SIZE, (long) (part - 1) * PART_SIZE));
            query.setBinding("prefix", Values.literal(uris.base() + "id/"));
            try (TupleQueryResult result = query.evaluate()) {
                for (BindingSet row : result) {
                    xml.append("<url><loc>").append(Diagrams.escape(uris.pageOf(row.getValue("s").stringValue()))).append("</loc></url>\n");
                    rows++;
                }
            }
        }
        if (rows == 0 && part > 1) {
            return Optional.empty();
        }
        return Optional.of(xml.append("</urlset>\n").toString());
    }
}
