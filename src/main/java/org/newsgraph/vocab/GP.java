package org.newsgraph.vocab;

import static org.eclipse.rdf4j.model.util.Values.iri;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Namespace;
import org.eclipse.rdf4j.model.impl.SimpleNamespace;

/** The newsgraph geopolitics ontology ({@code ontology/geopol.ttl}); its namespace is fixed across deployments. */
public final class GP {
    public static final String NAMESPACE = "https://w3id.org/newsgraph/geopol#";
    public static final String PREFIX = "gp";
    public static final Namespace NS = new SimpleNamespace(PREFIX, NAMESPACE);

    public static final IRI GeopoliticalEvent = iri(NAMESPACE, "GeopoliticalEvent");
    public static final IRI StateVisit = iri(NAMESPACE, "StateVisit");
    public static final IRI BilateralTalks = iri(NAMESPACE, "BilateralTalks");
    public static final IRI CooperationIntent = iri(NAMESPACE, "CooperationIntent");
    public static final IRI CooperationAgreement = iri(NAMESPACE, "CooperationAgreement");
    public static final IRI SanctionsImposition = iri(NAMESPACE, "SanctionsImposition");
    public static final IRI SanctionsRegime = iri(NAMESPACE, "SanctionsRegime");
    public static final IRI Criticism = iri(NAMESPACE, "Criticism");
    public static final IRI PositionHolding = iri(NAMESPACE, "PositionHolding");

    public static final IRI sourceActor = iri(NAMESPACE, "sourceActor");
    public static final IRI targetActor = iri(NAMESPACE, "targetActor");
    public static final IRI visitor = iri(NAMESPACE, "visitor");
    public static final IRI host = iri(NAMESPACE, "host");
    public static final IRI imposedBy = iri(NAMESPACE, "imposedBy");
    public static final IRI sanctionTarget = iri(NAMESPACE, "sanctionTarget");
    public static final IRI sourceCountry = iri(NAMESPACE, "sourceCountry");
    public static final IRI targetCountry = iri(NAMESPACE, "targetCountry");
    public static final IRI cameoCode = iri(NAMESPACE, "cameoCode");
    public static final IRI cooperationDomain = iri(NAMESPACE, "cooperationDomain");
    public static final IRI reason = iri(NAMESPACE, "reason");
    public static final IRI factuality = iri(NAMESPACE, "factuality");
    public static final IRI holdsPosition = iri(NAMESPACE, "holdsPosition");
    public static final IRI jurisdiction = iri(NAMESPACE, "jurisdiction");
    public static final IRI evidence = iri(NAMESPACE, "evidence");
    public static final IRI confidence = iri(NAMESPACE, "confidence");

    private GP() {
    }
}
