package org.newsgraph.link;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.vocab.SCHEMA;

/**
 * Role nouns before a name beyond the role patterns' own: relatives and deputies after an owner ("his wife
 * Auxillia Mnangagwa", "Kim's sister Kim Yo Jong", "Gomelauri's deputy Aleksandre Darakhvelidze"), plurals
 * that introduce two names ("writers Sergio Ramírez and Gioconda Belli"), the "-ologists", and the posting
 * of an envoy ("ambassador to Canada, Yulia Kovaliv").
 */
final class PersonNouns {

    /** Nouns that name someone by a tie to an owner said just before: "his wife", "Kim's sister". */
    private static final Set<String> TIES = Set.of("wife", "husband", "widow", "sister", "brother", "son", "daughter",
            "mother", "father", "nephew", "niece", "cousin", "deputy", "aide");
    private static final Set<String> OWNERS = Set.of("his", "her", "its", "their", "whose");
    /** Words before which a role noun is a verb: "will coach", "they judge" ("to" is no cue: "handed it to captain X"). */
    private static final Set<String> VERB_CUES = Set.of("will", "would", "can", "could", "may", "might", "should",
            "must", "they", "we", "I", "you", "he", "she", "who");
    private static final Set<String> ENVOYS = Set.of("ambassador", "envoy");

    private PersonNouns() {
    }

    /** Whether the token r is a role noun of this class: a tie after its owner, a plural role, an "-ologist". */
    static boolean role(List<Token> tokens, int r) {
        String noun = tokens.get(r).folded();
        if (TIES.contains(noun)) {
            return r > 0 && (tokens.get(r - 1).kind() == Token.Kind.POSSESSIVE || OWNERS.contains(tokens.get(r - 1).folded()));
        }
        return plural(noun) || noun.endsWith("ologist");
    }

    /** Whether the role noun at r is a verb here: "they guide". */
    static boolean asVerb(List<Token> tokens, int r) {
        return r > 0 && VERB_CUES.contains(tokens.get(r - 1).text());
    }

    private static boolean plural(String noun) {
        return noun.length() > 3 && noun.endsWith("s") && RolePatterns.roleNoun(noun.substring(0, noun.length() - 1));
    }

    /** The second name after a plural role: "writers Sergio Ramírez and Gioconda Belli". */
    static Optional<TitleHit> secondName(List<Token> tokens, List<Match> matches, TitleHit first) {
        int and = first.nameTo();
        if (first.titleTo() < 1 || !plural(tokens.get(first.titleTo() - 1).folded()) || and + 1 >= tokens.size()
                || !tokens.get(and).is("and")) {
            return Optional.empty();
        }
        int nameTo = RolePatterns.name(tokens, matches, and + 1);
        return nameTo < 0 ? Optional.empty() : Optional.of(new TitleHit(null, null, and, and + 1, and + 1, nameTo));
    }

    /**
     * "ambassador to Canada, Yulia Kovaliv": the end of an envoy's posting (before the comma) when one
     * follows the noun and a comma follows it, else {@code from}.
     */
    static int posting(List<Token> tokens, List<Match> matches, String noun, int from) {
        if (!ENVOYS.contains(noun) || from + 1 >= tokens.size() || !tokens.get(from).is("to")) {
            return from;
        }
        int at = tokens.get(from + 1).is("the") ? from + 2 : from + 1;
        Match place = matches.stream().filter(m -> m.from() == at).findFirst().orElse(null);
        return place != null && place.to() < tokens.size() && tokens.get(place.to()).is(",") ? place.to() : from;
    }

    /**
     * After "the referee,": the possessive of a country or of one capitalised word ("England's", not a country
     * of the gazetteer) before the name says where the person is from.
     */
    static int afterOrigin(List<Token> tokens, List<Match> matches, int from) {
        return matches.stream()
                .filter(m -> m.from() == from && m.to() < tokens.size() && tokens.get(m.to()).kind() == Token.Kind.POSSESSIVE
                        && m.labels().stream().anyMatch(l -> l.type().equals(SCHEMA.Country)))
                .findFirst()
                .map(m -> m.to() + 1)
                .orElse(from + 1 < tokens.size() && tokens.get(from).isCapitalised()
                        && tokens.get(from + 1).kind() == Token.Kind.POSSESSIVE ? from + 2 : from);
    }
}
