package org.newsgraph.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SentenceDatesTest {

    private static final LocalDate THURSDAY = LocalDate.of(2024, 6, 20);

    private static SentenceDates.Span span(String text, String trigger) {
        int begin = text.indexOf(trigger);
        return new SentenceDates.Span(begin, begin + trigger.length());
    }

    @Test
    void theDateNearestTheTriggerIsTheEventsDate() {
        String text = "After talks on Monday, the two leaders signed an agreement on Wednesday.";

        assertThat(SentenceDates.resolve(text, THURSDAY, span(text, "signed"))).contains(LocalDate.of(2024, 6, 19));
        assertThat(SentenceDates.resolve(text, THURSDAY, span(text, "talks"))).contains(LocalDate.of(2024, 6, 17));
    }

    @Test
    void withoutATriggerTheFirstExplicitDateIsTaken() {
        String text = "After talks on Monday, the two leaders signed an agreement on June 19.";

        assertThat(SentenceDates.resolve(text, THURSDAY)).contains(LocalDate.of(2024, 6, 19));
        assertThat(SentenceDates.resolve(text, THURSDAY, null)).contains(LocalDate.of(2024, 6, 19));
        assertThat(SentenceDates.resolve(text, THURSDAY, span(text, "talks"))).contains(LocalDate.of(2024, 6, 17));
    }

    @Test
    void anExpressionThatCannotBeResolvedGivesWayToTheNextNearest() {
        String text = "The ministers met on Tuesday, a week after the accord of June 4, 2024.";

        assertThat(SentenceDates.resolve(text, null, span(text, "met"))).contains(LocalDate.of(2024, 6, 4));
        assertThat(SentenceDates.resolve(text, THURSDAY, span(text, "met"))).contains(LocalDate.of(2024, 6, 18));
    }

    @Test
    void whatIsExpectedToBeDescribesAPastMeetingWhileIsExpectedToDatesItAhead() {
        String held = "Biden and Xi held what is expected to be their final meeting on Saturday.";
        String ahead = "The meeting is expected to be held on Saturday.";

        assertThat(SentenceDates.resolve(held, THURSDAY, span(held, "held"))).contains(LocalDate.of(2024, 6, 15));
        assertThat(SentenceDates.resolve(ahead, THURSDAY, span(ahead, "meeting"))).contains(LocalDate.of(2024, 6, 22));
    }

    @Test
    void aSentenceWithoutADateHasNone() {
        String text = "The two leaders signed an agreement.";

        assertThat(SentenceDates.resolve(text, THURSDAY, span(text, "signed"))).isEmpty();
    }

    @Test
    void anEarlierYearOrMonthIsThePast() {
        assertThat(SentenceDates.past("The pact builds on Putin's state visit to Tashkent in May 2023.", THURSDAY)).isTrue();
        assertThat(SentenceDates.past("Orban travelled to Moscow in March to meet Putin.", THURSDAY)).isTrue();
        assertThat(SentenceDates.past("Putin arrived in Pyongyang, his first visit since 2000, on Tuesday 2024.", THURSDAY)).isFalse();
        assertThat(SentenceDates.past("Putin will travel to Beijing in March 2023, officials said.", THURSDAY)).isFalse();
        assertThat(SentenceDates.past("Orban travelled to Moscow in October.", THURSDAY)).isFalse();
        assertThat(SentenceDates.past("Putin arrived in Pyongyang on Tuesday.", THURSDAY)).isFalse();
    }
}
