package org.newsgraph.mapping;

import java.util.Set;

import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.newsgraph.vocab.GP;
import org.newsgraph.vocab.SCHEMA;

/**
 * "Indonesia and South Africa sign farming and health pact" over "Indonesia and South Africa have agreed to work
 * together on food security ...": the standfirst sums up in words of intent the agreement that the headline and the
 * lede tell signed on a day. An undated intent that only the headline and lede tell, of the two countries of such a
 * dated agreement, is that agreement's content, no intent of its own.
 */
final class SummaryIntents {

    /** The headline, the standfirst and the dateline paragraph's first sentences. */
    private static final int SUMMARY = 4;
    private static final Value ASSERTED = Values.iri(GP.NAMESPACE, "asserted");

    private SummaryIntents() {
    }

    static void dropIntentsOfTheHeadlinesAgreement(Model events, ArticleSentences sentences) {
        if (sentences.size() < 2) {
            return;
        }
        Resource headline = sentences.get(0);
        Set<Resource> summary = Set.copyOf(sentences.range(0, SUMMARY));
        for (Resource intent : Set.copyOf(events.filter(null, RDF.TYPE, GP.CooperationIntent).subjects())) {
            boolean summaryOnly = events.filter(intent, GP.evidence, null).objects().stream().allMatch(summary::contains);
            if (!summaryOnly || events.contains(intent, SCHEMA.startDate, null) || !events.contains(intent, GP.factuality, ASSERTED)) {
                continue;
            }
            Set<Value> sides = EventRules.sides(events, intent);
            boolean agreed = events.filter(null, RDF.TYPE, GP.CooperationAgreement).subjects().stream()
                    .anyMatch(agreement -> events.contains(agreement, GP.evidence, headline)
                            && events.contains(agreement, SCHEMA.startDate, null)
                            && events.contains(agreement, GP.factuality, ASSERTED)
                            && EventRules.sides(events, agreement).equals(sides));
            if (agreed) {
                events.remove(intent, null, null);
                events.remove(null, null, intent);
            }
        }
    }

}
