package org.newsgraph.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.mapping.ArticleFixture.article;
import static org.newsgraph.mapping.RdfAsk.ask;
import static org.newsgraph.mapping.RuleRun.events;
import static org.newsgraph.mapping.RuleRun.eventsOfType;

import java.time.LocalDate;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.vocab.GP;
import org.newsgraph.vocab.SCHEMA;

/** The talks and cooperation rules on single sentences: where each wording must give an event, and a close one where it must not. */
class TalksAndCooperationRulesTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2024, 6, 19);

    @Test
    void aCallTheLeadersWereExpectedToMakeIsPossibleTalksButACallTheyMadeIsAsserted() {
        Model expected = events(article("expected-call").published(WEDNESDAY)
                .sentence("Officials said Vladimir Putin and Xi Jinping were expected to speak by phone in the coming days.",
                        "Vladimir Putin", "person/vladimir-putin", "Xi Jinping", "person/xi-jinping"));
        Model made = events(article("made-call").published(WEDNESDAY)
                .sentence("Vladimir Putin and Xi Jinping spoke by phone on Tuesday.",
                        "Vladimir Putin", "person/vladimir-putin", "Xi Jinping", "person/xi-jinping"));

        assertThat(ask(expected, "ASK { ?e a gp:BilateralTalks ; gp:factuality gp:hypothetical }")).isTrue();
        assertThat(ask(made, "ASK { ?e a gp:BilateralTalks ; gp:factuality gp:asserted }")).isTrue();
        assertThat(ask(made, "ASK { ?e a gp:BilateralTalks ; gp:factuality gp:hypothetical }")).isFalse();
    }

    @Test
    void countriesInTheClauseThatSaysWhatWasAgreedAreNotItsSignatories() {
        Model boards = events(article("boards").published(WEDNESDAY)
                .sentence("The two cricket boards signed an agreement under which Germany will tour China in 2026.",
                        "Germany", "country/germany", "China", "country/china"));
        Model states = events(article("states").published(WEDNESDAY)
                .sentence("Officials signed an agreement between Germany and China on Tuesday under which trade will grow.",
                        "Germany", "country/germany", "China", "country/china"));

        assertThat(eventsOfType(boards, GP.CooperationAgreement)).isEmpty();
        assertThat(ask(states, """
                ASK { ?e a gp:CooperationAgreement ; gp:sourceCountry id:country\\/china ; gp:targetCountry id:country\\/germany }
                """)).isTrue();
    }

    @Test
    void aDealANewspaperReportedIsReportedAndOneTheSentenceStatesIsAsserted() {
        Model reported = events(article("newspaper").published(WEDNESDAY)
                .sentence("A Russian newspaper reported last week that Germany and China had concluded a deal for the sale of uranium.",
                        "Russian", "country/russia", "Germany", "country/germany", "China", "country/china"));
        Model stated = events(article("stated").published(WEDNESDAY)
                .sentence("Germany and China concluded a deal for the sale of uranium last week.",
                        "Germany", "country/germany", "China", "country/china"));

        assertThat(ask(reported, "ASK { ?e a gp:CooperationAgreement ; gp:factuality gp:reported }")).isTrue();
        assertThat(ask(reported, "ASK { ?e a gp:CooperationAgreement ; gp:sourceCountry|gp:targetCountry id:country\\/russia }"))
                .as("the newspaper's country is no side").isFalse();
        assertThat(ask(stated, "ASK { ?e a gp:CooperationAgreement ; gp:factuality gp:asserted }")).isTrue();
    }

    @Test
    void resolvingToExpandDefenceManufacturingIsAMilitaryIntentAndExchangingMemorandaAnAgreement() {
        Model resolved = events(article("resolved").published(WEDNESDAY)
                .sentence("Germany and China on Tuesday resolved to expand cooperation in defence manufacturing.",
                        "Germany", "country/germany", "China", "country/china"));
        Model exchanged = events(article("exchanged").published(WEDNESDAY)
                .sentence("Germany and China exchanged five memoranda of understanding covering health and culture on Tuesday.",
                        "Germany", "country/germany", "China", "country/china"));
        Model exchangedViews = events(article("views").published(WEDNESDAY)
                .sentence("Germany and China exchanged views on health and culture on Tuesday.",
                        "Germany", "country/germany", "China", "country/china"));

        assertThat(ask(resolved, "ASK { ?e a gp:CooperationIntent ; gp:cooperationDomain gp:military }")).isTrue();
        assertThat(ask(exchanged, "ASK { ?e a gp:CooperationAgreement ; gp:cooperationDomain gp:health }")).isTrue();
        assertThat(eventsOfType(exchangedViews, GP.CooperationAgreement)).isEmpty();
    }

    @Test
    void signingAgreementsAndAgreeingOnADayToWorkTowardsTradeAreAnAgreementAndAnIntent() {
        Model signed = events(article("signed-agreements").published(WEDNESDAY)
                .sentence("Germany and China signed agreements on energy and education on Tuesday.",
                        "Germany", "country/germany", "China", "country/china"));
        Model agreed = events(article("agreed-day").published(WEDNESDAY)
                .sentence("Germany and China agreed on Tuesday to work towards resuming cross-border trade.",
                        "Germany", "country/germany", "China", "country/china"));
        Model signatures = events(article("signatures").published(WEDNESDAY)
                .sentence("Germany and China signed autographs for fans on Tuesday.",
                        "Germany", "country/germany", "China", "country/china"));

        assertThat(ask(signed, """
                ASK { ?e a gp:CooperationAgreement ; gp:cooperationDomain gp:energy ; schema:startDate "2024-06-18"^^xsd:date }
                """)).isTrue();
        assertThat(ask(agreed, "ASK { ?e a gp:CooperationIntent ; gp:cooperationDomain gp:trade }")).isTrue();
        assertThat(eventsOfType(signatures, GP.CooperationAgreement)).isEmpty();
    }

    @Test
    void signingAPartnershipIsAnAgreementButPraisingOneIsNot() {
        Model strategic = events(article("strategic").published(WEDNESDAY)
                .sentence("China and South Korea signed a comprehensive strategic partnership on Tuesday.",
                        "China", "country/china", "South Korea", "country/south-korea"));
        assertThat(eventsOfType(strategic, GP.CooperationAgreement)).hasSize(1);
        Model signed = events(article("partnership").published(WEDNESDAY)
                .sentence("The European Union and Ukraine signed a security and defence partnership on Tuesday, the first such "
                        + "agreement the bloc has concluded, as Ukraine braces for an intensifying Russian campaign.",
                        "European Union", "org/european-union", "Ukraine", "country/ukraine", "Ukraine", "country/ukraine",
                        "Russian", "country/russia"));
        assertThat(ask(signed, """
                ASK { ?e a gp:CooperationAgreement ; gp:sourceCountry id:country\\/ukraine ; gp:targetActor id:org\\/european-union ;
                         gp:cooperationDomain gp:security }""")).isTrue();
        Model asWell = events(article("as-well").published(WEDNESDAY)
                .sentence("The European Union and Ukraine signed a security partnership on Tuesday, as well as Russia.",
                        "European Union", "org/european-union", "Ukraine", "country/ukraine", "Russia", "country/russia"));
        assertThat(ask(asWell, "ASK { ?e a gp:CooperationAgreement ; gp:sourceActor|gp:targetActor id:org\\/european-union }"))
                .as("'as well as' adds a party").isFalse();
        Model praised = events(article("praised").published(WEDNESDAY)
                .sentence("China and South Korea praised their strategic partnership on Tuesday.",
                        "China", "country/china", "South Korea", "country/south-korea"));
        assertThat(eventsOfType(praised, GP.CooperationAgreement)).isEmpty();
    }

    @Test
    void aCollectiveActorIsNoSideOfAnAgreement() {
        Model added = events(article("western-sources").published(WEDNESDAY)
                .sentence("Germany and China concluded a deal for the sale of uranium, citing Western intelligence sources.",
                        "Germany", "country/germany", "China", "country/china", "Western", "org/the-west"));

        assertThat(ask(added, "ASK { ?e a gp:CooperationAgreement ; gp:sourceCountry id:country\\/china ; gp:targetCountry id:country\\/germany }"))
                .isTrue();
        assertThat(ask(added, "ASK { ?e a gp:CooperationAgreement ; gp:sourceActor|gp:targetActor id:org\\/the-west }")).isFalse();
    }

    @Test
    void counterpartsWhoAgreeAndASideSittingDownHoldTalksButCounterpartsSigningDoNot() {
        Model agreed = events(article("counterparts").published(WEDNESDAY)
                .sentence("Vladimir Putin and his Chinese counterpart Xi Jinping agreed Tuesday to keep improving ties.",
                        "Vladimir Putin", "person/vladimir-putin", "Chinese", "country/china", "Xi Jinping", "person/xi-jinping"));
        Model sitting = events(article("sitting").published(WEDNESDAY)
                .sentence("Putin was welcomed at the palace on Tuesday before sitting down with Xi Jinping.",
                        "Putin", "person/vladimir-putin", "Xi Jinping", "person/xi-jinping"));
        Model signing = events(article("signing").published(WEDNESDAY)
                .sentence("Vladimir Putin and his Chinese counterpart Xi Jinping put their signatures to the memorandum.",
                        "Vladimir Putin", "person/vladimir-putin", "Chinese", "country/china", "Xi Jinping", "person/xi-jinping"));

        assertThat(ask(agreed, """
                ASK { ?e a gp:BilateralTalks ; gp:sourceActor id:person\\/xi-jinping ; gp:targetActor id:person\\/vladimir-putin ;
                         schema:startDate "2024-06-18"^^xsd:date }
                """)).isTrue();
        assertThat(ask(sitting, "ASK { ?e a gp:BilateralTalks ; gp:targetActor id:person\\/vladimir-putin }")).isTrue();
        assertThat(eventsOfType(signing, GP.BilateralTalks)).isEmpty();
    }

    @Test
    void aCallTheyHadSpokenByTelephoneIsDeniedAndSpeakingToReportersIsNoCall() {
        Model denied = events(article("denied-call").published(WEDNESDAY)
                .sentence("The Kremlin denied reports that Putin and Xi Jinping had spoken by telephone last week.",
                        "Putin", "person/vladimir-putin", "Xi Jinping", "person/xi-jinping"));
        Model reporters = events(article("reporters").published(WEDNESDAY)
                .sentence("Putin and Xi Jinping had spoken to reporters last week.",
                        "Putin", "person/vladimir-putin", "Xi Jinping", "person/xi-jinping"));

        assertThat(ask(denied, "ASK { ?e a gp:BilateralTalks ; gp:factuality gp:denied }")).isTrue();
        assertThat(eventsOfType(reporters, GP.BilateralTalks)).isEmpty();
    }

    @Test
    void formingAJointCommitteeOfSomeKindIsAnIntentButMeetingInOneIsNot() {
        Model formed = events(article("committee").published(WEDNESDAY)
                .sentence("China and South Korea agreed to form a joint technical committee and to expand trade.",
                        "China", "country/china", "South Korea", "country/south-korea"));
        assertThat(ask(formed, "ASK { ?e a gp:CooperationIntent ; gp:cooperationDomain gp:trade }")).isTrue();
        Model met = events(article("met-committee").published(WEDNESDAY)
                .sentence("China and South Korea attended a session of the joint technical committee on Tuesday.",
                        "China", "country/china", "South Korea", "country/south-korea"));
        assertThat(eventsOfType(met, GP.CooperationIntent)).isEmpty();
    }

    @Test
    void aTradeTargetAndCoordinationAreIntentsAndAModalInARelativeClauseIsNotTheIntents() {
        Model added = events(article("targets").published(WEDNESDAY)
                .sentence("Russia and China agreed on Tuesday to aim for 300 billion dollars in annual trade.",
                        "Russia", "country/russia", "China", "country/china")
                .sentence("Germany and South Korea will continue to coordinate closely.",
                        "Germany", "country/germany", "South Korea", "country/south-korea")
                .sentence("Russia and North Korea agreed to open negotiations on a pact that would allow Russia to transfer defence equipment.",
                        "Russia", "country/russia", "North Korea", "country/north-korea", "Russia", "country/russia"));
        Model aimless = events(article("aimless").published(WEDNESDAY)
                .sentence("Russia and Iran agreed on Tuesday to aim for calm.", "Russia", "country/russia", "Iran", "country/iran"));
        Model modal = events(article("modal").published(WEDNESDAY)
                .sentence("Russia and North Korea would agree to open negotiations on a pact.",
                        "Russia", "country/russia", "North Korea", "country/north-korea"));

        assertThat(ask(added, """
                ASK { ?e a gp:CooperationIntent ; gp:sourceCountry id:country\\/china ; gp:cooperationDomain gp:trade ;
                         gp:factuality gp:asserted }
                """)).isTrue();
        assertThat(ask(added, "ASK { ?e a gp:CooperationIntent ; gp:sourceCountry id:country\\/germany ; gp:targetCountry id:country\\/south-korea }"))
                .isTrue();
        assertThat(ask(added, """
                ASK { ?e a gp:CooperationIntent ; gp:sourceCountry id:country\\/north-korea ; gp:cooperationDomain gp:military ;
                         gp:factuality gp:asserted }
                """)).isTrue();
        assertThat(eventsOfType(aimless, GP.CooperationIntent)).isEmpty();
        assertThat(ask(modal, "ASK { ?e a gp:CooperationIntent ; gp:factuality gp:hypothetical }")).isTrue();
        assertThat(ask(modal, "ASK { ?e a gp:CooperationIntent ; gp:factuality gp:asserted }")).isFalse();
    }

    @Test
    void steppingUpOrExpandingACoerciveMeasureIsNoIntentToCooperate() {
        Model ties = events(article("ties").published(WEDNESDAY)
                .sentence("Germany and South Korea plan to step up cooperation on border security.",
                        "Germany", "country/germany", "South Korea", "country/south-korea"));
        Model deportations = events(article("deportations").published(WEDNESDAY)
                .sentence("Ukraine condemned Russia's plan to step up deportations of Ukrainians.",
                        "Ukraine", "country/ukraine", "Russia", "country/russia", "Ukrainians", "country/ukraine"));
        Model strikes = events(article("strikes").published(WEDNESDAY)
                .sentence("Russia vowed to expand its air strikes on Ukraine.", "Russia", "country/russia", "Ukraine", "country/ukraine"));
        Model pressure = events(article("pressure").published(WEDNESDAY)
                .sentence("Germany and South Korea agreed to increase pressure on the rebels.", "Germany", "country/germany", "South Korea", "country/south-korea"));

        assertThat(ask(ties, "ASK { ?e a gp:CooperationIntent ; gp:sourceCountry id:country\\/germany ; gp:targetCountry id:country\\/south-korea }"))
                .isTrue();
        assertThat(eventsOfType(deportations, GP.CooperationIntent)).isEmpty();
        assertThat(eventsOfType(strikes, GP.CooperationIntent)).isEmpty();
        assertThat(eventsOfType(pressure, GP.CooperationIntent)).isEmpty();
    }

    @Test
    void anAgreementTheTwoCountriesSignedInAnEarlierYearIsBackgroundWithTheDomainsOfItsSentence() {
        Model signed = events(article("signed-2009").published(WEDNESDAY)
                .sentence("Putin held talks with Kim Jong Un on Tuesday.", "Putin", "person/vladimir-putin", "Kim Jong Un", "person/kim-jong-un")
                .sentence("Under an agreement the two countries signed in 2009, a pipeline was meant to carry gas."));
        Model discussed = events(article("discussed-2009").published(WEDNESDAY)
                .sentence("Putin held talks with Kim Jong Un on Tuesday.", "Putin", "person/vladimir-putin", "Kim Jong Un", "person/kim-jong-un")
                .sentence("Under an agreement the two countries discussed in 2009, a pipeline was meant to carry gas."));

        assertThat(ask(signed, """
                ASK { ?e a gp:CooperationAgreement ; gp:sourceCountry id:country\\/north-korea ; gp:targetCountry id:country\\/russia ;
                         gp:factuality gp:background ; gp:cooperationDomain gp:energy }
                """)).isTrue();
        assertThat(eventsOfType(discussed, GP.CooperationAgreement)).isEmpty();
    }

    @Test
    void aHydroelectricProjectOrAPowerLinkIsEnergyAndARailwayIsNot() {
        Model hydro = events(article("hydro").published(WEDNESDAY)
                .sentence("Russia and China signed an agreement on Tuesday to build a hydroelectric project and an undersea power link.",
                        "Russia", "country/russia", "China", "country/china"));
        Model railway = events(article("railway").published(WEDNESDAY)
                .sentence("Russia and China signed an agreement on Tuesday to build a railway.",
                        "Russia", "country/russia", "China", "country/china"));

        assertThat(ask(hydro, "ASK { ?e a gp:CooperationAgreement ; gp:cooperationDomain gp:energy }")).isTrue();
        assertThat(ask(railway, "ASK { ?e a gp:CooperationAgreement }")).isTrue();
        assertThat(ask(railway, "ASK { ?e a gp:CooperationAgreement ; gp:cooperationDomain gp:energy }")).isFalse();
    }

    @Test
    void aPossibleTripToMeetSomeoneIsTheVisitAloneButAPossibleMeetingIsPossibleTalks() {
        Model trip = events(article("trip-to-meet").published(WEDNESDAY)
                .sentence("Putin could travel to Beijing in the autumn to meet Xi Jinping.",
                        "Putin", "person/vladimir-putin", "Beijing", "place/beijing", "Xi Jinping", "person/xi-jinping"));
        Model meeting = events(article("possible-meeting").published(WEDNESDAY)
                .sentence("Putin could meet Xi Jinping in the autumn.", "Putin", "person/vladimir-putin", "Xi Jinping", "person/xi-jinping"));

        assertThat(ask(trip, "ASK { ?e a gp:StateVisit ; gp:factuality gp:hypothetical }")).isTrue();
        assertThat(eventsOfType(trip, GP.BilateralTalks)).isEmpty();
        assertThat(ask(meeting, "ASK { ?e a gp:BilateralTalks ; gp:factuality gp:hypothetical }")).isTrue();
    }

    @Test
    void aPastTripToMeetSomeoneAndAFarPossibleTripForTalksAreTheVisitsAlone() {
        Model past = events(article("past-trip").published(WEDNESDAY)
                .sentence("Relations worsened after Putin traveled to Beijing in July 2023 to meet Chinese President Xi Jinping.",
                        "Putin", "person/vladimir-putin", "Beijing", "place/beijing", "Chinese", "country/china",
                        "Xi Jinping", "person/xi-jinping"));
        Model far = events(article("far-trip").published(WEDNESDAY)
                .sentence("Putin could travel to Beijing later this year for talks with Xi Jinping.",
                        "Putin", "person/vladimir-putin", "Beijing", "place/beijing", "Xi Jinping", "person/xi-jinping"));
        Model held = events(article("held-talks").published(WEDNESDAY)
                .sentence("Putin held talks with Xi Jinping in Beijing in July 2023.",
                        "Putin", "person/vladimir-putin", "Xi Jinping", "person/xi-jinping", "Beijing", "place/beijing"));

        Model denied = events(article("denied-trip").published(WEDNESDAY)
                .sentence("\"Putin has no plans to travel to China,\" his spokesman said, denying a report that Putin would meet Xi Jinping in Beijing.",
                        "Putin", "person/vladimir-putin", "China", "country/china", "Putin", "person/vladimir-putin",
                        "Xi Jinping", "person/xi-jinping", "Beijing", "place/beijing"));

        assertThat(eventsOfType(past, GP.BilateralTalks)).isEmpty();
        assertThat(eventsOfType(far, GP.BilateralTalks)).isEmpty();
        assertThat(eventsOfType(denied, GP.BilateralTalks)).isEmpty();
        assertThat(ask(held, "ASK { ?e a gp:BilateralTalks ; gp:factuality gp:background }")).isTrue();
    }

    @Test
    void aMeetingTheSentenceSaysDidNotHappenIsNoTalks() {
        Model none = events(article("met-no").published(WEDNESDAY)
                .sentence("Putin, who was in Beijing on a private trip and met no members of the Chinese government, spoke on Sunday.",
                        "Putin", "person/vladimir-putin", "Beijing", "place/beijing", "Chinese", "country/china"));
        Model some = events(article("met-some").published(WEDNESDAY)
                .sentence("Putin, who was in Beijing on a private trip, met members of the Chinese government on Sunday.",
                        "Putin", "person/vladimir-putin", "Beijing", "place/beijing", "Chinese", "country/china"));

        assertThat(eventsOfType(none, GP.BilateralTalks)).isEmpty();
        assertThat(eventsOfType(some, GP.BilateralTalks)).hasSize(1);
    }

    @Test
    void whatTheySaidTheyWouldDoIsAssertedButWhatTheyCouldDoIsNot() {
        Model said = events(article("said-would").published(WEDNESDAY)
                .sentence("Russia and China said they would expand their cooperation in energy.",
                        "Russia", "country/russia", "China", "country/china"));
        Model could = events(article("could-expand").published(WEDNESDAY)
                .sentence("Russia and China could expand their cooperation in energy.",
                        "Russia", "country/russia", "China", "country/china"));

        assertThat(ask(said, "ASK { ?e a gp:CooperationIntent ; gp:factuality gp:asserted }")).isTrue();
        assertThat(ask(could, "ASK { ?e a gp:CooperationIntent ; gp:factuality gp:hypothetical }")).isTrue();
    }

    @Test
    void aSecondCommitmentJoinedByAndWouldIsTheSpeakersCommitmentToo() {
        Model promised = events(article("promised-and-would").published(WEDNESDAY)
                .sentence("Scholz promised that Germany would help China's coastguard acquire new patrol vessels and would back"
                        + " an upgrade of its grid, and the two countries agreed to deepen cooperation on maritime security.",
                        "Germany", "country/germany", "China", "country/china"));
        Model reported = events(article("source-and-would").published(WEDNESDAY)
                .sentence("A source said that Germany and China would deepen cooperation on maritime security and would sign a pact.",
                        "Germany", "country/germany", "China", "country/china"));

        assertThat(ask(promised, "ASK { ?e a gp:CooperationIntent ; gp:factuality gp:asserted }")).isTrue();
        assertThat(ask(reported, "ASK { ?e gp:factuality gp:asserted }")).as("what a source said they would do stays possible").isFalse();
        assertThat(ask(reported, "ASK { ?e gp:factuality gp:hypothetical }")).isTrue();
    }

    @Test
    void whatTheLeadersSaidTheirGovernmentsWouldDoIsAssertedToo() {
        Model governments = events(article("their-governments").published(WEDNESDAY)
                .sentence("Russia and China said their governments would step up cooperation on renewable energy.",
                        "Russia", "country/russia", "China", "country/china"));
        Model sides = events(article("the-two-sides").published(WEDNESDAY)
                .sentence("Russia and China said after the talks that the two sides would expand their cooperation in energy.",
                        "Russia", "country/russia", "China", "country/china"));
        Model source = events(article("source-their").published(WEDNESDAY)
                .sentence("Russia and China could expand their cooperation in energy, and their governments would then meet.",
                        "Russia", "country/russia", "China", "country/china"));

        assertThat(ask(governments, "ASK { ?e a gp:CooperationIntent ; gp:factuality gp:asserted }")).isTrue();
        assertThat(ask(sides, "ASK { ?e a gp:CooperationIntent ; gp:factuality gp:asserted }")).isTrue();
        assertThat(ask(source, "ASK { ?e a gp:CooperationIntent ; gp:factuality gp:hypothetical }")).isTrue();
    }

    @Test
    void aMeetingOthersTryToBrokerIsPossibleTalksBetweenItsSides() {
        Model added = events(article("broker").published(WEDNESDAY)
                .sentence("Asian leaders have been trying to broker a meeting between Putin and Xi Jinping, a diplomat said, "
                        + "but neither government has agreed to one.",
                        "Putin", "person/vladimir-putin", "Xi Jinping", "person/xi-jinping"));

        assertThat(ask(added, "ASK { ?e a gp:BilateralTalks ; gp:factuality gp:hypothetical }")).isTrue();
        assertThat(ask(added, "ASK { ?e a gp:BilateralTalks ; gp:factuality gp:asserted }")).isFalse();
    }

    @Test
    void whoeverSaysADealWasStruckIsNoSideOfIt() {
        Model said = events(article("said-deal").published(WEDNESDAY)
                .sentence("Olaf Scholz said on Tuesday that Russia had struck a deal with rebel leaders.",
                        "Olaf Scholz", "person/olaf-scholz", "Russia", "country/russia"));
        Model own = events(article("own-deal").published(WEDNESDAY)
                .sentence("Russia said on Tuesday that it had struck a deal with Germany.",
                        "Russia", "country/russia", "Germany", "country/germany"));
        Model struck = events(article("struck-deal").published(WEDNESDAY)
                .sentence("Olaf Scholz and Russia struck a deal on Tuesday.",
                        "Olaf Scholz", "person/olaf-scholz", "Russia", "country/russia"));

        assertThat(eventsOfType(said, GP.CooperationAgreement)).isEmpty();
        assertThat(ask(own, "ASK { ?e a gp:CooperationAgreement ; gp:sourceCountry id:country\\/germany ; gp:targetCountry id:country\\/russia }"))
                .isTrue();
        assertThat(ask(struck, "ASK { ?e a gp:CooperationAgreement ; gp:sourceCountry id:country\\/germany ; gp:targetCountry id:country\\/russia }"))
                .isTrue();
    }

    @Test
    void aReportedDealThatTheArticleDeniesIsTheDeniedDeal() {
        String denial = "Germany on Sunday denied reports that it had signed a secret agreement to supply China with uranium.";
        String report = "A Russian newspaper reported last week that Germany and China had concluded a deal for the sale of uranium.";
        Model denied = events(article("denied-report").published(WEDNESDAY)
                .sentence(denial, "Germany", "country/germany", "China", "country/china")
                .sentence(report, "Russian", "country/russia", "Germany", "country/germany", "China", "country/china"));
        Model otherPair = events(article("other-denial").published(WEDNESDAY)
                .sentence("Germany on Sunday denied reports that it had signed a secret agreement to supply Japan with uranium.",
                        "Germany", "country/germany", "Japan", "country/japan")
                .sentence(report, "Russian", "country/russia", "Germany", "country/germany", "China", "country/china"));

        assertThat(ask(denied, "ASK { ?e a gp:CooperationAgreement ; gp:factuality gp:denied }")).isTrue();
        assertThat(ask(denied, "ASK { ?e a gp:CooperationAgreement ; gp:factuality ?f . VALUES ?f { gp:asserted gp:reported } }"))
                .isFalse();
        assertThat(ask(otherPair, """
                ASK { ?e a gp:CooperationAgreement ; gp:factuality gp:reported ; gp:sourceCountry id:country\\/china }
                """)).as("a denial of another pair's deal leaves the report reported").isTrue();
    }

    @Test
    void aQuotedDenialThatNoAgreementOfAnyKindWasSignedIsNoAgreement() {
        Model quoted = events(article("no-agreement").published(WEDNESDAY)
                .sentence("\"No agreement of any kind on uranium has been signed between Germany and China,\" the spokesman said.",
                        "Germany", "country/germany", "China", "country/china"));
        Model signed = events(article("an-agreement").published(WEDNESDAY)
                .sentence("\"An agreement on uranium has been signed between Germany and China,\" the spokesman said.",
                        "Germany", "country/germany", "China", "country/china"));

        assertThat(eventsOfType(quoted, GP.CooperationAgreement)).isEmpty();
        assertThat(eventsOfType(signed, GP.CooperationAgreement)).hasSize(1);
    }

    @Test
    void cooperationUnderASignedAgreementIsTheAgreementsNoIntentOfItsOwn() {
        Model under = events(article("under").published(WEDNESDAY)
                .sentence("Under the minerals agreement, Germany and China will cooperate on rare earths.",
                        "Germany", "country/germany", "China", "country/china"));
        Model signedAndPledged = events(article("signed-pledged").published(WEDNESDAY)
                .sentence("Germany and China signed an agreement on Tuesday and pledged to deepen ties.",
                        "Germany", "country/germany", "China", "country/china"));
        Model pledged = events(article("pledged").published(WEDNESDAY)
                .sentence("Germany and China will cooperate on rare earths.",
                        "Germany", "country/germany", "China", "country/china"));

        assertThat(eventsOfType(under, GP.CooperationIntent)).isEmpty();
        assertThat(eventsOfType(signedAndPledged, GP.CooperationIntent)).isEmpty();
        assertThat(eventsOfType(signedAndPledged, GP.CooperationAgreement)).hasSize(1);
        assertThat(eventsOfType(pledged, GP.CooperationIntent)).hasSize(1);
    }

    @Test
    void continuingToCoordinateOnSecurityTogetherWithAThirdCountryIsTheTwoSidesIntent() {
        Model added = events(article("coordinate").published(WEDNESDAY)
                .sentence("The ministers affirmed that Germany and China would continue to coordinate closely, together with Japan, on security issues.",
                        "Germany", "country/germany", "China", "country/china", "Japan", "country/japan"));

        assertThat(ask(added, """
                ASK { ?e a gp:CooperationIntent ; gp:sourceCountry id:country\\/china ; gp:targetCountry id:country\\/germany ;
                      gp:cooperationDomain gp:security }
                """)).isTrue();
        assertThat(ask(added, "ASK { ?e a gp:CooperationIntent ; gp:sourceCountry|gp:targetCountry id:country\\/japan }"))
                .as("joined by 'together with', no side").isFalse();
        assertThat(ask(added, "ASK { ?e a gp:CooperationIntent ; gp:factuality gp:asserted }"))
                .as("what the ministers affirmed the sides would do is their commitment").isTrue();
        Model reported = events(article("said-would").published(WEDNESDAY)
                .sentence("A source said that Germany and China would continue to coordinate closely on security issues.",
                        "Germany", "country/germany", "China", "country/china"));
        assertThat(ask(reported, "ASK { ?e a gp:CooperationIntent ; gp:factuality gp:hypothetical }"))
                .as("what a source said they would do stays possible").isTrue();
    }

    @Test
    void trainingYoungPeopleIsEducationButHydrogenIsNot() {
        Model training = events(article("training").published(WEDNESDAY)
                .sentence("Germany and China have pledged to work together on hydrogen and on training young engineers for jobs.",
                        "Germany", "country/germany", "China", "country/china"));
        Model hydrogen = events(article("hydrogen").published(WEDNESDAY)
                .sentence("Germany and China have pledged to work together on hydrogen.",
                        "Germany", "country/germany", "China", "country/china"));

        assertThat(ask(training, "ASK { ?e a gp:CooperationIntent ; gp:cooperationDomain gp:education }")).isTrue();
        assertThat(ask(hydrogen, "ASK { ?e a gp:CooperationIntent }")).isTrue();
        assertThat(ask(hydrogen, "ASK { ?e gp:cooperationDomain gp:education }")).isFalse();
    }

    @Test
    void aPossessiveInAnAppositionToTheSubjectIsNoSideOfItsAgreement() {
        Model apposition = events(article("apposition").published(WEDNESDAY)
                .sentence("Germany, Russia's neighbour to the west, signed a security pact with China in 2022.",
                        "Germany", "country/germany", "Russia", "country/russia", "China", "country/china"));
        Model listed = events(article("listed").published(WEDNESDAY)
                .sentence("Germany and Russia's neighbour signed a security pact in 2022.",
                        "Germany", "country/germany", "Russia", "country/russia"));

        assertThat(ask(apposition, """
                ASK { ?e a gp:CooperationAgreement ; gp:sourceCountry id:country\\/china ; gp:targetCountry id:country\\/germany }""")).isTrue();
        assertThat(ask(apposition, "ASK { ?e a gp:CooperationAgreement ; gp:sourceCountry|gp:targetCountry id:country\\/russia }"))
                .isFalse();
        assertThat(ask(listed, "ASK { ?e a gp:CooperationAgreement ; gp:sourceCountry|gp:targetCountry id:country\\/russia }"))
                .as("no apposition: the possessive stands as it did").isTrue();
    }

    @Test
    void leadersWhoWitnessTheSigningOfDocumentsMakeAnAgreement() {
        Model witnessed = events(article("witnessed-signing").published(WEDNESDAY)
                .sentence("After their talks, Vladimir Putin and Xi Jinping witnessed the signing of 12 cooperation documents "
                        + "covering trade and agriculture.",
                        "Vladimir Putin", "person/vladimir-putin", "Xi Jinping", "person/xi-jinping"));
        Model postponed = events(article("signing-postponed").published(WEDNESDAY)
                .sentence("After their talks, Vladimir Putin and Xi Jinping postponed the signing of 12 cooperation documents "
                        + "covering trade and agriculture.",
                        "Vladimir Putin", "person/vladimir-putin", "Xi Jinping", "person/xi-jinping"));

        assertThat(ask(witnessed, """
                ASK { ?e a gp:CooperationAgreement ; gp:factuality gp:asserted ;
                         gp:cooperationDomain gp:trade, gp:agriculture }""")).isTrue();
        assertThat(eventsOfType(postponed, GP.CooperationAgreement)).isEmpty();
    }

    @Test
    void aTreatyNamedWithItsSigningIsAssertedWhateverTheModalOfTheClauseBefore() {
        Model signed = events(article("signed-treaty").published(WEDNESDAY)
                .sentence("Germany and China will come to each other's aid if either is attacked, under a treaty signed on "
                        + "Tuesday during the German leader's visit.",
                        "Germany", "country/germany", "China", "country/china"));
        Model unsigned = events(article("unsigned-treaty").published(WEDNESDAY)
                .sentence("Germany and China will come to each other's aid if either is attacked, under a treaty they "
                        + "could sign on Tuesday during the German leader's visit.",
                        "Germany", "country/germany", "China", "country/china"));
        Model modalAfter = events(article("modal-after").published(WEDNESDAY)
                .sentence("Officials said a treaty signed by Germany and China would allow joint patrols.",
                        "Germany", "country/germany", "China", "country/china"));

        assertThat(ask(signed, "ASK { ?e a gp:CooperationAgreement ; gp:factuality gp:asserted }")).isTrue();
        assertThat(ask(unsigned, "ASK { ?e a gp:CooperationAgreement ; gp:factuality gp:asserted }")).isFalse();
        assertThat(ask(modalAfter, "ASK { ?e a gp:CooperationAgreement ; gp:factuality gp:asserted }"))
                .as("the modal in the participle's own clause still counts").isFalse();
    }

    @Test
    void anAgreementThatCouldFollowIsHypotheticalAndOfTheSubjectPairFartherOn() {
        Model subjects = events(article("could-follow").published(WEDNESDAY)
                .sentence("Germany and China have pledged to work together on producing green hydrogen from geothermal power and on "
                        + "building new ports for the trade, with officials saying a binding agreement could follow before the end of the year.",
                        "Germany", "country/germany", "China", "country/china"));
        Model notSubjects = events(article("not-subjects").published(WEDNESDAY)
                .sentence("Officials in Germany said China was a partner in the hydrogen trade, and that after many years of talks on "
                        + "producing green hydrogen from geothermal power and building ports, a binding agreement could follow soon.",
                        "Germany", "country/germany", "China", "country/china"));

        assertThat(ask(subjects, "ASK { ?e a gp:CooperationAgreement ; gp:factuality gp:hypothetical }")).isTrue();
        assertThat(ask(subjects, "ASK { ?e a gp:CooperationIntent ; gp:factuality gp:asserted }"))
                .as("an agreement that could follow does not take the pledge").isTrue();
        assertThat(eventsOfType(notSubjects, GP.CooperationAgreement)).isEmpty();
    }

    @Test
    void farmProductsInMemorandaAreAgricultureAndCrudeIsEnergy() {
        Model memoranda = events(article("memoranda").published(WEDNESDAY)
                .sentence("Germany and China signed agreements on Tuesday.",
                        "Germany", "country/germany", "China", "country/china")
                .sentence("Ministers inked memoranda opening the Chinese market to German beef and citrus and easing checks on dairy shipments.",
                        "Chinese", "country/china", "German", "country/germany"));
        Model bought = events(article("bought").published(WEDNESDAY)
                .sentence("Germany and China signed agreements on Tuesday.",
                        "Germany", "country/germany", "China", "country/china")
                .sentence("China buys a quarter of Germany's exports, mostly beef and dairy.",
                        "China", "country/china", "Germany", "country/germany"));
        Model crude = events(article("crude").published(WEDNESDAY)
                .sentence("Germany and China agreed on Tuesday to step up cooperation on the transit of German crude.",
                        "Germany", "country/germany", "China", "country/china", "German", "country/germany"));
        Model shipping = events(article("shipping").published(WEDNESDAY)
                .sentence("Germany and China agreed on Tuesday to step up cooperation on container shipping.",
                        "Germany", "country/germany", "China", "country/china"));

        assertThat(ask(memoranda, "ASK { ?e a gp:CooperationAgreement ; gp:cooperationDomain gp:agriculture }")).isTrue();
        assertThat(ask(bought, "ASK { ?e a gp:CooperationAgreement }")).isTrue();
        assertThat(ask(bought, "ASK { ?e gp:cooperationDomain gp:agriculture }"))
                .as("what a country buys is trade told, no domain of the deal").isFalse();
        assertThat(ask(crude, "ASK { ?e a gp:CooperationIntent ; gp:cooperationDomain gp:energy }")).isTrue();
        assertThat(ask(shipping, "ASK { ?e a gp:CooperationIntent }")).isTrue();
        assertThat(ask(shipping, "ASK { ?e gp:cooperationDomain gp:energy }")).isFalse();
    }

    @Test
    void officialsFromTwoCountriesWhoHeldTalksAreItsSidesAndTheTalksANewspaperReportedAreReported() {
        Model officials = events(article("officials").published(WEDNESDAY)
                .sentence("Officials from Germany and China held talks in Beijing last month on police training, a newspaper reported on Tuesday.",
                        "Germany", "country/germany", "China", "country/china", "Beijing", "place/beijing"));
        Model returning = events(article("returning").published(WEDNESDAY)
                .sentence("Returning from Germany, Chinese officials held talks in Rome on Tuesday.",
                        "Germany", "country/germany", "Chinese", "country/china"));

        assertThat(ask(officials, """
                ASK { ?e a gp:BilateralTalks ; gp:sourceCountry id:country\\/china ; gp:targetCountry id:country\\/germany ;
                      gp:factuality gp:reported }
                """)).isTrue();
        assertThat(ask(returning, "ASK { ?e a gp:BilateralTalks ; gp:sourceCountry|gp:targetCountry id:country\\/germany }"))
                .as("a country one returns from is a place, no side").isFalse();
        Model officialsSaid = events(article("officials-said").published(WEDNESDAY)
                .sentence("Officials from Germany and China held talks in Beijing on Tuesday, the two governments said.",
                        "Germany", "country/germany", "China", "country/china", "Beijing", "place/beijing"));
        assertThat(ask(officialsSaid, "ASK { ?e a gp:BilateralTalks ; gp:factuality gp:asserted }"))
                .as("what the sides themselves say closes no newspaper's report").isTrue();
    }

    /** The whole pipeline, linker included, over a small article: "the two leaders" are resolved by the linker. */
    private static Model mapped(String body) throws Exception {
        Model graph = new LinkedHashModel(FullPipeline.get().map(new ArticleReader().readText("pair.txt",
                "---\nurl: https://news.example.org/pair\ndatePublished: 2024-06-19\nlanguage: en\n---\n"
                        + "Putin takes his pitch to Xi Jinping\n\n" + body + "\n")));
        graph.addAll(FullPipeline.get().gazetteer());
        return graph;
    }

    @Test
    void theTwoLeadersWhoDiscussedAreTheSidesOfTalksButOneLeaderWhoDiscussedIsNone() throws Exception {
        Model pair = mapped("Russian President Vladimir Putin arrived in Beijing on Tuesday and was received by Chinese President Xi Jinping. "
                + "The conversation turned to the sea. The two leaders discussed maritime security and fishing.");
        Model one = mapped("Russian President Vladimir Putin arrived in Beijing on Tuesday. "
                + "The conversation turned to the sea. Putin discussed maritime security and fishing with reporters.");

        String talks = """
                ASK { ?e a gp:BilateralTalks ; gp:sourceCountry/schema:sameAs ?x ; gp:targetCountry/schema:sameAs ?y .
                      FILTER((?x = wd:Q148 && ?y = wd:Q159) || (?x = wd:Q159 && ?y = wd:Q148)) }
                """;
        assertThat(ask(pair, talks)).isTrue();
        assertThat(ask(one, talks)).isFalse();
    }

    @Test
    void anIntentTheStandfirstSumsUpOfTheAgreementTheHeadlineTellsIsThatAgreement() {
        Model summed = events(article("summed").published(WEDNESDAY)
                .sentence("Germany and China sign farming pact",
                        "Germany", "country/germany", "China", "country/china")
                .sentence("Germany and China have agreed to work together on food security.",
                        "Germany", "country/germany", "China", "country/china")
                .sentence("BERLIN - Germany and China signed a cooperation agreement on agriculture on Wednesday.",
                        "Germany", "country/germany", "China", "country/china"));
        Model otherHeadline = events(article("other-headline").published(WEDNESDAY)
                .sentence("Farm ministers meet in Berlin")
                .sentence("Germany and China have agreed to work together on food security.",
                        "Germany", "country/germany", "China", "country/china")
                .sentence("BERLIN - Germany and China signed a cooperation agreement on agriculture on Wednesday.",
                        "Germany", "country/germany", "China", "country/china"));

        assertThat(ask(summed, "ASK { ?e a gp:CooperationAgreement ; gp:factuality gp:asserted }")).isTrue();
        assertThat(eventsOfType(summed, GP.CooperationIntent)).isEmpty();
        assertThat(ask(otherHeadline, "ASK { ?e a gp:CooperationIntent ; gp:factuality gp:asserted }"))
                .as("without the headline's agreement the pledge stays an intent").isTrue();
    }

    @Test
    void aGoalTheTalksAreForLeavesThemAsTheSentenceTellsThem() {
        Model reported = events(article("purpose").published(WEDNESDAY)
                .sentence("Russian and Chinese officials held secret talks in Astana in April to explore a possible summit, "
                        + "the Asahi Shimbun newspaper reported on Wednesday, citing several people with knowledge of the contacts.",
                        "Russian", "country/russia", "Chinese", "country/china"));
        Model possible = events(article("possible").published(WEDNESDAY)
                .sentence("Russian and Chinese officials could hold talks in Astana to explore a summit.",
                        "Russian", "country/russia", "Chinese", "country/china"));

        assertThat(ask(reported, "ASK { ?e a gp:BilateralTalks ; gp:factuality gp:reported }")).isTrue();
        assertThat(ask(reported, "ASK { ?e a gp:BilateralTalks ; gp:factuality gp:hypothetical }")).isFalse();
        assertThat(ask(possible, "ASK { ?e a gp:BilateralTalks ; gp:factuality gp:hypothetical }")).isTrue();
    }

    @Test
    void aHeadlineClosingOnASourceThatSaysIsReportedButOneWithoutIsAsserted() {
        Model says = events(article("says").published(WEDNESDAY)
                .sentence("Russian and Chinese officials met secretly in Kazakhstan, Asahi says",
                        "Russian", "country/russia", "Chinese", "country/china"));
        Model plain = events(article("plain").published(WEDNESDAY)
                .sentence("Russian and Chinese officials met secretly in Kazakhstan",
                        "Russian", "country/russia", "Chinese", "country/china"));

        assertThat(ask(says, "ASK { ?e a gp:BilateralTalks ; gp:factuality gp:reported }")).isTrue();
        assertThat(ask(plain, "ASK { ?e a gp:BilateralTalks ; gp:factuality gp:asserted }")).isTrue();
    }

    @Test
    void beingReadyToMeetIsAPossibleMeetingButSomeoneMetWhoIsReadyIsNot() {
        Model ready = events(article("ready").published(WEDNESDAY)
                .sentence("Vladimir Putin has said repeatedly that he is ready to meet Xi Jinping \"without preconditions\".",
                        "Vladimir Putin", "person/vladimir-putin", "Xi Jinping", "person/xi-jinping"));
        Model met = events(article("met").published(WEDNESDAY)
                .sentence("Vladimir Putin met Xi Jinping on Tuesday, who is ready to reopen the border.",
                        "Vladimir Putin", "person/vladimir-putin", "Xi Jinping", "person/xi-jinping"));

        assertThat(ask(ready, "ASK { ?e a gp:BilateralTalks ; gp:factuality gp:hypothetical }")).isTrue();
        assertThat(ask(met, "ASK { ?e a gp:BilateralTalks ; gp:factuality gp:asserted }")).isTrue();
    }

    @Test
    void theHostOfTwoGuestsForTalksIsNoSideAndWhatTheVisitComesMonthsAfterIsBackground() {
        Model hosted = events(article("hosted-pair").published(WEDNESDAY)
                .sentence("The visit comes two months after Kim Jong Un hosted Vladimir Putin and Chinese President Xi Jinping "
                        + "in Pyongyang for talks that eased a row.",
                        "Kim Jong Un", "person/kim-jong-un", "Vladimir Putin", "person/vladimir-putin", "Chinese", "country/china",
                        "Xi Jinping", "person/xi-jinping", "Pyongyang", "place/pyongyang"));
        Model oneGuest = events(article("hosted-one").published(WEDNESDAY)
                .sentence("Xi Jinping hosted Vladimir Putin in Beijing for talks on Tuesday.",
                        "Xi Jinping", "person/xi-jinping", "Vladimir Putin", "person/vladimir-putin", "Beijing", "place/beijing"));

        assertThat(ask(hosted, """
                ASK { ?e a gp:BilateralTalks ; gp:factuality gp:background ;
                      gp:sourceCountry id:country\\/china ; gp:targetCountry id:country\\/russia }
                """)).isTrue();
        assertThat(ask(hosted, "ASK { ?e a gp:BilateralTalks ; gp:sourceCountry|gp:targetCountry id:country\\/north-korea }")).isFalse();
        assertThat(ask(oneGuest, """
                ASK { ?e a gp:BilateralTalks ; gp:sourceCountry id:country\\/china ; gp:targetCountry id:country\\/russia ;
                      gp:factuality gp:asserted }
                """)).isTrue();
    }

    @Test
    void aDayBetweenThePledgeAndWhatIsPledgedKeepsTheIntent() {
        Model dated = events(article("pledge-day").published(WEDNESDAY)
                .sentence("Vladimir Putin and Xi Jinping agreed on Tuesday to double bilateral trade within three years.",
                        "Vladimir Putin", "person/vladimir-putin", "Xi Jinping", "person/xi-jinping"));
        Model other = events(article("other-day").published(WEDNESDAY)
                .sentence("Vladimir Putin and Xi Jinping agreed on Tuesday to review the border.",
                        "Vladimir Putin", "person/vladimir-putin", "Xi Jinping", "person/xi-jinping"));

        assertThat(ask(dated, "ASK { ?e a gp:CooperationIntent ; gp:cooperationDomain gp:trade ; schema:startDate \"2024-06-18\"^^xsd:date }"))
                .isTrue();
        assertThat(eventsOfType(other, GP.CooperationIntent)).isEmpty();
    }

    @Test
    void howOrWhereTheSidesAgreedBetweenThePledgeAndWhatIsPledgedKeepsTheIntent() {
        Model call = events(article("pledge-call").published(WEDNESDAY)
                .sentence("Vladimir Putin and Xi Jinping agreed in a telephone conversation on Tuesday to expand cooperation in energy and trade.",
                        "Vladimir Putin", "person/vladimir-putin", "Xi Jinping", "person/xi-jinping"));
        Model talks = events(article("pledge-talks").published(WEDNESDAY)
                .sentence("Vladimir Putin and Xi Jinping agreed during talks in Beijing to deepen military ties.",
                        "Vladimir Putin", "person/vladimir-putin", "Xi Jinping", "person/xi-jinping", "Beijing", "place/beijing"));
        Model review = events(article("call-review").published(WEDNESDAY)
                .sentence("Vladimir Putin and Xi Jinping agreed in a telephone conversation on Tuesday to review the border.",
                        "Vladimir Putin", "person/vladimir-putin", "Xi Jinping", "person/xi-jinping"));

        assertThat(ask(call, """
                ASK { ?e a gp:CooperationIntent ; gp:cooperationDomain gp:energy, gp:trade ;
                      schema:startDate "2024-06-18"^^xsd:date ; gp:factuality gp:asserted }
                """)).isTrue();
        assertThat(ask(talks, "ASK { ?e a gp:CooperationIntent ; gp:cooperationDomain gp:military }")).isTrue();
        assertThat(eventsOfType(review, GP.CooperationIntent)).isEmpty();
    }

    @Test
    void aFormerOfficeNoSourceDatesGivesNoSideOnceItsHolderHoldsACurrentOneElsewhere() {
        Model official = events(article("former-office").published(WEDNESDAY)
                .sentence("Kaja Kallas held talks with Xi Jinping in Beijing on Tuesday.",
                        "Kaja Kallas", "person/kaja-kallas", "Xi Jinping", "person/xi-jinping", "Beijing", "place/beijing"));
        Model formerOnly = events(article("former-only").published(WEDNESDAY)
                .sentence("Moon Jae-in held talks with Xi Jinping in Beijing on Tuesday.",
                        "Moon Jae-in", "person/moon-jae-in", "Xi Jinping", "person/xi-jinping", "Beijing", "place/beijing"));

        assertThat(ask(official, """
                ASK { ?e a gp:BilateralTalks ; gp:sourceActor|gp:targetActor id:org\\/european-union ;
                      gp:targetCountry|gp:sourceCountry id:country\\/china }
                """)).isTrue();
        assertThat(ask(official, "ASK { ?e ?p id:country\\/estonia }")).as("Kallas, once Estonia's prime minister").isFalse();
        assertThat(ask(formerOnly, """
                ASK { ?e a gp:BilateralTalks ; gp:sourceCountry|gp:targetCountry id:country\\/south-korea }
                """)).as("an office once held, and none now: the story may be older").isTrue();
    }

    @Test
    void anOfficeHolderOfAnOrganisationSignsAndPledgesForIt() {
        Model signed = events(article("holder-signs").published(WEDNESDAY)
                .sentence("The accord was signed in Beijing on Tuesday by Kaja Kallas and Xi Jinping.",
                        "Beijing", "place/beijing", "Kaja Kallas", "person/kaja-kallas", "Xi Jinping", "person/xi-jinping"));
        Model pledged = events(article("holder-pledges").published(WEDNESDAY)
                .sentence("Kaja Kallas and Xi Jinping agreed to deepen cooperation on climate.",
                        "Kaja Kallas", "person/kaja-kallas", "Xi Jinping", "person/xi-jinping"));

        assertThat(ask(signed, """
                ASK { ?e a gp:CooperationAgreement ; gp:sourceCountry id:country\\/china ; gp:targetActor id:org\\/european-union }
                """)).isTrue();
        assertThat(ask(pledged, """
                ASK { ?e a gp:CooperationIntent ; gp:sourceCountry id:country\\/china ; gp:targetActor id:org\\/european-union }
                """)).isTrue();
        assertThat(ask(signed, "ASK { ?e ?p id:country\\/estonia }")).isFalse();
        assertThat(ask(pledged, "ASK { ?e ?p id:country\\/estonia }")).isFalse();
    }

    @Test
    void theTwoSidesOfTalksBetweenACountryAndAnOrganisationAreTheCountryAndTheOrganisation() {
        Model signed = events(article("two-sides-2019").published(WEDNESDAY)
                .sentence("Kaja Kallas held talks with Xi Jinping on Tuesday.",
                        "Kaja Kallas", "person/kaja-kallas", "Xi Jinping", "person/xi-jinping")
                .sentence("It builds on a memorandum the two sides signed in 2019 on gas supplies."));
        Model discussed = events(article("two-sides-discussed").published(WEDNESDAY)
                .sentence("Kaja Kallas held talks with Xi Jinping on Tuesday.",
                        "Kaja Kallas", "person/kaja-kallas", "Xi Jinping", "person/xi-jinping")
                .sentence("It builds on a memorandum the two sides discussed in 2019 on gas supplies."));

        assertThat(ask(signed, """
                ASK { ?e a gp:CooperationAgreement ; gp:sourceCountry id:country\\/china ; gp:targetActor id:org\\/european-union ;
                         gp:factuality gp:background ; gp:cooperationDomain gp:energy }
                """)).isTrue();
        assertThat(ask(signed, "ASK { ?e gp:targetCountry id:org\\/european-union }")).as("an organisation has no country").isFalse();
        assertThat(eventsOfType(discussed, GP.CooperationAgreement)).isEmpty();
    }

    @Test
    void raisingAMatterWithSomeoneIsTalksAndOnlyPossibleWithCould() {
        Model possible = events(article("raise-could").published(WEDNESDAY)
                .sentence("Vladimir Putin could raise the issue directly with Xi Jinping later this month.",
                        "Vladimir Putin", "person/vladimir-putin", "Xi Jinping", "person/xi-jinping"));
        Model raised = events(article("raised").published(WEDNESDAY)
                .sentence("Vladimir Putin raised the matter with Xi Jinping on Tuesday.",
                        "Vladimir Putin", "person/vladimir-putin", "Xi Jinping", "person/xi-jinping"));
        Model raisedOf = events(article("raised-of").published(WEDNESDAY)
                .sentence("Vladimir Putin raised the issue of Xi Jinping's health on Tuesday.",
                        "Vladimir Putin", "person/vladimir-putin", "Xi Jinping", "person/xi-jinping"));

        assertThat(ask(possible, "ASK { ?e a gp:BilateralTalks ; gp:factuality gp:hypothetical }")).isTrue();
        assertThat(ask(raised, "ASK { ?e a gp:BilateralTalks ; gp:factuality gp:asserted ; schema:startDate \"2024-06-18\"^^xsd:date }")).isTrue();
        assertThat(eventsOfType(raisedOf, GP.BilateralTalks)).isEmpty();
    }

    @Test
    void anOrganisationThatSignsOrPledgesWithACountryIsTheTargetSideWithoutACountry() {
        Model memorandum = events(article("memorandum").published(WEDNESDAY)
                .sentence("Under a memorandum signed in Beijing in July 2023, the European Union promised China up to a billion euros in loans.",
                        "Beijing", "place/beijing", "European Union", "org/european-union", "China", "country/china"));
        Model deal = events(article("bloc-deal").published(WEDNESDAY)
                .sentence("The EU and China signed a trade deal on Tuesday.",
                        "EU", "org/european-union", "China", "country/china"));
        Model pledge = events(article("bloc-pledge").published(WEDNESDAY)
                .sentence("China and the EU agreed to deepen cooperation on climate.",
                        "China", "country/china", "EU", "org/european-union"));
        Model twoOrganisations = events(article("two-organisations").published(WEDNESDAY)
                .sentence("The European Union and the United Nations signed a memorandum on Tuesday.",
                        "European Union", "org/european-union", "United Nations", "org/united-nations"));

        assertThat(ask(memorandum, """
                ASK { ?e a gp:CooperationAgreement ; gp:factuality gp:background ;
                      gp:sourceCountry id:country\\/china ; gp:targetActor id:org\\/european-union
                      FILTER NOT EXISTS { ?e gp:targetCountry ?country } }
                """)).isTrue();
        assertThat(ask(deal, """
                ASK { ?e a gp:CooperationAgreement ; gp:factuality gp:asserted ; schema:startDate "2024-06-18"^^xsd:date ;
                      gp:sourceCountry id:country\\/china ; gp:targetActor id:org\\/european-union ; gp:cooperationDomain gp:trade }
                """)).isTrue();
        assertThat(ask(pledge, """
                ASK { ?e a gp:CooperationIntent ; gp:sourceCountry id:country\\/china ; gp:targetActor id:org\\/european-union ;
                      gp:cooperationDomain gp:climate }
                """)).isTrue();
        assertThat(ask(twoOrganisations, """
                ASK { ?e a gp:CooperationAgreement ; gp:sourceActor id:org\\/european-union ; gp:targetActor id:org\\/united-nations
                      FILTER NOT EXISTS { ?e gp:sourceCountry|gp:targetCountry ?country } }
                """)).isTrue();
        assertThat(ask(deal, """
                ASK { ?e a gp:CooperationAgreement ; (gp:sourceCountry|gp:sourceActor) ?x ; (gp:targetCountry|gp:targetActor) ?y
                      FILTER(?x = id:country\\/china && ?y = id:org\\/european-union) }
                """)).as("both sides read through (gp:sourceCountry|gp:sourceActor)").isTrue();
        assertThat(eventsOfType(memorandum, GP.CooperationIntent)).as("what the memorandum promises is its content").isEmpty();
        assertThat(ask(deal, "ASK { ?article schema:about ?e, id:country\\/china, id:org\\/european-union . ?e a gp:CooperationAgreement }"))
                .as("the article is about the deal and both its sides").isTrue();
        assertThat(ask(memorandum, "ASK { ?article schema:about id:org\\/european-union }"))
                .as("nor about the sides of a background agreement").isFalse();
    }

    @Test
    void anOrganisationThatHostsBacksOrWelcomesADealOrIsOneOfManyIsNoSideOfIt() {
        Model venue = events(article("at-the-un").published(WEDNESDAY)
                .sentence("Germany and China signed an agreement at the UN on Tuesday.",
                        "Germany", "country/germany", "China", "country/china", "UN", "org/united-nations"));
        Model support = events(article("un-support").published(WEDNESDAY)
                .sentence("Germany and China signed a deal with UN support on Tuesday.",
                        "Germany", "country/germany", "China", "country/china", "UN", "org/united-nations"));
        Model backed = events(article("un-backed").published(WEDNESDAY)
                .sentence("The UN-backed deal was signed by China on Tuesday.",
                        "UN", "org/united-nations", "China", "country/china"));
        Model hailed = events(article("eu-hailed").published(WEDNESDAY)
                .sentence("The EU hailed it as a breakthrough when China signed the agreement on Tuesday.",
                        "EU", "org/european-union", "China", "country/china"));
        Model welcomed = events(article("eu-welcomed").published(WEDNESDAY)
                .sentence("The EU welcomed the agreement between Germany and China signed on Tuesday.",
                        "EU", "org/european-union", "Germany", "country/germany", "China", "country/china"));
        Model third = events(article("eu-third").published(WEDNESDAY)
                .sentence("Germany, China and the EU signed a climate pact on Tuesday.",
                        "Germany", "country/germany", "China", "country/china", "EU", "org/european-union"));
        Model many = events(article("many-states").published(WEDNESDAY)
                .sentence("The EU and more than 60 countries, among them China, signed the treaty on Tuesday.",
                        "EU", "org/european-union", "China", "country/china"));
        Model west = events(article("the-west").published(WEDNESDAY)
                .sentence("The West and China agreed to deepen cooperation on trade.",
                        "The West", "org/the-west", "China", "country/china"));

        String organisationSide = """
                ASK { ?e a ?type ; gp:sourceActor|gp:targetActor ?org .
                      VALUES ?type { gp:CooperationAgreement gp:CooperationIntent }
                      VALUES ?org { id:org\\/united-nations id:org\\/european-union id:org\\/the-west } }
                """;
        assertThat(ask(venue, organisationSide)).as("where it was signed").isFalse();
        assertThat(ask(venue, """
                ASK { ?e a gp:CooperationAgreement ; gp:sourceCountry id:country\\/china ; gp:targetCountry id:country\\/germany }
                """)).isTrue();
        assertThat(ask(support, organisationSide)).as("with whose support").isFalse();
        assertThat(ask(backed, organisationSide)).as("who backed it").isFalse();
        assertThat(ask(hailed, organisationSide)).as("who hailed it").isFalse();
        assertThat(ask(welcomed, organisationSide)).as("who welcomed the agreement between two others").isFalse();
        assertThat(ask(third, organisationSide)).as("one of three parties").isFalse();
        assertThat(ask(many, organisationSide)).as("one of many states").isFalse();
        assertThat(ask(west, organisationSide)).as("a collective actor").isFalse();
    }

    @Test
    void aSentenceThatTakesUpTheDealsOfTheSentenceBeforeTellsTheirDomains() {
        Model listed = events(article("they-include").published(WEDNESDAY)
                .sentence("Germany and China held talks on Tuesday before ministers signed five agreements and five memoranda of "
                        + "understanding, the foreign minister told reporters.",
                        "Germany", "country/germany", "China", "country/china")
                .sentence("They include a framework for recruiting Chinese workers, an accord on avoiding double taxation and a plan "
                        + "to expand technical and vocational education.",
                        "Chinese", "country/china"));
        Model definite = events(article("the-deals-cover").published(WEDNESDAY)
                .sentence("Germany and China signed five agreements on Tuesday.",
                        "Germany", "country/germany", "China", "country/china")
                .sentence("The deals cover vaccines for German hospitals and electricity supplies.",
                        "German", "country/germany"));
        Model among = events(article("among-them").published(WEDNESDAY)
                .sentence("Germany and China signed several agreements on Tuesday.",
                        "Germany", "country/germany", "China", "country/china")
                .sentence("Among them are accords on vaccines and on satellites for Chinese farmers.",
                        "Chinese", "country/china"));

        assertThat(ask(listed, "ASK { ?e a gp:CooperationAgreement ; gp:cooperationDomain gp:education }")).isTrue();
        assertThat(ask(definite, "ASK { ?e a gp:CooperationAgreement ; gp:cooperationDomain gp:health, gp:energy }")).isTrue();
        assertThat(ask(among, "ASK { ?e a gp:CooperationAgreement ; gp:cooperationDomain gp:health, gp:space }")).isTrue();
    }

    @Test
    void aSentenceOpeningOnTheyAfterTradeFiguresOrAThirdCountrysDealsGivesTheDealNothing() {
        Model figures = events(article("after-figures").published(WEDNESDAY)
                .sentence("Germany and China signed five agreements on Tuesday.",
                        "Germany", "country/germany", "China", "country/china")
                .sentence("Trade between the two countries reached 200 billion euros last year.")
                .sentence("They include exports of vaccines and a plan to expand vocational education for Chinese workers.",
                        "Chinese", "country/china"));
        Model third = events(article("third-country").published(WEDNESDAY)
                .sentence("Germany and China signed an agreement on Monday.",
                        "Germany", "country/germany", "China", "country/china")
                .sentence("China also signed five agreements with Russia on Tuesday.",
                        "China", "country/china", "Russia", "country/russia")
                .sentence("They include a plan to expand vocational education for Chinese workers.",
                        "Chinese", "country/china"));

        assertThat(ask(figures, "ASK { ?e a gp:CooperationAgreement }")).isTrue();
        assertThat(ask(figures, "ASK { ?e gp:cooperationDomain ?d }")).isFalse();
        assertThat(ask(third, """
                ASK { ?e a gp:CooperationAgreement ; gp:sourceCountry id:country\\/china ; gp:targetCountry id:country\\/russia ;
                      gp:cooperationDomain gp:education }
                """)).as("the deals the sentence takes up").isTrue();
        assertThat(ask(third, "ASK { ?e gp:sourceCountry|gp:targetCountry id:country\\/germany ; gp:cooperationDomain ?d }")).isFalse();
    }

    @Test
    void theDomainsOfASentenceThatTellsAnEventAreThatEventsAndThoseOfASentenceThatTellsNoneGoToThePairsEvents() {
        Model told = events(article("ferry-deal").published(WEDNESDAY)
                .sentence("Germany and China agreed on Tuesday to step up cooperation on the transit of German crude.",
                        "Germany", "country/germany", "China", "country/china", "German", "country/germany")
                .sentence("Germany and China hope to sign an agreement next year setting up a joint company to run ferries between their ports.",
                        "Germany", "country/germany", "China", "country/china")
                .sentence("Military cooperation is another key area."));

        assertThat(ask(told, "ASK { ?e a gp:CooperationIntent ; gp:cooperationDomain gp:energy, gp:military }")).isTrue();
        assertThat(ask(told, "ASK { ?e a gp:CooperationAgreement ; gp:cooperationDomain gp:infrastructure, gp:military }"))
                .isTrue();
        assertThat(ask(told, "ASK { ?e a gp:CooperationIntent ; gp:cooperationDomain gp:infrastructure }"))
                .as("the ports of the deal they hope for are not the pledge's").isFalse();
        assertThat(ask(told, "ASK { ?e a gp:CooperationAgreement ; gp:cooperationDomain gp:energy }"))
                .as("nor the crude of the pledge the deal's").isFalse();
    }

    @Test
    void talksWithTheTwoSidesAgreeingToExpandCooperationAreAlsoAnIntentButAgreeingToACeasefireIsNot() {
        Model agreeing = events(article("agreeing").published(WEDNESDAY)
                .sentence("Vladimir Putin held talks with Xi Jinping in Beijing on Tuesday, with the two leaders agreeing to expand "
                        + "cooperation in energy and infrastructure.",
                        "Vladimir Putin", "person/vladimir-putin", "Xi Jinping", "person/xi-jinping", "Beijing", "place/beijing"));
        Model ceasefire = events(article("ceasefire").published(WEDNESDAY)
                .sentence("Vladimir Putin held talks with Xi Jinping in Beijing on Tuesday, with the two leaders agreeing to a ceasefire.",
                        "Vladimir Putin", "person/vladimir-putin", "Xi Jinping", "person/xi-jinping", "Beijing", "place/beijing"));

        assertThat(ask(agreeing, """
                ASK { ?e a gp:CooperationIntent ; gp:cooperationDomain gp:energy, gp:infrastructure ; schema:startDate "2024-06-18"^^xsd:date }
                """)).isTrue();
        assertThat(ask(ceasefire, "ASK { ?e a gp:BilateralTalks }")).isTrue();
        assertThat(eventsOfType(ceasefire, GP.CooperationIntent)).isEmpty();
    }

    @Test
    void maritimeSafetyAndSecurityIsSecurityButMaritimeSafetyAloneIsNot() {
        Model security = events(article("safety-and-security").published(WEDNESDAY)
                .sentence("Germany and China exchanged five memoranda of understanding covering maritime safety and security on Tuesday.",
                        "Germany", "country/germany", "China", "country/china"));
        Model safety = events(article("safety").published(WEDNESDAY)
                .sentence("Germany and China exchanged five memoranda of understanding covering maritime safety on Tuesday.",
                        "Germany", "country/germany", "China", "country/china"));

        assertThat(ask(security, "ASK { ?e a gp:CooperationAgreement ; gp:cooperationDomain gp:security }")).isTrue();
        assertThat(ask(safety, "ASK { ?e a gp:CooperationAgreement }")).isTrue();
        assertThat(ask(safety, "ASK { ?e gp:cooperationDomain gp:security }")).isFalse();
    }

    @Test
    void signingANumberOfAgreementsIsAnAgreementButSigningANumberOfLettersIsNot() {
        Model agreements = events(article("five-agreements").published(WEDNESDAY)
                .sentence("Germany and China signed five agreements on Tuesday.",
                        "Germany", "country/germany", "China", "country/china"));
        Model letters = events(article("five-letters").published(WEDNESDAY)
                .sentence("Germany and China signed five letters on Tuesday.",
                        "Germany", "country/germany", "China", "country/china"));

        assertThat(ask(agreements, "ASK { ?e a gp:CooperationAgreement ; schema:startDate \"2024-06-18\"^^xsd:date }")).isTrue();
        assertThat(eventsOfType(letters, GP.CooperationAgreement)).isEmpty();
    }

    @Test
    void theCountryOfADatelineIsWhereTheStoryWasFiledNoSideButTheSameCountryInTheStoryIs() {
        Model dateline = events(article("dateline").published(WEDNESDAY)
                .sentence("BERLIN, Germany (AFP) - Chinese President Xi Jinping held talks on Tuesday with North Korean leader Kim Jong Un.",
                        "Germany", "country/germany", "Chinese", "country/china", "Xi Jinping", "person/xi-jinping",
                        "North Korean", "country/north-korea", "Kim Jong Un", "person/kim-jong-un"));
        Model dated = events(article("dateline-dated").published(WEDNESDAY)
                .sentence("BERLIN, Germany, June 18 (Xinhua) - Chinese President Xi Jinping and North Korean leader Kim Jong Un held talks"
                        + " on Tuesday on the sidelines of a summit.",
                        "Germany", "country/germany", "Chinese", "country/china", "Xi Jinping", "person/xi-jinping",
                        "North Korean", "country/north-korea", "Kim Jong Un", "person/kim-jong-un"));
        Model story = events(article("story").published(WEDNESDAY)
                .sentence("BERLIN (AFP) - Germany held talks on Tuesday with North Korean leader Kim Jong Un.",
                        "Germany", "country/germany", "North Korean", "country/north-korea", "Kim Jong Un", "person/kim-jong-un"));

        assertThat(ask(dateline, "ASK { ?e a gp:BilateralTalks ; gp:sourceCountry id:country\\/china ; gp:targetCountry id:country\\/north-korea }"))
                .isTrue();
        assertThat(ask(dateline, "ASK { ?e a gp:BilateralTalks ; gp:sourceCountry|gp:targetCountry id:country\\/germany }")).isFalse();
        assertThat(ask(dated, "ASK { ?e a gp:BilateralTalks ; gp:sourceCountry id:country\\/china ; gp:targetCountry id:country\\/north-korea }"))
                .isTrue();
        assertThat(ask(dated, "ASK { ?e a gp:BilateralTalks ; gp:sourceCountry|gp:targetCountry id:country\\/germany }")).isFalse();
        assertThat(ask(story, "ASK { ?e a gp:BilateralTalks ; gp:sourceCountry id:country\\/germany }")).isTrue();
    }

    @Test
    void talksAnOutletNamedAfterWhatItIsReportedAreReportedButTalksItFilmedAreNot() {
        Model reported = events(article("outlet-named").published(WEDNESDAY)
                .sentence("Russian broadcaster RT reported that officials of Germany and China met at the border last week.",
                        "Russian", "country/russia", "Germany", "country/germany", "China", "country/china"));
        Model filmed = events(article("outlet-filmed").published(WEDNESDAY)
                .sentence("Officials of Germany and China met at the border last week, where a broadcaster filmed them.",
                        "Germany", "country/germany", "China", "country/china"));

        assertThat(ask(reported, """
                ASK { ?e a gp:BilateralTalks ; gp:sourceCountry id:country\\/china ; gp:targetCountry id:country\\/germany ;
                      gp:factuality gp:reported }
                """)).isTrue();
        assertThat(ask(filmed, "ASK { ?e a gp:BilateralTalks ; gp:factuality gp:asserted }")).isTrue();
    }

    @Test
    void anOfficeHolderOfAnOrganisationMeetsForItButTheOrganisationNamedAloneHoldsNoTalks() {
        MappingContext context = article("office-holder").published(WEDNESDAY)
                .sentence("Chinese President Xi Jinping and European Commission President Ursula von der Leyen are expected to hold a summit"
                        + " in Beijing later this year.",
                        "Chinese", "country/china", "Xi Jinping", "person/xi-jinping", "Ursula von der Leyen", "person/ursula-von-der-leyen")
                .context();
        IRI president = ArticleFixture.id("person/ursula-von-der-leyen");
        IRI office = ArticleFixture.id("position/ursula-von-der-leyen-president-of-the-european-commission");
        context.model().add(president, RDF.TYPE, SCHEMA.Person);
        context.model().add(president, GP.holdsPosition, office);
        context.model().add(office, GP.jurisdiction, ArticleFixture.id("org/european-union"));
        Model officeHolder = events(context);
        Model named = events(article("organisation-named").published(WEDNESDAY)
                .sentence("The European Union and China held a summit on Tuesday.",
                        "European Union", "org/european-union", "China", "country/china"));

        assertThat(ask(officeHolder, """
                ASK { ?e a gp:BilateralTalks ; gp:factuality gp:hypothetical ; gp:sourceCountry id:country\\/china ;
                      gp:targetActor id:person\\/ursula-von-der-leyen, id:org\\/european-union }
                """)).isTrue();
        assertThat(ask(officeHolder, "ASK { ?e a gp:BilateralTalks ; gp:targetCountry ?c }")).as("an organisation is no country").isFalse();
        assertThat(eventsOfType(named, GP.BilateralTalks)).isEmpty();
    }

    @Test
    void theDelegationsOfTheArticlesDyadSigningAgreementsAfterTheVisitSignThemThatDayButDiscussingThemSignsNothing() {
        Model signed = events(article("delegations-signed").published(WEDNESDAY)
                .sentence("Russian President Vladimir Putin arrived in Pyongyang on Tuesday.",
                        "Russian", "country/russia", "Vladimir Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang")
                .sentence("At the end of the visit the delegations signed five agreements covering energy."));
        Model discussed = events(article("delegations-discussed").published(WEDNESDAY)
                .sentence("Russian President Vladimir Putin arrived in Pyongyang on Tuesday.",
                        "Russian", "country/russia", "Vladimir Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang")
                .sentence("At the end of the visit the delegations discussed five agreements covering energy."));

        assertThat(ask(signed, """
                ASK { ?e a gp:CooperationAgreement ; gp:sourceCountry id:country\\/north-korea ; gp:targetCountry id:country\\/russia ;
                      gp:factuality gp:asserted ; schema:startDate "2024-06-18"^^xsd:date }
                """)).isTrue();
        assertThat(eventsOfType(discussed, GP.CooperationAgreement)).isEmpty();
    }

    @Test
    void theNeighboursOfTheArticlesDyadPledgeCooperationButTheNeighboursOfACountryOrItsNeighboursDoNot() {
        String visit = "Russian President Vladimir Putin arrived in Pyongyang on Tuesday.";
        String[] visitMentions = {"Russian", "country/russia", "Vladimir Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang"};
        Model neighbours = events(article("the-neighbours").published(WEDNESDAY)
                .sentence(visit, visitMentions)
                .sentence("In a joint communique, the neighbours pledged to work together against terrorism."));
        Model twoNeighbouringStates = events(article("two-neighbouring-states").published(WEDNESDAY)
                .sentence(visit, visitMentions)
                .sentence("The two neighbouring states pledged to work together against terrorism."));
        Model neighboursOf = events(article("the-neighbours-of").published(WEDNESDAY)
                .sentence(visit, visitMentions)
                .sentence("In a joint communique, the neighbours of Ukraine pledged to work together against terrorism."));
        Model its = events(article("its-neighbours").published(WEDNESDAY)
                .sentence(visit, visitMentions)
                .sentence("Moscow pledged to work together with its neighbours against terrorism."));
        Model neighbouring = events(article("neighbouring-countries").published(WEDNESDAY)
                .sentence(visit, visitMentions)
                .sentence("Neighbouring countries pledged to work together against terrorism."));

        String pledge = """
                ASK { ?e a gp:CooperationIntent ; gp:sourceCountry id:country\\/north-korea ; gp:targetCountry id:country\\/russia ;
                      gp:cooperationDomain gp:security ; gp:factuality gp:asserted }
                """;
        assertThat(ask(neighbours, pledge)).isTrue();
        assertThat(ask(twoNeighbouringStates, pledge)).isTrue();
        assertThat(eventsOfType(neighboursOf, GP.CooperationIntent)).isEmpty();
        assertThat(eventsOfType(its, GP.CooperationIntent)).isEmpty();
        assertThat(eventsOfType(neighbouring, GP.CooperationIntent)).isEmpty();
        // where officials sit is no side: "officials in both capitals said" takes up no pair
        Model capitals = events(article("both-capitals").published(WEDNESDAY)
                .sentence(visit, visitMentions)
                .sentence("Officials in both capitals said Putin could hold talks in the autumn.", "Putin", "person/vladimir-putin"));
        Model states = events(article("both-states").published(WEDNESDAY)
                .sentence(visit, visitMentions)
                .sentence("Officials said both states could hold talks in the autumn."));
        assertThat(ask(states, "ASK { ?e a gp:BilateralTalks ; gp:factuality gp:hypothetical }")).isTrue();
        assertThat(ask(capitals, "ASK { ?e a gp:BilateralTalks ; gp:factuality gp:hypothetical }")).isFalse();
    }

    @Test
    void aTimeInARelativeClauseAboutALeaderLeavesHisTalksTheDaysButTalksHeldThenAreBackground() {
        Model clause = events(article("relative-clause-time").published(WEDNESDAY)
                .sentence("Putin, who took office two months ago, was received by Xi Jinping, and the two men held talks at the palace.",
                        "Putin", "person/vladimir-putin", "Xi Jinping", "person/xi-jinping"));
        Model then = events(article("talks-then").published(WEDNESDAY)
                .sentence("Putin and Xi Jinping held talks at the palace two months ago.",
                        "Putin", "person/vladimir-putin", "Xi Jinping", "person/xi-jinping"));

        assertThat(ask(clause, "ASK { ?e a gp:BilateralTalks ; gp:factuality gp:asserted }")).isTrue();
        assertThat(ask(clause, "ASK { ?e a gp:BilateralTalks ; gp:factuality gp:background }")).isFalse();
        assertThat(ask(then, "ASK { ?e a gp:BilateralTalks ; gp:factuality gp:background }")).isTrue();
    }

    @Test
    void workingTogetherAgainstArmedGroupsIsSecurityButAgainstClimateChangeIsNot() {
        Model jihadists = events(article("against-jihadists").published(WEDNESDAY)
                .sentence("Russia and China pledged to work together against the jihadist groups in the region.",
                        "Russia", "country/russia", "China", "country/china"));
        Model climate = events(article("against-climate-change").published(WEDNESDAY)
                .sentence("Russia and China pledged to work together against climate change in the region.",
                        "Russia", "country/russia", "China", "country/china"));

        assertThat(ask(jihadists, "ASK { ?e a gp:CooperationIntent ; gp:cooperationDomain gp:security }")).isTrue();
        assertThat(ask(climate, "ASK { ?e a gp:CooperationIntent }")).isTrue();
        assertThat(ask(climate, "ASK { ?e a gp:CooperationIntent ; gp:cooperationDomain gp:security }")).isFalse();
    }

    @Test
    void biofuelsAndHydrogenAreEnergyButGasPricesInASentenceOfNoCooperationAreNot() {
        Model biofuels = events(article("biofuels").published(WEDNESDAY)
                .sentence("Ministers from Germany and China signed agreements on Tuesday on fertiliser production and biofuels.",
                        "Germany", "country/germany", "China", "country/china"));
        Model hydrogen = events(article("green-hydrogen").published(WEDNESDAY)
                .sentence("Germany and China agreed on Tuesday to step up cooperation on green hydrogen.",
                        "Germany", "country/germany", "China", "country/china"));
        Model prices = events(article("gas-prices").published(WEDNESDAY)
                .sentence("Germany and China signed agreements on Tuesday on fertiliser production.",
                        "Germany", "country/germany", "China", "country/china")
                .sentence("Gas prices rose in Germany and China on Tuesday.",
                        "Germany", "country/germany", "China", "country/china"));

        assertThat(ask(biofuels, "ASK { ?e a gp:CooperationAgreement ; gp:cooperationDomain gp:energy }")).isTrue();
        assertThat(ask(hydrogen, "ASK { ?e a gp:CooperationIntent ; gp:cooperationDomain gp:energy }")).isTrue();
        assertThat(ask(prices, "ASK { ?e a gp:CooperationAgreement }")).isTrue();
        assertThat(ask(prices, "ASK { ?e gp:cooperationDomain gp:energy }"))
                .as("what prices do is no field of the deals").isFalse();
    }

    @Test
    void jointPatrolsAndTheExchangeOfIntelligenceAreSecurityButIntelligenceReportsAreNot() {
        Model patrols = events(article("patrols").published(WEDNESDAY)
                .sentence("Germany and China signed five agreements on Tuesday, covering joint patrols along the river.",
                        "Germany", "country/germany", "China", "country/china"));
        Model exchange = events(article("exchange-of-intelligence").published(WEDNESDAY)
                .sentence("Germany and China signed five agreements on Tuesday, covering the exchange of intelligence on armed groups.",
                        "Germany", "country/germany", "China", "country/china"));
        Model sharing = events(article("share-intelligence").published(WEDNESDAY)
                .sentence("Germany and China signed an agreement on Tuesday under which the two militaries will share more intelligence.",
                        "Germany", "country/germany", "China", "country/china"));
        Model reports = events(article("intelligence-reports").published(WEDNESDAY)
                .sentence("Germany and China signed five agreements on Tuesday, weeks after intelligence reports said the border was calm.",
                        "Germany", "country/germany", "China", "country/china"));

        assertThat(ask(patrols, "ASK { ?e a gp:CooperationAgreement ; gp:cooperationDomain gp:security }")).isTrue();
        assertThat(ask(exchange, "ASK { ?e a gp:CooperationAgreement ; gp:cooperationDomain gp:security }")).isTrue();
        assertThat(ask(sharing, "ASK { ?e a gp:CooperationAgreement ; gp:cooperationDomain gp:security }")).isTrue();
        assertThat(ask(reports, "ASK { ?e a gp:CooperationAgreement }")).isTrue();
        assertThat(ask(reports, "ASK { ?e gp:cooperationDomain gp:security }")).as("intelligence named is no field shared").isFalse();
    }

    @Test
    void protectingTheOceansIsClimateButShippingAcrossThemIsNot() {
        Model oceans = events(article("protection-of-the-oceans").published(WEDNESDAY)
                .sentence("Germany and China agreed on Tuesday to step up cooperation on the protection of the oceans.",
                        "Germany", "country/germany", "China", "country/china"));
        Model shipping = events(article("across-the-oceans").published(WEDNESDAY)
                .sentence("Germany and China agreed on Tuesday to step up cooperation on shipping across the oceans.",
                        "Germany", "country/germany", "China", "country/china"));

        assertThat(ask(oceans, "ASK { ?e a gp:CooperationIntent ; gp:cooperationDomain gp:climate }")).isTrue();
        assertThat(ask(shipping, "ASK { ?e a gp:CooperationIntent }")).isTrue();
        assertThat(ask(shipping, "ASK { ?e gp:cooperationDomain gp:climate }")).isFalse();
    }

    @Test
    void theCountryOfADatelineIsNoThirdCountryOfTheTalksDomainsButACountryTheSentenceNamesIs() {
        Model dateline = events(article("dateline").published(WEDNESDAY)
                .sentence("KYIV, Ukraine (AFP) - Germany and China held talks on Tuesday and agreed to step up cooperation on green hydrogen.",
                        "Ukraine", "country/ukraine", "Germany", "country/germany", "China", "country/china"));
        Model named = events(article("third-named").published(WEDNESDAY)
                .sentence("Germany and China held talks with Ukraine on Tuesday and agreed to step up cooperation on green hydrogen.",
                        "Germany", "country/germany", "China", "country/china", "Ukraine", "country/ukraine"));

        assertThat(ask(dateline, """
                ASK { ?e a gp:BilateralTalks ; gp:sourceCountry id:country\\/china ; gp:targetCountry id:country\\/germany ;
                      gp:cooperationDomain gp:energy }
                """)).isTrue();
        assertThat(ask(named, "ASK { ?e a gp:BilateralTalks ; gp:sourceCountry id:country\\/china ; gp:targetCountry id:country\\/germany }"))
                .isTrue();
        assertThat(ask(named, """
                ASK { ?e a gp:BilateralTalks ; gp:sourceCountry id:country\\/china ; gp:targetCountry id:country\\/germany ;
                      gp:cooperationDomain ?d }
                """))
                .as("the hydrogen of talks held with a third country is not the pair's").isFalse();
    }

    @Test
    void consultationsHeldWithOfficialsAreTalksButAnAmbassadorRecalledForConsultationsIsNone() {
        Model held = events(article("consultations-held").published(WEDNESDAY)
                .sentence("The report came as Foreign Minister Sergei Lavrov held consultations with Chinese officials in Beijing on Monday.",
                        "Sergei Lavrov", "person/sergei-lavrov", "Chinese", "country/china", "Beijing", "place/beijing"));
        Model recalled = events(article("consultations-recalled").published(WEDNESDAY)
                .sentence("Russia recalled its ambassador to China for consultations on Monday.",
                        "Russia", "country/russia", "China", "country/china"));

        assertThat(ask(held, """
                ASK { ?e a gp:BilateralTalks ; gp:sourceCountry id:country\\/china ; gp:targetCountry id:country\\/russia ;
                      gp:factuality gp:asserted ; schema:startDate "2024-06-17"^^xsd:date }
                """)).isTrue();
        assertThat(eventsOfType(recalled, GP.BilateralTalks)).isEmpty();
    }

    @Test
    void aContractSignedBetweenTwoCountriesIsAnAgreementReportedByTheNewspaperThatClosesTheSentence() {
        Model reported = events(article("contract-reported").published(WEDNESDAY)
                .sentence("Germany has signed a contract to buy Chinese drones worth about $700 million, the Handelsblatt newspaper"
                        + " reported on Monday, citing two officials, in what would be the largest arms deal between the two countries.",
                        "Germany", "country/germany", "Chinese", "country/china"));
        Model background = events(article("contract-background").published(WEDNESDAY)
                .sentence("China has become one of Germany's main drone suppliers since 2020, when the two countries signed a $40 million"
                        + " contract for radars.",
                        "China", "country/china", "Germany", "country/germany"));
        Model notSigned = events(article("contract-not-signed").published(WEDNESDAY)
                .sentence("Germany and China discussed a contract for drones, but no contract was signed.",
                        "Germany", "country/germany", "China", "country/china"));

        assertThat(ask(reported, "ASK { ?e a gp:CooperationAgreement ; gp:cooperationDomain gp:military ; gp:factuality gp:reported }"))
                .isTrue();
        assertThat(ask(background, "ASK { ?e a gp:CooperationAgreement ; gp:factuality gp:background }")).isTrue();
        assertThat(eventsOfType(notSigned, GP.CooperationAgreement)).isEmpty();
    }

    @Test
    void aLeaderAndHisCounterpartWhoSignAfterTalksHeldThemButSigningAloneIsNoTalks() {
        Model afterTalks = events(article("counterparts-after-talks").published(WEDNESDAY)
                .sentence("Russian President Vladimir Putin and his Chinese counterpart, President Xi Jinping, put their signatures to the"
                        + " treaty at the ceremonial hall of the Kremlin in Moscow after a morning of talks.",
                        "Russian", "country/russia", "Vladimir Putin", "person/vladimir-putin", "Chinese", "country/china",
                        "Xi Jinping", "person/xi-jinping", "Moscow", "place/moscow"));
        Model signingAlone = events(article("counterparts-signing").published(WEDNESDAY)
                .sentence("Russian President Vladimir Putin and his Chinese counterpart, President Xi Jinping, put their signatures to the"
                        + " treaty at the ceremonial hall of the Kremlin in Moscow after a morning ceremony.",
                        "Russian", "country/russia", "Vladimir Putin", "person/vladimir-putin", "Chinese", "country/china",
                        "Xi Jinping", "person/xi-jinping", "Moscow", "place/moscow"));
        Model notTheSubject = events(article("counterparts-not-subject").published(WEDNESDAY)
                .sentence("The treaty that Russia and China drafted last year was put to the parliaments of both states in the spring,"
                        + " officials said on Monday after a morning of talks.",
                        "Russia", "country/russia", "China", "country/china"));

        assertThat(ask(afterTalks, """
                ASK { ?e a gp:BilateralTalks ; gp:sourceCountry id:country\\/china ; gp:targetCountry id:country\\/russia ;
                      gp:factuality gp:asserted }
                """)).isTrue();
        assertThat(eventsOfType(signingAlone, GP.BilateralTalks)).isEmpty();
        assertThat(eventsOfType(notTheSubject, GP.BilateralTalks)).isEmpty();
    }

    @Test
    void talksThatHaveStalledAreBackgroundButTalksThatResumedAreOfTheDay() {
        Model stalled = events(article("talks-stalled").published(WEDNESDAY)
                .sentence("Peace talks between Germany and China have stalled over Berlin's demand that Beijing change its laws.",
                        "Germany", "country/germany", "China", "country/china"));
        Model resumed = events(article("talks-resumed").published(WEDNESDAY)
                .sentence("Peace talks between Germany and China resumed on Tuesday over Berlin's demand that Beijing change its laws.",
                        "Germany", "country/germany", "China", "country/china"));

        assertThat(ask(stalled, "ASK { ?e a gp:BilateralTalks ; gp:factuality gp:background }")).isTrue();
        assertThat(ask(resumed, """
                ASK { ?e a gp:BilateralTalks ; gp:factuality gp:asserted ; schema:startDate "2024-06-18"^^xsd:date }
                """)).isTrue();
    }
}
