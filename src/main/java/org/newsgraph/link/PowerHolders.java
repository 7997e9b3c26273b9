package org.newsgraph.link;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.rdf4j.model.IRI;
import org.newsgraph.vocab.SCHEMA;

/**
 * People named by the power they hold or that others are held under, with no title before the name: "the
 * elected government of Aung San Suu Kyi", "returned Alexander Lukashenko to power", "the RSF under Mohamed
 * Hamdan Dagalo", "Mali has been led since 2021 by Colonel Assimi Goïta" (the one case that states an office:
 * the leader of the country the sentence opens with).
 */
final class PowerHolders {

    private static final Set<String> POWER_NOUNS = Set.of("government", "regime", "administration");
    private static final Set<String> POWER_VERBS = Set.of("returned", "brought", "swept", "restored", "propelled", "carried");
    private static final Title LEADER = new Title(null, "Leader", List.of("Leader"));

    private PowerHolders() {
    }

    /** The hit whose cue (the power noun, "under", "by", or the verb of ruling) is the token r, or null. */
    static TitleHit hit(List<Token> tokens, List<Match> matches, Function<Match, IRI> countryOf, int r) {
        TitleHit hit = power(tokens, matches, r);
        return hit != null ? hit : ruledBy(tokens, matches, countryOf, r);
    }

    /** "the elected government of Aung San Suu Kyi", "returned Alexander Lukashenko to power". */
    private static TitleHit power(List<Token> tokens, List<Match> matches, int r) {
        String word = tokens.get(r).text();
        if (POWER_NOUNS.contains(word) && r + 1 < tokens.size() && tokens.get(r + 1).is("of")) {
            int nameTo = RolePatterns.name(tokens, matches, r + 2);
            return nameTo < 0 ? null : new TitleHit(null, null, r, r + 2, r + 2, nameTo);
        }
        // "the RSF under Mohamed Hamdan Dagalo", "the army officers ..., led by General Assimi Goita".
        boolean under = word.equals("under") && r > 0 && (RolePatterns.acronym(tokens.get(r - 1)) || matches.stream()
                .anyMatch(m -> m.to() == r && m.labels().stream().anyMatch(l -> l.type().equals(SCHEMA.Organization)
                        || l.type().equals(SCHEMA.Country))));
        boolean ledByRank = word.equals("by") && r > 0 && tokens.get(r - 1).is("led") && r + 1 < tokens.size()
                && RolePatterns.RANKS.contains(tokens.get(r + 1).surface());
        if (under || ledByRank) {
            int nameFrom = RolePatterns.afterHonorifics(tokens, r + 1);
            int nameTo = RolePatterns.name(tokens, matches, nameFrom);
            return nameTo < 0 ? null : new TitleHit(null, null, r, r + 1, nameFrom, nameTo);
        }
        if (POWER_VERBS.contains(word)) {
            int nameTo = RolePatterns.name(tokens, matches, r + 1);
            if (nameTo > 0 && nameTo + 1 < tokens.size() && tokens.get(nameTo).is("to") && tokens.get(nameTo + 1).is("power")) {
                return new TitleHit(null, null, r, r + 1, r + 1, nameTo);
            }
        }
        return null;
    }

    /**
     * "Mali has been led since 2021 by Colonel Assimi Goïta", "Chad is ruled by ...": the leader of the
     * country the sentence opens with. Only a tenure ("has been led", "is ruled"), not a one-off ("Argentina,
     * led by Messi"), with the token r the verb.
     */
    private static TitleHit ruledBy(List<Token> tokens, List<Match> matches, Function<Match, IRI> countryOf, int r) {
        String verb = tokens.get(r).text();
        boolean rule = verb.equals("ruled") || verb.equals("governed");
        if (!rule && !verb.equals("led") || r < 2) {
            return null;
        }
        int subjectEnd = r - 1;
        if (tokens.get(subjectEnd).is("been") && (tokens.get(subjectEnd - 1).is("has") || tokens.get(subjectEnd - 1).is("had"))) {
            subjectEnd--;
        } else if (!rule || !tokens.get(subjectEnd).is("is") && !tokens.get(subjectEnd).is("was")) {
            return null;
        }
        Match subject = RolePatterns.matchEndingAt(matches, subjectEnd);
        IRI country = subject == null || subject.from() != 0 && !tokens.get(subject.from() - 1).is("the") ? null : countryOf.apply(subject);
        if (country == null) {
            return null;
        }
        int by = r + 1;
        while (by < tokens.size() && by <= r + 4 && !tokens.get(by).is("by")) {
            by++;
        }
        if (by >= tokens.size() || !tokens.get(by).is("by")) {
            return null;
        }
        int nameFrom = by + 1;
        while (nameFrom < tokens.size() && (RolePatterns.RANKS.contains(tokens.get(nameFrom).text()) || tokens.get(nameFrom).is("."))) {
            nameFrom++;
        }
        int nameTo = RolePatterns.name(tokens, matches, nameFrom);
        return nameTo < 0 ? null : new TitleHit(country, LEADER, r, nameFrom, nameFrom, nameTo);
    }
}
