package org.newsgraph.vocab;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.rdf4j.model.Namespace;
import org.eclipse.rdf4j.model.impl.SimpleNamespace;
import org.eclipse.rdf4j.model.vocabulary.DCAT;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.OWL;
import org.eclipse.rdf4j.model.vocabulary.PROV;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.model.vocabulary.SD;
import org.eclipse.rdf4j.model.vocabulary.SHACL;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.model.vocabulary.VOID;
import org.eclipse.rdf4j.model.vocabulary.XSD;

/** The one prefix table shared by every writer, the query page and the dumps. */
public final class Namespaces {
    public static final String CAMEO = "https://w3id.org/newsgraph/cameo/";
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";
    public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    public static final String IPTC = "http://cv.iptc.org/newscodes/mediatopic/";

    /** Fixed namespaces; the deployment's own base is added by {@link #withBase(String)}. */
    public static final List<Namespace> FIXED = List.of(
            SCHEMA.NS,
            GP.NS,
            new SimpleNamespace("cameo", CAMEO),
            NIF.NS,
            ITSRDF.NS,
            new SimpleNamespace("wd", WIKIDATA),
            new SimpleNamespace("sem", SEM),
            new SimpleNamespace("iptc", IPTC),
            PROV.NS,
            DCTERMS.NS,
            SKOS.NS,
            RDF.NS,
            RDFS.NS,
            OWL.NS,
            XSD.NS,
            SHACL.NS,
            VOID.NS,
            DCAT.NS,
            SD.NS);

    /** The fixed table as SPARQL PREFIX declarations, for the queries newsgraph itself runs. */
    public static final String SPARQL_PREFIXES = FIXED.stream()
            .map(ns -> "PREFIX " + ns.getPrefix() + ": <" + ns.getName() + ">\n")
            .collect(Collectors.joining());

    private Namespaces() {
    }

    /** The fixed table plus prefixes for the deployment's own IRIs ({@code id:}, {@code graph:}). */
    public static List<Namespace> withBase(String base) {
        var all = new ArrayList<Namespace>(FIXED);
        all.add(new SimpleNamespace("id", base + "id/"));
        all.add(new SimpleNamespace("graph", base + "graph/"));
        return List.copyOf(all);
    }
}
