package org.newsgraph.link;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

import org.newsgraph.vocab.SCHEMA;

/** What the words around a match say about it: part of a longer name, a US state, a capital speaking for its country. */
final class ContextRules {

    /** Prepositions of place: a name after them says where ("talks in Brussels", "signed in Bridgetown"). */
    static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "to", "from", "into", "near", "outside",
            "via", "inside", "around", "across", "through", "toward", "towards");
    private static final Set<String> TITLE_CASE_FUNCTION_WORDS = Set.of("To", "In", "With", "For", "From", "Of", "And",
            "As", "At", "On", "Over", "After", "Amid", "Into", "Is", "Are", "Be", "By", "Its", "His", "Her", "Their");
    private static final Set<String> GEO_NOUNS = Set.of("Sahara", "Australia", "Europe", "Asia", "Africa", "Peninsula",
            "Sea", "Ocean", "Coast", "Bank", "Hemisphere", "Front", "Cape", "Isles", "Islands", "Gulf", "Bay", "Strait");
    private static final Set<String> COMPASS_POINTS = Set.of("North", "South", "East", "West", "Northern", "Southern",
            "Eastern", "Western", "Central");
    private static final Set<String> CALENDAR = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December");
    private static final int DATELINE_TOKENS = 12;
    /** A country's own institutions: "U.S. Treasury Department", "Maldives Monetary Authority" name the country. */
    private static final Set<String> INSTITUTIONS = Set.of("Treasury", "Department", "State", "Army", "Navy", "Air",
            "Senate", "Congress", "Parliament", "Ministry", "Embassy", "Government", "Foreign", "Defence", "Defense",
            "Justice", "Commerce", "Central", "Monetary", "Authority", "Federal", "Armed", "Forces", "Military",
            "Prime", "President", "Presidential", "Cabinet", "Supreme", "Interior", "Finance", "Trade", "Energy",
            "Security", "Council", "Commission", "Assembly", "Court");
    /** What "General" names before it: "General Staff", "General Secretariat", "General Prosecutor's Office". */
    private static final Set<String> GENERAL_BODIES = Set.of("Staff", "Secretariat", "Prosecutor", "Prosecutor's", "Conference");
    /** Words that, in the same sentence, make a name the other place of that name. */
    private static final Map<String, Set<String>> OTHER_PLACE_CUES = Map.of(
            "Georgia", Set.of("state", "Atlanta", "governor", "Governor", "Gov.", "county", "County", "Senate", "senator",
                    "Savannah", "Republican", "Republicans", "Democrat", "Democrats", "Democratic", "primary", "Peach"));
    /** Labels that link only when the article names the same entity some other way too ("America"). */
    private static final Set<String> NEED_SUPPORT = Set.of("America");
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "will", "would", "could", "may", "might",
            "should", "must", "is", "was", "also", "again", "repeatedly", "previously", "reportedly", "already",
            "swiftly", "immediately", "officially", "publicly", "strongly", "firmly", "quickly", "later", "then");
    private static final Set<String> DEAL_NOUNS = Set.of("pact", "pacts", "deal", "deals", "agreement", "agreements",
            "treaty", "treaties", "accord", "accords", "memorandum", "talks", "negotiations", "ties", "relations");
    private static final Set<String> OFFICIAL_NOUNS = Set.of("officials", "diplomats", "delegations", "delegates",
            "negotiators", "representatives", "ministers");
    private static final Set<String> MEETING_WORDS = Set.of("meeting", "meetings", "met", "meet", "meets", "talks",
            "summit", "gathered", "convened");
    private static final Set<String> DECISION_VERBS = forms("say", "tell", "warn", "announce", "pledge", "agree",
            "condemn", "reject", "deny", "accuse", "call", "urge", "insist", "respond", "criticise", "criticize",
            "demand", "vow", "threaten", "sign", "approve", "impose", "decide", "state", "claim", "confirm", "welcome",
            "protest", "retaliate", "sanction", "expel", "recall", "summon", "vote", "refuse", "ask", "propose", "offer",
            "promise", "declare", "dismiss", "slam", "blame", "signal", "order", "plan", "intend", "seek", "want", "hope",
            "argue", "suggest", "complain", "counter", "rebuff", "halt", "suspend", "join", "back", "support", "oppose",
            "push", "launch", "unveil", "label", "stress", "note", "add", "reiterate", "express", "continue", "coordinate",
            "cooperate", "ease", "lift");
    /** First words of an aside between a subject and its verb: "by contrast", "for its part", "in turn", "however". */
    private static final Set<String> ASIDE_OPENERS = Set.of("by", "for", "in", "however", "meanwhile", "too", "instead",
            "separately", "likewise", "also");

    private ContextRules() {
    }

    private static Set<String> forms(String... lemmas) {
        Set<String> forms = new HashSet<>(Set.of("said", "says", "told", "tells", "sought", "seeks"));
        for (String lemma : lemmas) {
            forms.add(lemma);
            if (lemma.endsWith("y") && !lemma.endsWith("ay") && !lemma.endsWith("ey") && !lemma.endsWith("oy")) {
                String stem = lemma.substring(0, lemma.length() - 1);
                forms.add(stem + "ies");
                forms.add(stem + "ied");
            } else {
                forms.add(lemma.endsWith("s") || lemma.endsWith("sh") || lemma.endsWith("ch") ? lemma + "es" : lemma + "s");
                forms.add(lemma.endsWith("e") ? lemma + "d" : lemma + "ed");
            }
        }
        forms.add("pledged");
        forms.add("stopped");
        forms.add("planned");
        return Set.copyOf(forms);
    }

    /**
     * Headlines in Title Case capitalise every word, so capitals there say nothing about names. A
     * capitalised function word after the first word gives them away ("Putin Arrives In Pyongyang");
     * a sentence dense with names does not have one.
     */
    static boolean titleCase(List<Token> tokens) {
        int first = firstWord(tokens);
        for (int i = first + 1; i < tokens.size(); i++) {
            if (first >= 0 && TITLE_CASE_FUNCTION_WORDS.contains(tokens.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a place or organisation label is only part of a longer name the gazetteer does not
     * know: "Washington Post", "New Mexico", "Michael Jordan", "the West Coast", "Western Sahara".
     */
    static boolean partOfLongerName(List<Token> tokens, Match match, Label label, Set<Integer> matchStarts,
            Set<Integer> matchEnds, boolean titleCase) {
        if (titleCase || label.type().equals(SCHEMA.Person)) {
            return false;
        }
        int first = firstWord(tokens);
        int afterDateline = afterDateline(tokens);
        if (match.from() > 0) {
            Token previous = tokens.get(match.from() - 1);
            if (previous.isCapitalised() && match.from() - 1 != first && match.from() - 1 != afterDateline
                    && match.from() != afterDateline && !matchEnds.contains(match.from())
                    && !CALENDAR.contains(previous.text()) && !previous.is("I")) {
                return true;
            }
        }
        if (match.to() < tokens.size()) {
            Token next = tokens.get(match.to());
            if (label.kind() == MatchKind.DEMONYM) {
                // "the Western North region", "Western Sahara": a compass point or a geographic noun after the
                // adjective makes it a word of a place's name.
                return GEO_NOUNS.contains(next.text()) || COMPASS_POINTS.contains(next.text());
            }
            if (geographicNameFollows(tokens, match.to())) {
                return true;
            }
            return next.kind() == Token.Kind.WORD && next.isCapitalised() && !matchStarts.contains(match.to())
                    && !CALENDAR.contains(next.text()) && !INSTITUTIONS.contains(next.text())
                    && !generalInstitution(tokens, match.to());
        }
        return false;
    }

    /**
     * "The UN General Assembly", "the Russian General Staff": "General" before an institution is a word of the
     * institution's name, which belongs to the name before it as "Security Council" does; "Ghana General Hospital" is none.
     */
    private static boolean generalInstitution(List<Token> tokens, int at) {
        return tokens.get(at).text().equals("General") && at + 1 < tokens.size()
                && (INSTITUTIONS.contains(tokens.get(at + 1).text()) || GENERAL_BODIES.contains(tokens.get(at + 1).text()));
    }

    /** Capitalised words from {@code from} that end in a geographic noun: "West [Philippine Sea]". */
    private static boolean geographicNameFollows(List<Token> tokens, int from) {
        for (int i = from; i < tokens.size() && i < from + 3 && tokens.get(i).isCapitalised(); i++) {
            if (i > from && GEO_NOUNS.contains(tokens.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    /** "Georgia" in a sentence about a US state. */
    static boolean otherPlace(List<Token> tokens, Label label) {
        Set<String> cues = OTHER_PLACE_CUES.get(label.text());
        return cues != null && tokens.stream().anyMatch(t -> cues.contains(t.text()));
    }

    static boolean needsSupport(Label label) {
        return label.contextual() || NEED_SUPPORT.contains(label.text());
    }

    /**
     * Whether the match is the subject of a speech or decision verb ("Beijing said", "Seoul and Tokyo
     * pledged"). {@code capitalAt} gives the match of another capital starting at a token, or null.
     */
    static boolean subjectOfDecision(List<Token> tokens, int after, IntFunction<Match> capitalAt) {
        int j = after;
        while (j < tokens.size()) {
            Token token = tokens.get(j);
            if ((token.is(",") || token.is("and")) && j + 1 < tokens.size() && capitalAt.apply(j + 1) != null) {
                j = capitalAt.apply(j + 1).to();
            } else if (AUXILIARIES.contains(token.text())) {
                j++;
            } else if (token.is(",") && parentheticalEnd(tokens, j + 1) > 0) {
                j = parentheticalEnd(tokens, j + 1);
            } else {
                return DECISION_VERBS.contains(token.text());
            }
        }
        return false;
    }

    /**
     * The token after the closing comma of a short adverbial aside that starts at {@code from} ("Washington, by
     * contrast, eased"; "Moscow, for its part, said"), or -1: a few lower-case words opened by a word of contrast or
     * sequence, so that a relative clause ("Washington, where talks began, ...") is no aside.
     */
    private static int parentheticalEnd(List<Token> tokens, int from) {
        if (from >= tokens.size() || !ASIDE_OPENERS.contains(tokens.get(from).text())) {
            return -1;
        }
        for (int j = from + 1; j < tokens.size() && j <= from + 3; j++) {
            Token token = tokens.get(j);
            if (token.is(",")) {
                return j + 1;
            }
            if (!token.isWord() || token.isCapitalised()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether the match is the partner named after a deal or talks ("signed a security pact with Beijing",
     * "held talks with Moscow"): a government is the other side there, not a city ("a pact with firms in Beijing").
     */
    static boolean partnerOfDeal(List<Token> tokens, int from) {
        if (from < 2 || !tokens.get(from - 1).is("with")) {
            return false;
        }
        return DEAL_NOUNS.contains(tokens.get(from - 2).text().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the match names whom officials come from ("officials from Port Vila and Beijing held talks"): the
     * governments seated there, not the cities ("tourists from Beijing", "flights from Beijing").
     */
    static boolean officialsFrom(List<Token> tokens, int from) {
        for (int j = from - 1; j >= 1 && j >= from - 8; j--) {
            Token token = tokens.get(j);
            if (token.is("from")) {
                return OFFICIAL_NOUNS.contains(tokens.get(j - 1).text().toLowerCase(Locale.ROOT));
            }
            if (!(token.is("and") || token.is(",") || token.isWord() && token.isCapitalised())) {
                return false;
            }
        }
        return false;
    }

    /**
     * The token "capital" of "the Vietnamese capital" or "Haiti's capital" after the country's match, or -1:
     * "the Chinese capital" is Beijing, "Chinese capital" money, so "the" or a possessive must say it.
     */
    static int capitalWordAfter(List<Token> tokens, int from, int to) {
        int next = to;
        if (next < tokens.size() && tokens.get(next).kind() == Token.Kind.POSSESSIVE) {
            next++;
        } else if (from == 0 || !tokens.get(from - 1).text().equalsIgnoreCase("the")) {
            return -1;
        }
        return next < tokens.size() && tokens.get(next).is("capital") ? next : -1;
    }

    /** Whether the match is where people meet: "meeting in Luxembourg", "talks in Singapore". */
    static boolean meetingPlace(List<Token> tokens, int from) {
        return from >= 2 && tokens.get(from - 1).is("in")
                && MEETING_WORDS.contains(tokens.get(from - 2).text().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a place name at {@code from} can speak for those seated there ("accused Brussels of"):
     * not after a preposition of place ("talks in Brussels"), not a dateline in capitals ("BRUSSELS -").
     */
    static boolean actorPosition(List<Token> tokens, int from) {
        if (from < tokens.size() && tokens.get(from).text().equals(tokens.get(from).text().toUpperCase(Locale.ROOT))) {
            return false;
        }
        return from == 0 || !PLACE_PREPOSITIONS.contains(tokens.get(from - 1).text().toLowerCase(Locale.ROOT));
    }

    /**
     * The first word after a dateline ("KINSHASA - The Democratic Republic of Congo said"): capitalised
     * because it starts the sentence, not because it is part of a name. -1 without a dateline.
     */
    static int afterDateline(List<Token> tokens) {
        // "KINSHASA -", "DHAKA/NEW DELHI --", "WASHINGTON (AP) —", "LIMA, Nov 16 (Reuters) -", "SUVA, Fiji (AP) —", "DOHA:",
        // "LIMA, 15 Mar (EFE).-", and an agency's credit alone: "(Bloomberg) --"
        if (tokens.isEmpty() || !upperCaseWord(tokens.get(0)) && !agencyCredit(tokens)) {
            return -1;
        }
        for (int i = 1; i < Math.min(tokens.size(), DATELINE_TOKENS); i++) {
            Token token = tokens.get(i);
            if (token.kind() == Token.Kind.PUNCT && (token.is("—") || token.is("–") || token.is(":"))) {
                return i + 1 < tokens.size() ? i + 1 : -1;
            }
            // A spaced hyphen is no token: it shows as a gap of three or more characters, or of two
            // after the full stop of "LIMA, 15 Mar (EFE).- The".
            int gap = token.charBegin() - tokens.get(i - 1).charEnd();
            if (gap >= 3 || gap == 2 && tokens.get(i - 1).is(".")) {
                return i;
            }
            boolean part = token.isWord() && (token.isCapitalised() || Character.isDigit(token.text().charAt(0)))
                    || token.is("/") || token.is(",") || token.is("(") || token.is(")") || token.is(".");
            if (!part) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean agencyCredit(List<Token> tokens) {
        return tokens.size() > 3 && tokens.get(0).is("(") && tokens.get(1).isCapitalised() && tokens.get(2).is(")");
    }

    private static boolean upperCaseWord(Token token) {
        return token.isWord() && token.text().length() > 1 && token.text().equals(token.text().toUpperCase(Locale.ROOT));
    }

    private static int firstWord(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isWord()) {
                return i;
            }
        }
        return -1;
    }
}
