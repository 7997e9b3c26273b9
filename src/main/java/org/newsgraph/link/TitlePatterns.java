package org.newsgraph.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.rdf4j.model.IRI;
import org.newsgraph.vocab.SCHEMA;

/** Finds country + title + name patterns after the matches of a sentence. */
final class TitlePatterns {

    private static final Set<String> SUFFIXES = Set.of("Jr", "Sr");
    private static final Set<String> MODIFIERS = Set.of("interim", "acting", "caretaker", "outgoing", "incoming",
            "transitional", "new", "newly", "elected", "de", "facto");

    /** Where the article's own words put a title: its country and who else the article says holds it there. */
    record Setting(List<IRI> paragraphCountries, IRI articleCountry, IRI homeCountry, HeldByOther heldByOther) {
    }

    /** Whether the article says that someone other than the named person holds the title in the country. */
    interface HeldByOther {
        boolean test(Title title, IRI country, String name);
    }

    private TitlePatterns() {
    }

    /**
     * The hits of a sentence: {@code countryOf} gives the one country a match names (in this article),
     * {@code paragraphCountries} the countries named earlier in the paragraph.
     */
    static List<TitleHit> find(List<Token> tokens, List<Match> matches, Gazetteer gazetteer, Function<Match, IRI> countryOf,
            Setting setting) {
        List<TitleHit> hits = new ArrayList<>();
        for (Match match : matches) {
            IRI country = countryOf.apply(match);
            if (country == null) {
                continue;
            }
            int j = match.to();
            if (j < tokens.size() && tokens.get(j).kind() == Token.Kind.POSSESSIVE) {
                j++;
            }
            // "Syria's interim President", "Haiti's acting Prime Minister": the office all the same.
            while (j < tokens.size() && MODIFIERS.contains(tokens.get(j).text())) {
                j++;
            }
            int titleEnd = titleEnd(tokens, j, gazetteer);
            if (titleEnd < 0) {
                continue;
            }
            Title title = gazetteer.title(Label.key(tokens, j, titleEnd));
            int k = titleEnd;
            if (k < tokens.size() && tokens.get(k).is(",")) {
                k++;
            }
            // "Burkina Faso's leader Captain Ibrahim Traoré", "Niger's military ruler, General Abdourahamane Tiani":
            // a rank or an honorific before the name is no word of it.
            k = RolePatterns.afterHonorifics(tokens, k);
            int nameEnd = nameEnd(tokens, k);
            if (nameEnd == k) {
                // "Saudi Arabia's prime minister, could travel": no name, and the comma is none either.
                k = titleEnd;
                nameEnd = titleEnd;
            }
            hits.add(new TitleHit(country, title, j, titleEnd, k, nameEnd));
        }
        bareTitles(tokens, matches, gazetteer, countryOf, setting, hits);
        hits.sort(Comparator.comparingInt(TitleHit::nameFrom));
        return hits;
    }

    /**
     * A capitalised title and a name of two words or more without a country before the title
     * ("Serbian officials denied that President Aleksandar Vučić would travel"): the country is the
     * one country the sentence names before the title, or when it names none there, the one country
     * named earlier in the paragraph, or when neither names any, the country the article is about (see
     * the linker's articleCountry); otherwise the person is named without a position. News names its own country's officials by a
     * bare title and qualifies foreign ones: among several countries, or when the country found holds
     * the title by someone else ("chief of staff to Prime Minister Viktor Orban, ... the coalition of
     * Prime Minister Donald Tusk" from Warsaw), the title is the home country's, the dateline's.
     */
    private static void bareTitles(List<Token> tokens, List<Match> matches, Gazetteer gazetteer, Function<Match, IRI> countryOf,
            Setting setting, List<TitleHit> hits) {
        List<IRI> paragraphCountries = setting.paragraphCountries();
        IRI home = setting.homeCountry();
        for (int j = 0; j < tokens.size(); j++) {
            int at = j;
            if (!tokens.get(j).isCapitalised() || hits.stream().anyMatch(h -> h.titleFrom() <= at && at < h.nameTo())
                    || matches.stream().anyMatch(m -> m.from() <= at && at < m.to())) {
                continue;
            }
            int titleEnd = titleEnd(tokens, j, gazetteer);
            if (titleEnd < 0) {
                continue;
            }
            int nameEnd = nameEnd(tokens, titleEnd);
            Title title = gazetteer.title(Label.key(tokens, j, titleEnd));
            // "Chinese President Xi Jinping ... was met by President Kassym-Jomart Tokayev": China's
            // president is named already, so the second president is another country's.
            List<IRI> taken = hits.stream()
                    .filter(h -> h.titleTo() <= at && h.country() != null && h.title() != null && title != null
                            && h.title().iri().equals(title.iri()))
                    .map(TitleHit::country)
                    .toList();
            List<IRI> countries = matches.stream()
                    .filter(m -> m.to() <= at && !location(tokens, matches, m))
                    .map(countryOf)
                    .filter(Objects::nonNull)
                    .distinct()
                    .filter(c -> !taken.contains(c))
                    .toList();
            boolean sentenceNamesNone = matches.stream().map(countryOf).allMatch(Objects::isNull);
            IRI country = !taken.isEmpty() && countries.isEmpty() ? null
                    : countries.size() == 1 ? countries.get(0)
                    : countries.isEmpty() && paragraphCountries.size() == 1 ? paragraphCountries.get(0)
                    : paragraphCountries.isEmpty() && (sentenceNamesNone
                            || countries.isEmpty() && othersOnlyAfter(tokens, matches, countryOf, nameEnd, setting.articleCountry()))
                            ? setting.articleCountry()
                    : countries.size() > 1 && countries.contains(home) ? home : null;
            if (RolePatterns.name(tokens, matches, titleEnd) == nameEnd) {
                String name = words(tokens, titleEnd, nameEnd);
                // The country found, or the only one named, has its holder of the title already: the title is
                // the home country's, unless that one has its holder too.
                if (country != null && heldByOther(setting, hits, title, country, name) || country == null && !taken.isEmpty()) {
                    country = home != null && !taken.contains(home) && !heldByOther(setting, hits, title, home, name) ? home : null;
                }
                hits.add(new TitleHit(country, title, j, titleEnd, titleEnd, nameEnd));
                j = nameEnd - 1;
            }
        }
    }

    /**
     * "In a televised address, President Irfaan Ali accused Caracas of contempt" from Georgetown: the countries the
     * sentence names come after the name, not in an apposition to it ("President X of France", "President X, France's
     * leader"), and none is the article's own, so the bare title is the article's country's as in a sentence that
     * names none.
     */
    private static boolean othersOnlyAfter(List<Token> tokens, List<Match> matches, Function<Match, IRI> countryOf, int nameEnd,
            IRI articleCountry) {
        return articleCountry != null && matches.stream()
                .filter(m -> countryOf.apply(m) != null)
                .allMatch(m -> m.from() >= nameEnd && !articleCountry.equals(countryOf.apply(m))
                        && (nameEnd >= tokens.size() || !tokens.get(nameEnd).is("of") && !tokens.get(nameEnd).is(",")));
    }

    /** Someone else holds the title in the country: as the article said before, or a name before in the sentence. */
    private static boolean heldByOther(Setting setting, List<TitleHit> hits, Title title, IRI country, String name) {
        return setting.heldByOther().test(title, country, name)
                || hits.stream().anyMatch(h -> h.hasName() && country.equals(h.country()) && title.equals(h.title()));
    }

    private static String words(List<Token> tokens, int from, int to) {
        StringBuilder words = new StringBuilder();
        for (int i = from; i < to; i++) {
            words.append(i > from ? " " : "").append(tokens.get(i).text());
        }
        return words.toString();
    }

    /**
     * Whether a match names where something happens ("signed in Bridgetown, Barbados"), not whose
     * officials act: such a country is no title's country.
     */
    private static boolean location(List<Token> tokens, List<Match> matches, Match match) {
        if (match.from() == 0) {
            return false;
        }
        Token before = tokens.get(match.from() - 1);
        return ContextRules.PLACE_PREPOSITIONS.contains(before.text())
                || before.is(",") && matches.stream().anyMatch(m -> m.to() == match.from() - 1);
    }

    /** The one country a match names (by name, alias or demonym), or null. */
    static IRI country(Match match) {
        List<IRI> countries = match.labels().stream()
                .filter(l -> l.type().equals(SCHEMA.Country) && l.kind() != MatchKind.SHORT_NAME)
                .map(Label::entity)
                .distinct()
                .toList();
        return countries.size() == 1 ? countries.get(0) : null;
    }

    static int titleEnd(List<Token> tokens, int from, Gazetteer gazetteer) {
        for (int n = Math.min(gazetteer.longestTitle(), tokens.size() - from); n >= 1; n--) {
            if (tokens.get(from).isWord() && gazetteer.title(Label.key(tokens, from, from + n)) != null) {
                return from + n;
            }
        }
        return -1;
    }

    /** Capitalised words, with particles inside ("Lula da Silva") and the parts of hyphenated names. */
    static int nameEnd(List<Token> tokens, int from) {
        int end = from;
        while (end < tokens.size()) {
            Token token = tokens.get(end);
            boolean word = token.kind() == Token.Kind.WORD;
            if (word && (token.isCapitalised() || end > from && token.afterHyphen())) {
                end++;
            } else if (word && end > from && Lexicon.isParticle(token) && end + 1 < tokens.size()
                    && tokens.get(end + 1).isCapitalised()) {
                end++;
            } else {
                break;
            }
        }
        // "Ferdinand Marcos Jr.": the suffix keeps its full stop.
        if (end > from && SUFFIXES.contains(tokens.get(end - 1).text()) && end < tokens.size() && tokens.get(end).is(".")
                && tokens.get(end).charBegin() == tokens.get(end - 1).charEnd()) {
            end++;
        }
        return end;
    }
}
