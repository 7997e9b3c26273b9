package org.newsgraph.vocab;

import static org.eclipse.rdf4j.model.util.Values.iri;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Namespace;
import org.eclipse.rdf4j.model.impl.SimpleNamespace;

/** NIF 2.0 Core: text, sentences and phrases with code-point offsets. */
public final class NIF {
    public static final String NAMESPACE = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String PREFIX = "nif";
    public static final Namespace NS = new SimpleNamespace(PREFIX, NAMESPACE);

    public static final IRI Context = iri(NAMESPACE, "Context");
    public static final IRI Sentence = iri(NAMESPACE, "Sentence");
    public static final IRI Phrase = iri(NAMESPACE, "Phrase");
    public static final IRI String = iri(NAMESPACE, "String");
    public static final IRI RFC5147String = iri(NAMESPACE, "RFC5147String");

    public static final IRI isString = iri(NAMESPACE, "isString");
    public static final IRI anchorOf = iri(NAMESPACE, "anchorOf");
    public static final IRI beginIndex = iri(NAMESPACE, "beginIndex");
    public static final IRI endIndex = iri(NAMESPACE, "endIndex");
    public static final IRI referenceContext = iri(NAMESPACE, "referenceContext");
    public static final IRI sentence = iri(NAMESPACE, "sentence");
    public static final IRI sourceUrl = iri(NAMESPACE, "sourceUrl");
    public static final IRI predLang = iri(NAMESPACE, "predLang");

    private NIF() {
    }
}
