package org.newsgraph.link;

import org.eclipse.rdf4j.model.IRI;

/**
 * A country or demonym, a title and maybe a name: "Japanese Prime Minister Fumio Kishida",
 * "France's foreign minister, Jean-Noël Barrot", "the Russian president". Token ranges are
 * [from, to) in the sentence; nameFrom == nameTo when no name follows.
 */
record TitleHit(IRI country, Title title, int titleFrom, int titleTo, int nameFrom, int nameTo) {

    boolean hasName() {
        return nameTo > nameFrom;
    }
}
