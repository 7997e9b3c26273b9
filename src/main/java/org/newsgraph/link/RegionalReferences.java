package org.newsgraph.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.rdf4j.model.IRI;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.TextAnalysis;
import org.newsgraph.vocab.SCHEMA;

/**
 * "The North African country", "the Central Asian nation", "the Pacific island nation": the country of that
 * region the article has been talking about. The regions are world-countries' subregions (gp:subregion in the
 * gazetteer); only adjectives that name one of them, or a group of them, exactly are read ("Middle Eastern"
 * and "Gulf" span several and are not). The country must be the one of its region the article named most
 * before the phrase, more often than any other of that region.
 */
final class RegionalReferences {

    private static final Map<String, Set<String>> REGIONS = Map.ofEntries(
            Map.entry("north african", Set.of("Northern Africa")),
            Map.entry("west african", Set.of("Western Africa")),
            Map.entry("east african", Set.of("Eastern Africa")),
            Map.entry("central asian", Set.of("Central Asia")),
            Map.entry("south asian", Set.of("Southern Asia")),
            Map.entry("southeast asian", Set.of("South-Eastern Asia")),
            Map.entry("south-east asian", Set.of("South-Eastern Asia")),
            Map.entry("south east asian", Set.of("South-Eastern Asia")),
            Map.entry("east asian", Set.of("Eastern Asia")),
            Map.entry("south american", Set.of("South America")),
            Map.entry("central american", Set.of("Central America")),
            Map.entry("caribbean", Set.of("Caribbean")),
            Map.entry("central european", Set.of("Central Europe")),
            Map.entry("eastern european", Set.of("Eastern Europe")),
            Map.entry("balkan", Set.of("Southeast Europe")),
            Map.entry("pacific", Set.of("Melanesia", "Micronesia", "Polynesia")),
            Map.entry("pacific island", Set.of("Melanesia", "Micronesia", "Polynesia")));
    private static final Pattern REGIONAL = Pattern.compile(
            "\\b[Tt]he ((?:North|West|East|Central|South|Southeast|South-East|South East|Eastern) (?:African|Asian|American|European)"
                    + "|Caribbean|Balkan|Pacific(?: island)?) (?:island )?(country|nation|state|republic|kingdom|archipelago)\\b");

    private final Gazetteer gazetteer;

    RegionalReferences(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    void resolve(TextAnalysis analysis, List<Mention> mentions) {
        List<Mention> found = new ArrayList<>();
        for (Sentence sentence : analysis.sentences()) {
            Matcher m = REGIONAL.matcher(analysis.text()).region(sentence.charBegin(), sentence.charEnd());
            while (m.find()) {
                Set<String> regions = REGIONS.get(m.group(1).toLowerCase(Locale.ROOT));
                IRI country = regions == null ? null : country(mentions, regions, m.start());
                if (country != null) {
                    int begin = analysis.codePoint(m.start());
                    int end = begin + analysis.text().codePointCount(m.start(), m.end());
                    found.add(new Mention(begin, end, m.start(), m.end(), m.group(), sentence, country, SCHEMA.Country,
                            MatchKind.REGIONAL_REFERENCE));
                }
            }
        }
        mentions.addAll(found);
    }

    /** The country of the regions the article named most before the phrase, if more often than any other. */
    private IRI country(List<Mention> mentions, Set<String> regions, int before) {
        Map<IRI, Integer> counts = new HashMap<>();
        for (Mention mention : mentions) {
            IRI country = mention.type().equals(SCHEMA.Country) ? mention.entity()
                    : mention.type().equals(SCHEMA.City) ? gazetteer.countryOfCapital(mention.entity()) : null;
            String region = country == null ? null : gazetteer.subregion(country);
            if (mention.charBegin() < before && region != null && regions.contains(region)) {
                counts.merge(country, 1, Integer::sum);
            }
        }
        List<Map.Entry<IRI, Integer>> ranked = counts.entrySet().stream()
                .sorted(Map.Entry.<IRI, Integer>comparingByValue(Comparator.reverseOrder()))
                .toList();
        if (ranked.isEmpty() || ranked.size() > 1 && ranked.get(1).getValue().equals(ranked.get(0).getValue())) {
            return null;
        }
        return ranked.get(0).getKey();
    }
}
