package org.newsgraph.mapping;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reason a sentence gives for sanctions: the phrase after "due to", "over", "because of",
 * "for its role in", "in response to", "citing", "responsible for", "accused of", "to punish", "involved in" (after the word
 * "sanction", or "blacklisted"), up to the end of its clause,
 * without a vague tail such as "and other geopolitical issues".
 */
final class SanctionReasons {

    private static final Pattern SANCTION = Pattern.compile("(?i)\\b(?:sanction|blacklist|embargo)");
    private static final Pattern MARKER = Pattern.compile(
            "\\b(?:(?:due to|because of|owing to|in response to|in retaliation for|as punishment for|over)\\s+"
                    + "(?=(?:its|their|his|her|the|a|an|alleged)\\b|[A-Z])"
                    // "over corruption and human rights abuses": a bare noun, but not a count or a stretch of time
                    + "|(?<!\\b(?:took|taken|take|takes|handed|hand|hands|turned|turn|turns)\\s)over\\s+"
                    + "(?=[a-z]{3,}\\b)(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds|thousands|"
                    + "millions|several|many|more|time|recent|decades)\\b)"
                    // "citing a campaign of air strikes", but not whom it quotes: "citing sources", "citing two diplomats"
                    + "|citing\\s+(?!(?:[\\w-]+\\s+){0,3}?(?:sources?|officials?|diplomats?|people|persons?|witnesses|"
                    + "reports?|statements?|spokes(?:man|woman|person)|documents?|data|figures|media|agency)\\b)"
                    + "|for\\s+(?=(?:its|their|his|her|alleged)\\b)"
                    // "officials it holds responsible for the suppression of the protests", "a gang leader it
                    // accused of running weapons", "a regime set up to punish Assad's crackdown", "entities it
                    // said were involved in the deportation of children"
                    + "|(?:responsible for|accused of|accuses of|to punish|involved in|complicit in)\\s+)");
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:!?()—–]|\\.\\s*$|\\s(?:which|that|while|whereas|but|as well as)\\s|\\s+and other\\s");
    /**
     * A comma that opens the rest of a list of lowercase items ("supplying engines, microchips and navigation
     * modules"): the clause goes on past the list's "and" or "or". A name after the comma ("over its war,
     * Britain and Canada said") or a bare ", and" closes it as before.
     */
    private static final Pattern LIST_REST = Pattern.compile(
            "^,\\s*(?!(?:and|or|the|a|an|but|which|who|that)\\b)(?:[a-z][\\w-]*\\s+){0,3}?[a-z][\\w-]*"
                    + "(?:,\\s*(?:[a-z][\\w-]*\\s+){0,3}?[a-z][\\w-]*)*,?\\s+(?:and|or)\\s+");
    private static final Pattern SAID = Pattern.compile("\\b(?:said|say|says|told|tell|tells|reported|report|reports|added|announced|stated)\\b");
    private static final Pattern TIME = Pattern.compile("(?i)^(?:the\\s+)?(?:weekend|past|last|next|coming|years?|months?|weeks?|days?)\\b");

    /** A reason longer than this is a run-on, not a phrase ("the forced transfer and deportation of ... by Moscow" is 16). */
    private static final int MAX_WORDS = 20;

    private SanctionReasons() {
    }

    static Optional<String> reason(String text) {
        Matcher sanction = SANCTION.matcher(text);
        if (!sanction.find()) {
            return Optional.empty();
        }
        Matcher marker = MARKER.matcher(text);
        int from = sanction.start();
        while (marker.find(from)) {
            String rest = text.substring(marker.end());
            String phrase = clause(rest).strip();
            if (!phrase.isEmpty() && !TIME.matcher(phrase).find() && phrase.split("\\s+").length <= MAX_WORDS) {
                return Optional.of(phrase);
            }
            from = marker.end();
        }
        return Optional.empty();
    }

    /** The start of {@code rest} up to the end of its clause, reading through the commas of a list. */
    private static String clause(String rest) {
        Matcher end = CLAUSE_END.matcher(rest);
        int from = 0;
        while (end.find(from)) {
            Matcher list = LIST_REST.matcher(rest.substring(end.start()));
            int next = end.start() + (list.find() ? list.end() : 0);
            Matcher after = CLAUSE_END.matcher(rest);
            String tail = rest.substring(end.start(), after.find(next) ? after.start() : rest.length());
            // "over its drone deliveries, officials and diplomats said": who said it, no list
            if (next == end.start() || SAID.matcher(tail).find()) {
                return rest.substring(0, end.start());
            }
            from = next;
        }
        return rest;
    }
}
