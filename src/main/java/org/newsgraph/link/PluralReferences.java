package org.newsgraph.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.rdf4j.model.IRI;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.TextAnalysis;
import org.newsgraph.vocab.SCHEMA;

/**
 * "The two leaders", "the two men", "both countries": the two entities of that kind the article has been talking
 * about, taken from the last few sentences and ranked by how often the article named them so far,
 * then by recency. A person with a known office also counts as a mention of their country, so that
 * "Putin's meetings with Kim ... the two nations" finds Russia and North Korea, and so does a capital.
 */
final class PluralReferences {

    private static final Pattern PLURAL = Pattern.compile(
            "\\b(?:[Tt]he two|[Bb]oth(?: the)?)\\s+(leaders|presidents|heads of state|men|women|countries|nations|governments|states)\\b");
    private static final int WINDOW = 3;
    private static final Pattern AND = Pattern.compile("\\s+and\\s+");

    private final Gazetteer gazetteer;
    private final LocalDate day;
    private final Collection<Position> stated;

    PluralReferences(Gazetteer gazetteer, LocalDate day, Collection<Position> stated) {
        this.gazetteer = gazetteer;
        this.day = day;
        this.stated = stated;
    }

    void resolve(TextAnalysis analysis, List<Mention> mentions) {
        List<Mention> found = new ArrayList<>();
        for (Sentence sentence : analysis.sentences()) {
            Matcher m = PLURAL.matcher(analysis.text()).region(sentence.charBegin(), sentence.charEnd());
            while (m.find()) {
                boolean people = m.group(1).matches("leaders|presidents|heads of state|men|women");
                IRI type = people ? SCHEMA.Person : SCHEMA.Country;
                boolean leaders = people && !m.group(1).endsWith("men");
                List<IRI> pair = pair(analysis.text(), mentions, sentence, m.start(), people, leaders);
                for (IRI entity : pair) {
                    int begin = analysis.codePoint(m.start());
                    int end = begin + analysis.text().codePointCount(m.start(), m.end());
                    found.add(new Mention(begin, end, m.start(), m.end(), m.group(), sentence, entity, type, MatchKind.PLURAL_REFERENCE));
                }
            }
        }
        mentions.addAll(found);
    }

    private List<IRI> pair(String text, List<Mention> mentions, Sentence sentence, int before, boolean people, boolean leaders) {
        // "... the guest of Malaysian Prime Minister Anwar Ibrahim. There, the two men agreed": exactly two
        // people named in the sentence so far, or else in the sentence before, are the two, however often
        // the article named others. Not so for countries, which sentences name in passing ("Both countries").
        if (people) {
            List<IRI> local = named(mentions, m -> m.sentence().index() == sentence.index() && m.charBegin() < before, true);
            if (local.isEmpty()) {
                local = named(mentions, m -> m.sentence().index() == sentence.index() - 1, true);
            }
            if (local.size() == 2) {
                return local;
            }
            // "In Bogor, the conversation turned to the sea. Over lunch, the two leaders discussed": when neither this
            // sentence nor the one before names anyone, the two are the story's own, the two people its opening
            // sentence (the headline) names, not those of the aside told last ("the guest of ... Anwar Ibrahim").
            List<IRI> opening = named(mentions, m -> m.sentence().index() == 0, true);
            if (local.isEmpty() && sentence.index() > 0 && opening.size() == 2) {
                return opening;
            }
        }
        // "Japanese and North Korean officials held talks in the Mongolian capital ... a summit between the two
        // countries": two countries the sentence joins by "and" before the reference are the two, not the place
        // named after them.
        List<IRI> joined = joinedCountries(text, mentions, sentence, before);
        if (!people && joined.size() == 2) {
            return joined;
        }
        Map<IRI, Integer> counts = new HashMap<>();
        Map<IRI, Integer> latest = new HashMap<>();
        for (Mention mention : mentions) {
            if (mention.charBegin() >= before) {
                continue;
            }
            for (IRI entity : referents(mention, people)) {
                counts.merge(entity, 1, Integer::sum);
                latest.put(entity, mention.charBegin());
            }
        }
        List<IRI> recent = new ArrayList<>();
        for (Mention mention : mentions) {
            if (mention.charBegin() < before && mention.sentence().index() >= sentence.index() - WINDOW) {
                referents(mention, people).stream().filter(e -> !recent.contains(e)).forEach(recent::add);
            }
        }
        List<IRI> pool = recent.size() >= 2 ? recent : new ArrayList<>(counts.keySet());
        // "Pakistan's army chief, Field Marshal Asim Munir, attended. ... the two leaders held talks": leaders
        // hold offices; someone the article names without one is none of the two when two office holders are at hand.
        List<IRI> holders = pool.stream().filter(this::holdsOffice).toList();
        if (leaders && holders.size() >= 2) {
            pool = new ArrayList<>(holders);
        }
        if (pool.size() < 2) {
            return List.of();
        }
        pool.sort(Comparator.comparing((IRI e) -> counts.get(e)).thenComparing(latest::get).reversed());
        return pool.subList(0, 2);
    }

    /** The first two countries the sentence names joined by "and" before {@code before} ("Japanese and North Korean"), or none. */
    private static List<IRI> joinedCountries(String text, List<Mention> mentions, Sentence sentence, int before) {
        List<Mention> countries = mentions.stream()
                .filter(m -> m.sentence().index() == sentence.index() && m.charEnd() <= before && m.type().equals(SCHEMA.Country))
                .sorted(Comparator.comparingInt(Mention::charBegin))
                .toList();
        for (int i = 0; i + 1 < countries.size(); i++) {
            Mention first = countries.get(i);
            Mention second = countries.get(i + 1);
            String between = text.substring(first.charEnd(), Math.max(first.charEnd(), second.charBegin()));
            if (AND.matcher(between).matches() && !first.entity().equals(second.entity())) {
                return List.of(first.entity(), second.entity());
            }
        }
        return List.of();
    }

    private List<IRI> named(List<Mention> mentions, Predicate<Mention> where, boolean people) {
        List<IRI> named = new ArrayList<>();
        mentions.stream().filter(where)
                .flatMap(m -> referents(m, people).stream())
                .filter(e -> !named.contains(e))
                .forEach(named::add);
        return named;
    }

    private boolean holdsOffice(IRI person) {
        return gazetteer.holdings(person).stream().anyMatch(h -> h.validOn(day)) || stated.stream().anyMatch(p -> p.holder().equals(person));
    }

    private List<IRI> referents(Mention mention, boolean people) {
        if (people) {
            return mention.type().equals(SCHEMA.Person) ? List.of(mention.entity()) : List.of();
        }
        if (mention.type().equals(SCHEMA.Country)) {
            return List.of(mention.entity());
        }
        if (mention.type().equals(SCHEMA.City)) {
            // "arrived in Mexico City ... as both countries brace": a capital brings its country into the talk.
            IRI country = gazetteer.countryOfCapital(mention.entity());
            return country == null ? List.of() : List.of(country);
        }
        if (mention.type().equals(SCHEMA.Person)) {
            List<IRI> countries = new ArrayList<>();
            gazetteer.holdings(mention.entity()).stream()
                    .filter(h -> h.jurisdiction() != null && h.validOn(day))
                    .forEach(h -> countries.add(h.jurisdiction()));
            stated.stream()
                    .filter(p -> p.holder().equals(mention.entity()))
                    .forEach(p -> countries.add(p.jurisdiction()));
            return countries.stream().distinct().toList();
        }
        return List.of();
    }
}
