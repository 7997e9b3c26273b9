package org.newsgraph.sparql;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.rdf4j.query.resultio.BooleanQueryResultFormat;
import org.eclipse.rdf4j.query.resultio.TupleQueryResultFormat;
import org.eclipse.rdf4j.rio.RDFFormat;

/**
 * The serialisations of query results, in the server's order of preference: SPARQL JSON first for
 * solutions and booleans, Turtle first for graphs. Each has the key of the {@code format} parameter.
 */
public enum ResultFormat {
    JSON("json", QueryForm.TUPLE, TupleQueryResultFormat.JSON, BooleanQueryResultFormat.JSON, null,
            "http://www.w3.org/ns/formats/SPARQL_Results_JSON", "application/json"),
    XML("xml", QueryForm.TUPLE, TupleQueryResultFormat.SPARQL, BooleanQueryResultFormat.SPARQL, null,
            "http://www.w3.org/ns/formats/SPARQL_Results_XML", "application/xml", "text/xml"),
    CSV("csv", QueryForm.TUPLE, TupleQueryResultFormat.CSV, null, null,
            "http://www.w3.org/ns/formats/SPARQL_Results_CSV"),
    TSV("tsv", QueryForm.TUPLE, TupleQueryResultFormat.TSV, null, null,
            "http://www.w3.org/ns/formats/SPARQL_Results_TSV"),
    TURTLE("ttl", QueryForm.GRAPH, null, null, RDFFormat.TURTLE, RDFFormat.TURTLE.getStandardURI().stringValue()),
    JSONLD("jsonld", QueryForm.GRAPH, null, null, RDFFormat.JSONLD, RDFFormat.JSONLD.getStandardURI().stringValue()),
    RDFXML("rdf", QueryForm.GRAPH, null, null, RDFFormat.RDFXML, RDFFormat.RDFXML.getStandardURI().stringValue()),
    NTRIPLES("nt", QueryForm.GRAPH, null, null, RDFFormat.NTRIPLES, RDFFormat.NTRIPLES.getStandardURI().stringValue()),
    TRIG("trig", QueryForm.GRAPH, null, null, RDFFormat.TRIG, RDFFormat.TRIG.getStandardURI().stringValue()),
    NQUADS("nq", QueryForm.GRAPH, null, null, RDFFormat.NQUADS, RDFFormat.NQUADS.getStandardURI().stringValue());

    private final String key;
    private final QueryForm kind;
    private final TupleQueryResultFormat tuple;
    private final BooleanQueryResultFormat bool;
    private final RDFFormat rdf;
    private final String standardIri;
    private final List<String> aliases;

    ResultFormat(String key, QueryForm kind, TupleQueryResultFormat tuple, BooleanQueryResultFormat bool, RDFFormat rdf,
            String standardIri, String... aliases) {
        this.key = key;
        this.kind = kind;
        this.tuple = tuple;
        this.bool = bool;
        this.rdf = rdf;
        this.standardIri = standardIri;
        this.aliases = List.of(aliases);
    }

    /** The value of the {@code format} parameter that asks for this format. */
    public String key() {
        return key;
    }

    /** The format's IRI under {@code http://www.w3.org/ns/formats/}, for the service description. */
    public String standardIri() {
        return standardIri;
    }

    /** The media type sent in Content-Type. */
    public String mediaType() {
        return rdf != null ? rdf.getDefaultMIMEType() : tuple.getDefaultMIMEType();
    }

    /** Content-Type with the charset of text formats. */
    public String contentType() {
        boolean text = rdf != null ? rdf.hasCharset() : true;
        return text ? mediaType() + "; charset=utf-8" : mediaType();
    }

    /** Every media type that selects this format in an Accept header, the one sent first. */
    public List<String> mediaTypes() {
        List<String> types = new java.util.ArrayList<>(rdf != null ? rdf.getMIMETypes() : tuple.getMIMETypes());
        types.remove(mediaType());
        types.add(0, mediaType());
        aliases.forEach(alias -> {
            if (!types.contains(alias)) {
                types.add(alias);
            }
        });
        return types;
    }

    /** Whether results of this form can be written in this format. */
    public boolean fits(QueryForm form) {
        return form == QueryForm.GRAPH ? kind == QueryForm.GRAPH : kind == QueryForm.TUPLE;
    }

    /** The formats that can carry results of a query form, preferred first. */
    public static List<ResultFormat> forForm(QueryForm form) {
        return Arrays.stream(values()).filter(format -> format.fits(form)).toList();
    }

    /** The format for a {@code format} parameter value. */
    public static Optional<ResultFormat> byKey(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.key.equals(lower)).findFirst();
    }

    /** The format among {@code candidates} that a concrete media type names. */
    public static Optional<ResultFormat> byMediaType(String mediaType, List<ResultFormat> candidates) {
        return candidates.stream().filter(format -> format.mediaTypes().contains(mediaType)).findFirst();
    }

    TupleQueryResultFormat tupleFormat() {
        return tuple;
    }

    /** The boolean format, absent for CSV and TSV which RDF4J writes only for solutions. */
    Optional<BooleanQueryResultFormat> booleanFormat() {
        return Optional.ofNullable(bool);
    }

    RDFFormat rdfFormat() {
        return rdf;
    }
}
