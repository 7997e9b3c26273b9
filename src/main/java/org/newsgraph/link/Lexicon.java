package org.newsgraph.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.rdf4j.model.IRI;
import org.newsgraph.vocab.SCHEMA;

/** The gazetteer's labels in one language plus the people minted for one article: longest-match lookup. */
final class Lexicon {

    private static final Set<String> PARTICLES = Set.of("da", "de", "do", "dos", "das", "di", "del", "della", "van",
            "von", "der", "den", "la", "le", "bin", "ibn", "al", "el", "y", "ter", "ten");

    private final Gazetteer gazetteer;
    private final String language;
    private final Map<String, List<Label>> minted = new HashMap<>();
    private final Map<IRI, String> mintedNames = new HashMap<>();
    private int longestMinted;

    Lexicon(Gazetteer gazetteer, String language) {
        this.gazetteer = gazetteer;
        this.language = language;
    }

    static boolean isParticle(Token token) {
        return PARTICLES.contains(token.text());
    }

    /** Longest matches, left to right, without overlaps. */
    List<Match> scan(List<Token> tokens) {
        List<Match> matches = new ArrayList<>();
        int longest = Math.max(gazetteer.longestLabel(), longestMinted);
        int i = 0;
        while (i < tokens.size()) {
            Match match = null;
            if (tokens.get(i).isWord()) {
                for (int n = Math.min(longest, tokens.size() - i); n >= 1 && match == null; n--) {
                    List<Label> found = lookup(tokens, i, i + n);
                    if (!found.isEmpty()) {
                        match = new Match(i, i + n, found);
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
        String key = Label.key(tokens, from, to);
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

    /** Adds a person minted from the text: the full name, and the surname (with its particles) as a short name. */
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
        }
    }

    private void add(Label label) {
        minted.computeIfAbsent(label.key(), k -> new ArrayList<>()).add(label);
        longestMinted = Math.max(longestMinted, label.tokens().size());
    }

    boolean isMinted(IRI person) {
        return mintedNames.containsKey(person);
    }

    String name(IRI entity) {
        String name = mintedNames.get(entity);
        return name != null ? name : gazetteer.name(entity);
    }
}
