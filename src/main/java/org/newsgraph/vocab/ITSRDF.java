package org.newsgraph.vocab;

import static org.eclipse.rdf4j.model.util.Values.iri;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Namespace;
import org.eclipse.rdf4j.model.impl.SimpleNamespace;

/** ITS 2.0 RDF: what a text span identifies. */
public final class ITSRDF {
    public static final String NAMESPACE = "http://www.w3.org/2005/11/its/rdf#";
    public static final String PREFIX = "itsrdf";
    public static final Namespace NS = new SimpleNamespace(PREFIX, NAMESPACE);

    public static final IRI taIdentRef = iri(NAMESPACE, "taIdentRef");
    public static final IRI taClassRef = iri(NAMESPACE, "taClassRef");
    public static final IRI taConfidence = iri(NAMESPACE, "taConfidence");

    private ITSRDF() {
    }
}
