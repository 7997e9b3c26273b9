package org.newsgraph.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.rdf4j.model.util.Values;
import org.junit.jupiter.api.Test;
import org.newsgraph.vocab.UriSpace;

class EventListTest {

    private final EventList events = new EventList(new Links(new UriSpace("http://example.org/")));

    private static List<EventList.EventView> latest(int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> new EventList.EventView("e" + i, "/page/event/e" + i, "State visit", "", null, null))
                .toList();
    }

    // No connection: each case must be answered from the timeline's events without a query.
    @Test
    void aPageInsideTheTimelineIsCutFromIt() {
        assertThat(events.page(null, Values.iri("http://example.org/id/country/x"), latest(200), 1000, 20, 40))
                .extracting(EventList.EventView::name).first().isEqualTo("e40");
        assertThat(events.page(null, Values.iri("http://example.org/id/country/x"), latest(200), 1000, 20, 180))
                .hasSize(20).extracting(EventList.EventView::name).last().isEqualTo("e199");
    }

    @Test
    void whenTheTimelineHoldsEveryEventTheLastPageIsShortAndLaterPagesEmpty() {
        assertThat(events.page(null, Values.iri("http://example.org/id/country/x"), latest(45), 45, 20, 40)).hasSize(5);
        assertThat(events.page(null, Values.iri("http://example.org/id/country/x"), latest(45), 45, 20, 60)).isEmpty();
        assertThat(events.page(null, Values.iri("http://example.org/id/country/x"), List.of(), 0, 20, 0)).isEmpty();
    }
}
