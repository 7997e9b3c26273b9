package org.newsgraph.page;

/**
 * A sentence split around a mention, for a template to wrap the middle in {@code <mark>}. NIF
 * offsets count Unicode code points and Java strings count UTF-16 units: the split converts.
 */
public record Quote(String before, String mark, String after) {

    /**
     * Splits {@code sentence} (which starts at code point {@code sentenceBegin} of the text) around
     * the mention {@code [begin, end)}; offsets out of range leave the sentence unmarked.
     */
    public static Quote of(String sentence, int sentenceBegin, int begin, int end) {
        int length = sentence.codePointCount(0, sentence.length());
        int from = begin - sentenceBegin;
        int to = end - sentenceBegin;
        if (from < 0 || to > length || from >= to) {
            return new Quote(sentence, "", "");
        }
        int fromUnit = sentence.offsetByCodePoints(0, from);
        int toUnit = sentence.offsetByCodePoints(0, to);
        return new Quote(sentence.substring(0, fromUnit), sentence.substring(fromUnit, toUnit), sentence.substring(toUnit));
    }

    /** The span {@code [begin, end)} of {@code text} in code points, clamped to the text. */
    public static Quote span(String text, int begin, int end) {
        return of(text, 0, begin, end);
    }
}
