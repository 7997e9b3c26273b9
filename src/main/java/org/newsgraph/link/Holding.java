package org.newsgraph.link;

import java.time.LocalDate;

import org.eclipse.rdf4j.model.IRI;

/**
 * A position held, as the gazetteer records it; dates are null when no source gives them, and
 * {@code current} (gp:current) is null when the gazetteer does not say.
 */
record Holding(IRI iri, IRI person, String roleName, IRI jurisdiction, LocalDate start, LocalDate end, Boolean current) {

    /**
     * Whether the holding is valid on the day. Dates decide when there are any; without dates (or
     * without a day) a holding the gazetteer calls former is not valid, any other is.
     */
    boolean validOn(LocalDate day) {
        if (day != null && (start != null || end != null)) {
            return (start == null || !start.isAfter(day)) && (end == null || !end.isBefore(day));
        }
        if (day == null && end != null) {
            return false;
        }
        return !Boolean.FALSE.equals(current);
    }
}
