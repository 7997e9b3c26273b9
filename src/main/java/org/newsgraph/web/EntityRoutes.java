package org.newsgraph.web;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.rdf4j.model.IRI;
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
 * Linked-data publishing: {@code /id/...} and {@code /graph/...} answer 303 by content negotiation
 * (see {@link Dereferencing}); {@code /data/...} serves descriptions and article graphs with
 * validators; {@code /page/...} the HTML; plus the ontologies, search, sitemap and robots.
 */
public final class EntityRoutes implements Routes {

    private final UriSpace uris;
    private final ResourceDescriber describer;
    private final EntityPages pages;
    private final BrowsePages browse;
    private final OntologyPages ontology;
    private final TextPages texts;
    private final Sitemaps sitemaps;
    private final ConditionalGet conditional;
    private final Dereferencing names;

    public EntityRoutes(NewsStore store, UriSpace uris, EntityPages pages, ResourceDescriber describer, BrowsePages browse,
                        OntologyPages ontology, TextPages texts, Sitemaps sitemaps) {
        this.uris = uris;
        this.describer = describer;
        this.pages = pages;
        this.browse = browse;
        this.ontology = ontology;
        this.texts = texts;
        this.sitemaps = sitemaps;
        this.conditional = new ConditionalGet(store);
        this.names = new Dereferencing(uris, describer, texts, conditional);
    }

    @Override
    public void register(Router router) {
        router.get("/id/*", (request, response) -> names.identifier(rest(request, "/id/"), request, response));
        router.get("/data/*", this::data);
        router.get("/page/*", this::page);
        router.get("/graph/*", (request, response) -> names.graph(rest(request, "/graph/"), request, response));
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

    private Object data(Request request, Response response) {
        String rest = rest(request, "/data/");
        int dot = rest.lastIndexOf('.');
        if (dot <= 0) {
            throw Dereferencing.unknown();
        }
        String extension = rest.substring(dot + 1);
        String local = rest.substring(0, dot);
        RDFFormat format = RdfFormats.byExtension(extension).orElseThrow(Dereferencing::unknown);
        if (local.startsWith("graph/")) {
            IRI graph = names.graphOf(local.substring("graph/".length())).orElseThrow(Dereferencing::unknown);
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
        ResourcePath path = ResourcePath.parse(local).orElseThrow(Dereferencing::unknown);
        if (path.text()) {
            if (!RdfFormats.TRIPLES.contains(format) || describer.articleText(path.slug()).isEmpty()) {
                throw Dereferencing.unknown();
            }
            return rdf(request, response, format, () -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                describer.write(describer.describeText(path.slug()), format, out);
                return out.toByteArray();
            });
        }
        IRI iri = describer.iri(path);
        if (!RdfFormats.TRIPLES.contains(format) || !describer.known(iri)) {
            throw Dereferencing.unknown();
        }
        names.alternates(path, response);
        return rdf(request, response, format, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            describer.write(describer.describe(iri), format, out);
            return out.toByteArray();
        });
    }

    private Object rdf(Request request, Response response, RDFFormat format, Supplier<byte[]> body) {
        response.header("Access-Control-Allow-Origin", "*");
        if (conditional.notModified(request, response, RdfFormats.extension(format))) {
            return "";
        }
        response.type(RdfFormats.contentType(format));
        ConditionalGet.gzip(request, response);
        return body.get();
    }

    private Object page(Request request, Response response) {
        String rest = rest(request, "/page/");
        int page = pageNumber(request);
        response.type("text/html; charset=utf-8");
        String kind = rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
        if (BrowsePages.hasIndex(kind)) {
            if (conditional.notModified(request, response, "index-" + page)) {
                return "";
            }
            return browse.index(kind, page);
        }
        if (rest.startsWith("graph/")) {
            String name = rest.substring("graph/".length());
            IRI graph = names.graphOf(name).orElseThrow(Dereferencing::unknown);
            if (conditional.notModified(request, response, "graph-" + page)) {
                return "";
            }
            return texts.graph(name, graph, page);
        }
        ResourcePath path = ResourcePath.parse(rest).filter(p -> !p.text()).orElseThrow(Dereferencing::unknown);
        if (!describer.known(describer.iri(path))) {
            throw Dereferencing.unknown();
        }
        names.alternates(path, response);
        Languages languages = Languages.of(request.headers("Accept-Language"));
        response.header("Vary", "Accept-Language, Accept-Encoding");
        if (conditional.notModified(request, response, "html-" + languages.key().hashCode() + "-" + page)) {
            return "";
        }
        ConditionalGet.gzip(request, response);
        return pages.render(path, page, languages);
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
                        .orElseThrow(() -> new HttpError(406, Dereferencing.offered("format=" + forced)));
            }
        } else {
            List<String> offered = new ArrayList<>(Dereferencing.HTML_TYPES);
            offered.addAll(RdfFormats.mediaTypes(RdfFormats.TRIPLES));
            String chosen = MediaRange.choose(request.headers("Accept"), offered)
                    .orElseThrow(() -> new HttpError(406, Dereferencing.offered(request.headers("Accept"))));
            format = Dereferencing.HTML_TYPES.contains(chosen) ? null : RdfFormats.byMediaType(chosen, RdfFormats.TRIPLES).orElseThrow();
        }
        for (RDFFormat alternate : RdfFormats.TRIPLES) {
            response.raw().addHeader("Link", "<" + uris.base() + path.substring(1) + "?format=" + RdfFormats.extension(alternate)
                    + ">; rel=\"alternate\"; type=\"" + alternate.getDefaultMIMEType() + "\"");
        }
        if (conditional.notModified(request, response, which.name().toLowerCase(Locale.ROOT) + "-" + (format == null ? "html" : RdfFormats.extension(format)))) {
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
        if (conditional.notModified(request, response, "search")) {
            return "";
        }
        return browse.search(q);
    }

    private Object sitemap(Request request, Response response) {
        response.type("application/xml; charset=utf-8");
        if (conditional.notModified(request, response, "sitemap")) {
            return "";
        }
        return sitemaps.index();
    }

    private Object sitemapPart(Request request, Response response) {
        String part = request.params("part");
        if (part == null || !part.matches("[1-9][0-9]{0,6}\\.xml")) {
            throw Dereferencing.unknown();
        }
        response.type("application/xml; charset=utf-8");
        if (conditional.notModified(request, response, "sitemap-" + part)) {
            return "";
        }
        return sitemaps.part(Integer.parseInt(part.substring(0, part.length() - 4))).orElseThrow(Dereferencing::unknown);
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

    private static int pageNumber(Request request) {
        String page = request.queryParams("page");
        if (page == null || !page.matches("[1-9][0-9]{0,6}")) {
            return 1;
        }
        return Integer.parseInt(page);
    }

}
