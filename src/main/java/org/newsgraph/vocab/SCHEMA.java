package org.newsgraph.vocab;

import static org.eclipse.rdf4j.model.util.Values.iri;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Namespace;
import org.eclipse.rdf4j.model.impl.SimpleNamespace;

/** The schema.org terms newsgraph writes, in the {@code http://schema.org/} namespace that most consumers still expect. */
public final class SCHEMA {
    public static final String NAMESPACE = "http://schema.org/";
    public static final String PREFIX = "schema";
    public static final Namespace NS = new SimpleNamespace(PREFIX, NAMESPACE);

    public static final IRI NewsArticle = iri(NAMESPACE, "NewsArticle");
    public static final IRI Person = iri(NAMESPACE, "Person");
    public static final IRI Country = iri(NAMESPACE, "Country");
    public static final IRI City = iri(NAMESPACE, "City");
    public static final IRI Place = iri(NAMESPACE, "Place");
    public static final IRI Organization = iri(NAMESPACE, "Organization");
    public static final IRI Event = iri(NAMESPACE, "Event");
    public static final IRI Role = iri(NAMESPACE, "Role");
    public static final IRI DefinedTerm = iri(NAMESPACE, "DefinedTerm");

    public static final IRI headline = iri(NAMESPACE, "headline");
    public static final IRI description = iri(NAMESPACE, "description");
    public static final IRI articleBody = iri(NAMESPACE, "articleBody");
    public static final IRI wordCount = iri(NAMESPACE, "wordCount");
    public static final IRI inLanguage = iri(NAMESPACE, "inLanguage");
    public static final IRI datePublished = iri(NAMESPACE, "datePublished");
    public static final IRI dateModified = iri(NAMESPACE, "dateModified");
    public static final IRI url = iri(NAMESPACE, "url");
    public static final IRI author = iri(NAMESPACE, "author");
    public static final IRI publisher = iri(NAMESPACE, "publisher");
    public static final IRI license = iri(NAMESPACE, "license");
    public static final IRI about = iri(NAMESPACE, "about");
    public static final IRI mentions = iri(NAMESPACE, "mentions");
    public static final IRI contentLocation = iri(NAMESPACE, "contentLocation");
    public static final IRI name = iri(NAMESPACE, "name");
    public static final IRI alternateName = iri(NAMESPACE, "alternateName");
    public static final IRI sameAs = iri(NAMESPACE, "sameAs");
    public static final IRI identifier = iri(NAMESPACE, "identifier");
    public static final IRI location = iri(NAMESPACE, "location");
    public static final IRI containedInPlace = iri(NAMESPACE, "containedInPlace");
    public static final IRI roleName = iri(NAMESPACE, "roleName");
    public static final IRI startDate = iri(NAMESPACE, "startDate");
    public static final IRI endDate = iri(NAMESPACE, "endDate");
    public static final IRI latitude = iri(NAMESPACE, "latitude");
    public static final IRI longitude = iri(NAMESPACE, "longitude");

    private SCHEMA() {
    }
}
