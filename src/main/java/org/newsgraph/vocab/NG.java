package org.newsgraph.vocab;

import static org.eclipse.rdf4j.model.util.Values.iri;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Namespace;
import org.eclipse.rdf4j.model.impl.SimpleNamespace;

/**
 * Terms newsgraph uses about itself: store bookkeeping and ARQ function names. They live under the
 * fixed {@code https://w3id.org/newsgraph/} space, never under a deployment's base.
 */
public final class NG {
    public static final String NAMESPACE = "https://w3id.org/newsgraph/ns#";
    public static final String PREFIX = "ng";
    public static final Namespace NS = new SimpleNamespace(PREFIX, NAMESPACE);

    /** The graph where the store keeps its own settings (its base IRI, its last change). */
    public static final IRI SYSTEM_GRAPH = iri("https://w3id.org/newsgraph/graph/system");
    /** The subject of the store's own settings. */
    public static final IRI STORE = iri("https://w3id.org/newsgraph/store");
    public static final IRI baseUri = iri(NAMESPACE, "baseUri");
    public static final IRI softwareVersion = iri(NAMESPACE, "softwareVersion");

    private NG() {
    }
}
