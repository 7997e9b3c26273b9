package org.newsgraph.dump;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.rdf4j.rio.RDFFormat;

/**
 * The formats the whole store is dumped in: streaming writers only (JSON-LD, whose writer holds a
 * whole model, is offered per resource and per graph instead).
 */
public enum DumpFormat {
    TURTLE("ttl", RDFFormat.TURTLE),
    NTRIPLES("nt", RDFFormat.NTRIPLES),
    NQUADS("nq", RDFFormat.NQUADS),
    TRIG("trig", RDFFormat.TRIG);

    /** The media type of a gzip file, as an IANA IRI, for {@code dcat:compressFormat}. */
    public static final String GZIP_MEDIA_TYPE = "application/gzip";

    private final String extension;
    private final RDFFormat rdfFormat;

    DumpFormat(String extension, RDFFormat rdfFormat) {
        this.extension = extension;
        this.rdfFormat = rdfFormat;
    }

    public String extension() {
        return extension;
    }

    public RDFFormat rdfFormat() {
        return rdfFormat;
    }

    /** Whether the format keeps named graphs: then every quad is written once, else every distinct triple. */
    public boolean quads() {
        return rdfFormat.supportsContexts();
    }

    public String mediaType() {
        return rdfFormat.getDefaultMIMEType();
    }

    /** The IANA registry IRI of a media type, as DCAT recommends for {@code dcat:mediaType}. */
    public static String ianaIri(String mediaType) {
        return "https://www.iana.org/assignments/media-types/" + mediaType;
    }

    public static Optional<DumpFormat> byExtension(String extension) {
        String lower = extension.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.extension.equals(lower)).findFirst();
    }

    public static Optional<DumpFormat> of(RDFFormat format) {
        return Arrays.stream(values()).filter(dump -> dump.rdfFormat.equals(format)).findFirst();
    }
}
