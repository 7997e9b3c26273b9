package org.newsgraph.web;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.newsgraph.page.BrowsePages;
import org.newsgraph.page.EntityPages;
import org.newsgraph.page.Languages;
import org.newsgraph.page.OntologyPages;
import org.newsgraph.page.ResourceDescriber;
import org.newsgraph.page.ResourcePath;
import org.newsgraph.page.Sitemaps;
import org.newsgraph.page.TextPages;
import org.newsgraph.store.NewsStore;
import org.newsgraph.vocab.UriSpace;

import spark.Request;
import spark.Response;

/**
 * Linked-data publishing: {@code /id/...} answers 303 to the page or the data by content
 * negotiation; {@code /data/...} serves descriptions and article graphs with validators;
 * {@code /page/...} the HTML; plus the ontologies, the article texts, search, sitemap and robots.
 */
public final class EntityRoutes implements Routes {

    private static final String HTML = "text/html";
    private static final List<String> HTML_TYPES = List.of(HTML, "application/xhtml+xml");
    private static final Set<String> REFERENCE_GRAPHS = Set.of("gazetteer", "ontology", "cameo");
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final NewsStore store;
    private final UriSpace uris;
    private final ResourceDescriber describer;
    private final EntityPages pages;
    private final BrowsePages browse;
    private final OntologyPages ontology;
    private final TextPages texts;
    private final Sitemaps sitemaps;

    public EntityRoutes(NewsStore store, UriSpace uris, EntityPages pages, ResourceDescriber describer, BrowsePages browse,
                        OntologyPages ontology, TextPages texts, Sitemaps sitemaps) {
        this.store = store;
        this.uris = uris;
        this.describer = describer;
        this.pages = pages;
        this.browse = browse;
        this.ontology = ontology;
        this.texts = texts;
        this.sitemaps = sitemaps;
    }

    @Override
    public void register(Router router) {
        router.get("/id/*", this::identifier);
        router.get("/data/*", this::data);
        router.get("/page/*", this::page);
        router.get("/graph/*", this::graph);
        router.get("/ontology", (request, response) -> ontology(OntologyPages.Which.GEOPOL, "/ontology", request, response));
        router.get("/ontology/cameo", (request, response) -> ontology(OntologyPages.Which.CAMEO, "/ontology/cameo", request, response));
        router.get("/search", this::search);
        router.get("/sitemap.xml", this::sitemap);
        router.get("/sitemaps/:part", this::sitemapPart);
        router.get("/robots.txt", this::robots);
        router.get("/favicon.ico", (request, response) -> {
            // Browsers ask for it on every page that names none (the home page's layout): answer without an error.
            response.status(204);
            response.header("Cache-Control", "public, max-age=86400");
            return "";
        });
    }

    private Object identifier(Request request, Response response) {
        String rest = rest(request, "/id/");
        String forced = request.queryParams("format");
        int dot = rest.lastIndexOf('.');
        if (dot > 0 && RdfFormats.byExtension(rest.substring(dot + 1)).isPresent()) {
            forced = rest.substring(dot + 1);
            rest = rest.substring(0, dot);
        }
        ResourcePath path = ResourcePath.parse(rest).orElseThrow(EntityRoutes::unknown);
        if (path.text()) {
            return text(path, forced, request, response);
        }
        IRI iri = describer.iri(path);
        if (!describer.known(iri)) {
            throw unknown();
        }
        response.header("Vary", "Accept");
        links(path, response);
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
        String text = describer.articleText(path.slug()).orElseThrow(EntityRoutes::unknown);
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
        if (notModified(request, response, chosen)) {
            return "";
        }
        if ("text/plain".equals(chosen)) {
            response.type("text/plain; charset=utf-8");
            return text;
        }
        response.type("text/html; charset=utf-8");
        return texts.text(path.slug(), text, request.queryParams("char"));
    }

    private Object data(Request request, Response response) {
        String rest = rest(request, "/data/");
        int dot = rest.lastIndexOf('.');
        if (dot <= 0) {
            throw unknown();
        }
        String extension = rest.substring(dot + 1);
        String local = rest.substring(0, dot);
        RDFFormat format = RdfFormats.byExtension(extension).orElseThrow(EntityRoutes::unknown);
        if (local.startsWith("graph/")) {
            IRI graph = graphOf(local.substring("graph/".length())).orElseThrow(EntityRoutes::unknown);
            return rdf(request, response, format, () -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                if (RdfFormats.QUADS.contains(format)) {
                    describer.exportGraph(graph, format, out);
                } else {
                    describer.write(describer.graphAsTriples(graph), format, out);
                }
                return out.toByteArray();
            });
        }
        ResourcePath path = ResourcePath.parse(local).orElseThrow(EntityRoutes::unknown);
        if (path.text()) {
            if (!RdfFormats.TRIPLES.contains(format) || describer.articleText(path.slug()).isEmpty()) {
                throw unknown();
            }
            return rdf(request, response, format, () -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                describer.write(describer.describeText(path.slug()), format, out);
                return out.toByteArray();
            });
        }
        IRI iri = describer.iri(path);
        if (!RdfFormats.TRIPLES.contains(format) || !describer.known(iri)) {
            throw unknown();
        }
        links(path, response);
        return rdf(request, response, format, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            describer.write(describer.describe(iri), format, out);
            return out.toByteArray();
        });
    }

    private Object rdf(Request request, Response response, RDFFormat format, Supplier<byte[]> body) {
        response.header("Access-Control-Allow-Origin", "*");
        if (notModified(request, response, RdfFormats.extension(format))) {
            return "";
        }
        response.type(RdfFormats.contentType(format));
        gzip(request, response);
        return body.get();
    }

    private Object page(Request request, Response response) {
        String rest = rest(request, "/page/");
        int page = pageNumber(request);
        response.type("text/html; charset=utf-8");
        String kind = rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
        if (BrowsePages.hasIndex(kind)) {
            if (notModified(request, response, "index-" + page)) {
                return "";
            }
            return browse.index(kind, page);
        }
        if (rest.startsWith("graph/")) {
            String name = rest.substring("graph/".length());
            IRI graph = graphOf(name).orElseThrow(EntityRoutes::unknown);
            if (notModified(request, response, "graph-" + page)) {
                return "";
            }
            return texts.graph(name, graph, page);
        }
        ResourcePath path = ResourcePath.parse(rest).filter(p -> !p.text()).orElseThrow(EntityRoutes::unknown);
        if (!describer.known(describer.iri(path))) {
            throw unknown();
        }
        links(path, response);
        Languages languages = Languages.of(request.headers("Accept-Language"));
        response.header("Vary", "Accept-Language, Accept-Encoding");
        if (notModified(request, response, "html-" + languages.key().hashCode() + "-" + page)) {
            return "";
        }
        gzip(request, response);
        return pages.render(path, page, languages);
    }

    /**
     * A named graph (an article's, or the gazetteer, ontology or CAMEO graph): 303 to its listing
     * page, to its quads (TriG, N-Quads) or to its statements as triples (Turtle and the others).
     */
    private Object graph(Request request, Response response) {
        String name = rest(request, "/graph/");
        graphOf(name).orElseThrow(EntityRoutes::unknown);
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
    private Optional<IRI> graphOf(String name) {
        boolean published = REFERENCE_GRAPHS.contains(name)
                || name.startsWith("article/") && ResourcePath.isSlug(name.substring("article/".length()));
        if (!published) {
            return Optional.empty();
        }
        IRI graph = Values.iri(uris.base() + "graph/" + name);
        return describer.graphExists(graph) ? Optional.of(graph) : Optional.empty();
    }

    private Object ontology(OntologyPages.Which which, String path, Request request, Response response) {
        response.header("Vary", "Accept");
        String forced = request.queryParams("format");
        RDFFormat format;
        if (forced != null) {
            if ("html".equals(forced)) {
                format = null;
            } else {
                format = RdfFormats.byExtension(forced).filter(RdfFormats.TRIPLES::contains)
                        .orElseThrow(() -> new HttpError(406, offered("format=" + forced)));
            }
        } else {
            List<String> offered = new ArrayList<>(HTML_TYPES);
            offered.addAll(RdfFormats.mediaTypes(RdfFormats.TRIPLES));
            String chosen = MediaRange.choose(request.headers("Accept"), offered)
                    .orElseThrow(() -> new HttpError(406, offered(request.headers("Accept"))));
            format = HTML_TYPES.contains(chosen) ? null : RdfFormats.byMediaType(chosen, RdfFormats.TRIPLES).orElseThrow();
        }
        for (RDFFormat alternate : RdfFormats.TRIPLES) {
            response.raw().addHeader("Link", "<" + uris.base() + path.substring(1) + "?format=" + RdfFormats.extension(alternate)
                    + ">; rel=\"alternate\"; type=\"" + alternate.getDefaultMIMEType() + "\"");
        }
        if (notModified(request, response, which.name().toLowerCase(Locale.ROOT) + "-" + (format == null ? "html" : RdfFormats.extension(format)))) {
            return "";
        }
        if (format == null) {
            response.type("text/html; charset=utf-8");
            return ontology.render(which, path);
        }
        response.type(RdfFormats.contentType(format));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        describer.write(ontology.model(which), format, out);
        return out.toByteArray();
    }

    private Object search(Request request, Response response) {
        response.type("text/html; charset=utf-8");
        String q = request.queryParams("q");
        if (q != null && q.length() > 200) {
            throw new HttpError(400, "A search is at most 200 characters long.");
        }
        if (notModified(request, response, "search")) {
            return "";
        }
        return browse.search(q);
    }

    private Object sitemap(Request request, Response response) {
        response.type("application/xml; charset=utf-8");
        if (notModified(request, response, "sitemap")) {
            return "";
        }
        return sitemaps.index();
    }

    private Object sitemapPart(Request request, Response response) {
        String part = request.params("part");
        if (part == null || !part.matches("[1-9][0-9]{0,6}\\.xml")) {
            throw unknown();
        }
        response.type("application/xml; charset=utf-8");
        if (notModified(request, response, "sitemap-" + part)) {
            return "";
        }
        return sitemaps.part(Integer.parseInt(part.substring(0, part.length() - 4))).orElseThrow(EntityRoutes::unknown);
    }

    private Object robots(Request request, Response response) {
        response.type("text/plain; charset=utf-8");
        return "User-agent: *\nDisallow: /sparql\nSitemap: " + uris.base() + "sitemap.xml\n";
    }

    /** The decoded path after a prefix, refused with 414 when it is absurdly long. */
    private static String rest(Request request, String prefix) {
        String path = request.pathInfo();
        if (path.length() > ResourcePath.MAX_PATH_LENGTH + prefix.length() + 10) {
            throw new HttpError(414, "This address is longer than any newsgraph publishes.");
        }
        return path.startsWith(prefix) ? path.substring(prefix.length()) : "";
    }

    private void links(ResourcePath path, Response response) {
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

    /** Sets the validators and answers whether the client's copy is current (then the status is 304). */
    private boolean notModified(Request request, Response response, String variant) {
        Instant modified = store.lastModified().truncatedTo(ChronoUnit.SECONDS);
        String tag = "W/\"" + modified.toEpochMilli() + "-" + variant + "\"";
        response.header("ETag", tag);
        response.header("Last-Modified", HTTP_DATE.format(ZonedDateTime.ofInstant(modified, ZoneOffset.UTC)));
        response.header("Cache-Control", "public, max-age=60");
        String ifNoneMatch = request.headers("If-None-Match");
        boolean current;
        if (ifNoneMatch != null) {
            current = ifNoneMatch.strip().equals("*") || List.of(ifNoneMatch.split(",")).stream()
                    .map(String::strip)
                    .anyMatch(candidate -> candidate.equals(tag) || ("W/" + candidate).equals(tag));
        } else {
            current = ifModifiedSince(request).map(since -> !modified.isAfter(since)).orElse(false);
        }
        if (current) {
            response.status(304);
            response.raw().setContentLength(0);
        }
        return current;
    }

    private static Optional<Instant> ifModifiedSince(Request request) {
        String header = request.headers("If-Modified-Since");
        if (header == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.parse(header.strip(), HTTP_DATE).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void gzip(Request request, Response response) {
        String encodings = request.headers("Accept-Encoding");
        if (encodings != null && encodings.toLowerCase(Locale.ROOT).contains("gzip")) {
            response.header("Content-Encoding", "gzip");
        }
    }

    private static int pageNumber(Request request) {
        String page = request.queryParams("page");
        if (page == null || !page.matches("[1-9][0-9]{0,6}")) {
            return 1;
        }
        return Integer.parseInt(page);
    }

    private static String offered(String asked) {
        List<String> types = new ArrayList<>(HTML_TYPES);
        types.addAll(RdfFormats.mediaTypes(RdfFormats.TRIPLES));
        return "Nothing here matches " + (asked == null ? "the request" : "'" + asked + "'") + ". Offered: "
                + String.join(", ", types) + " (or add .ttl, .jsonld, .rdf or .nt, or ?format=html).";
    }

    private static HttpError unknown() {
        return new HttpError(404, "newsgraph publishes nothing at this address.");
    }
}
