package org.newsgraph.link;

import java.time.LocalDate;

import org.eclipse.rdf4j.model.IRI;

/** A position held, as the gazetteer records it; dates are null when no source gives them. */
record Holding(IRI iri, IRI person, String roleName, IRI jurisdiction, LocalDate start, LocalDate end) {

    /** Whether the holding is valid on the day; an unknown day accepts only holdings that have not ended. */
    boolean validOn(LocalDate day) {
        if (day == null) {
            return end == null;
        }
        return (start == null || !start.isAfter(day)) && (end == null || !end.isBefore(day));
    }
}
