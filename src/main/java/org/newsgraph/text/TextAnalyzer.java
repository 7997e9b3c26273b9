package org.newsgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into sentences. A blank line always ends one (so the headline and the standfirst
 * are sentences of their own); inside a paragraph a terminator ends one unless the word before it
 * is an abbreviation, an initial, or the next word says the sentence goes on.
 */
public final class TextAnalyzer {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n\\s*");
    private static final String CLOSERS = "\"”’'»)]";
    /** Never end a sentence: they stand before a name or a number. */
    private static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Sen", "Sens", "Rep", "Reps",
            "Gov", "Lt", "Col", "Capt", "Sgt", "Maj", "Adm", "Cmdr", "Rev", "Hon", "St", "Mt", "Ft", "Pres", "Amb",
            "Fr", "Supt", "Insp", "Cpl", "Pvt", "No", "Nos", "Vol", "Art", "Fig", "Sec");
    /** End a sentence only when a typical sentence opener follows. */
    private static final Set<String> MAYBE = Set.of("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
            "Oct", "Nov", "Dec", "etc", "Inc", "Ltd", "Corp", "Co", "vs", "Jr", "Sr", "Bros", "approx");
    private static final Set<String> OPENERS = Set.of("The", "This", "That", "These", "Those", "It", "Its", "He", "She",
            "They", "We", "I", "You", "But", "And", "Or", "However", "In", "On", "At", "A", "An", "Meanwhile", "After",
            "Before", "When", "While", "If", "As", "There", "Here", "His", "Her", "Their", "Our", "Some", "Many",
            "Most", "Yet", "So", "Still", "Also", "Earlier", "Later", "Such", "For", "With", "Both", "Officials");
    private static final Pattern DOTTED = Pattern.compile("(?:\\p{L}\\.)+\\p{L}");

    /** The sentences of a text, with offsets in code points and in Java string indices. */
    public List<Sentence> sentences(String text) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher breaks = PARAGRAPH_BREAK.matcher(text);
        int start = 0;
        while (breaks.find()) {
            splitParagraph(text, start, breaks.start(), sentences);
            start = breaks.end();
        }
        splitParagraph(text, start, text.length(), sentences);
        return sentences;
    }

    private void splitParagraph(String text, int from, int to, List<Sentence> out) {
        int start = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < to && ".!?…".indexOf(text.charAt(runEnd)) >= 0) {
                runEnd++;
            }
            int end = runEnd;
            while (end < to && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            if (end == to || Character.isWhitespace(text.charAt(end)) && endsSentence(text, i, runEnd, end, to)) {
                add(text, start, end, out);
                start = end;
            }
            i = end;
        }
        add(text, start, to, out);
    }

    private static boolean endsSentence(String text, int terminator, int runEnd, int end, int to) {
        int next = end;
        while (next < to && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next == to) {
            return true;
        }
        int following = text.codePointAt(next);
        if (Character.isLowerCase(following)) {
            return false;
        }
        if (runEnd - terminator > 1 || text.charAt(terminator) != '.') {
            return true;
        }
        String word = wordBefore(text, terminator);
        if (TITLES.contains(word) || word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        if (MAYBE.contains(word) || DOTTED.matcher(word).matches()) {
            return !Character.isDigit(following) && OPENERS.contains(wordAt(text, next, to));
        }
        return true;
    }

    private static String wordBefore(String text, int index) {
        int begin = index;
        while (begin > 0 && !Character.isWhitespace(text.charAt(begin - 1)) && "\"“‘'([".indexOf(text.charAt(begin - 1)) < 0) {
            begin--;
        }
        return text.substring(begin, index);
    }

    private static String wordAt(String text, int index, int to) {
        int end = index;
        while (end < to && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(index, end);
    }

    private static void add(String text, int from, int to, List<Sentence> out) {
        int begin = from;
        int end = to;
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (begin == end) {
            return;
        }
        int cpBegin = text.codePointCount(0, begin);
        int cpEnd = cpBegin + text.codePointCount(begin, end);
        out.add(new Sentence(out.size(), cpBegin, cpEnd, begin, end, text.substring(begin, end)));
    }
}
