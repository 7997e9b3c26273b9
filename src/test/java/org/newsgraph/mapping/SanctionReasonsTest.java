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
    void aListOfThingsDoesNotEndTheReasonAtItsFirstComma() {
        assertThat(SanctionReasons.reason("Canada imposed sanctions on Tuesday on eight Chinese companies for their role in"
                + " supplying engines, microchips and navigation modules used in Russian attack drones, the foreign ministry said."))
                .contains("their role in supplying engines, microchips and navigation modules used in Russian attack drones");
        assertThat(SanctionReasons.reason("The EU imposed sanctions on Russia over its war in Ukraine, Britain and Canada said."))
                .as("names after the comma are who said it").contains("its war in Ukraine");
        assertThat(SanctionReasons.reason("The EU imposed sanctions on Russia over its war in Ukraine, and Britain followed."))
                .contains("its war in Ukraine");
        assertThat(SanctionReasons.reason("The EU imposed sanctions on Iran over its drone deliveries, officials and diplomats said."))
                .contains("its drone deliveries");
    }

    @Test
    void noMarkerOrNoSanctionsIsNoReason() {
        assertThat(SanctionReasons.reason("The EU imposed sanctions on Russia on Monday.")).isEmpty();
        assertThat(SanctionReasons.reason("Prosecutors accused of him of running weapons from Florida.")).isEmpty();
    }

    @Test
    void citingGivesTheReasonButNotWhomItQuotes() {
        assertThat(SanctionReasons.reason("Australia imposed financial sanctions on three Myanmar air force officers, citing a "
                + "campaign of air strikes that has killed hundreds of civilians."))
                .contains("a campaign of air strikes");
        assertThat(SanctionReasons.reason("The EU will impose sanctions on Iran next week, Reuters reported, citing two diplomats."))
                .as("who is quoted is no reason").isEmpty();
        assertThat(SanctionReasons.reason("Washington is weighing sanctions, the newspaper said, citing unnamed sources."))
                .isEmpty();
    }

    @Test
    void overABareNounIsTheReasonButNotACountOrAStretchOfTime() {
        assertThat(SanctionReasons.reason("The United States imposed fresh sanctions on the president and nine other officials "
                + "over corruption and human rights abuses."))
                .contains("corruption and human rights abuses");
        assertThat(SanctionReasons.reason("The EU has sanctioned over two hundred officials.")).isEmpty();
        assertThat(SanctionReasons.reason("Sanctions have tightened over time and hurt exports.")).isEmpty();
        assertThat(SanctionReasons.reason("Sanctions were lifted after the army took over power in the capital.")).isEmpty();
    }
}
