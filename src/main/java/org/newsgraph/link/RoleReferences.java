package org.newsgraph.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.rdf4j.model.IRI;

/**
 * The people an article introduces with a title ("German Chancellor Friedrich Merz", "Egypt's
 * president"), and the later references that need them: "The chancellor said he could travel",
 * "the crown prince" (the one person introduced with that title, in whatever country), "the
 * Angolan leader" (the one person introduced with any title in Angola). Two people introduced with
 * the title make the reference nobody's: "the president" of an article with two presidents.
 */
final class RoleReferences {

    private record Introduction(IRI person, Title title, IRI country, int charBegin) {
    }

    private final List<Introduction> introductions = new ArrayList<>();

    /** Notes that the article named {@code person} with {@code title} (in {@code country}, when known) at a character offset. */
    void introduce(IRI person, Title title, IRI country, int charBegin) {
        if (title != null) {
            introductions.add(new Introduction(person, title, country, charBegin));
        }
    }

    /** "The Angolan leader", "the Saudi crown prince": the one person introduced before with that title (any, for "leader") in the country. */
    Optional<IRI> inCountry(Title title, IRI country, int charBegin) {
        boolean anyOffice = title.prefLabel().equalsIgnoreCase("leader");
        return only(introductions.stream()
                .filter(i -> i.charBegin() < charBegin && country.equals(i.country()))
                .filter(i -> anyOffice || sameTitle(i.title(), title))
                .map(Introduction::person)
                .distinct()
                .toList());
    }

    /**
     * "The chancellor": the one person introduced before with that gazetteer title, in any country. News
     * calls a prime minister "the premier" too: "Prime Minister Sheikh Hasina ... the premier".
     */
    Optional<IRI> anywhere(Title title, int charBegin) {
        return only(introductions.stream()
                .filter(i -> i.charBegin() < charBegin && title.iri() != null
                        && (title.iri().equals(i.title().iri()) || premierOfPrimeMinister(title, i.title())))
                .map(Introduction::person)
                .distinct()
                .toList());
    }

    private static boolean premierOfPrimeMinister(Title referred, Title introduced) {
        return referred.prefLabel().equals("Premier") && introduced.prefLabel().equals("Prime Minister");
    }

    private static boolean sameTitle(Title introduced, Title referred) {
        return introduced.iri() != null && introduced.iri().equals(referred.iri()) || referred.names(introduced.prefLabel());
    }

    private static Optional<IRI> only(List<IRI> people) {
        return people.size() == 1 ? Optional.of(people.get(0)) : Optional.empty();
    }

    /**
     * "the" and a gazetteer title with no name after it and no country before it: "The chancellor
     * said", "the crown prince's visit". Not "the President's Office" (an institution), "the
     * president of the commission" (said of something else), "the president-elect" or "the
     * leader" (any leader at all); nothing inside a match or another hit.
     */
    static List<TitleHit> find(List<Token> tokens, List<Match> matches, List<TitleHit> taken, Gazetteer gazetteer) {
        List<TitleHit> hits = new ArrayList<>();
        for (int t = 0; t + 1 < tokens.size(); t++) {
            int at = t + 1;
            if (!tokens.get(t).folded().equals("the") || tokens.get(at).afterHyphen()
                    || matches.stream().anyMatch(m -> m.covers(at)) || taken.stream().anyMatch(h -> h.overlaps(at, at + 1))) {
                continue;
            }
            int end = TitlePatterns.titleEnd(tokens, at, gazetteer);
            if (end < 0 || !endsReference(tokens, end)) {
                continue;
            }
            Title title = gazetteer.title(Label.key(tokens, at, end));
            if (title.iri() != null && !title.prefLabel().equalsIgnoreCase("leader")) {
                hits.add(new TitleHit(null, title, at, end, end, end));
            }
        }
        return hits;
    }

    private static boolean endsReference(List<Token> tokens, int end) {
        if (end == tokens.size()) {
            return true;
        }
        Token next = tokens.get(end);
        if (next.kind() == Token.Kind.POSSESSIVE) {
            return end + 1 == tokens.size() || !tokens.get(end + 1).isCapitalised();
        }
        return !next.isCapitalised() && !next.afterHyphen() && !next.is("of");
    }
}
