package org.newsgraph.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.rdf4j.rio.RDFFormat;

/** The RDF formats newsgraph serves, by file extension and by media type, in the server's order of preference. */
public final class RdfFormats {

    /** Triple formats, Turtle first: the default for machines that accept anything. */
    public static final List<RDFFormat> TRIPLES = List.of(RDFFormat.TURTLE, RDFFormat.JSONLD, RDFFormat.RDFXML, RDFFormat.NTRIPLES);

    /** Quad formats, for named graphs. */
    public static final List<RDFFormat> QUADS = List.of(RDFFormat.TRIG, RDFFormat.NQUADS);

    private static final Map<String, RDFFormat> BY_EXTENSION = Map.of(
            "ttl", RDFFormat.TURTLE,
            "jsonld", RDFFormat.JSONLD,
            "rdf", RDFFormat.RDFXML,
            "nt", RDFFormat.NTRIPLES,
            "trig", RDFFormat.TRIG,
            "nq", RDFFormat.NQUADS);

    private RdfFormats() {
    }

    public static Optional<RDFFormat> byExtension(String extension) {
        return Optional.ofNullable(BY_EXTENSION.get(extension.toLowerCase(Locale.ROOT)));
    }

    /** The extension newsgraph uses in URLs for a format. */
    public static String extension(RDFFormat format) {
        return BY_EXTENSION.entrySet().stream()
                .filter(entry -> entry.getValue().equals(format))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no extension for " + format.getName()));
    }

    /** Every media type of the given formats, the default one of each first, in order. */
    public static List<String> mediaTypes(List<RDFFormat> formats) {
        return formats.stream().flatMap(format -> format.getMIMETypes().stream()).distinct().toList();
    }

    /** The format a media type names, among {@code formats}. */
    public static Optional<RDFFormat> byMediaType(String mediaType, List<RDFFormat> formats) {
        return formats.stream().filter(format -> format.hasMIMEType(mediaType)).findFirst();
    }

    /** The Content-Type to send for a format: its default media type, with charset for text formats. */
    public static String contentType(RDFFormat format) {
        String type = format.getDefaultMIMEType();
        return format.hasCharset() ? type + "; charset=utf-8" : type;
    }
}
