package org.newsgraph.mapping;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.newsgraph.vocab.GP;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.SCHEMA;

/**
 * News puts in its headline what the lede, the first sentences after it, tells with its day: "ASEAN
 * ministers criticise Myanmar junta" over "Southeast Asian foreign ministers on Wednesday criticised
 * Myanmar's military government". An event that only the headline gives, undated, takes the day that
 * the lede gives next to a trigger of its kind, even when the lede names the actors in words the
 * linker does not know. Its IRI then carries the day, as the IRI of every dated event does.
 */
final class LedeDates {

    /** Sentences after the headline read as its lede: the standfirst and the dateline paragraph's first. */
    private static final int LEDE = 3;
    private static final IRI BACKGROUND = Values.iri(GP.NAMESPACE, "background");

    private static final Map<IRI, String> TRIGGERS = Map.of(
            GP.StateVisit, NG.NAMESPACE + "VisitTrigger",
            GP.BilateralTalks, NG.NAMESPACE + "TalksTrigger",
            GP.CooperationIntent, NG.NAMESPACE + "CooperationIntentTrigger",
            GP.CooperationAgreement, NG.NAMESPACE + "AgreementTrigger",
            GP.SanctionsImposition, NG.NAMESPACE + "SanctionsImpositionTrigger",
            GP.Criticism, NG.NAMESPACE + "CriticismTrigger");

    private LedeDates() {
    }

    static void date(Model events, ArticleSentences sentences, LocalDate published, TriggerLexicon triggers) {
        if (published == null || sentences.size() < 2) {
            return;
        }
        Resource headline = sentences.get(0);
        List<String> lede = sentences.range(1, LEDE).stream().map(sentences::text).toList();
        for (Resource event : Set.copyOf(events.filter(null, GP.evidence, headline).subjects())) {
            // A background event (an agreement "signed in 2018") is not the news whose day the lede gives.
            if (!(event instanceof IRI iri) || events.contains(event, SCHEMA.startDate, null) || EventRules.speculative(events, event)
                    || events.contains(event, GP.factuality, BACKGROUND)) {
                continue;
            }
            String trigger = events.filter(event, RDF.TYPE, null).objects().stream()
                    .map(TRIGGERS::get)
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElse(null);
            if (trigger == null) {
                continue;
            }
            lede.stream()
                    .map(text -> day(text, published, trigger, triggers))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .ifPresent(day -> EventRules.date(events, iri, day));
        }
    }

    private static Optional<LocalDate> day(String text, LocalDate published, String trigger, TriggerLexicon triggers) {
        return triggers.matches(text, trigger).stream()
                .findFirst()
                .flatMap(m -> SentenceDates.resolve(text, published, new SentenceDates.Span(
                        text.offsetByCodePoints(0, m.begin()), text.offsetByCodePoints(0, m.end()))));
    }
}
