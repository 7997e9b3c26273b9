package org.newsgraph.link;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.rdf4j.model.IRI;

/**
 * A name that the words after its comma describe as a person's:
 * <ul>
 * <li>a role in apposition: "Kim Yeon-hee, a forecaster at the agency", "Brian Nelson, the Treasury's Under
 * Secretary", "Chinmoy Krishna Das, a Hindu monk", "Kamchybek Tashiev, head of Kyrgyzstan's State Committee";
 * a political role owned by a country states a position there ("Jurabek Mirzamahmudov, Uzbekistan's energy
 * minister");</li>
 * <li>a relative clause only people take: "Wilner Desrosiers, who sat in the Senate until 2020".</li>
 * </ul>
 * The name is two or more capitalised words as the role patterns read them, after any title or office
 * words before it ("Minister of Culture Alessandro Giuli, who").
 */
final class Appositives {

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Words after which an appositive no longer describes the name before it ("a group whose director"). */
    private static final Set<String> CLAUSE_WORDS = Set.of("whose", "that", "which", "who", "of", "at", "for", "with", "in", "and");
    /** Nouns that describe a person only in apposition (before a name they are rarely roles: "a man", "head"). */
    private static final Set<String> PERSONS = Set.of("woman", "man", "girl", "boy", "monk", "priest", "cleric",
            "billionaire", "businessman", "businesswoman", "tycoon", "fisherman", "farmer", "driver", "teacher", "doctor",
            "nurse", "politician", "head", "veteran", "resident", "mother", "father", "widow");
    /** Styles of royalty and nobility, before a name and no part of it. */
    private static final Set<String> STYLES = Set.of("Prince", "Princess", "King", "Queen", "Emir", "Sultan", "Sheikh",
            "Crown", "Pope", "Lord", "Lady", "Sir");
    /** How many words after the article or owner may come before the role noun: "a 58-year-old fisherman". */
    private static final int WINDOW = 5;

    private Appositives() {
    }

    /** The hit whose comma is the token r, or null. */
    static TitleHit after(List<Token> tokens, List<Match> matches, Function<Match, IRI> countryOf, int r) {
        if (!tokens.get(r).is(",") || r + 2 >= tokens.size()) {
            return null;
        }
        int nameFrom = nameBefore(tokens, matches, r);
        if (nameFrom < 0) {
            return null;
        }
        if (tokens.get(r + 1).is("who")) {
            return new TitleHit(null, null, r + 1, r + 2, nameFrom, r);
        }
        int k = r + 1;
        boolean article = ARTICLES.contains(tokens.get(k).folded());
        if (article) {
            k++;
        }
        int owned = owner(tokens, k);
        IRI country = null;
        if (owned > k) {
            Match owner = matches.stream().filter(m -> m.to() == owned - 1).findFirst().orElse(null);
            country = owner == null ? null : countryOf.apply(owner);
            k = owned;
        } else if (!article) {
            // Without an article or owner, only a role of something: "Zoe Robledo, director of the institute".
            return k + 1 < tokens.size() && roleNoun(tokens.get(k)) && tokens.get(k + 1).is("of")
                    ? new TitleHit(null, null, k, k + 1, nameFrom, r) : null;
        }
        for (int n = k; n < tokens.size() && n <= k + WINDOW && tokens.get(n).kind() == Token.Kind.WORD; n++) {
            if (CLAUSE_WORDS.contains(tokens.get(n).text())) {
                return null;
            }
            if (roleNoun(tokens.get(n))) {
                // "Perdana Putra, the prime minister's office complex": the role is someone else's.
                if (n + 1 < tokens.size() && tokens.get(n + 1).kind() == Token.Kind.POSSESSIVE) {
                    return null;
                }
                return position(tokens, country, k, n, nameFrom, r);
            }
        }
        return null;
    }

    /** "Uzbekistan's energy minister", "Nigeria's Minister of State for Petroleum Resources": a position in the owner country. */
    private static TitleHit position(List<Token> tokens, IRI country, int from, int noun, int nameFrom, int nameTo) {
        boolean office = country != null && RolePatterns.political(tokens.get(noun).folded())
                && tokens.subList(from, noun).stream().allMatch(RolePatterns::officeWord);
        if (!office) {
            return new TitleHit(null, null, from, noun + 1, nameFrom, nameTo);
        }
        int end = RolePatterns.continuation(tokens, noun + 1);
        return new TitleHit(country, RolePatterns.role(tokens, from, end), from, end, nameFrom, nameTo);
    }

    /** The end of "Nigeria's" or "the Treasury's" (capitalised words and a possessive) at k, else k. */
    private static int owner(List<Token> tokens, int k) {
        int at = k;
        while (at < tokens.size() && tokens.get(at).isCapitalised()) {
            at++;
        }
        return at > k && at < tokens.size() && tokens.get(at).kind() == Token.Kind.POSSESSIVE ? at + 1 : k;
    }

    private static boolean roleNoun(Token token) {
        return RolePatterns.roleNoun(token.folded()) || PERSONS.contains(token.folded());
    }

    /**
     * Where the name that ends at the comma r starts, or -1: the capitalised words before it, less any
     * title, role or office words or matched demonyms that lead them.
     */
    private static int nameBefore(List<Token> tokens, List<Match> matches, int r) {
        int from = r;
        while (from > 0 && (tokens.get(from - 1).isCapitalised() || tokens.get(from - 1).afterHyphen()
                || from - 1 > 0 && Lexicon.isParticle(tokens.get(from - 1)))) {
            from--;
        }
        // "Mr Mwangi, who", "Prince Mohammed, who": a style and a surname or given name are no full name.
        while (from < r && (RolePatterns.honorific(tokens.get(from)) || STYLES.contains(tokens.get(from).text()))) {
            from++;
        }
        for (int start = from; r - start >= 2; start++) {
            if (RolePatterns.name(tokens, matches, start) == r) {
                return start;
            }
            int at = start;
            boolean lead = RolePatterns.roleNoun(tokens.get(at).folded()) || RolePatterns.officeWord(tokens.get(at))
                    || tokens.get(at).is("Prime") || matches.stream().anyMatch(m -> m.covers(at));
            if (!lead) {
                return -1;
            }
        }
        return -1;
    }
}
