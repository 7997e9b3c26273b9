package org.newsgraph.link;

import java.util.Locale;

/**
 * A word, dotted acronym, possessive or punctuation mark of a sentence; hyphens are not tokens but
 * mark the token after them, so that "Jong-un" can match "Jong Un".
 */
record Token(String text, int charBegin, int charEnd, Kind kind, boolean afterHyphen) {

    enum Kind { WORD, ACRONYM, POSSESSIVE, PUNCT }

    /** The surface form compared with labels: curly apostrophes straightened, acronym dots dropped. */
    String surface() {
        String s = text.replace('’', '\'');
        return kind == Kind.ACRONYM ? s.replace(".", "") : s;
    }

    /** The form that keys the label index. */
    String folded() {
        return surface().toLowerCase(Locale.ROOT);
    }

    boolean isWord() {
        return kind == Kind.WORD || kind == Kind.ACRONYM;
    }

    boolean isCapitalised() {
        return isWord() && Character.isUpperCase(text.codePointAt(0));
    }

    boolean is(String word) {
        return text.equals(word);
    }
}
