package org.newsgraph.link;

import org.eclipse.rdf4j.model.IRI;

/**
 * A country or demonym, a title and maybe a name: "Japanese Prime Minister Fumio Kishida",
 * "France's foreign minister, Jean-Noël Barrot", "the Russian president"; or a role phrase before
 * or after a name ("Kremlin spokesman Dmitry Peskov", "Kim Yeon-hee, a forecaster"). Token ranges
 * are [from, to) in the sentence; nameFrom == nameTo when no name follows. {@code country} is null
 * when the text does not say which country the role is in, {@code title} null when the role is no
 * position held in one (a coach, a forecaster): then the person is named without a position.
 */
record TitleHit(IRI country, Title title, int titleFrom, int titleTo, int nameFrom, int nameTo) {

    boolean hasName() {
        return nameTo > nameFrom;
    }

    /** Whether the hit states a position held in a country. */
    boolean statesPosition() {
        return country != null && title != null;
    }

    boolean overlaps(int from, int to) {
        return Math.min(titleFrom, nameFrom) < to && from < Math.max(titleTo, nameTo);
    }
}
