package org.newsgraph.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.rdf4j.model.IRI;
import org.newsgraph.vocab.SCHEMA;

/**
 * People that news introduces by a role phrase which is no gazetteer title, or whose name the
 * context alone marks as a person's:
 * <ul>
 * <li>modifiers + role noun + name: "Iranian Foreign Ministry spokesman Nasser Kanaani", "Kenyan Trade
 * Cabinet Secretary Lee Kinyanjui", "Emirati Minister of State for Foreign Trade Thani bin Ahmed Al
 * Zeyoudi", "Kremlin spokesman Dmitry Peskov", "Madrid coach Carlo Ancelotti";</li>
 * <li>"his Azerbaijani counterpart Jeyhun Bayramov": the counterpart holds the title of the person
 * named before in the sentence, in the counterpart's country;</li>
 * <li>a name in apposition to a role, or a relative clause that makes it a person's (see {@link Appositives});</li>
 * <li>"his wife Auxillia Mnangagwa", "writers Sergio Ramírez and Gioconda Belli" (see {@link PersonNouns});</li>
 * <li>a name that holds power: "the elected government of Aung San Suu Kyi", "returned Alexander
 * Lukashenko to power"; "Mali has been led since 2021 by Colonel Assimi Goïta" (the leader of Mali).</li>
 * </ul>
 * A position is stated only for a political role with a country right before its modifiers, or for
 * the ruler of a country that has been led by them; any
 * other hit names a person without a position. A name is two or more capitalised words that no
 * place or organisation of the gazetteer takes and that are no words of an institution's name.
 */
final class RolePatterns {

    /** Role nouns of public office: with a country before them they state a position held there. */
    private static final Set<String> POLITICAL = Set.of("spokesman", "spokeswoman", "spokesperson", "minister",
            "secretary", "ambassador", "envoy", "adviser", "advisor", "governor", "mayor", "negotiator",
            "commissioner", "senator", "lawmaker", "counterpart", "president",
            "attorney", "inspector", "auditor");
    /** Role nouns of people who hold no public office. */
    private static final Set<String> OTHER = Set.of("coach", "manager", "forward", "striker", "midfielder", "defender",
            "goalkeeper", "captain", "forecaster", "analyst", "economist", "professor", "researcher", "scientist",
            "expert", "lawyer", "activist", "correspondent", "executive", "officer", "founder", "chairman", "director",
            "prosecutor", "judge", "student", "leader", "writer", "journalist", "referee", "dictator", "debutant",
            "diplomat", "owner", "chief", "guide", "candidate");
    /** Words of the names of ministries, councils and offices ("Foreign Ministry", "of State for Foreign Trade"). */
    private static final Set<String> OFFICE_WORDS = Set.of("state", "foreign", "affairs", "trade", "defence", "defense",
            "finance", "economy", "economic", "interior", "home", "justice", "health", "energy", "agriculture",
            "education", "commerce", "industry", "transport", "environment", "information", "communications",
            "labour", "labor", "security", "oil", "mines", "mining", "petroleum", "cabinet", "ministry", "national",
            "maritime", "council", "office", "department", "presidential", "government", "development",
            "investment", "international", "partnerships", "partnership", "cooperation", "tourism", "culture", "sport", "sports", "youth", "water",
            "planning", "public", "works", "digital", "technology", "science", "research", "housing", "fisheries",
            "natural", "resources", "climate", "treasury", "relations", "integration", "social", "infrastructure",
            "intelligence", "military", "emergency", "aviation", "food", "electricity", "minerals", "press",
            "media", "army", "police", "regional", "external", "internal", "parliamentary", "unity", "transition",
            "antiquities", "transformation", "population", "rural", "vocational", "training", "power", "strategic",
            "higher", "space", "terrorism", "financial");
    /** Words that grade a role, not name its owner: "Foreign Affairs Principal Secretary", "deputy foreign minister". */
    private static final Set<String> GRADES = Set.of("principal", "permanent", "chief", "deputy", "senior", "acting",
            "special", "assistant", "vice", "junior", "first", "top");
    /** Words that join office words: "Minister of State for Foreign Trade". */
    private static final Set<String> JOINERS = Set.of("and", "of", "for", "the");
    private static final Set<String> QUOTES = Set.of("\"", "\u201c", "\u201d");
    /** Capitalised words that name institutions, groups and things, never people. */
    private static final Set<String> NOT_NAME = Set.of("Ministry", "Council", "Office", "Department", "League", "Union",
            "Party", "Committee", "Commission", "Agency", "Administration", "Bank", "Fund", "Court", "Assembly",
            "Parliament", "Cup", "Group", "Forces", "Army", "Navy", "Guard", "University", "Institute", "Association",
            "Organisation", "Organization", "Federation", "Club", "Airlines", "Airways", "Corporation", "Company",
            "News", "Times", "Post", "Agreement", "Treaty", "Summit", "Forum", "Initiative", "Front", "Movement",
            "Article", "Chapter", "Section", "Resolution", "Protocol", "Clause", "Act", "Programme", "Program",
            "Republic", "Kingdom", "State", "States", "City", "Province", "Region", "Island", "Islands", "Sea",
            "River", "Street", "House", "Palace", "Square", "Airport", "Station", "Stadium", "Centre", "Center",
            "Government", "Cabinet", "Police", "Service", "Services", "Authority", "Board", "Foundation", "Museum",
            "New", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper",
            "Lower", "Greater", "Territory", "County", "District", "Valley", "Mountains", "Coast", "Bay", "Gulf",
            "The", "A", "An", "This", "That", "These", "Those", "His", "Her", "Their", "Our", "Its", "It", "He",
            "She", "They", "We", "I", "But", "And", "Or", "If", "When", "While", "After", "Before", "In", "On", "At",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "May", "June", "July", "August", "September", "October", "November", "December");
    /** Honorifics written before a name: "H.E." (His or Her Excellency), "Dr.", "Mr.". */
    private static final Set<String> HONORIFICS = Set.of("H", "E", "HE", "Dr", "Mr", "Mrs", "Ms", "Prof");
    /** Military ranks before a ruler's name: "led since 2021 by Colonel Assimi Goïta". */
    static final Set<String> RANKS = Set.of("Colonel", "Col", "General", "Gen", "Lieutenant", "Lt", "Captain", "Capt",
            "Major", "Brigadier", "Marshal", "Field", "Admiral", "Commander");

    private RolePatterns() {
    }

    /**
     * The hits of a sentence that do not overlap {@code taken} (the title patterns'); {@code countryOf}
     * gives the one country a match names, or null. {@code home}, or null, is the country of the story's
     * dateline: "foreign ministry spokesman Esmaeil Baghaei" in a story from Tehran speaks for Iran, as a
     * correspondent names the officials of the country they report from without the country (a capitalised
     * bare title is more often a visitor's, and is read by the title patterns).
     */
    static List<TitleHit> find(List<Token> tokens, List<Match> matches, List<TitleHit> taken, Function<Match, IRI> countryOf,
            IRI home) {
        List<TitleHit> hits = new ArrayList<>();
        for (int r = 0; r < tokens.size(); r++) {
            TitleHit hit = roleBeforeName(tokens, matches, taken, countryOf, home, r);
            if (hit == null) {
                hit = Appositives.after(tokens, matches, countryOf, r);
            }
            if (hit == null) {
                hit = PowerHolders.hit(tokens, matches, countryOf, r);
            }
            TitleHit found = hit;
            if (found != null && taken.stream().noneMatch(h -> h.overlaps(found.nameFrom(), found.nameTo()))
                    && hits.stream().noneMatch(h -> h.overlaps(found.nameFrom(), found.nameTo()))) {
                hits.add(found);
                PersonNouns.secondName(tokens, matches, found).ifPresent(hits::add);
            }
        }
        return hits;
    }

    /** Modifiers + role noun (+ "of State for Foreign Trade") + name, with the token r the role noun. */
    private static TitleHit roleBeforeName(List<Token> tokens, List<Match> matches, List<TitleHit> taken,
            Function<Match, IRI> countryOf, IRI home, int r) {
        Token role = tokens.get(r);
        String noun = role.text().toLowerCase(Locale.ROOT);
        boolean political = POLITICAL.contains(noun);
        if (role.kind() != Token.Kind.WORD || !political && !OTHER.contains(noun) && !PersonNouns.role(tokens, r)
                || inMatch(matches, r) || PersonNouns.asVerb(tokens, r)) {
            return null;
        }
        int roleEnd = PersonNouns.posting(tokens, matches, noun, r + 1);
        if (roleEnd == r + 1) {
            // "Attorney General María Consuelo Porras": "General" after the noun is the title's, no rank of the name.
            roleEnd = continuation(tokens, r + 1 < tokens.size() && tokens.get(r + 1).is("General") ? r + 2 : r + 1);
        }
        int nameFrom = roleEnd;
        if (roleEnd < tokens.size() && tokens.get(roleEnd).is(",")) {
            // "the referee, England's Wayne Barnes": where the person is from is no part of the name.
            nameFrom = PersonNouns.afterOrigin(tokens, matches, roleEnd + 1);
        }
        nameFrom = afterHonorifics(tokens, nameFrom);
        int nameTo = name(tokens, matches, nameFrom);
        if (nameTo < 0) {
            return null;
        }
        int from = r;
        while (from > 0 && modifier(tokens.get(from - 1)) && !endsCountry(matches, countryOf, from)) {
            from--;
        }
        Match before = matchEndingAt(matches, from);
        IRI country = before == null ? null : countryOf.apply(before);
        if (country == null && from > 0 && tokens.get(from - 1).kind() == Token.Kind.POSSESSIVE) {
            Match owner = matchEndingAt(matches, from - 1);
            country = owner == null ? null : countryOf.apply(owner);
        }
        // An office with no owner at all before it ("foreign ministry spokesman X", not "Kremlin spokesman X",
        // "Junta spokesman X" nor "his counterpart X") is the home country's.
        if (country == null && home != null && political && from < r && !noun.equals("counterpart") && officeWords(tokens, from, r)
                && (from == 0 || tokens.get(from - 1).kind() != Token.Kind.POSSESSIVE) && matchEndingAt(matches, from) == null
                && !otherCountryBefore(tokens, matches, countryOf, from, home)) {
            country = home;
        }
        Title title = null;
        if (country != null && political) {
            title = noun.equals("counterpart") ? counterpartTitle(taken, country, r) : role(tokens, from, roleEnd);
        }
        return new TitleHit(title == null ? null : country, title, from, roleEnd, nameFrom, nameTo);
    }

    /**
     * "a US delegation led by Assistant Secretary of State ..." from Niamey: the sentence names countries before
     * the office, and not the home country: the office is theirs, not the home country's. Countries a quotation
     * names are the speaker's words ("'Rwanda's aggression must stop,' government spokesman Patrick Muyaya said").
     */
    private static boolean otherCountryBefore(List<Token> tokens, List<Match> matches, Function<Match, IRI> countryOf, int at,
            IRI home) {
        List<IRI> before = matches.stream()
                .filter(m -> m.to() <= at && !quoted(tokens, m.from()))
                .map(countryOf)
                .filter(c -> c != null)
                .toList();
        return !before.isEmpty() && !before.contains(home);
    }

    /** Whether the token at is inside a quotation: after an odd number of quotation marks. */
    private static boolean quoted(List<Token> tokens, int at) {
        return tokens.subList(0, at).stream().filter(t -> QUOTES.contains(t.text())).count() % 2 == 1;
    }

    /** Whether the words before the role noun all name an office ("foreign ministry"), not its holder's group ("Junta"). */
    private static boolean officeWords(List<Token> tokens, int from, int to) {
        return tokens.subList(from, to).stream().allMatch(RolePatterns::officeWord);
    }

    /**
     * "H E Dr. Hanan Mohamed Al Kuwari", "government spokesman Colonel Amadou Abdramane": the name starts
     * after the honorifics and military ranks.
     */
    static int afterHonorifics(List<Token> tokens, int from) {
        int at = from;
        while (at + 1 < tokens.size() && (HONORIFICS.contains(tokens.get(at).surface()) || RANKS.contains(tokens.get(at).surface()))) {
            at++;
            if (tokens.get(at).is(".")) {
                at++;
            }
        }
        return at;
    }

    /**
     * "of State for Foreign Trade" after "Minister": the office's words, run by run between joiners, up to
     * the last office word of the run the name starts in ("of Agriculture and Rural Development Le Minh
     * Hoan"); a run without office words is the office's only before a comma ("Minister of Health and
     * Population, Pradip Paudel", "the president of the Czech Senate, Miloš Vystrčil").
     */
    static int continuation(List<Token> tokens, int from) {
        if (from >= tokens.size() || !tokens.get(from).is("of") && !tokens.get(from).is("for")) {
            return from;
        }
        int end = from;
        int at = from;
        while (at < tokens.size()) {
            int run = at;
            while (run < tokens.size() && JOINERS.contains(tokens.get(run).text())) {
                run++;
            }
            int runEnd = run;
            int lastOffice = -1;
            while (runEnd < tokens.size() && (OFFICE_WORDS.contains(tokens.get(runEnd).folded())
                    || tokens.get(runEnd).isCapitalised() && tokens.get(runEnd).kind() == Token.Kind.WORD)) {
                if (tokens.get(runEnd).isCapitalised() && OFFICE_WORDS.contains(tokens.get(runEnd).folded())) {
                    lastOffice = runEnd + 1;
                }
                runEnd++;
            }
            if (runEnd == run) {
                return end;
            }
            if (lastOffice == runEnd) {
                end = runEnd;
                at = runEnd;
                continue;
            }
            if (lastOffice < 0 && runEnd < tokens.size() && tokens.get(runEnd).is(",")) {
                return runEnd;
            }
            // The name starts in this run, after its last office word if it has one ("Foreign Trade Thani bin ...").
            return lastOffice < 0 ? end : lastOffice;
        }
        return end;
    }

    /** The title of the person named before in the sentence, if in another country: "his Azerbaijani counterpart". */
    private static Title counterpartTitle(List<TitleHit> taken, IRI country, int r) {
        return taken.stream()
                .filter(h -> h.nameTo() <= r && h.title() != null && h.country() != null && !h.country().equals(country))
                .reduce((a, b) -> b)
                .map(TitleHit::title)
                .orElse(null);
    }

    static Title role(List<Token> tokens, int from, int to) {
        StringBuilder name = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                name.append(' ');
            }
            name.append(tokens.get(i).text());
        }
        String role = name.toString();
        return new Title(null, role, List.of(role));
    }

    /**
     * The end of a person's name starting at {@code from}, or -1: two or more capitalised words (with
     * particles and hyphenated parts), none of an institution's name, none taken by a place,
     * country or organisation of the gazetteer.
     */
    static int name(List<Token> tokens, List<Match> matches, int from) {
        int end = TitlePatterns.nameEnd(tokens, from);
        if (end - from < 2) {
            return -1;
        }
        for (int i = from; i < end; i++) {
            if (notName(tokens.get(i)) && !(i == from && initials(tokens, from, end))) {
                return -1;
            }
        }
        for (Match match : matches) {
            if (match.overlaps(from, end) && match.labels().stream().anyMatch(l -> !l.type().equals(SCHEMA.Person))) {
                return -1;
            }
        }
        return end;
    }

    /**
     * "KP Sharma Oli", "MK Stalin", "JD Vance": a name may open with its initials written as two or three capitals
     * without stops, before a name word; an organisation's initials of the gazetteer are taken by its match.
     */
    private static boolean initials(List<Token> tokens, int from, int end) {
        Token first = tokens.get(from);
        return from + 1 < end && first.kind() == Token.Kind.WORD && first.text().matches("\\p{Lu}{2,3}")
                && !NOT_NAME.contains(first.text()) && nameWord(tokens.get(from + 1));
    }

    /** A noun that introduces a person by a role: "minister", "coach". */
    static boolean roleNoun(String folded) {
        return POLITICAL.contains(folded) || OTHER.contains(folded);
    }

    static boolean political(String folded) {
        return POLITICAL.contains(folded);
    }

    /** A word of an office's name or of its grade: "foreign", "ministry", "deputy". */
    static boolean officeWord(Token token) {
        return OFFICE_WORDS.contains(token.folded()) || GRADES.contains(token.folded());
    }

    /** "RSF", "U.N.": an organisation's initials (Roman numerals are none). */
    static boolean acronym(Token token) {
        return token.kind() == Token.Kind.ACRONYM || token.text().length() > 1
                && token.text().equals(token.text().toUpperCase(Locale.ROOT)) && !token.text().matches("[IVX]+");
    }

    private static boolean notName(Token token) {
        return NOT_NAME.contains(token.text()) || acronym(token)
                || POLITICAL.contains(token.folded()) || OTHER.contains(token.folded())
                || token.isCapitalised() && OFFICE_WORDS.contains(token.folded());
    }

    /** "Mr", "Dr", "Colonel": a word before a name, not of it. */
    static boolean honorific(Token token) {
        return HONORIFICS.contains(token.surface()) || RANKS.contains(token.surface());
    }

    /** Whether a capitalised word can be a word of a person's name, as {@link #name} reads names. */
    static boolean nameWord(Token token) {
        return token.isCapitalised() && !notName(token) && !honorific(token);
    }

    private static boolean modifier(Token token) {
        return token.isCapitalised() && !NOT_NAME.contains(token.text()) || OFFICE_WORDS.contains(token.folded());
    }

    private static boolean inMatch(List<Match> matches, int token) {
        return matches.stream().anyMatch(m -> m.covers(token));
    }

    private static boolean endsCountry(List<Match> matches, Function<Match, IRI> countryOf, int at) {
        Match match = matchEndingAt(matches, at);
        return match != null && countryOf.apply(match) != null;
    }

    static Match matchEndingAt(List<Match> matches, int at) {
        return matches.stream().filter(m -> m.to() == at).findFirst().orElse(null);
    }
}
