package org.newsgraph.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.newsgraph.page.ResourceDescriber;
import org.newsgraph.page.ResourcePath;
import org.newsgraph.page.TextPages;
import org.newsgraph.vocab.UriSpace;

import spark.Request;
import spark.Response;

/**
 * What a published name answers: {@code /id/...} and {@code /graph/...} 303 to the page or to the
 * data by content negotiation ({@code Vary: Accept}, a readable 406), an article's text answers
 * itself, and every description names its alternates in {@code Link} headers. 404 for any name
 * newsgraph never minted.
 */
final class Dereferencing {

    static final String HTML = "text/html";
    static final List<String> HTML_TYPES = List.of(HTML, "application/xhtml+xml");
    private static final Set<String> REFERENCE_GRAPHS = Set.of("gazetteer", "ontology", "cameo");

    private final UriSpace uris;
    private final ResourceDescriber describer;
    private final TextPages texts;
    private final ConditionalGet conditional;

    Dereferencing(UriSpace uris, ResourceDescriber describer, TextPages texts, ConditionalGet conditional) {
        this.uris = uris;
        this.describer = describer;
        this.texts = texts;
        this.conditional = conditional;
    }

    /** {@code /id/{rest}}: 303 to the page or to the data in the format asked for. */
    Object identifier(String rest, Request request, Response response) {
        String forced = request.queryParams("format");
        int dot = rest.lastIndexOf('.');
        if (dot > 0 && RdfFormats.byExtension(rest.substring(dot + 1)).isPresent()) {
            forced = rest.substring(dot + 1);
            rest = rest.substring(0, dot);
        }
        ResourcePath path = ResourcePath.parse(rest).orElseThrow(Dereferencing::unknown);
        if (path.text()) {
            return text(path, forced, request, response);
        }
        IRI iri = describer.iri(path);
        if (!describer.known(iri)) {
            throw unknown();
        }
        response.header("Vary", "Accept");
        alternates(path, response);
        String target;
        if (forced != null) {
            if ("html".equals(forced)) {
                target = uris.base() + "page/" + path.local();
            } else {
                RDFFormat format = RdfFormats.byExtension(forced)
                        .filter(RdfFormats.TRIPLES::contains)
                        .orElseThrow(() -> new HttpError(406, offered("format=" + request.queryParams("format"))));
                target = uris.data(path.kind(), path.slug(), RdfFormats.extension(format));
            }
        } else {
            List<String> offered = new ArrayList<>(HTML_TYPES);
            offered.addAll(RdfFormats.mediaTypes(RdfFormats.TRIPLES));
            String chosen = MediaRange.choose(request.headers("Accept"), offered)
                    .orElseThrow(() -> new HttpError(406, offered(request.headers("Accept"))));
            target = HTML_TYPES.contains(chosen)
                    ? uris.base() + "page/" + path.local()
                    : uris.data(path.kind(), path.slug(), RdfFormats.extension(RdfFormats.byMediaType(chosen, RdfFormats.TRIPLES).orElseThrow()));
        }
        return seeOther(response, target);
    }

    /**
     * An article's text answers itself as HTML or plain text (it is the document the offsets count
     * on), and 303 to the RDF about its spans for RDF clients: {@code text#char=b,e} dereferences there.
     */
    private Object text(ResourcePath path, String forced, Request request, Response response) {
        String text = describer.articleText(path.slug()).orElseThrow(Dereferencing::unknown);
        response.header("Vary", "Accept");
        List<String> offered = new ArrayList<>(List.of(HTML, "text/plain"));
        offered.addAll(RdfFormats.mediaTypes(RdfFormats.TRIPLES));
        String chosen;
        if (forced != null) {
            chosen = "txt".equals(forced) ? "text/plain" : "html".equals(forced) ? HTML
                    : RdfFormats.byExtension(forced).filter(RdfFormats.TRIPLES::contains).map(RDFFormat::getDefaultMIMEType).orElse(null);
        } else {
            chosen = MediaRange.choose(request.headers("Accept"), offered).orElse(null);
        }
        if (chosen == null) {
            throw new HttpError(406, "This text is offered as " + String.join(", ", offered) + ".");
        }
        // N-Triples also answers to text/plain: here text/plain is the text itself.
        Optional<RDFFormat> rdf = HTML.equals(chosen) || "text/plain".equals(chosen)
                ? Optional.empty() : RdfFormats.byMediaType(chosen, RdfFormats.TRIPLES);
        if (rdf.isPresent()) {
            return seeOther(response, uris.base() + "data/" + path.local() + "." + RdfFormats.extension(rdf.get()));
        }
        if (conditional.notModified(request, response, chosen)) {
            return "";
        }
        if ("text/plain".equals(chosen)) {
            response.type("text/plain; charset=utf-8");
            return text;
        }
        response.type("text/html; charset=utf-8");
        return texts.text(path.slug(), text, request.queryParams("char"));
    }

    /**
     * A named graph (an article's, or the gazetteer, ontology or CAMEO graph): 303 to its listing
     * page, to its quads (TriG, N-Quads) or to its statements as triples (Turtle and the others).
     */
    Object graph(String name, Request request, Response response) {
        graphOf(name).orElseThrow(Dereferencing::unknown);
        response.header("Vary", "Accept");
        List<RDFFormat> formats = new ArrayList<>(RdfFormats.QUADS);
        formats.addAll(RdfFormats.TRIPLES);
        List<String> offered = new ArrayList<>(HTML_TYPES);
        offered.addAll(RdfFormats.mediaTypes(formats));
        String chosen = MediaRange.choose(request.headers("Accept"), offered)
                .orElseThrow(() -> new HttpError(406, "A graph is offered as " + String.join(", ", offered) + "."));
        String target = HTML_TYPES.contains(chosen)
                ? uris.base() + "page/graph/" + name
                : uris.base() + "data/graph/" + name + "." + RdfFormats.extension(RdfFormats.byMediaType(chosen, formats).orElseThrow());
        for (RDFFormat format : formats) {
            response.raw().addHeader("Link", "<" + uris.base() + "data/graph/" + name + "." + RdfFormats.extension(format)
                    + ">; rel=\"alternate\"; type=\"" + format.getDefaultMIMEType() + "\"");
        }
        return seeOther(response, target);
    }

    /** The named graph a path after {@code graph/} names, if it is published and holds statements. */
    Optional<IRI> graphOf(String name) {
        boolean published = REFERENCE_GRAPHS.contains(name)
                || name.startsWith("article/") && ResourcePath.isSlug(name.substring("article/".length()));
        if (!published) {
            return Optional.empty();
        }
        IRI graph = Values.iri(uris.base() + "graph/" + name);
        return describer.graphExists(graph) ? Optional.of(graph) : Optional.empty();
    }

    /** The page and every data format of a description, as {@code Link: <...>; rel="alternate"} headers. */
    void alternates(ResourcePath path, Response response) {
        response.raw().addHeader("Link", "<" + uris.base() + "page/" + path.local() + ">; rel=\"alternate\"; type=\"text/html\"");
        for (RDFFormat format : RdfFormats.TRIPLES) {
            response.raw().addHeader("Link", "<" + uris.data(path.kind(), path.slug(), RdfFormats.extension(format))
                    + ">; rel=\"alternate\"; type=\"" + format.getDefaultMIMEType() + "\"");
        }
    }

    private static Object seeOther(Response response, String location) {
        response.status(303);
        response.header("Location", location);
        response.type("text/plain; charset=utf-8");
        return "See " + location + "\n";
    }

    /** The text of a 406 for a description: what was asked and what is offered. */
    static String offered(String asked) {
        List<String> types = new ArrayList<>(HTML_TYPES);
        types.addAll(RdfFormats.mediaTypes(RdfFormats.TRIPLES));
        return "Nothing here matches " + (asked == null ? "the request" : "'" + asked + "'") + ". Offered: "
                + String.join(", ", types) + " (or add .ttl, .jsonld, .rdf or .nt, or ?format=html).";
    }

    /** The 404 of a name newsgraph never minted or no longer holds. */
    static HttpError unknown() {
        return new HttpError(404, "newsgraph publishes nothing at this address.");
    }
}
