package org.newsgraph.link;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.eclipse.rdf4j.model.IRI;
import org.newsgraph.vocab.SCHEMA;

/**
 * Which entity a match of full names (no short names) names when several share the words: by kind,
 * a country over its capital of the same name, the one the article names unambiguously elsewhere, the one its
 * dateline names, a country over a territory whose name holds the shared demonym, a plain label over a contextual alias.
 */
final class LabelChoice {

    /** The chosen label; {@code fromArticle} when only the rest of the article decided it. */
    record Chosen(Label label, boolean fromArticle) {
    }

    /** Nouns after which a demonym is the state's own adjective ("Dominican Republic", "Central African Republic"). */
    private static final Set<String> FORMS_OF_STATE = Set.of("Republic", "Kingdom", "Federation", "Commonwealth", "Union", "Emirates");

    private final Gazetteer gazetteer;
    /** Countries, places and organisations the article names by a label only they have, or by their capital. */
    private final Set<IRI> namedUnambiguously;

    LabelChoice(Gazetteer gazetteer, Set<IRI> namedUnambiguously) {
        this.gazetteer = gazetteer;
        this.namedUnambiguously = namedUnambiguously;
    }

    /**
     * The label the match links, or null when it stays ambiguous; {@code home} is the country of the
     * article's dateline, or null. The article's context comes before the form of the names: "Dominican"
     * is a word of the Dominican Republic's name and the demonym of Dominica too, and a story that names
     * the Dominican Republic or Santo Domingo means it by "Dominican".
     */
    Chosen choose(List<Label> full, IRI home) {
        Label label = best(full);
        if (label == null) {
            label = countryOverItsCapital(full);
        }
        if (label != null) {
            return new Chosen(label, false);
        }
        label = namedInArticle(full);
        if (label == null) {
            label = capitalOfNamedCountry(full);
        }
        if (label == null) {
            label = ofDateline(full, home);
        }
        if (label != null) {
            return new Chosen(label, true);
        }
        label = notTheNamesake(full);
        if (label == null) {
            label = withoutContextual(full);
        }
        return label == null ? null : new Chosen(label, false);
    }

    /**
     * "SANTO DOMINGO - Dominican troops ...": a demonym several countries share names the one the story is
     * filed from, when the article names none of them by a label only it has.
     */
    private static Label ofDateline(List<Label> labels, IRI home) {
        if (home == null || labels.stream().anyMatch(l -> l.kind() != MatchKind.DEMONYM)) {
            return null;
        }
        List<Label> own = labels.stream().filter(l -> l.entity().equals(home)).toList();
        return own.isEmpty() ? null : best(own);
    }

    /** The label of the one entity the match names; by kind when several entities share the words; null when still ambiguous. */
    private static Label best(List<Label> labels) {
        Label best = labels.stream().min(Comparator.comparing(Label::kind)).orElseThrow();
        long rivals = labels.stream()
                .filter(l -> l.kind() == best.kind() && !l.entity().equals(best.entity()))
                .count();
        return rivals == 0 ? best : null;
    }

    /** "Singapore", "Djibouti": a country and its capital of the same name; the name is the country's. */
    private Label countryOverItsCapital(List<Label> labels) {
        List<IRI> entities = labels.stream().map(Label::entity).distinct().toList();
        if (entities.size() != 2) {
            return null;
        }
        for (IRI city : entities) {
            IRI country = gazetteer.countryOfCapital(city);
            if (country != null && entities.contains(country)) {
                return best(labels.stream().filter(l -> l.entity().equals(country)).toList());
            }
        }
        return null;
    }

    /**
     * "Chinese and Indian investors": the source's demonym of a territory named after another place ("British Indian
     * Ocean Territory" after the Indian Ocean, "French Southern and Antarctic Lands" after France) is that place's
     * adjective, a word of the territory's own name; shared with a country, it names the country. A demonym no
     * name contains ("Norwegian" of Norway and of Svalbard and Jan Mayen) stays ambiguous, and so does one before
     * the form of a state ("Dominican" of Dominica and of the Dominican Republic): the state's own adjective.
     */
    private Label notTheNamesake(List<Label> labels) {
        if (labels.stream().anyMatch(l -> l.kind() != MatchKind.DEMONYM)) {
            return null;
        }
        List<Label> others = labels.stream().filter(l -> !wordOf(gazetteer.name(l.entity()), l.text())).toList();
        return others.isEmpty() || others.size() == labels.size() ? null : best(others);
    }

    private static boolean wordOf(String name, String word) {
        if (name == null) {
            return false;
        }
        List<String> words = List.of(name.split("[\\s,]+"));
        int at = words.indexOf(word);
        return at >= 0 && (at + 1 == words.size() || !FORMS_OF_STATE.contains(words.get(at + 1)));
    }

    /**
     * A name several entities share ("Congo", "Congolese") names the one of them the article names
     * by a label no other entity has ("Democratic Republic of the Congo", "DRC", its capital
     * "Kinshasa"), wherever in the article that is (a headline comes before the full name).
     */
    private Label namedInArticle(List<Label> labels) {
        List<Label> named = labels.stream().filter(l -> namedUnambiguously.contains(l.entity())).toList();
        return named.stream().map(Label::entity).distinct().count() == 1 ? best(named) : null;
    }

    /**
     * "Kingston", the capital of Jamaica and of Norfolk Island: a capital's name several capitals share names the
     * one whose country the article names unambiguously ("Jamaica"), and no city when it names none or both.
     */
    private Label capitalOfNamedCountry(List<Label> labels) {
        List<Label> named = labels.stream()
                .filter(l -> l.type().equals(SCHEMA.City))
                .filter(l -> {
                    IRI country = gazetteer.countryOfCapital(l.entity());
                    return country != null && namedUnambiguously.contains(country);
                })
                .toList();
        return named.stream().map(Label::entity).distinct().count() == 1 ? best(named) : null;
    }

    /** Without such a name, a contextual alias ("Congo" of the Republic of the Congo) gives way to the plain label of another entity. */
    private static Label withoutContextual(List<Label> labels) {
        List<Label> plain = labels.stream().filter(l -> !l.contextual()).toList();
        return plain.isEmpty() || plain.size() == labels.size() ? null : best(plain);
    }

    /** Notes the entity a match names by a label only it has (and the country of a capital so named). */
    void note(Match match) {
        List<IRI> entities = match.labels().stream()
                .filter(l -> l.kind() != MatchKind.SHORT_NAME && !l.contextual() && !l.type().equals(SCHEMA.Person))
                .map(Label::entity)
                .distinct()
                .toList();
        if (entities.size() != 1 || entities.size() != match.labels().stream().map(Label::entity).distinct().count()) {
            return;
        }
        namedUnambiguously.add(entities.get(0));
        IRI country = gazetteer.countryOfCapital(entities.get(0));
        if (country != null) {
            namedUnambiguously.add(country);
        }
    }
}
