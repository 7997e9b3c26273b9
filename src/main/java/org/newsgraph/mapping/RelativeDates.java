package org.newsgraph.mapping;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.newsgraph.vocab.GP;
import org.newsgraph.vocab.SCHEMA;

/**
 * A sentence that opens by placing itself against the one before ("A day earlier, Ramaphosa had blamed
 * the deaths on ...", "The next day, Moscow expelled ...", "Afterwards, ministers signed ...") tells of a day that only the sentence before
 * gives; so does one that names such a day inside ("The emir landed in Dhaka the previous day"). An
 * undated event such a sentence is evidence of takes that day, moved by the days said; its
 * IRI then carries the day, as the IRI of every dated event does. Nothing when the sentence before
 * states no day: a chain of relative days is not followed.
 * <p>
 * A subject that "also" does more ("Baghaei also accused the United States of ...", after "Iran on Monday
 * denied ..." and a quote of that denial) goes on with the occasion the sentences just before told: its
 * event takes their day, when the sentences in between place themselves in no time of their own.
 */
final class RelativeDates {

    // with its comma: "A day earlier than planned, the summit opened" is no day of the sentence before
    private static final Pattern OPENING = Pattern.compile(
            "^(?:(a|one|two|three)\\s+days?\\s+(earlier|before|later)|the\\s+(day\\s+before|previous\\s+day|next\\s+day|following\\s+day)),\\s",
            Pattern.CASE_INSENSITIVE);

    // "Afterwards, ministers signed agreements", "At the end of the visit the delegations signed": what follows the
    // act the sentence before tells took place the same day
    private static final Pattern SAME_DAY_OPENING = Pattern.compile(
            "^(?:afterwards?|after\\s+that|later\\s+that\\s+day|after\\s+the\\s+(?:talks|meeting|ceremony)"
            + "|at\\s+the\\s+(?:end|close)\\s+of\\s+the\\s+(?:talks|meeting|visit|session))\\b,?\\s",
            Pattern.CASE_INSENSITIVE);

    // inside the sentence, a day that takes no complement: "The emir landed in Dhaka the previous day for a
    // two-day state visit"; not "the day before the election", which is placed against the election
    private static final Pattern WITHIN = Pattern.compile(
            "\\bthe\\s+(?:(previous|preceding)\\s+day|day\\s+before(?=\\s*[,.;:]|\\s*$)|(next|following)\\s+day)\\b",
            Pattern.CASE_INSENSITIVE);

    // a subject of a few words, then "also" and a verb: "Baghaei also accused", "The spokesman also said"; not
    // the perfect ("The United States has also criticised"), which tells of no occasion
    private static final Pattern ALSO = Pattern.compile("^(?:[^\\s,;:]+\\s+){1,5}?(?<!\\bhas\\s)(?<!\\bhave\\s)also\\s+\\p{Ll}+");

    // any time a sentence places itself in: then it tells another occasion than the one before
    private static final Pattern TIME = Pattern.compile("\\b(?:1[89]\\d\\d|20\\d\\d|January|February|March|April|May|June"
            + "|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|yesterday|today|tomorrow|tonight|last|next|ago|earlier|later|previously|since|until)\\b", Pattern.CASE_INSENSITIVE);

    /** How many sentences before an "also" the day of its occasion is looked for. */
    private static final int OCCASION = 3;

    private RelativeDates() {
    }

    static void date(Model events, ArticleSentences sentences, LocalDate published) {
        if (published == null) {
            return;
        }
        for (int i = 1; i < sentences.size(); i++) {
            Optional<Long> shift = shift(sentences.text(sentences.get(i)));
            if (shift.isEmpty()) {
                continue;
            }
            Optional<LocalDate> before = SentenceDates.resolve(sentences.text(sentences.get(i - 1)), published);
            if (before.isEmpty()) {
                continue;
            }
            dateUndated(events, sentences.get(i), before.get().plusDays(shift.get()));
        }
        for (int i = 2; i < sentences.size(); i++) {
            Resource sentence = sentences.get(i);
            String text = sentences.text(sentence);
            if (ALSO.matcher(text).find() && !TIME.matcher(text).find()) {
                occasionDay(sentences, i, published).ifPresent(day -> dateUndated(events, sentence, day));
            }
        }
    }

    /** The day of the nearest sentence before {@code i} that states one, unless one in between states another time. */
    private static Optional<LocalDate> occasionDay(ArticleSentences sentences, int i, LocalDate published) {
        for (int j = i - 1; j >= Math.max(1, i - OCCASION); j--) {
            String text = sentences.text(sentences.get(j));
            Optional<LocalDate> day = SentenceDates.resolve(text, published);
            if (day.isPresent() || TIME.matcher(text).find()) {
                return day;
            }
        }
        return Optional.empty();
    }

    private static void dateUndated(Model events, Resource sentence, LocalDate day) {
        for (Resource event : Set.copyOf(events.filter(null, GP.evidence, sentence).subjects())) {
            if (event instanceof IRI iri && !events.contains(event, SCHEMA.startDate, null) && !EventRules.speculative(events, event)) {
                EventRules.date(events, iri, day);
            }
        }
    }

    /** The days a sentence's opening, or a day it names inside, places it from the one before: -1 for "A day earlier," and "the previous day". */
    static Optional<Long> shift(String text) {
        if (SAME_DAY_OPENING.matcher(text).find()) {
            return Optional.of(0L);
        }
        Matcher m = OPENING.matcher(text);
        if (!m.find()) {
            Matcher within = WITHIN.matcher(text);
            return within.find() ? Optional.of(within.group(2) != null ? 1L : -1L) : Optional.empty();
        }
        if (m.group(3) != null) {
            String relation = m.group(3).toLowerCase(Locale.ROOT);
            return Optional.of(relation.startsWith("next") || relation.startsWith("following") ? 1L : -1L);
        }
        long days = switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "two" -> 2;
            case "three" -> 3;
            default -> 1;
        };
        return Optional.of("later".equalsIgnoreCase(m.group(2)) ? days : -days);
    }
}
