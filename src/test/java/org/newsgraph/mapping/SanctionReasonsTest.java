package org.newsgraph.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SanctionReasonsTest {

    @Test
    void theReasonFollowsItsMarkerToTheEndOfItsClause() {
        assertThat(SanctionReasons.reason("The EU imposed sanctions on Russia over its actions in Ukraine, officials said."))
                .contains("its actions in Ukraine");
        assertThat(SanctionReasons.reason("Australia imposed sanctions on 11 Iranian individuals it holds responsible for the "
                + "violent suppression of the protests that followed the death of Mahsa Amini."))
                .contains("the violent suppression of the protests");
        assertThat(SanctionReasons.reason("The Treasury blacklisted a senator it accused of running weapons from Florida."))
                .contains("running weapons from Florida");
    }

    @Test
    void whatTheTargetsWereInvolvedInIsTheReasonEvenAtLength() {
        assertThat(SanctionReasons.reason("Canada imposed sanctions on 13 Russian individuals that it said were involved in the "
                + "forced transfer and deportation of Ukrainian children to Russia and to territories controlled by Moscow."))
                .contains("the forced transfer and deportation of Ukrainian children to Russia and to territories controlled by Moscow");
        assertThat(SanctionReasons.reason("Officials involved in the deportation of children will face sanctions, Kyiv said."))
                .as("the marker before the sanctions says who, not why").isEmpty();
    }

    @Test
    void noMarkerOrNoSanctionsIsNoReason() {
        assertThat(SanctionReasons.reason("The EU imposed sanctions on Russia on Monday.")).isEmpty();
        assertThat(SanctionReasons.reason("Prosecutors accused of him of running weapons from Florida.")).isEmpty();
    }
}
