package org.newsgraph.vocab;

import java.net.URI;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.util.Values;

/**
 * The IRIs a deployment mints under its base (DESIGN.md §2): things under {@code id/}, their pages
 * under {@code page/}, their data under {@code data/}, article graphs under {@code graph/}.
 */
public record UriSpace(String base) {

    public static final int MAX_SLUG_LENGTH = 80;
    // Compiled once: slugs are made for every mention and every event a rule proposes.
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    public UriSpace {
        URI uri;
        try {
            uri = URI.create(base);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("base URI '" + base + "' is not a URI: " + e.getMessage(), e);
        }
        if (!uri.isAbsolute() || uri.getHost() == null
                || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw new IllegalArgumentException("base URI '" + base + "' must be an absolute http(s) URI");
        }
        if (!base.endsWith("/")) {
            throw new IllegalArgumentException("base URI '" + base + "' must end with '/'");
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("base URI '" + base + "' must have no query or fragment");
        }
    }

    public IRI id(String kind, String slug) {
        return Values.iri(base + "id/" + kind + "/" + slug);
    }

    public IRI article(String slug) {
        return id("article", slug);
    }

    public IRI articleGraph(String slug) {
        return Values.iri(base + "graph/article/" + slug);
    }

    /** The article text every NIF offset counts on. */
    public IRI articleText(String slug) {
        return Values.iri(base + "id/article/" + slug + "/text");
    }

    /** An RFC 5147 span of an article's text, in code points. */
    public IRI span(String slug, int begin, int end) {
        return Values.iri(base + "id/article/" + slug + "/text#char=" + begin + "," + end);
    }

    public String page(String kind, String slug) {
        return base + "page/" + kind + "/" + slug;
    }

    public String data(String kind, String slug, String extension) {
        return base + "data/" + kind + "/" + slug + "." + extension;
    }

    public String sparqlEndpoint() {
        return base + "sparql";
    }

    /** The HTML page of a thing minted here ({@code id/} becomes {@code page/}); other IRIs are returned as they are. */
    public String pageOf(String iri) {
        String idPrefix = base + "id/";
        return iri.startsWith(idPrefix) ? base + "page/" + iri.substring(idPrefix.length()) : iri;
    }

    /** Whether the IRI is minted under this base. */
    public boolean owns(String iri) {
        return iri.startsWith(base);
    }

    /**
     * A deterministic, ASCII, lower-case slug: accents folded ("Lula da Silva" keeps its letters),
     * everything that is not a letter or digit becomes one hyphen, cut at a word boundary.
     */
    public static String slug(String name) {
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("")
                .replace("ß", "ss")
                .replace("ø", "o")
                .replace("Ø", "O")
                .replace("đ", "d")
                .replace("ł", "l")
                .replace("Ł", "L")
                .toLowerCase(Locale.ROOT);
        String slug = EDGE_HYPHENS.matcher(NOT_ALPHANUMERIC.matcher(folded).replaceAll("-")).replaceAll("");
        if (slug.length() > MAX_SLUG_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_SLUG_LENGTH);
            slug = slug.substring(0, cut > MAX_SLUG_LENGTH / 2 ? cut : MAX_SLUG_LENGTH);
        }
        return slug.isEmpty() ? "x" : slug;
    }
}
