package org.newsgraph.link;

import org.eclipse.rdf4j.model.IRI;

/** A person the gazetteer does not know, introduced by a title or role pattern and minted as {@code {base}id/person/{slug}}. */
public record MintedPerson(IRI iri, String name) {
}
