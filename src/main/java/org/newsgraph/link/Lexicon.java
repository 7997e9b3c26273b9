package org.newsgraph.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.rdf4j.model.IRI;
import org.newsgraph.vocab.SCHEMA;

/** The gazetteer's labels in one language plus the people minted for one article: longest-match lookup. */
final class Lexicon {

    private static final Set<String> ARTICLES = Set.of("al", "Al", "el", "El", "ad", "as", "ash", "az");
    private static final Set<String> PARTICLES = Set.of("da", "de", "do", "dos", "das", "di", "del", "della", "van",
            "von", "der", "den", "la", "le", "bin", "ibn", "al", "el", "y", "ter", "ten");

    private final Gazetteer gazetteer;
    private final String language;
    private final Map<String, List<Label>> minted = new HashMap<>();
    private final Map<IRI, String> mintedNames = new HashMap<>();
    private final Set<String> mintedPrefixes = new HashSet<>();

    Lexicon(Gazetteer gazetteer, String language) {
        this.gazetteer = gazetteer;
        this.language = language;
    }

    static boolean isParticle(Token token) {
        return PARTICLES.contains(token.text());
    }

    /** Longest matches, left to right, without overlaps; a key stops growing once no label starts with it. */
    List<Match> scan(List<Token> tokens) {
        List<Match> matches = new ArrayList<>();
        String[] folded = new String[tokens.size()];
        for (int t = 0; t < folded.length; t++) {
            folded[t] = tokens.get(t).folded();
        }
        int i = 0;
        while (i < tokens.size()) {
            Match match = null;
            if (tokens.get(i).isWord()) {
                StringBuilder key = new StringBuilder();
                for (int end = i; end < tokens.size(); end++) {
                    if (end > i) {
                        key.append(' ');
                    }
                    String k = key.append(folded[end]).toString();
                    if (!gazetteer.isPrefix(k) && !mintedPrefixes.contains(k)) {
                        break;
                    }
                    List<Label> found = lookup(k, tokens, i);
                    if (!found.isEmpty()) {
                        match = new Match(i, end + 1, found);
                    }
                }
            }
            if (match != null) {
                matches.add(match);
                i = match.to();
            } else {
                i++;
            }
        }
        return matches;
    }

    /** The labels of exactly tokens [from, to), case checked. */
    List<Label> lookup(List<Token> tokens, int from, int to) {
        return lookup(Label.key(tokens, from, to), tokens, from);
    }

    private List<Label> lookup(String key, List<Token> tokens, int from) {
        List<Label> found = new ArrayList<>();
        for (Label label : gazetteer.labels(key)) {
            if (label.speaks(language) && label.matchesCase(tokens, from)) {
                found.add(label);
            }
        }
        for (Label label : minted.getOrDefault(key, List.of())) {
            if (label.matchesCase(tokens, from)) {
                found.add(label);
            }
        }
        return found;
    }

    /** Adds a person minted from the text: the full name, and the surname (with its particles) as short names. */
    void mint(IRI person, String name) {
        mintedNames.put(person, name);
        List<Token> tokens = Tokenizer.tokens(name);
        add(new Label(person, SCHEMA.Person, MatchKind.NAME, name, tokens, language));
        int surname = tokens.size() - 1;
        while (surname > 1 && isParticle(tokens.get(surname - 1))) {
            surname--;
        }
        if (surname > 0) {
            List<Token> shortTokens = tokens.subList(surname, tokens.size());
            add(new Label(person, SCHEMA.Person, MatchKind.SHORT_NAME, name, List.copyOf(shortTokens), language));
            // The Arabic article joined by a hyphen is often dropped: "Sharaa" of "Ahmed al-Sharaa".
            if (shortTokens.size() == 2 && ARTICLES.contains(shortTokens.get(0).text()) && shortTokens.get(1).afterHyphen()) {
                add(new Label(person, SCHEMA.Person, MatchKind.SHORT_NAME, name, List.of(shortTokens.get(1)), language));
            }
        }
        // With a particle, the word before it heads the family-name group, and news uses the group and
        // that word alone: "Lula da Silva" and "Lula" of "Luiz Inácio Lula da Silva".
        if (surname < tokens.size() - 1 && surname > 1) {
            add(new Label(person, SCHEMA.Person, MatchKind.SHORT_NAME, name, List.copyOf(tokens.subList(surname - 1, tokens.size())), language));
            add(new Label(person, SCHEMA.Person, MatchKind.SHORT_NAME, name, List.of(tokens.get(surname - 1)), language));
        }
    }

    private void add(Label label) {
        minted.computeIfAbsent(label.key(), k -> new ArrayList<>()).add(label);
        Gazetteer.addPrefixes(label.key(), mintedPrefixes);
    }

    /** A name the article gives a country's government ("Afghanistan's Taliban government"): the country's alias here. */
    void governmentName(IRI country, List<Token> tokens) {
        String text = tokens.stream().map(Token::text).collect(Collectors.joining(" "));
        add(new Label(country, SCHEMA.Country, MatchKind.ALIAS, text, List.copyOf(tokens), language));
    }

    boolean isMinted(IRI person) {
        return mintedNames.containsKey(person);
    }

    String name(IRI entity) {
        String name = mintedNames.get(entity);
        return name != null ? name : gazetteer.name(entity);
    }
}
