package org.newsgraph.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.rdf4j.model.IRI;
import org.newsgraph.vocab.SCHEMA;

/** The home country of a story: the one its dateline names ("PORT VILA -", "MANILA, Philippines (AP) —"). */
final class Datelines {

    private Datelines() {
    }

    /**
     * The one country the article's first dateline names, itself or by its capital; null without a
     * dateline or when it names none or several ("DHAKA/NEW DELHI --").
     */
    static IRI country(List<List<Token>> sentences, Lexicon lexicon, Gazetteer gazetteer, Function<Match, IRI> countryOf) {
        for (List<Token> sentenceTokens : sentences) {
            int end = ContextRules.afterDateline(sentenceTokens);
            if (end < 0) {
                continue;
            }
            // Datelines are written in capitals, which no label matches: "PORT VILA" is read as "Port Vila".
            List<Token> dateline = new ArrayList<>();
            for (Token token : sentenceTokens.subList(0, end)) {
                String text = token.text();
                dateline.add(token.kind() != Token.Kind.WORD || text.length() < 2 ? token : new Token(text.charAt(0)
                        + text.substring(1).toLowerCase(Locale.ROOT), token.charBegin(), token.charEnd(), token.kind(), token.afterHyphen()));
            }
            List<IRI> countries = lexicon.scan(dateline).stream()
                    .map(m -> countryOrCapitalsCountry(m, gazetteer, countryOf))
                    .filter(Objects::nonNull)
                    .distinct()
                    .toList();
            return countries.size() == 1 ? countries.get(0) : null;
        }
        return null;
    }

    /**
     * The country a sentence places itself in by opening with a place and a comma ("In Moscow, foreign ministry
     * spokeswoman Maria Zakharova said"): a dateline inside the story, so that an office named there without its owner
     * is the one of that place's country rather than of the story's home. Null when the sentence opens otherwise.
     */
    static IRI ofSentence(List<Token> tokens, List<Match> matches, Gazetteer gazetteer, Function<Match, IRI> countryOf) {
        if (tokens.size() < 4 || !tokens.get(0).is("In")) {
            return null;
        }
        return matches.stream()
                .filter(m -> m.from() == 1 && m.to() < tokens.size() && tokens.get(m.to()).is(","))
                .map(m -> countryOrCapitalsCountry(m, gazetteer, countryOf))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** The country a match names, itself or as the country of a capital it names; null for anything else. */
    private static IRI countryOrCapitalsCountry(Match match, Gazetteer gazetteer, Function<Match, IRI> countryOf) {
        IRI country = countryOf.apply(match);
        return country != null ? country : match.labels().stream()
                .map(l -> gazetteer.countryOfCapital(l.entity()))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** Whether the mentions so far name the country, itself or by its capital, more often than any other. */
    static boolean leads(IRI country, List<Mention> mentions, Gazetteer gazetteer) {
        Map<IRI, Long> counts = counts(mentions, gazetteer);
        long own = counts.getOrDefault(country, 0L);
        return own > 0 && counts.entrySet().stream().allMatch(e -> e.getKey().equals(country) || e.getValue() < own);
    }

    /**
     * The country an office named without its owner belongs to ("government spokesman Amadou Abdramane"):
     * the dateline's, unless the story has not named it so far, itself or by its capital: "ANKARA (AA) -
     * Niger on Sunday denied ..." is filed from the agency's seat, and the office is then the one of the
     * country the story names most so far, if one leads. Null without a dateline country; the dateline's
     * before the story has named any.
     */
    static IRI ofOffice(IRI home, List<Mention> mentions, Gazetteer gazetteer) {
        Map<IRI, Long> counts = counts(mentions, gazetteer);
        if (home == null || counts.isEmpty() || counts.containsKey(home)) {
            return home;
        }
        return counts.keySet().stream()
                .filter(c -> leads(c, mentions, gazetteer))
                .findFirst()
                .orElse(null);
    }

    private static Map<IRI, Long> counts(List<Mention> mentions, Gazetteer gazetteer) {
        return mentions.stream()
                .filter(m -> m.kind() != MatchKind.PLURAL_REFERENCE)
                .map(m -> m.type().equals(SCHEMA.Country) ? m.entity() : gazetteer.countryOfCapital(m.entity()))
                .filter(Objects::nonNull)
                .collect(Collectors.groupingBy(c -> c, Collectors.counting()));
    }
}
