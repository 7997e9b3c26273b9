package org.newsgraph.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.TextAnalysis;
import org.newsgraph.vocab.SCHEMA;

/**
 * "The African Union ... accused the organisation of double standards", "Kallas said the bloc could reimpose
 * sanctions", "the 27-nation bloc", "the pan-African body": news takes up an organisation it has named by a
 * common noun. Such a phrase is the nearest organisation of the gazetteer named before it, in its sentence or
 * the two before (four for a noun whose kind the name must fit), whose kind fits the noun: any for "organisation" and "body", one with "union" or "alliance"
 * in a label for those nouns, and for "bloc" one whose labels call it a union, association, league, community,
 * alliance or cooperation of states. A capitalised modifier must be in one of its labels ("the African bloc",
 * "the pan-African body" for the African Union, not "the West African bloc"); a lowercase one must say what
 * kind of body it is ("continental", "27-nation", "Brussels-based"), not another kind ("the trade union", "the
 * ruling alliance", "the governing body"). Nothing for "the body of the victim", "the union between", a
 * phrase a name follows ("the bloc ECOWAS"), a bare "the body" (a corpse as often as a body of states), a
 * collective actor ("the West") or when the noun itself occurs between the name and the phrase ("the
 * dockers' union"): another one of its kind has come in.
 */
final class OrganisationReferences {

    private static final Pattern REFERENCE = Pattern.compile(
            "\\b[Tt]he((?:\\s+[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019-]*){0,2}?)\\s+(bloc|organi[sz]ation|body|alliance|union)\\b"
                    + "(?!-)(\\s*(?:'s|\u2019s))?");
    private static final Pattern KIND_MODIFIER = Pattern.compile(
            "\\d+-(?:nation|member|country|state)|[\\p{L}.]+-based|continental|regional|military|defen[cs]e|security"
                    + "|transatlantic|international|intergovernmental|multilateral|global|world|political|economic|western");
    private static final Set<String> BLOC_WORDS = Set.of("union", "association", "league", "community", "alliance", "cooperation");
    private static final Pattern FOLLOWER = Pattern.compile("^\\s*(?:(of)\\b|between\\b|[\\p{Lu}])");
    /** "accused the organisation of double standards": a verb that takes "of" after its object. */
    private static final Pattern CHARGE = Pattern.compile("\\b(?:accus|suspect|convinc|remind|inform|notif|warn)\\w*\\s+$");
    /** How many sentences back a name is taken up: further for a noun whose kind the name must fit than for "the organisation". */
    private static final int WINDOW = 2;
    private static final int KIND_WINDOW = 4;

    private final Gazetteer gazetteer;

    OrganisationReferences(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    void resolve(TextAnalysis analysis, List<Mention> mentions) {
        String text = analysis.text();
        List<Mention> found = new ArrayList<>();
        for (Sentence sentence : analysis.sentences()) {
            Matcher m = REFERENCE.matcher(text).region(sentence.charBegin(), sentence.charEnd());
            m.useTransparentBounds(true);
            while (m.find()) {
                int end = m.end(2);
                List<String> modifiers = modifiers(m.group(1));
                boolean possessive = m.group(3) != null;
                if (modifiers == null || modifiers.isEmpty() && m.group(2).equals("body")
                        || !possessive && followedByOther(text.substring(end, sentence.charEnd()), text.substring(sentence.charBegin(), m.start()))
                        || mentions.stream().anyMatch(x -> x.charBegin() < end && x.charEnd() > m.start())) {
                    continue;
                }
                String noun = m.group(2);
                antecedent(text, mentions, sentence, m.start(), noun, modifiers).ifPresent(org -> {
                    int begin = analysis.codePoint(m.start());
                    found.add(new Mention(begin, begin + text.codePointCount(m.start(), end), m.start(), end,
                            text.substring(m.start(), end), sentence, org, SCHEMA.Organization, MatchKind.ORGANISATION_REFERENCE));
                });
            }
        }
        mentions.addAll(found);
    }

    /** "the body of the victim", "the union between", "the bloc ECOWAS"; not "accused the organisation of double standards". */
    private static boolean followedByOther(String after, String before) {
        Matcher follower = FOLLOWER.matcher(after);
        return follower.find() && (follower.group(1) == null || !CHARGE.matcher(before).find());
    }

    /** The words between "the" and the noun, or null when one of them says another kind of body. */
    private static List<String> modifiers(String words) {
        List<String> modifiers = new ArrayList<>();
        for (String word : words.trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            boolean capitalised = Character.isUpperCase(word.codePointAt(0)) || word.startsWith("pan-");
            if (!capitalised && !KIND_MODIFIER.matcher(word).matches()) {
                return null;
            }
            modifiers.add(word);
        }
        return modifiers;
    }

    private Optional<IRI> antecedent(String text, List<Mention> mentions, Sentence sentence, int at, String noun, List<String> modifiers) {
        Optional<Mention> nearest = mentions.stream()
                .filter(x -> x.charEnd() <= at && x.sentence().index() >= sentence.index() - window(noun))
                .filter(x -> x.type().equals(SCHEMA.Organization) && x.kind() != MatchKind.PLURAL_REFERENCE)
                .filter(x -> !gazetteer.model().contains(x.entity(), RDF.TYPE, Gazetteer.COLLECTIVE_ACTOR))
                .filter(x -> fits(x.entity(), noun, modifiers))
                .max(Comparator.comparingInt(Mention::charEnd));
        // "the EU ... the dockers' union said": the noun between the name and the phrase brings in another one.
        return nearest
                .filter(x -> !Pattern.compile("(?i)\\b" + noun + "\\b").matcher(outsideMentions(text, mentions, x.charEnd(), at)).find())
                .map(Mention::entity);
    }

    private static int window(String noun) {
        return noun.equals("organisation") || noun.equals("organization") || noun.equals("body") ? WINDOW : KIND_WINDOW;
    }

    private static String outsideMentions(String text, List<Mention> mentions, int from, int to) {
        StringBuilder between = new StringBuilder(text.substring(from, to));
        for (Mention mention : mentions) {
            for (int c = Math.max(from, mention.charBegin()); c < Math.min(to, mention.charEnd()); c++) {
                between.setCharAt(c - from, ' ');
            }
        }
        return between.toString();
    }

    private boolean fits(IRI organisation, String noun, List<String> modifiers) {
        List<String> labels = labels(organisation);
        for (String modifier : modifiers) {
            String word = modifier.startsWith("pan-") ? modifier.substring(4) : modifier;
            if (Character.isUpperCase(word.codePointAt(0)) && !word.endsWith("-based")
                    && labels.stream().noneMatch(l -> containsWord(l, word.toLowerCase(Locale.ROOT)))) {
                return false;
            }
        }
        return switch (noun) {
            case "union", "alliance" -> labels.stream().anyMatch(l -> containsWord(l, noun));
            case "bloc" -> labels.stream().anyMatch(l -> BLOC_WORDS.stream().anyMatch(w -> containsWord(l, w)));
            default -> true;
        };
    }

    private List<String> labels(IRI organisation) {
        List<String> labels = new ArrayList<>();
        for (IRI property : List.of(SCHEMA.name, SKOS.ALT_LABEL)) {
            for (Value value : gazetteer.model().filter(organisation, property, null).objects()) {
                if (value instanceof Literal literal) {
                    labels.add(literal.getLabel().toLowerCase(Locale.ROOT));
                }
            }
        }
        return labels;
    }

    private static boolean containsWord(String label, String word) {
        return Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(label).find();
    }
}
