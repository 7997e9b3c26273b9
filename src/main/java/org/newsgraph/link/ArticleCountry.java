package org.newsgraph.link;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.rdf4j.model.IRI;
import org.newsgraph.vocab.SCHEMA;

/** The country an article is about, as far as it has been read: what a bare title is taken to mean. */
final class ArticleCountry {

    private ArticleCountry() {
    }

    /**
     * The dominant country of the mentions so far, or else the dateline's ({@code home}) when the article
     * has named it, itself or by its cities, more often than any other ("Prime Minister Charlot Salwai"
     * in a story from Port Vila that names Vanuatu and Port Vila more than the United States). Null otherwise.
     */
    static IRI of(List<Mention> mentions, IRI home, Gazetteer gazetteer) {
        IRI dominant = dominant(mentions);
        return dominant != null || home == null || !Datelines.leads(home, mentions, gazetteer) ? dominant : home;
    }

    /** Named at least three times, and at least twice as often as any other country. */
    private static IRI dominant(List<Mention> mentions) {
        Map<IRI, Long> counts = mentions.stream()
                .filter(m -> m.type().equals(SCHEMA.Country) && m.kind() != MatchKind.PLURAL_REFERENCE)
                .collect(Collectors.groupingBy(Mention::entity, Collectors.counting()));
        List<Map.Entry<IRI, Long>> ranked = counts.entrySet().stream()
                .sorted(Map.Entry.<IRI, Long>comparingByValue().reversed())
                .toList();
        if (ranked.isEmpty() || ranked.get(0).getValue() < 3
                || ranked.size() > 1 && ranked.get(0).getValue() < 2 * ranked.get(1).getValue()) {
            return null;
        }
        return ranked.get(0).getKey();
    }
}
