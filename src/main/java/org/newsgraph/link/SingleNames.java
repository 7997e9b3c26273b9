package org.newsgraph.link;

import java.util.List;

/**
 * "Indonesian Foreign Minister Sugiono": one word is a whole name right after a country and a title of
 * the gazetteer, as news writes the people who go by one name; a surname alone after such a title is a
 * person the article or the gazetteer names in full, and is linked to them instead.
 */
final class SingleNames {

    private SingleNames() {
    }

    /** Whether the one-word name of a title pattern's hit is a whole name to mint. */
    static boolean whole(List<Token> tokens, List<Match> matches, TitleHit hit, Lexicon lexicon) {
        if (hit.nameTo() - hit.nameFrom() != 1 || !hit.statesPosition() || hit.title().iri() == null) {
            return false;
        }
        Token name = tokens.get(hit.nameFrom());
        int at = hit.nameFrom();
        return name.kind() == Token.Kind.WORD && name.text().length() > 2 && RolePatterns.nameWord(name)
                && matches.stream().noneMatch(m -> m.covers(at))
                && lexicon.lookup(tokens, at, at + 1).isEmpty();
    }
}
