package org.newsgraph.sparql;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Namespace;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.newsgraph.vocab.Namespaces;
import org.newsgraph.vocab.UriSpace;

/**
 * The views of the HTML query page (the template {@code sparql.mustache} renders them, escaping
 * every value): the form with the prefixes and examples, and the results as a table whose IRIs
 * link to their pages, with a permalink and a download link per format.
 */
public final class QueryPage {

    private final UriSpace uris;
    private final List<Namespace> namespaces;
    private final List<ExampleQueries.Example> examples;
    private final Duration timeout;

    public QueryPage(UriSpace uris, Duration timeout) {
        this.uris = uris;
        this.namespaces = Namespaces.withBase(uris.base()).stream()
                .sorted(Comparator.comparingInt((Namespace ns) -> ns.getName().length()).reversed())
                .toList();
        this.examples = ExampleQueries.all(uris.base());
        this.timeout = timeout;
    }

    /** The page without a query: the first example in the editor. */
    public Map<String, Object> empty() {
        return base(examples.get(0).query(), QueryDataset.NONE);
    }

    /** The page with a query that could not run, and why. */
    public Map<String, Object> withError(String query, QueryDataset dataset, int status, String message) {
        Map<String, Object> view = base(query, dataset);
        view.put("error", Map.of("status", status, "message", message));
        return view;
    }

    /** The page with a query and its first rows. */
    public Map<String, Object> withResults(String query, QueryDataset dataset, Operation operation, ResultTable table, int maxRows) {
        Map<String, Object> view = base(query, dataset);
        view.put("results", true);
        view.put("columns", table.columns());
        if (table.answer() != null) {
            view.put("ask", Map.of("answer", table.answer().toString()));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<Value> row : table.rows()) {
            rows.add(Map.of("cells", row.stream().map(this::cell).toList()));
        }
        view.put("rows", rows);
        view.put("rowCount", rows.size());
        view.put("truncated", table.truncated());
        view.put("maxRows", maxRows);
        view.put("empty", table.answer() == null && rows.isEmpty());
        String link = link(query, dataset);
        view.put("downloads", ResultFormat.forForm(operation.form()).stream()
                .map(format -> Map.of("label", format.key(), "type", format.mediaType(), "href", link + "&format=" + format.key()))
                .toList());
        return view;
    }

    private Map<String, Object> base(String query, QueryDataset dataset) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("title", "SPARQL");
        view.put("query", query);
        view.put("endpoint", uris.sparqlEndpoint());
        view.put("timeout", timeout.toSeconds());
        view.put("permalink", link(query, dataset));
        List<Map<String, String>> hidden = new ArrayList<>();
        dataset.defaultGraphs().forEach(graph -> hidden.add(Map.of("name", "default-graph-uri", "value", graph)));
        dataset.namedGraphs().forEach(graph -> hidden.add(Map.of("name", "named-graph-uri", "value", graph)));
        view.put("dataset", hidden);
        view.put("examples", examples.stream()
                .map(example -> Map.of("id", example.id(), "title", example.title(), "query", example.query(),
                        "href", link(example.query(), QueryDataset.NONE)))
                .toList());
        view.put("prefixes", prefixesJson());
        return view;
    }

    /** The GET URL of a query: its permalink. */
    static String link(String query, QueryDataset dataset) {
        StringBuilder link = new StringBuilder("/sparql?query=").append(encode(query));
        dataset.defaultGraphs().forEach(graph -> link.append("&default-graph-uri=").append(encode(graph)));
        dataset.namedGraphs().forEach(graph -> link.append("&named-graph-uri=").append(encode(graph)));
        return link.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Map<String, Object> cell(Value value) {
        Map<String, Object> cell = new LinkedHashMap<>();
        if (value == null) {
            cell.put("text", "");
            return cell;
        }
        if (value instanceof IRI iri) {
            cell.put("text", compact(iri.stringValue()));
            cell.put("href", uris.pageOf(iri.stringValue()));
            cell.put("title", iri.stringValue());
            cell.put("kind", "iri");
        } else if (value instanceof Literal literal) {
            cell.put("text", literal.getLabel());
            literal.getLanguage().ifPresentOrElse(
                    language -> cell.put("suffix", "@" + language),
                    () -> {
                        if (!XSD.STRING.equals(literal.getDatatype())) {
                            cell.put("suffix", "^^" + compact(literal.getDatatype().stringValue()));
                        }
                    });
            cell.put("kind", "literal");
        } else {
            cell.put("text", "_:" + value.stringValue());
            cell.put("kind", "bnode");
        }
        return cell;
    }

    /** An IRI with the longest matching prefix of the table, or the IRI itself. */
    String compact(String iri) {
        for (Namespace namespace : namespaces) {
            if (iri.startsWith(namespace.getName()) && iri.length() > namespace.getName().length()) {
                return namespace.getPrefix() + ":" + iri.substring(namespace.getName().length());
            }
        }
        return iri;
    }

    private String prefixesJson() {
        StringBuilder json = new StringBuilder("{");
        Namespaces.withBase(uris.base()).forEach(namespace -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(namespace.getPrefix()).append("\":\"").append(namespace.getName()).append('"');
        });
        return json.append('}').toString();
    }
}
