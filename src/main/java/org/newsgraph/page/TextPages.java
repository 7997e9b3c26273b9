package org.newsgraph.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.newsgraph.store.NewsStore;
import org.newsgraph.vocab.Namespaces;

/** An article's text with a span marked (RFC 5147 {@code char=b,e}), and the listing page of an article's graph. */
public final class TextPages {

    private static final Pattern CHAR = Pattern.compile("(\\d{1,9}),(\\d{1,9})");
    private static final int GRAPH_PAGE_SIZE = 200;

    private static final String SUBJECTS = Namespaces.SPARQL_PREFIXES + """
            SELECT ?s (SAMPLE(?t) AS ?type) (SAMPLE(?l) AS ?label) (COUNT(*) AS ?n) WHERE {
              GRAPH ?g { ?s ?p ?o OPTIONAL { ?s a ?t } OPTIONAL { ?s schema:name|schema:headline|rdfs:label ?l } }
            } GROUP BY ?s ORDER BY ?s LIMIT ?limit OFFSET ?offset""";

    private static final String SIZE = "SELECT (COUNT(*) AS ?n) (COUNT(DISTINCT ?s) AS ?subjects) WHERE { GRAPH ?g { ?s ?p ?o } }";

    private final NewsStore store;
    private final ResourceDescriber describer;
    private final Templates templates;
    private final Links links;

    public TextPages(NewsStore store, ResourceDescriber describer, Templates templates) {
        this.store = store;
        this.describer = describer;
        this.templates = templates;
        this.links = new Links(describer.uris());
    }

    record TextView(String title, String article, String before, String mark, String after, String span, String plain) {
    }

    record Row(String label, String href, String note) {
    }

    record GraphView(String title, String iri, String article, String articleLabel, long statements, long subjects, List<Row> rows,
                     String previous, String next, List<EntityPages.Format> formats) {
    }

    /** The span {@code char=b,e} as code point offsets, if well formed. */
    static Optional<int[]> span(String spec) {
        if (spec == null) {
            return Optional.empty();
        }
        Matcher matcher = CHAR.matcher(spec.startsWith("char=") ? spec.substring(5) : spec);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new int[] {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))});
    }

    /** The HTML page of an article's text, with {@code ?char=b,e} marked when given. */
    public String text(String slug, String text, String charSpec) {
        Quote quote = span(charSpec).map(span -> Quote.span(text, span[0], span[1])).orElse(new Quote(text, "", ""));
        String headline = describer.uris().article(slug).stringValue();
        return templates.render("text", new TextView("Text of " + slug, "/page/article/" + slug,
                quote.before(), quote.mark(), quote.after(), charSpec, "/id/article/" + slug + "/text?format=txt"));
    }

    /** The HTML listing of a named graph ({@code article/{slug}}, {@code gazetteer}...), page {@code page} of its subjects. */
    public String graph(String name, IRI graph, int page) {
        int current = Math.max(1, page);
        try (RepositoryConnection connection = store.repository().getConnection()) {
            long statements;
            long subjects;
            TupleQuery size = connection.prepareTupleQuery(SIZE);
            size.setBinding("g", graph);
            try (TupleQueryResult result = size.evaluate()) {
                BindingSet row = result.next();
                statements = ((Literal) row.getValue("n")).longValue();
                subjects = ((Literal) row.getValue("subjects")).longValue();
            }
            List<Row> rows = new ArrayList<>();
            TupleQuery query = connection.prepareTupleQuery(Paging.page(SUBJECTS, GRAPH_PAGE_SIZE, (current - 1) * GRAPH_PAGE_SIZE));
            query.setBinding("g", graph);
            try (TupleQueryResult result = query.evaluate()) {
                for (BindingSet row : result) {
                    String subject = row.getValue("s").stringValue();
                    String type = row.hasBinding("type") ? links.shortName(row.getValue("type").stringValue()) : "";
                    String label = row.hasBinding("label") ? row.getValue("label").stringValue() : links.shortName(subject);
                    rows.add(new Row(label, row.getValue("s") instanceof IRI ? links.href(subject) : null,
                            type + " · " + row.getValue("n").stringValue() + " statements"));
                }
            }
            long pages = Math.max(1, (subjects + GRAPH_PAGE_SIZE - 1) / GRAPH_PAGE_SIZE);
            List<EntityPages.Format> formats = new ArrayList<>();
            for (String[] format : List.of(new String[] {"TriG", "application/trig", "trig"}, new String[] {"N-Quads", "application/n-quads", "nq"},
                    new String[] {"Turtle", "text/turtle", "ttl"}, new String[] {"N-Triples", "application/n-triples", "nt"})) {
                formats.add(new EntityPages.Format(format[0], format[1], "/data/graph/" + name + "." + format[2]));
            }
            String about = name.startsWith("article/") ? "/page/" + name
                    : "ontology".equals(name) ? "/ontology" : "cameo".equals(name) ? "/ontology/cameo" : null;
            return templates.render("graph", new GraphView("Graph " + name, graph.stringValue(), about,
                    name.startsWith("article/") ? "the article" : "the documentation", statements, subjects, rows, current > 1 ? "?page=" + (current - 1) : null,
                    current < pages ? "?page=" + (current + 1) : null, formats));
        }
    }
}
