package org.newsgraph.link;

import java.util.List;
import java.util.Locale;

import org.eclipse.rdf4j.model.IRI;

/** A title such as "President" or "Foreign Minister" (a gp:Title concept of titles.ttl). */
record Title(IRI iri, String prefLabel, List<String> labels) {

    boolean names(String roleName) {
        String role = roleName.toLowerCase(Locale.ROOT);
        return labels.stream().anyMatch(label -> label.toLowerCase(Locale.ROOT).equals(role));
    }
}
