package org.newsgraph.link;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a stretch of text into {@link Token}s. */
final class Tokenizer {

    private static final Pattern TOKEN = Pattern.compile(
            "(?<acronym>(?:\\p{Lu}\\.){2,})"
                    + "|(?<word>[\\p{L}\\p{M}\\p{N}]+(?:['’](?![sS]\\b)[\\p{L}\\p{M}]+)*)"
                    + "|(?<possessive>['’][sS]\\b)"
                    + "|(?<hyphen>[-‐‑])"
                    + "|(?<punct>\\S)");

    private Tokenizer() {
    }

    static List<Token> tokens(String text) {
        return tokens(text, 0, text.length());
    }

    static List<Token> tokens(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        boolean afterHyphen = false;
        int hyphenEnd = -1;
        while (m.find()) {
            if (m.group("hyphen") != null) {
                afterHyphen = true;
                hyphenEnd = m.end();
                continue;
            }
            Token.Kind kind = m.group("acronym") != null ? Token.Kind.ACRONYM
                    : m.group("word") != null ? Token.Kind.WORD
                    : m.group("possessive") != null ? Token.Kind.POSSESSIVE
                    : Token.Kind.PUNCT;
            boolean joined = afterHyphen && hyphenEnd == m.start();
            tokens.add(new Token(m.group(), m.start(), m.end(), kind, joined));
            afterHyphen = false;
        }
        return tokens;
    }
}
