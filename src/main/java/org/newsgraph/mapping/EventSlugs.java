package org.newsgraph.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsgraph.vocab.GP;
import org.newsgraph.vocab.UriSpace;

/**
 * The deterministic slug of an event: its type, its actors, place and date when known, so that
 * two articles about one visit mint one IRI. Factuality takes part only when it makes a different
 * event (a denied or hypothetical visit is not the visit that happened).
 */
final class EventSlugs {

    private static final Set<String> SILENT = Set.of(
            GP.NAMESPACE + "asserted", GP.NAMESPACE + "reported", GP.NAMESPACE + "background");
    /** Compiled once: a slug is made for every event a rule proposes. */
    private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");

    private EventSlugs() {
    }

    /** Parts are IRIs or literal lexical forms; nulls (unknown date) and silent factualities are skipped. */
    static String slug(List<String> parts) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (part == null || SILENT.contains(part)) {
                continue;
            }
            words.add(i == 0 ? kebab(localName(part)) : localName(part));
        }
        return UriSpace.slug(String.join("-", words));
    }

    private static String localName(String part) {
        int cut = Math.max(part.lastIndexOf('/'), part.lastIndexOf('#'));
        return cut >= 0 && cut < part.length() - 1 ? part.substring(cut + 1) : part;
    }

    private static String kebab(String camel) {
        return CAMEL_HUMP.matcher(camel).replaceAll("$1-$2");
    }
}
