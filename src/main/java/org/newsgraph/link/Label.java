package org.newsgraph.link;

import java.util.List;
import java.util.Locale;

import org.eclipse.rdf4j.model.IRI;

/** One way of naming an entity, tokenized as the text is. */
/** {@code contextual} marks a gp:contextualAlias ("America"): it links only when the article names the entity otherwise too. */
record Label(IRI entity, IRI type, MatchKind kind, String text, List<Token> tokens, String language, boolean contextual) {

    Label(IRI entity, IRI type, MatchKind kind, String text, List<Token> tokens, String language) {
        this(entity, type, kind, text, tokens, language, false);
    }


    String key() {
        return Label.key(tokens, 0, tokens.size());
    }

    static String key(List<Token> tokens, int from, int to) {
        StringBuilder key = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                key.append(' ');
            }
            key.append(tokens.get(i).folded());
        }
        return key.toString();
    }

    /**
     * Whether the words match with the case proper names need: exactly, a lower-case label word
     * capitalised at a sentence start ("The West"), or either side of a hyphen in any case
     * ("Jong-un" for "Jong Un"). A capitalised label never matches a lower-case word ("turkey").
     */
    boolean matchesCase(List<Token> text, int from) {
        for (int i = 0; i < tokens.size(); i++) {
            Token label = tokens.get(i);
            Token word = text.get(from + i);
            String l = label.surface();
            String w = word.surface();
            boolean ok = l.equals(w)
                    || l.equals(l.toLowerCase(Locale.ROOT)) && w.equals(capitalise(l))
                    || (label.afterHyphen() || word.afterHyphen()) && l.equalsIgnoreCase(w);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    boolean speaks(String lang) {
        return language.isEmpty() || language.equals(lang);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
