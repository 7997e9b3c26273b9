package org.newsgraph.mapping;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a sentence says something happened, resolved against the article's day of publication:
 * "on June 18, 2024", "on 18 June", "on Monday", "yesterday", "today"; of several, the one nearest the
 * trigger. Nothing when the sentence states no day, or states one that only the (unknown) publication
 * day could resolve.
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
    // "held what is expected to be their final meeting on Saturday" describes the meeting, it does not date it ahead.
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(?:will|is to|are to|is due to|(?<!\\bwhat )is expected to|plans to|next)\\b");

    // "Israel said Sunday it will close its embassy": the weekday right after a past verb of saying is the
    // day of the saying, whatever future the words said speak of.
    private static final Pattern SAID = Pattern.compile(
            "\\b(?:said|announced|declared|stated|confirmed|told reporters|told journalists)\\s+$");

    private SentenceDates() {
    }

    static Optional<LocalDate> resolve(String text, LocalDate published) {
        return resolve(text, published, null);
    }

    /**
     * The day of the date expression nearest the trigger (its span in chars, or null for the sentence
     * as a whole): "signed on Tuesday a deal that takes effect on July 1" is dated Tuesday when the
     * trigger is "signed". Without a trigger, an explicit date comes before a relative one, and the
     * first of a kind before a later one. An expression that cannot be resolved (a weekday in an
     * undated article) gives way to the next nearest.
     */
    static Optional<LocalDate> resolve(String text, LocalDate published, Span trigger) {
        List<Candidate> candidates = candidates(text, published, trigger).stream()
                .filter(c -> !inRelativeClauseAfter(text, trigger, c))
                .toList();
        int datelineEnd = datelineEnd(text);
        Comparator<Candidate> order = trigger == null
                ? Comparator.comparingInt(Candidate::rank).thenComparingInt(Candidate::begin)
                : Comparator.comparingInt((Candidate c) -> c.distance(trigger)).thenComparingInt(Candidate::rank);
        List<Candidate> sorted = candidates.stream()
                .sorted(Comparator.comparing((Candidate c) -> c.begin() < datelineEnd).thenComparing(order))
                .toList();
        Optional<Candidate> period = periodInTriggerClause(text, trigger);
        for (Candidate c : sorted) {
            if (period.isPresent() && period.get().distance(trigger) < c.distance(trigger)) {
                return Optional.empty();
            }
            Optional<LocalDate> date = c.date().get();
            if (date.isPresent()) {
                return Optional.of(date.get().plusDays(offset(text, trigger, c)));
            }
        }
        return Optional.empty();
    }

    private static final Pattern PERIOD = Pattern.compile(
            "(?i)\\b(?:last|earlier this|next|later this)\\s+(?:week|month|year)\\b|\\bin\\s+(?-i:" + MONTHS + ")\\b(?!\\s+\\d{1,2}\\b)"
            // a month of a year, or a year, names no day either: "a state visit in March 2024", "signed in 2018"
            + "(?:\\s+\\d{4}\\b)?|\\bin\\s+(?:1[89]|20)\\d\\d\\b");

    /**
     * "held talks in Beijing last month ..., the newspaper reported on Friday": a period that names no day, in
     * the trigger's clause and nearer it than any day, is when the act took place; the farther day is another act's.
     */
    private static Optional<Candidate> periodInTriggerClause(String text, Span trigger) {
        if (trigger == null) {
            return Optional.empty();
        }
        Matcher m = PERIOD.matcher(text);
        Candidate nearest = null;
        while (m.find()) {
            String between = m.end() <= trigger.begin() ? text.substring(m.end(), trigger.begin())
                    : m.start() >= trigger.end() ? text.substring(trigger.end(), m.start()) : "";
            Candidate c = new Candidate(m.start(), m.end(), 7, Optional::empty);
            if (!between.matches("(?s).*[,;:()\u2013\u2014].*") && (nearest == null || c.distance(trigger) < nearest.distance(trigger))) {
                nearest = c;
            }
        }
        return Optional.ofNullable(nearest);
    }

    private static final Pattern RELATIVE_CLAUSE = Pattern.compile(",\\s*(?:which|who|whose|where)\\b");

    /**
     * "accused Caracas of contempt for the court, which on Friday ordered Venezuela to refrain": a date
     * inside a relative clause that opens after the trigger dates what the clause tells, not the trigger's act.
     */
    private static boolean inRelativeClauseAfter(String text, Span trigger, Candidate c) {
        return trigger != null && c.begin() >= trigger.end()
                && RELATIVE_CLAUSE.matcher(text.substring(trigger.end(), c.begin())).find();
    }

    private static final Pattern DAYS_APART = Pattern.compile(
            "(?i)\\b(a|one|two|three|\\d)\\s+days?\\s+(after|before)\\s+$");

    /**
     * Days between the dated act and the trigger said relative to it: "was received on Thursday, a day
     * after arriving in Paris" arrived on Wednesday. Zero unless such words stand right before the trigger
     * and after the date ("a day after arriving on Wednesday" is dated by its own words).
     */
    private static long offset(String text, Span trigger, Candidate dated) {
        if (trigger == null) {
            return 0;
        }
        Matcher m = DAYS_APART.matcher(text.substring(0, trigger.begin()));
        if (!m.find() || dated.end() > m.start()) {
            return 0;
        }
        String count = m.group(1).toLowerCase(Locale.ROOT);
        long days = switch (count) {
            case "a", "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            default -> Long.parseLong(count);
        };
        return "after".equalsIgnoreCase(m.group(2)) ? -days : days;
    }

    /**
     * The dateline that opens a wire story ("CARACAS/BRASILIA, Oct 31 (Reuters) -", "LIMA, 15 Mar
     * (EFE).-"): its day is when the story was filed, so any other day the sentence states is the act's.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}\\p{M} .'/-]*,[^()]{1,40}\\([^()]{1,30}\\)\\s*\\.?\\s*(?:-{1,2}|[\u2013\u2014])");

    private static int datelineEnd(String text) {
        Matcher dateline = DATELINE.matcher(text);
        return dateline.find() ? dateline.end() : 0;
    }

    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");
    private static final Pattern IN_MONTH = Pattern.compile("\\b(?:[Ii]n|[Ss]ince|[Ll]ast)\\s+(" + MONTHS + ")\\b(?!\\s+\\d)");
    /** A verb in the past tense: regular, or one of the irregular verbs of news. */
    private static final Pattern PAST_TENSE = Pattern.compile("\\b(?:\\p{L}{2,}ed|said|met|held|told|made|took|went|came|saw"
            + "|began|won|sent|gave|spoke|wrote|paid|flew|left|struck|broke|kept|brought|sought|fought|became)\\b");
    /** Words that put a month ahead even in the past tense: "talks planned in December", "a visit due in October". */
    private static final Pattern AHEAD = Pattern.compile(
            "\\b(?:scheduled|planned|due|set to|expected|upcoming|coming|would|could|may|might|shall)\\b");
    /**
     * "last year", "two years ago", and as far back "last month", "three months ago" or "earlier this month" (more than the
     * week of the news: what is earlier this week or this day may still be its news).
     */
    private static final Pattern YEARS_AGO = Pattern.compile(
            "(?i)\\b(?:last (?:year|month)|(?:a|one|two|three|several|\\d+) (?:years?|months?) ago|earlier this (?:year|month))\\b");

    /** "which at the time of the break accused ...": a moment told as then, not now (but "at the time of writing" is now). */
    private static final Pattern AT_THE_TIME = Pattern.compile(
            "(?i)\\bat the time\\b(?! of (?:writing|going to press|publication))");

    /**
     * Whether the sentence tells of a time before the day of publication: it names a year before the
     * publication's year and none after, or "last year" or "last month", or "in July" in an article of November (or
     * "in December" in one of June, told in the past tense), and speaks of no future.
     */
    /** A relative clause about a person, set off by commas: ", who took office two months ago,". */
    private static final Pattern PERSON_RELATIVE_CLAUSE = Pattern.compile(",\\s*(?:who|whom|whose)\\b[^,;:()\u2013\u2014]*,");

    /**
     * As {@link #past(String, LocalDate)}, for the act of a trigger: "Mahama, who took office two months ago, ... held
     * talks" dates the clause about the person, not the talks, so a time inside a relative clause about a person that
     * does not hold the trigger is left out; the clause's own act ("Traoré, who accused Paris last year, ...") keeps it.
     */
    static boolean past(String text, LocalDate published, Span trigger) {
        if (trigger == null) {
            return past(text, published);
        }
        StringBuilder outside = new StringBuilder();
        Matcher clause = PERSON_RELATIVE_CLAUSE.matcher(text);
        int from = 0;
        while (clause.find()) {
            if (clause.start() < trigger.end() && trigger.begin() < clause.end()) {
                continue;
            }
            outside.append(text, from, clause.start()).append(',');
            from = clause.end();
        }
        outside.append(text.substring(from));
        return past(outside.toString(), published);
    }

    static boolean past(String text, LocalDate published) {
        if (FUTURE.matcher(text).find()) {
            return false;
        }
        Matcher years = YEAR.matcher(text);
        boolean earlier = false;
        while (years.find()) {
            int year = Integer.parseInt(years.group(1));
            if (year >= published.getYear()) {
                return false;
            }
            earlier = true;
        }
        if (earlier || YEARS_AGO.matcher(text).find() || AT_THE_TIME.matcher(text).find()) {
            return true;
        }
        Matcher month = IN_MONTH.matcher(text);
        if (!month.find()) {
            return false;
        }
        int named = month(month.group(1)).getValue();
        // "In December he accused Moscow" in June: a month still ahead this year, told in the past tense, is last year's
        return named < published.getMonthValue()
                || named > published.getMonthValue() && PAST_TENSE.matcher(text).find() && !AHEAD.matcher(text).find();
    }

    /** A span of a sentence, in chars. */
    record Span(int begin, int end) {
    }

    /** A date expression of the sentence: where it is, how explicit (0 most), and the day it says. */
    private record Candidate(int begin, int end, int rank, Supplier<Optional<LocalDate>> date) {
        int distance(Span span) {
            if (end <= span.begin()) {
                return span.begin() - end;
            }
            if (span.end() <= begin) {
                return begin - span.end();
            }
            return 0;
        }
    }

    private static List<Candidate> candidates(String text, LocalDate published, Span trigger) {
        List<Candidate> found = new ArrayList<>();
        Matcher iso = ISO.matcher(text);
        while (iso.find()) {
            MatchResult m = iso.toMatchResult();
            found.add(new Candidate(m.start(), m.end(), 0, () -> date(Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))));
        }
        Matcher monthDay = MONTH_DAY.matcher(text);
        while (monthDay.find()) {
            MatchResult m = monthDay.toMatchResult();
            found.add(new Candidate(m.start(), m.end(), 1, () -> monthDate(m.group(1), m.group(2), m.group(3), published)));
        }
        Matcher dayMonth = DAY_MONTH.matcher(text);
        while (dayMonth.find()) {
            MatchResult m = dayMonth.toMatchResult();
            found.add(new Candidate(m.start(), m.end(), 2, () -> monthDate(m.group(2), m.group(1), m.group(3), published)));
        }
        if (published == null) {
            return found;
        }
        relative(found, YESTERDAY.matcher(text), 3, published.minusDays(1));
        relative(found, TOMORROW.matcher(text), 4, published.plusDays(1));
        Matcher weekday = WEEKDAY.matcher(text);
        while (weekday.find()) {
            MatchResult m = weekday.toMatchResult();
            DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            boolean future = "next".equals(m.group(1))
                    || (!SAID.matcher(text.substring(0, m.start())).find() && future(text, m.end(), trigger));
            LocalDate date = published.with(future ? TemporalAdjusters.nextOrSame(day) : TemporalAdjusters.previousOrSame(day));
            found.add(new Candidate(m.start(), m.end(), 5, () -> Optional.of(date)));
        }
        relative(found, TODAY.matcher(text), 6, published);
        return found;
    }

    /**
     * Whether a weekday ending at {@code end} is ahead: the sentence speaks of the future before it
     * ("will travel to Beijing on Monday") or between it and the trigger ("On Friday the leaders will
     * meet"). A future told after both ("signed on Tuesday a deal that will take effect") is another
     * matter. Without a trigger, any future in the sentence counts.
     */
    private static boolean future(String text, int end, Span trigger) {
        if (trigger == null) {
            return FUTURE.matcher(text).find();
        }
        return FUTURE.matcher(text.substring(0, end)).find()
                || (trigger.begin() > end && FUTURE.matcher(text.substring(end, trigger.begin())).find());
    }

    private static void relative(List<Candidate> found, Matcher matcher, int rank, LocalDate date) {
        while (matcher.find()) {
            found.add(new Candidate(matcher.start(), matcher.end(), rank, () -> Optional.of(date)));
        }
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
