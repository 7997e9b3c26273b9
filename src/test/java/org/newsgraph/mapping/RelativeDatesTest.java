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
}
