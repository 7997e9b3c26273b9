package org.newsgraph.cli;

import java.util.Locale;
import java.util.Map;

import org.eclipse.rdf4j.rio.RDFFormat;

/** The dump formats by the names the command line takes. */
final class DumpFormats {

    private static final Map<String, RDFFormat> BY_NAME = Map.of(
            "turtle", RDFFormat.TURTLE,
            "ttl", RDFFormat.TURTLE,
            "ntriples", RDFFormat.NTRIPLES,
            "nt", RDFFormat.NTRIPLES,
            "nquads", RDFFormat.NQUADS,
            "nq", RDFFormat.NQUADS,
            "trig", RDFFormat.TRIG,
            "jsonld", RDFFormat.JSONLD);

    private DumpFormats() {
    }

    static RDFFormat parse(String name) {
        RDFFormat format = BY_NAME.get(name.toLowerCase(Locale.ROOT));
        if (format == null) {
            throw new IllegalArgumentException("unknown format '" + name + "': expected turtle, ntriples, nquads, trig or jsonld");
        }
        return format;
    }
}
