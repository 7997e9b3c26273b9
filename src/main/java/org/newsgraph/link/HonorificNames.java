package org.newsgraph.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.rdf4j.model.IRI;
import org.newsgraph.vocab.SCHEMA;

/**
 * "Prince Mohammed" after "Crown Prince Mohammed bin Salman", "Sultan Haitham" after "Sultan
 * Haitham bin Tarik": an honorific and one name that is the first word of the full name of the one
 * person named in full before, whose office carries the honorific ("Crown Prince" carries
 * "Prince"), or, for "Sheikh", whose name is an Arabic one with "bin" or "Al". "Prince Harry" after
 * "Harry Kane" is nobody.
 */
final class HonorificNames {

    private static final Set<String> HONORIFICS = Set.of("Prince", "Princess", "Sheikh", "Sheikha", "Emir", "Sultan", "King", "Queen");
    private static final Set<String> ARABIC = Set.of("bin", "bint", "ibn", "Al", "al");

    /** A person named in full before, with the roles the article or the gazetteer gives them. */
    record Candidate(IRI person, String name, List<String> roles) {
    }

    private HonorificNames() {
    }

    /** Token ranges [from, to) of honorific + one capitalised name outside every match. */
    static List<int[]> find(List<Token> tokens, List<Match> matches) {
        List<int[]> found = new ArrayList<>();
        for (int t = 0; t + 1 < tokens.size(); t++) {
            int name = t + 1;
            boolean nameEnds = TitlePatterns.nameEnd(tokens, name) == name + 1;
            if (HONORIFICS.contains(tokens.get(t).text()) && tokens.get(name).kind() == Token.Kind.WORD
                    && tokens.get(name).isCapitalised() && nameEnds
                    && matches.stream().noneMatch(m -> m.covers(name) || m.covers(name - 1))) {
                found.add(new int[] {t, name + 1});
            }
        }
        return found;
    }

    /** The one candidate the honorific and name fit, if exactly one does. */
    static Optional<IRI> person(String honorific, String given, Collection<Candidate> candidates) {
        List<IRI> fit = candidates.stream()
                .filter(c -> firstName(c.name()).equals(given) && carries(honorific, c))
                .map(Candidate::person)
                .distinct()
                .toList();
        return fit.size() == 1 ? Optional.of(fit.get(0)) : Optional.empty();
    }

    private static boolean carries(String honorific, Candidate candidate) {
        String lower = honorific.toLowerCase(Locale.ROOT);
        boolean byOffice = candidate.roles().stream()
                .anyMatch(r -> List.of(r.toLowerCase(Locale.ROOT).split("\\s+")).contains(lower));
        boolean arabic = honorific.startsWith("Sheikh")
                && Tokenizer.tokens(candidate.name()).stream().anyMatch(t -> ARABIC.contains(t.text()));
        return byOffice || arabic || candidate.name().startsWith(honorific + " ");
    }

    private static String firstName(String name) {
        List<Token> tokens = Tokenizer.tokens(name);
        int first = !tokens.isEmpty() && HONORIFICS.contains(tokens.get(0).text()) ? 1 : 0;
        return first < tokens.size() ? tokens.get(first).text() : "";
    }

    /** The people among {@code named} (named in full before), with the roles the gazetteer and the article give them. */
    static List<Candidate> candidates(Collection<IRI> named, Lexicon lexicon, Gazetteer gazetteer, Collection<Position> positions) {
        return named.stream()
                .filter(p -> lexicon.isMinted(p) || SCHEMA.Person.equals(gazetteer.type(p)))
                .map(p -> new Candidate(p, lexicon.name(p), Stream.concat(
                        gazetteer.holdings(p).stream().map(Holding::roleName),
                        positions.stream().filter(x -> x.holder().equals(p)).map(Position::roleName)).toList()))
                .toList();
    }
}
