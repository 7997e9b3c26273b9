package org.newsgraph.link;

import org.eclipse.rdf4j.model.IRI;

/**
 * A position an article says someone holds ("Iranian Foreign Minister Abbas Araghchi"), written into
 * the article's graph because the gazetteer does not already say it.
 */
public record Position(IRI iri, IRI holder, String roleName, IRI jurisdiction) {
}
