package org.newsgraph.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.rdf4j.model.IRI;

/**
 * Names an article gives a country's government: "Pakistan accused Afghanistan's Taliban government",
 * and then "Taliban spokesman Zabihullah Mujahid" speaks for Afghanistan. A capitalised name the
 * gazetteer does not know, between a country's possessive and "government" (or "regime",
 * "administration", "authorities"), stands for that country in the whole article; so does one joined to
 * a participle of ruling ("Afghanistan's Taliban-appointed foreign minister", "Yemen's Houthi-run
 * government"): who appoints or runs the country's offices is its government.
 */
final class GovernmentNames {

    /** A name the article gives a country's government, and the country. */
    record GovernmentName(IRI country, List<Token> tokens) {
    }

    private static final Set<String> GOVERNMENT = Set.of("government", "regime", "administration", "authorities");
    private static final Set<String> RULING = Set.of("appointed", "led", "run", "installed", "controlled", "ruled");
    private static final int LONGEST = 3;

    private GovernmentNames() {
    }

    static List<GovernmentName> find(List<Token> tokens, List<Match> matches, Function<Match, IRI> countryOf) {
        List<GovernmentName> found = new ArrayList<>();
        for (Match match : matches) {
            IRI country = countryOf.apply(match);
            int from = match.to() + 1;
            if (country == null || from >= tokens.size() || tokens.get(match.to()).kind() != Token.Kind.POSSESSIVE) {
                continue;
            }
            int to = from;
            while (to < tokens.size() && to - from < LONGEST && tokens.get(to).kind() == Token.Kind.WORD
                    && tokens.get(to).isCapitalised() && !covered(matches, to)) {
                to++;
            }
            if (to > from && to < tokens.size() && (GOVERNMENT.contains(tokens.get(to).text()) || ruling(tokens.get(to)))) {
                found.add(new GovernmentName(country, List.copyOf(tokens.subList(from, to))));
            }
        }
        return found;
    }

    private static boolean ruling(Token token) {
        return token.afterHyphen() && RULING.contains(token.text());
    }

    private static boolean covered(List<Match> matches, int token) {
        return matches.stream().anyMatch(m -> m.covers(token));
    }
}
