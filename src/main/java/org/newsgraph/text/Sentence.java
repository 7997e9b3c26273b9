package org.newsgraph.text;

/**
 * A sentence of an article's text.
 *
 * @param index     its position in the text, from 0 (the headline)
 * @param begin     first code point, as NIF counts
 * @param end       code point after the last one
 * @param charBegin the same begin as a Java (UTF-16) string index
 * @param charEnd   the same end as a Java (UTF-16) string index
 * @param text      the sentence, without surrounding white space
 */
public record Sentence(int index, int begin, int end, int charBegin, int charEnd, String text) {
}
