package org.newsgraph.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelativeDatesTest {

    @Test
    void anOpeningPlacedAgainstTheSentenceBeforeShiftsItsDay() {
        assertThat(RelativeDates.shift("A day earlier, Ramaphosa had blamed the deaths on rebels.")).contains(-1L);
        assertThat(RelativeDates.shift("Two days later, Moscow expelled two diplomats.")).contains(2L);
        assertThat(RelativeDates.shift("The next day, the ministry summoned the envoy.")).contains(1L);
        assertThat(RelativeDates.shift("The day before, Kyiv had condemned the strike.")).contains(-1L);
    }

    @Test
    void aSentenceThatDoesNotOpenAgainstTheOneBeforeKeepsNoShift() {
        assertThat(RelativeDates.shift("A day earlier than planned, the summit opened.")).isEmpty();
        assertThat(RelativeDates.shift("Earlier, Ramaphosa had blamed the deaths on rebels.")).isEmpty();
        assertThat(RelativeDates.shift("Ramaphosa spoke a day earlier, blaming the deaths on rebels.")).isEmpty();
    }

    @Test
    void aDayNamedInsideAgainstTheSentenceBeforeShiftsItsDay() {
        assertThat(RelativeDates.shift("The emir landed in Dhaka the previous day for a two-day state visit.")).contains(-1L);
        assertThat(RelativeDates.shift("Putin had arrived in Pyongyang the day before.")).contains(-1L);
        assertThat(RelativeDates.shift("Kim flew on to Vladivostok the following day.")).contains(1L);
    }

    @Test
    void aDayPlacedAgainstSomethingElseKeepsNoShift() {
        assertThat(RelativeDates.shift("Putin arrived in Pyongyang the day before the parade.")).isEmpty();
        assertThat(RelativeDates.shift("The previous visit by a Russian leader was in 2000.")).isEmpty();
    }

    @Test
    void whatFollowsTheActOfTheSentenceBeforeTakesItsDay() {
        assertThat(RelativeDates.shift("Afterwards, ministers from both governments signed agreements on biofuels.")).contains(0L);
        assertThat(RelativeDates.shift("At the end of the visit the delegations signed five agreements.")).contains(0L);
        assertThat(RelativeDates.shift("After the talks, the two leaders signed a joint declaration.")).contains(0L);
        assertThat(RelativeDates.shift("After the election, the two leaders signed a joint declaration.")).isEmpty();
        assertThat(RelativeDates.shift("The end of the visit came early.")).isEmpty();
    }
}
