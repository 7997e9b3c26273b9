package org.newsgraph.mapping;

import static org.eclipse.rdf4j.model.util.Values.iri;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.newsgraph.vocab.GP;
import org.newsgraph.vocab.NG;

/**
 * Trigger words and cues as data: every SKOS concept of {@code rules/triggers.ttl} with its
 * {@code skos:prefLabel} / {@code skos:altLabel} patterns, compiled once. A pattern is a phrase
 * matched on word boundaries; {@code ...} stands for a gap of up to five words and {@code (a|b)}
 * for alternatives; a quotation mark may close or open between two words of a phrase. An
 * all-lower-case pattern matches lower-case text only (so "may" is not the
 * month "May"), except at the start of the sentence.
 */
final class TriggerLexicon {

    /** One match of a concept in a text, in code points. */
    record Match(int begin, int end, String text) {
    }

    /** Factuality values from the strongest cue to the weakest; a sentence with no cue is asserted. */
    static final List<IRI> FACTUALITY_ORDER = List.of(
            iri(GP.NAMESPACE, "denied"), iri(GP.NAMESPACE, "hypothetical"), iri(GP.NAMESPACE, "reported"),
            iri(GP.NAMESPACE, "background"));

    static final IRI ASSERTED = iri(GP.NAMESPACE, "asserted");
    private static final IRI REPORTED = iri(GP.NAMESPACE, "reported");
    static final IRI SIGNALS = iri(NG.NAMESPACE, "signals");
    /** Words that look like a cue but tell none: "they said they would" reports a commitment, not a possibility. */
    static final String NO_CUE = NG.NAMESPACE + "NoFactualityCue";
    /** A trigger whose object, when quoted, is the charge in the critic's words: ng:quotesCharge true. */
    static final IRI QUOTES_CHARGE = iri(NG.NAMESPACE, "quotesCharge");
    /** A quotation in straight or curly double quotation marks. */
    private static final Pattern QUOTATION = Pattern.compile("\"[^\"]*\"|\u201c[^\u201d]*\u201d");

    private static final String WORD = "[\\p{L}\\p{N}]";
    private static final String GAP = "(?:\\S+\\s+){0,5}?";
    /** Words of a pattern may stand in quotation marks of their own: the ministry "firmly rejected" new remarks. */
    private static final String BETWEEN_WORDS = "[\"\u201d\u2019]?\\s+[\"\u201c\u2018]?";
    private static final Pattern SAID_THEN_AND = Pattern.compile("\\b(?:said|told \\w+|added)\\b([^,;]*),?\\s+and\\s+$");
    private static final Pattern PAST_VERB = Pattern.compile("[a-z]+ed\\b");
    private static final Pattern RELATIVE = Pattern.compile("\\b(?:that|which|who|whom)\\b");
    /**
     * "... held talks in Beijing last month, the Sydney Morning Herald reported on Friday, citing three people": a
     * newspaper's report that closes the sentence is the source of all of it, also of the clauses before its own.
     */
    private static final Pattern MEDIA_REPORT_CLOSING = Pattern.compile("(?i),\\s+(?:the\\s+|a\\s+)?(?:[\\p{L}'’-]+\\s+){0,4}"
            + "(?:newspaper|daily|paper|outlet|broadcaster|media|website|magazine|herald|times|post|journal|tribune)\\s+(?:reported|reports)"
            + "\\b[^,;]*(?:,\\s+citing\\b[^;]*)?[.!]?\\s*$");

    /**
     * "Japanese and North Korean officials met secretly in Mongolia, Asahi says": a headline (it has no full stop)
     * that closes on a named source saying it tells what that source reports.
     */
    private static final Pattern HEADLINE_SOURCE_CLOSING = Pattern.compile(
            ",\\s+(?:[A-Z][\\p{L}'’-]*\\s+){1,3}(?:says|reports)\\s*$");
    /**
     * "held secret talks in Ulaanbaatar to explore a possible summit": an infinitive of purpose after the
     * trigger tells what the act is for, and the modality of that goal is not the act's.
     */
    /**
     * "..., under a treaty signed on Tuesday": an agreement named with the participle of its signing (a reduced
     * relative) tells of a signing done, and a modal or condition of the clause before ("will come to each
     * other's aid if attacked, under a treaty signed ...") is not its own.
     */
    private static final Pattern SIGNED_PARTICIPLE = Pattern.compile(
            "(?i)(?:agreements?|deals?|treat(?:y|ies)|pacts?|accords?|memorand(?:um|a))\\s+(?:signed|inked|sealed|concluded)");
    private static final Pattern PURPOSE = Pattern.compile(
            "\\bto\\s+(?:explore|prepare|pave\\s+the\\s+way|lay\\s+the\\s+groundwork|discuss|seek|consider)\\b");

    private final Map<String, List<Phrase>> patterns;
    private final Map<IRI, List<String>> cuesByFactuality;
    private final Set<String> chargeQuoting;

    /**
     * A compiled pattern and the words one of which every match starts with (empty when a pattern starts
     * with a gap). Most sentences contain none of a concept's first words: looking for them with
     * {@code String.contains} first spares running the regular expression at every position, which
     * was a sixth of the time of the rules.
     */
    private record Phrase(Pattern pattern, List<String> firstWords) {

        boolean mayMatch(String text) {
            return firstWords.isEmpty() || firstWords.stream().anyMatch(text::contains);
        }
    }

    private TriggerLexicon(Map<String, List<Phrase>> patterns, Map<IRI, List<String>> cuesByFactuality, Set<String> chargeQuoting) {
        this.patterns = patterns;
        this.cuesByFactuality = cuesByFactuality;
        this.chargeQuoting = chargeQuoting;
    }

    static TriggerLexicon of(Model triggers) {
        Map<String, List<Phrase>> patterns = new HashMap<>();
        for (Statement st : triggers) {
            if ((st.getPredicate().equals(SKOS.PREF_LABEL) || st.getPredicate().equals(SKOS.ALT_LABEL))
                    && st.getObject() instanceof Literal label) {
                patterns.computeIfAbsent(st.getSubject().stringValue(), k -> new ArrayList<>())
                        .add(new Phrase(compile(label.getLabel()), firstWords(label.getLabel())));
            }
        }
        Map<IRI, List<String>> cues = new HashMap<>();
        for (Statement st : triggers.getStatements(null, SIGNALS, null)) {
            Resource cue = st.getSubject();
            if (st.getObject() instanceof IRI value) {
                cues.computeIfAbsent(value, k -> new ArrayList<>()).add(cue.stringValue());
            }
        }
        patterns.replaceAll((k, v) -> List.copyOf(v));
        Set<String> chargeQuoting = new HashSet<>();
        for (Statement st : triggers.getStatements(null, QUOTES_CHARGE, null)) {
            if (st.getObject() instanceof Literal flag && flag.booleanValue()) {
                chargeQuoting.add(st.getSubject().stringValue());
            }
        }
        return new TriggerLexicon(Map.copyOf(patterns), Map.copyOf(cues), Set.copyOf(chargeQuoting));
    }

    static Pattern compile(String label) {
        StringBuilder regex = new StringBuilder("(?<!" + WORD + ")");
        String[] tokens = label.strip().split("\\s+(?![^()]*\\))");
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            if (token.equals("...")) {
                regex.append(GAP);
                continue;
            }
            if (token.startsWith("(") && token.endsWith(")") && token.contains("|")) {
                List<String> alternatives = new ArrayList<>();
                for (String alternative : token.substring(1, token.length() - 1).split("\\|")) {
                    alternatives.add(phrase(alternative));
                }
                regex.append("(?:").append(String.join("|", alternatives)).append(")");
            } else {
                regex.append(phrase(token));
            }
            if (i < tokens.length - 1) {
                regex.append(BETWEEN_WORDS);
            }
        }
        regex.append("(?!" + WORD + ")");
        return Pattern.compile(regex.toString());
    }

    /** The words a match of the label's pattern may start with, as {@link #compile} quotes them; none after a leading gap. */
    static List<String> firstWords(String label) {
        String first = label.strip().split("\\s+(?![^()]*\\))")[0];
        if (first.equals("...")) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        if (first.startsWith("(") && first.endsWith(")") && first.contains("|")) {
            for (String alternative : first.substring(1, first.length() - 1).split("\\|")) {
                words.add(alternative.strip().split("\\s+")[0]);
            }
        } else {
            words.add(first.strip().split("\\s+")[0]);
        }
        // An empty alternative would match anywhere: no shortcut then.
        return words.stream().anyMatch(String::isEmpty) ? List.of() : List.copyOf(words);
    }

    private static String phrase(String words) {
        List<String> quoted = new ArrayList<>();
        for (String word : words.strip().split("\\s+")) {
            quoted.add(Pattern.quote(word));
        }
        return String.join("\\s+", quoted);
    }

    boolean knows(String concept) {
        return patterns.containsKey(concept);
    }

    /** Every match of the concept's patterns, in text order. */
    List<Match> matches(String text, String concept) {
        List<Phrase> conceptPatterns = patterns.get(concept);
        if (conceptPatterns == null) {
            throw new IllegalArgumentException("no trigger concept <" + concept + "> in the trigger lexicon");
        }
        String matchable = sentenceStartLowered(text);
        List<Match> found = new ArrayList<>();
        for (Phrase phrase : conceptPatterns) {
            if (!phrase.mayMatch(matchable)) {
                continue;
            }
            Matcher m = phrase.pattern().matcher(matchable);
            while (m.find()) {
                found.add(new Match(text.codePointCount(0, m.start()), text.codePointCount(0, m.end()),
                        text.substring(m.start(), m.end())));
            }
        }
        found.sort((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin()) : Integer.compare(b.end(), a.end()));
        return Collections.unmodifiableList(found);
    }

    Optional<Match> first(String text, String concept) {
        List<Match> all = matches(text, concept);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * The factuality of what the trigger says: the strongest cue in the sentence up to the trigger and
     * in the rest of the trigger's clause ("Putin could visit" but not "he arrived, which could help").
     * Without a trigger (or when it does not match) the whole sentence is read.
     */
    IRI factuality(String text, String trigger) {
        return factuality(text, trigger, this::matches);
    }

    private IRI factuality(String text, String trigger, BiFunction<String, String, List<Match>> matcher) {
        String window = text;
        if (trigger != null) {
            List<Match> all = matcher.apply(text, trigger);
            Optional<Match> first = all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
            if (first.isPresent()) {
                int end = text.offsetByCodePoints(0, first.get().end());
                int clauseEnd = end;
                while (clauseEnd < text.length() && (",;:—–()".indexOf(text.charAt(clauseEnd)) < 0 || inNumber(text, clauseEnd))) {
                    clauseEnd++;
                }
                // "agreed to open negotiations on a pact that would allow ...": a relative clause after the
                // trigger qualifies its object, not the act.
                Matcher relative = RELATIVE.matcher(text).region(end, clauseEnd);
                if (relative.find()) {
                    clauseEnd = relative.start();
                }
                Matcher purpose = PURPOSE.matcher(text).region(end, clauseEnd);
                if (purpose.find()) {
                    clauseEnd = purpose.start();
                }
                window = masked(text.substring(0, clauseEnd), saidBeforeJoinedVerb(text, first.get()));
                if (chargeQuoting.contains(trigger)) {
                    window = masked(window, quotationsAfter(window, end));
                }
                if (SIGNED_PARTICIPLE.matcher(first.get().text()).matches()) {
                    window = window.substring(clauseStart(text, text.offsetByCodePoints(0, first.get().begin())));
                }
            }
        }
        if (patterns.containsKey(NO_CUE)) {
            window = masked(window, matcher.apply(window, NO_CUE));
        }
        for (IRI value : FACTUALITY_ORDER) {
            for (String cue : cuesByFactuality.getOrDefault(value, List.of())) {
                if (!matcher.apply(window, cue).isEmpty()) {
                    return value;
                }
            }
        }
        return MEDIA_REPORT_CLOSING.matcher(text).find() || HEADLINE_SOURCE_CLOSING.matcher(text).find() ? REPORTED : ASSERTED;
    }

    /**
     * "Gulyas said Romanowski could not expect a fair trial and accused Tusk", "said the president would not
     * apologise, and accused the government": a verb in the past joined by "and" (or ", and") to "said" has the
     * sentence's subject, and the modal of the words said between is not its own.
     * The span of those words (in code points), or none.
     */
    private static List<Match> saidBeforeJoinedVerb(String text, Match trigger) {
        int begin = text.offsetByCodePoints(0, trigger.begin());
        Matcher said = SAID_THEN_AND.matcher(text.substring(0, begin));
        if (!said.find() || !PAST_VERB.matcher(text.substring(begin)).lookingAt()) {
            return List.of();
        }
        return List.of(new Match(text.codePointCount(0, said.start(1)), text.codePointCount(0, said.end(1)), said.group(1)));
    }

    /**
     * "accused Ottawa of \"what may amount to complicity\"": a quotation after a criticism's verb is the charge in the
     * critic's words, and a modal in it is the charge's, not the criticism's. The quotations from the offset (in chars)
     * on, as spans in code points.
     */
    private static List<Match> quotationsAfter(String text, int from) {
        List<Match> quotations = new ArrayList<>();
        Matcher quotation = QUOTATION.matcher(text).region(from, text.length());
        while (quotation.find()) {
            quotations.add(new Match(text.codePointCount(0, quotation.start()), text.codePointCount(0, quotation.end()), quotation.group()));
        }
        return quotations;
    }

    /** Where the clause that holds the given offset begins: after the last clause mark before it. */
    private static int clauseStart(String text, int at) {
        int start = at;
        while (start > 0 && (",;:—–()".indexOf(text.charAt(start - 1)) < 0 || inNumber(text, start - 1))) {
            start--;
        }
        return start;
    }

    /** "3,000": a comma between digits separates thousands, not clauses. */
    private static boolean inNumber(String text, int at) {
        return text.charAt(at) == ',' && at > 0 && at + 1 < text.length()
                && Character.isDigit(text.charAt(at - 1)) && Character.isDigit(text.charAt(at + 1));
    }

    /** The text with the spans of the matches (in code points) blanked out, offsets unchanged. */
    private static String masked(String text, List<Match> spans) {
        StringBuilder out = new StringBuilder(text);
        for (Match span : spans) {
            int begin = text.offsetByCodePoints(0, span.begin());
            int end = text.offsetByCodePoints(0, span.end());
            for (int i = begin; i < end; i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    /** A memo of this lexicon's answers, for one article's run of the rules. */
    Memo memo() {
        return new Memo();
    }

    /**
     * The rules ask about the same sentence, concept and window for every pair of mentions they
     * try: matching the patterns once per question and article was most of the time of a run.
     */
    final class Memo {
        private final Map<List<String>, List<Match>> matches = new HashMap<>();
        private final Map<List<String>, IRI> factualities = new HashMap<>();

        private Memo() {
        }

        List<Match> matches(String text, String concept) {
            List<String> key = List.of(text, concept);
            List<Match> found = matches.get(key);
            if (found == null) {
                found = TriggerLexicon.this.matches(text, concept);
                matches.put(key, found);
            }
            return found;
        }

        Optional<Match> first(String text, String concept) {
            List<Match> all = matches(text, concept);
            return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
        }

        IRI factuality(String text, String trigger) {
            List<String> key = Arrays.asList(text, trigger);
            IRI value = factualities.get(key);
            if (value == null) {
                value = TriggerLexicon.this.factuality(text, trigger, this::matches);
                factualities.put(key, value);
            }
            return value;
        }
    }

    /**
     * Lower-cases the first letter so that "Signed ..." at the start of a sentence matches "signed", also
     * after the quotation mark that opens a quoted sentence ("No agreement has been signed," he said).
     */
    private static String sentenceStartLowered(String text) {
        int first = 0;
        while (first < text.length() && "\"\u201c\u2018'".indexOf(text.charAt(first)) >= 0) {
            first++;
        }
        if (first >= text.length() || !Character.isUpperCase(text.charAt(first))) {
            return text;
        }
        if (text.length() > first + 1 && Character.isUpperCase(text.charAt(first + 1))) {
            return text;
        }
        return text.substring(0, first) + text.substring(first, first + 1).toLowerCase(Locale.ROOT) + text.substring(first + 1);
    }
}
