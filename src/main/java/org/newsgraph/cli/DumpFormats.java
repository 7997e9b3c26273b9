package org.newsgraph.cli;

import java.util.Locale;
import java.util.Map;

import org.eclipse.rdf4j.rio.RDFFormat;

/** The dump formats by the names the command line takes, with {@code .gz} for gzip. */
final class DumpFormats {

    private static final Map<String, RDFFormat> BY_NAME = Map.ofEntries(
            Map.entry("turtle", RDFFormat.TURTLE),
            Map.entry("ttl", RDFFormat.TURTLE),
            Map.entry("ntriples", RDFFormat.NTRIPLES),
            Map.entry("nt", RDFFormat.NTRIPLES),
            Map.entry("nquads", RDFFormat.NQUADS),
            Map.entry("nq", RDFFormat.NQUADS),
            Map.entry("trig", RDFFormat.TRIG),
            Map.entry("jsonld", RDFFormat.JSONLD),
            Map.entry("rdfxml", RDFFormat.RDFXML),
            Map.entry("rdf", RDFFormat.RDFXML));

    /** A format and whether to gzip it. */
    record Choice(RDFFormat format, boolean gzip) {
    }

    private DumpFormats() {
    }

    /**
     * The format from {@code --format} ({@code turtle}, {@code nt.gz}...), else from the output file's
     * name ({@code dump.nq.gz}), else Turtle; gzip when either ends with {@code .gz}.
     */
    static Choice choose(String format, String output) {
        boolean toFile = output != null && !"-".equals(output);
        String file = toFile ? output.toLowerCase(Locale.ROOT) : "";
        boolean fileGzip = file.endsWith(".gz");
        if (format != null) {
            String name = format.toLowerCase(Locale.ROOT);
            boolean gzip = name.endsWith(".gz");
            return new Choice(parse(gzip ? name.substring(0, name.length() - 3) : name), gzip || fileGzip);
        }
        String plain = fileGzip ? file.substring(0, file.length() - 3) : file;
        int dot = plain.lastIndexOf('.');
        if (dot >= 0 && BY_NAME.containsKey(plain.substring(dot + 1))) {
            return new Choice(BY_NAME.get(plain.substring(dot + 1)), fileGzip);
        }
        return new Choice(RDFFormat.TURTLE, fileGzip);
    }

    static RDFFormat parse(String name) {
        RDFFormat format = BY_NAME.get(name.toLowerCase(Locale.ROOT));
        if (format == null) {
            throw new IllegalArgumentException("unknown format '" + name
                    + "': expected turtle, ntriples, nquads, trig (optionally .gz), or jsonld/rdfxml with --graph");
        }
        return format;
    }
}
