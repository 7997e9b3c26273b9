package org.newsgraph.mapping;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.newsgraph.vocab.GP;
import org.newsgraph.vocab.SCHEMA;

/**
 * What the article as a whole says of an event's factuality, beyond the sentence that tells it: a
 * report the article denies elsewhere is denied, and an event dated well before the news is background.
 */
final class ArticleFactuality {

    /** News is of the last few days: an event dated more than a week before publication is told as background. */
    static final int NEWS_DAYS = 7;

    private static final IRI ASSERTED = Values.iri(GP.NAMESPACE, "asserted");
    private static final IRI REPORTED = Values.iri(GP.NAMESPACE, "reported");
    private static final IRI BACKGROUND = Values.iri(GP.NAMESPACE, "background");
    private static final IRI DENIED = Values.iri(GP.NAMESPACE, "denied");

    private ArticleFactuality() {
    }

    /**
     * "Niger on Sunday denied reports that it had signed a secret agreement with Iran" and, later, "A French
     * newspaper reported last week that the two countries had concluded a deal": the report is of the deal
     * the article denies. A reported event of the type and sides of a denied one is that denied event.
     */
    static void deniedReports(Model events) {
        List<Resource> denied = List.copyOf(events.filter(null, GP.factuality, DENIED).subjects());
        for (Resource reported : List.copyOf(events.filter(null, GP.factuality, REPORTED).subjects())) {
            Set<Value> sides = EventRules.sides(events, reported);
            denied.stream()
                    .filter(d -> !d.equals(reported) && sides.size() == 2 && sides.equals(EventRules.sides(events, d))
                            && Set.copyOf(events.filter(d, RDF.TYPE, null).objects())
                                    .equals(Set.copyOf(events.filter(reported, RDF.TYPE, null).objects())))
                    .findFirst()
                    .ifPresent(d -> {
                        events.remove(reported, GP.factuality, null);
                        events.remove(reported, SCHEMA.name, null);
                        events.remove(reported, SCHEMA.startDate, null);
                        EventRules.moveEvent(events, reported, d);
                    });
        }
    }

    /**
     * "Fico travelled to Moscow on Dec. 22" in a story published on Jan. 3: an asserted event dated more
     * than {@link #NEWS_DAYS} days before publication is background to the news.
     */
    static void staleAsBackground(Model events, LocalDate published) {
        if (published == null) {
            return;
        }
        for (Resource event : List.copyOf(events.filter(null, GP.factuality, ASSERTED).subjects())) {
            boolean stale = events.filter(event, SCHEMA.startDate, null).objects().stream()
                    .map(ArticleFactuality::day)
                    .anyMatch(day -> day != null && day.isBefore(published.minusDays(NEWS_DAYS)));
            if (stale) {
                events.remove(event, GP.factuality, null);
                events.add(event, GP.factuality, BACKGROUND);
            }
        }
    }


    private static LocalDate day(Value date) {
        String text = date.stringValue();
        try {
            return text.length() >= 10 ? LocalDate.parse(text.substring(0, 10)) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
