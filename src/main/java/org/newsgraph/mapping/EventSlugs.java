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
 * event (a denied or hypothetical visit is not the visit that happened). An undated background event
 * (an agreement "signed in 2018", a deal "that has governed their trade since 2000") is not the day's
 * undated mention of its type and sides ("X and Y sign a deal"): it takes the part {@value #PAST}, once,
 * so that the two never share an IRI and the day's mention never takes the background's sentence or
 * factuality. The part is a word and not the year the sentence gives: the slug is minted from the rule's
 * parts, which hold no sentence, and a word keeps two articles about one past deal converging (two past
 * deals of one pair in one article share it). A dated background event needs no mark, as its date sets it
 * apart; nor does a type that is background by nature (a sanctions regime in place), whose mark would only
 * split it from its reported mentions.
 */
final class EventSlugs {

    /** The slug part of an undated background event. */
    static final String PAST = "past";

    private static final String BACKGROUND = GP.NAMESPACE + "background";
    private static final Set<String> SILENT = Set.of(GP.NAMESPACE + "asserted", GP.NAMESPACE + "reported");
    private static final Set<String> BACKGROUND_BY_NATURE = Set.of(GP.SanctionsRegime.stringValue());
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Compiled once: a slug is made for every event a rule proposes. */
    private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");

    private EventSlugs() {
    }

    /**
     * Parts are IRIs or literal lexical forms, the type first; nulls (unknown date) and silent factualities
     * are skipped, and background is {@value #PAST} when no part is a day and the type is not background by nature.
     */
    static String slug(List<String> parts) {
        boolean dated = parts.stream().anyMatch(p -> p != null && DAY.matcher(p).matches());
        boolean markPast = !dated && !parts.isEmpty() && !BACKGROUND_BY_NATURE.contains(parts.get(0));
        List<String> words = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (BACKGROUND.equals(part)) {
                part = markPast ? PAST : null;
            }
            if (part == null || SILENT.contains(part) || (PAST.equals(part) && words.contains(PAST))) {
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
