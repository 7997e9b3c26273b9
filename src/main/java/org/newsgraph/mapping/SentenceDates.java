package org.newsgraph.mapping;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a sentence says something happened, resolved against the article's day of publication:
 * "on June 18, 2024", "on 18 June", "on Monday", "yesterday", "today". Nothing when the sentence
 * states no day, or states one that only the (unknown) publication day could resolve.
 */
final class SentenceDates {

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b(" + MONTHS + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTHS + ")(?:,?\\s+(\\d{4}))?\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:(on|last|this|next|since|by|until)\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern YESTERDAY = Pattern.compile("\\byesterday\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TODAY = Pattern.compile("\\b(?:today|tonight|this morning|this afternoon|this evening)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TOMORROW = Pattern.compile("\\btomorrow\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FUTURE = Pattern.compile("\\b(?:will|is to|are to|is due to|is expected to|plans to|next)\\b");

    private SentenceDates() {
    }

    static Optional<LocalDate> resolve(String text, LocalDate published) {
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            return date(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
        }
        Matcher monthDay = MONTH_DAY.matcher(text);
        if (monthDay.find()) {
            return monthDate(monthDay.group(1), monthDay.group(2), monthDay.group(3), published);
        }
        Matcher dayMonth = DAY_MONTH.matcher(text);
        if (dayMonth.find()) {
            return monthDate(dayMonth.group(2), dayMonth.group(1), dayMonth.group(3), published);
        }
        if (published == null) {
            return Optional.empty();
        }
        if (YESTERDAY.matcher(text).find()) {
            return Optional.of(published.minusDays(1));
        }
        if (TOMORROW.matcher(text).find()) {
            return Optional.of(published.plusDays(1));
        }
        Matcher weekday = WEEKDAY.matcher(text);
        if (weekday.find()) {
            DayOfWeek day = DayOfWeek.valueOf(weekday.group(2).toUpperCase(Locale.ROOT));
            boolean future = "next".equals(weekday.group(1)) || FUTURE.matcher(text).find();
            return Optional.of(published.with(future
                    ? TemporalAdjusters.nextOrSame(day)
                    : TemporalAdjusters.previousOrSame(day)));
        }
        if (TODAY.matcher(text).find()) {
            return Optional.of(published);
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> monthDate(String monthName, String day, String year, LocalDate published) {
        Month month = month(monthName);
        if (year != null) {
            return date(Integer.parseInt(year), month.getValue(), Integer.parseInt(day));
        }
        if (published == null) {
            return Optional.empty();
        }
        Optional<LocalDate> sameYear = date(published.getYear(), month.getValue(), Integer.parseInt(day));
        // "on December 30" in an article of January 2 is last December.
        return sameYear.map(d -> d.isAfter(published.plusMonths(6)) ? d.minusYears(1) : d);
    }

    private static Month month(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
