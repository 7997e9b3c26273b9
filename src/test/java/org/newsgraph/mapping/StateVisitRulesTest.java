package org.newsgraph.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.mapping.ArticleFixture.article;
import static org.newsgraph.mapping.RdfAsk.ask;

import java.time.LocalDate;

import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.newsgraph.vocab.SCHEMA;

/** The state-visit rules (10-state-visit, 15-visit-host) on single sentences. */
class StateVisitRulesTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2024, 6, 19);

    /** What the rules add to the article's graph; {@code minted} are people the text names without a position. */
    private static Model events(ArticleFixture fixture, String... minted) {
        MappingContext context = fixture.context();
        for (String person : minted) {
            context.model().add(ArticleFixture.id(person), RDF.TYPE, SCHEMA.Person);
        }
        return RuleRun.events(context);
    }

    @Test
    void reportsRejectedAsSpeculationMakeTheVisitDeniedButRejectedAccusationsDoNot() {
        Model rejected = events(article("rejected-reports").published(WEDNESDAY)
                .sentence("The Kremlin rejected as \"baseless speculation\" reports that Vladimir Putin would travel to Pyongyang next month.",
                        "Vladimir Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang"));
        Model accused = events(article("rejected-accusations").published(WEDNESDAY)
                .sentence("The Kremlin rejected as \"baseless\" claims that Vladimir Putin would travel to Pyongyang next month.",
                        "Vladimir Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang"));

        assertThat(ask(rejected, "ASK { ?e a gp:StateVisit ; gp:factuality gp:denied }")).isTrue();
        assertThat(ask(accused, "ASK { ?e a gp:StateVisit ; gp:factuality gp:denied }")).isFalse();
    }

    @Test
    void flyingIntoACityIsArrivingThere() {
        Model added = events(article("flew-into").published(WEDNESDAY)
                .sentence("Vladimir Putin flew into Pyongyang on Tuesday evening at the start of a two-day visit.",
                        "Vladimir Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang"));

        assertThat(ask(added, """
                ASK { ?e a gp:StateVisit ; gp:targetCountry id:country\\/north-korea ; schema:location id:place\\/pyongyang ;
                      schema:startDate "2024-06-18"^^xsd:date }
                """)).isTrue();
    }

    @Test
    void receivedInACapitalIsAVisitButWhatWasReceivedThereIsNot() {
        Model visit = events(article("received-in").published(WEDNESDAY)
                .sentence("Russian President Vladimir Putin was received in Pyongyang on Tuesday by Kim Jong Un.",
                        "Russian", "country/russia", "Vladimir Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang",
                        "Kim Jong Un", "person/kim-jong-un"));
        Model letter = events(article("received-letter").published(WEDNESDAY)
                .sentence("A letter from Vladimir Putin was received in Pyongyang on Tuesday.",
                        "Vladimir Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang"));
        Model offer = events(article("received-offer").published(WEDNESDAY)
                .sentence("Putin's offer was received in Pyongyang on Tuesday.",
                        "Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang"));

        assertThat(ask(visit, """
                ASK { ?e a gp:StateVisit ; gp:visitor id:person\\/vladimir-putin ; gp:host id:person\\/kim-jong-un ;
                      schema:startDate "2024-06-18"^^xsd:date }
                """)).isTrue();
        assertThat(ask(letter, "ASK { ?e a gp:StateVisit }")).isFalse();
        assertThat(ask(offer, "ASK { ?e a gp:StateVisit }")).isFalse();
    }

    @Test
    void theAgentOfAPassiveFartherFromTheVerbIsTheHost() {
        Model added = events(article("far-agent").published(WEDNESDAY)
                .sentence("Russian President Vladimir Putin arrived in Pyongyang on Tuesday.",
                        "Russian", "country/russia", "Vladimir Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang")
                .sentence("He was welcomed with a 21-gun salute outside the Kumsusan palace of the sun by his host, Kim Jong Un.",
                        "Kim Jong Un", "person/kim-jong-un"));
        Model clauseApart = events(article("far-agent-clause").published(WEDNESDAY)
                .sentence("Russian President Vladimir Putin arrived in Pyongyang on Tuesday.",
                        "Russian", "country/russia", "Vladimir Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang")
                .sentence("He was welcomed with a 21-gun salute at the palace, a building designed by Kim Jong Un.",
                        "Kim Jong Un", "person/kim-jong-un"));

        assertThat(ask(added, "ASK { ?e a gp:StateVisit ; gp:host id:person\\/kim-jong-un }")).isTrue();
        assertThat(ask(clauseApart, "ASK { ?e a gp:StateVisit ; gp:host ?h }")).isFalse();
    }

    @Test
    void theCounterpartWhoMeetsTheVisitorInAPassiveIsTheHost() {
        Model counterpart = events(article("counterpart-agent").published(WEDNESDAY)
                .sentence("Russian President Vladimir Putin arrived in Pyongyang on Tuesday.",
                        "Russian", "country/russia", "Vladimir Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang")
                .sentence("He was met on the tarmac at Sunan airport by his North Korean counterpart Kim Jong Un, and the two "
                        + "leaders drove into the city.",
                        "North Korean", "country/north-korea", "Kim Jong Un", "person/kim-jong-un"));
        Model notTheAgent = events(article("counterpart-not-agent").published(WEDNESDAY)
                .sentence("Russian President Vladimir Putin arrived in Pyongyang on Tuesday.",
                        "Russian", "country/russia", "Vladimir Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang")
                .sentence("He was met on the tarmac at Sunan airport by reporters who asked about his counterpart Kim Jong Un.",
                        "Kim Jong Un", "person/kim-jong-un"));

        assertThat(ask(counterpart, "ASK { ?e a gp:StateVisit ; gp:host id:person\\/kim-jong-un }")).isTrue();
        assertThat(ask(notTheAgent, "ASK { ?e a gp:StateVisit ; gp:host ?h }")).isFalse();
    }

    @Test
    void aHeadOfStateWithoutACountryWhoReceivesTheVisitorIsTheHostButAMinisterIsNot() {
        Model added = events(article("countryless-host").published(WEDNESDAY)
                .sentence("Russian President Vladimir Putin arrived in Pyongyang on Tuesday.",
                        "Russian", "country/russia", "Vladimir Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang")
                .sentence("He was greeted at the airport by Foreign Minister Choe Son Hui and was received at the palace by President Pak Song.",
                        "Choe Son Hui", "person/choe-son-hui", "Pak Song", "person/pak-song"),
                "person/choe-son-hui", "person/pak-song");

        assertThat(ask(added, "ASK { ?e a gp:StateVisit ; gp:host id:person\\/pak-song }")).isTrue();
        assertThat(ask(added, "ASK { ?e a gp:StateVisit ; gp:host id:person\\/choe-son-hui }")).isFalse();
    }

    @Test
    void aFormerHeadOfGovernmentIsNoCountrylessHost() {
        Model added = events(article("former-host").published(LocalDate.of(2025, 6, 18))
                .sentence("Russian President Vladimir Putin arrived in Germany on Tuesday.",
                        "Russian", "country/russia", "Vladimir Putin", "person/vladimir-putin", "Germany", "country/germany")
                .sentence("He was received at a villa outside the capital by Chancellor Olaf Scholz.",
                        "Olaf Scholz", "person/olaf-scholz"));

        assertThat(ask(added, "ASK { ?e a gp:StateVisit ; gp:targetCountry id:country\\/germany }")).isTrue();
        assertThat(ask(added, "ASK { ?e a gp:StateVisit ; gp:host id:person\\/olaf-scholz }")).isFalse();
    }

    @Test
    void onlyAnOfficeHeldWhenTheArticleAppearedMakesAStateVisit() {
        Model formerUndated = events(article("former-undated").published(LocalDate.of(2025, 10, 22))
                .sentence("Kaja Kallas arrived in Pyongyang on Tuesday.",
                        "Kaja Kallas", "person/kaja-kallas", "Pyongyang", "place/pyongyang"));
        Model received = events(article("former-received").published(LocalDate.of(2025, 10, 22))
                .sentence("Kaja Kallas was received by President Vladimir Putin in Moscow on Tuesday.",
                        "Kaja Kallas", "person/kaja-kallas", "Vladimir Putin", "person/vladimir-putin", "Moscow", "place/moscow"));
        Model inOffice = events(article("in-office").published(WEDNESDAY)
                .sentence("Olaf Scholz arrived in Pyongyang on Tuesday.",
                        "Olaf Scholz", "person/olaf-scholz", "Pyongyang", "place/pyongyang"));
        Model afterOffice = events(article("after-office").published(LocalDate.of(2025, 6, 18))
                .sentence("Olaf Scholz arrived in Pyongyang on Tuesday.",
                        "Olaf Scholz", "person/olaf-scholz", "Pyongyang", "place/pyongyang"));

        Model formerOnly = events(article("former-only").published(LocalDate.of(2018, 9, 19))
                .sentence("Moon Jae-in arrived in Pyongyang on Tuesday.",
                        "Moon Jae-in", "person/moon-jae-in", "Pyongyang", "place/pyongyang"));

        assertThat(ask(formerUndated, "ASK { ?e a gp:StateVisit }")).isFalse();
        assertThat(ask(formerOnly, "ASK { ?e a gp:StateVisit ; gp:visitor id:person\\/moon-jae-in }")).isTrue();
        assertThat(ask(received, "ASK { ?e a gp:StateVisit }")).isFalse();
        assertThat(ask(inOffice, "ASK { ?e a gp:StateVisit ; gp:visitor id:person\\/olaf-scholz ; gp:targetCountry id:country\\/north-korea }")).isTrue();
        assertThat(ask(afterOffice, "ASK { ?e a gp:StateVisit }")).isFalse();
    }

    @Test
    void aTripOnlyHopedForOrExpectedIsAPossibleVisitButOneMadeIsNot() {
        Model hoped = events(article("hoped").published(WEDNESDAY)
                .sentence("Officials said Vladimir Putin hoped to visit Pyongyang \"at the earliest opportunity\".",
                        "Vladimir Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang"));
        Model expected = events(article("expected").published(WEDNESDAY)
                .sentence("Xi Jinping was expected to travel to Pyongyang later this week.",
                        "Xi Jinping", "person/xi-jinping", "Pyongyang", "place/pyongyang"));
        Model flew = events(article("flew").published(WEDNESDAY)
                .sentence("Xi Jinping flew to Pyongyang on Tuesday.",
                        "Xi Jinping", "person/xi-jinping", "Pyongyang", "place/pyongyang"));
        Model hopedTrade = events(article("hoped-trade").published(WEDNESDAY)
                .sentence("Vladimir Putin hoped to expand trade with Pyongyang.",
                        "Vladimir Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang"));

        assertThat(ask(hoped, "ASK { ?e a gp:StateVisit ; gp:targetCountry id:country\\/north-korea ; gp:factuality gp:hypothetical }")).isTrue();
        assertThat(ask(expected, "ASK { ?e a gp:StateVisit ; gp:targetCountry id:country\\/north-korea ; gp:factuality gp:hypothetical }")).isTrue();
        assertThat(ask(flew, "ASK { ?e a gp:StateVisit ; gp:targetCountry id:country\\/north-korea ; gp:factuality gp:asserted }")).isTrue();
        assertThat(ask(hopedTrade, "ASK { ?e a gp:StateVisit }")).isFalse();
    }

    @Test
    void theGuestOfAndTheInviterAreHostsButTheInvitedIsNot() {
        Model guest = events(article("guest").published(WEDNESDAY)
                .sentence("Xi Jinping travelled to Pyongyang, where he spent two days as the guest of Kim Jong Un.",
                        "Xi Jinping", "person/xi-jinping", "Pyongyang", "place/pyongyang", "Kim Jong Un", "person/kim-jong-un"));
        Model invited = events(article("invitation").published(WEDNESDAY)
                .sentence("Xi Jinping flew into Pyongyang on Tuesday at Kim Jong Un's invitation.",
                        "Xi Jinping", "person/xi-jinping", "Pyongyang", "place/pyongyang", "Kim Jong Un", "person/kim-jong-un"));
        Model inviting = events(article("inviting").published(WEDNESDAY)
                .sentence("Xi Jinping flew into Pyongyang on Tuesday.", "Xi Jinping", "person/xi-jinping", "Pyongyang", "place/pyongyang")
                .sentence("Kim Jong Un renewed his invitation to Vladimir Putin.",
                        "Kim Jong Un", "person/kim-jong-un", "Vladimir Putin", "person/vladimir-putin"));

        assertThat(ask(guest, "ASK { ?e a gp:StateVisit ; gp:host id:person\\/kim-jong-un }")).isTrue();
        assertThat(ask(invited, "ASK { ?e a gp:StateVisit ; gp:host id:person\\/kim-jong-un }")).isTrue();
        assertThat(ask(inviting, "ASK { ?e a gp:StateVisit ; gp:host ?h }")).isFalse();
    }

    @Test
    void theInviterOfTheTripNamedParagraphsLaterIsTheHost() {
        String filler = "Officials said the talks would cover trade, energy, shipping and a long list of other matters of"
                + " interest to both sides, and that several agreements were being prepared by their ministries.";
        Model later = events(article("later-inviter").published(WEDNESDAY)
                .sentence("Xi Jinping arrived in Pyongyang on Tuesday.", "Xi Jinping", "person/xi-jinping", "Pyongyang", "place/pyongyang")
                .sentence(filler).sentence(filler)
                .sentence("The trip comes at the invitation of Kim Jong Un, who will hold a banquet for his guest.",
                        "Kim Jong Un", "person/kim-jong-un"));
        Model earlier = events(article("earlier-trip").published(WEDNESDAY)
                .sentence("Xi Jinping arrived in Pyongyang on Tuesday.", "Xi Jinping", "person/xi-jinping", "Pyongyang", "place/pyongyang")
                .sentence(filler).sentence(filler)
                .sentence("His trip in 2019 came at the invitation of Kim Jong Un.", "Kim Jong Un", "person/kim-jong-un"));

        assertThat(ask(later, "ASK { ?e a gp:StateVisit ; gp:host id:person\\/kim-jong-un }")).isTrue();
        assertThat(ask(earlier, "ASK { ?e a gp:StateVisit ; gp:host ?h }")).isFalse();
    }

    @Test
    void aVisitBegunADayBeforeTheDatedActIsDatedTheDayBefore() {
        Model added = events(article("day-after").published(WEDNESDAY)
                .sentence("Russian President Vladimir Putin was received by Kim Jong Un on Tuesday, a day after arriving in Pyongyang on a state visit.",
                        "Russian", "country/russia", "Vladimir Putin", "person/vladimir-putin", "Kim Jong Un", "person/kim-jong-un",
                        "Pyongyang", "place/pyongyang"));

        assertThat(ask(added, "ASK { ?e a gp:StateVisit ; schema:startDate \"2024-06-17\"^^xsd:date }")).isTrue();
    }

    @Test
    void aVisitOfLastYearIsBackground() {
        Model added = events(article("last-year").published(WEDNESDAY)
                .sentence("Putin's visit to Pyongyang in June last year was his first in 24 years.",
                        "Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang"));

        assertThat(ask(added, "ASK { ?e a gp:StateVisit ; gp:factuality gp:background }")).isTrue();
        assertThat(ask(added, "ASK { ?e a gp:StateVisit ; gp:factuality gp:asserted }")).isFalse();
    }

    @Test
    void aVisitDatedMoreThanAWeekBeforePublicationIsBackground() {
        Model weeksAgo = events(article("weeks-ago").published(WEDNESDAY)
                .sentence("Vladimir Putin travelled to Pyongyang on June 5 and held talks with Kim Jong Un.",
                        "Vladimir Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang", "Kim Jong Un", "person/kim-jong-un"));
        Model thisWeek = events(article("this-week").published(WEDNESDAY)
                .sentence("Vladimir Putin travelled to Pyongyang on Monday and held talks with Kim Jong Un.",
                        "Vladimir Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang", "Kim Jong Un", "person/kim-jong-un"));

        assertThat(ask(weeksAgo, """
                ASK { ?e a gp:StateVisit ; gp:factuality gp:background ; schema:startDate "2024-06-05"^^xsd:date }
                """)).isTrue();
        assertThat(ask(weeksAgo, "ASK { ?e gp:factuality gp:asserted }")).isFalse();
        assertThat(ask(thisWeek, "ASK { ?e a gp:StateVisit ; gp:factuality gp:asserted }")).isTrue();
    }

    @Test
    void aLeaderHostedByAForeignLeaderVisitsTheHostsCountryButAnOfferOrAMeetingElsewhereIsNoVisit() {
        Model hosted = events(article("hosted-by").published(WEDNESDAY)
                .sentence("Vladimir Putin, on his first trip abroad this year, was hosted on Tuesday by Kim Jong Un at a palace outside the capital.",
                        "Vladimir Putin", "person/vladimir-putin", "Kim Jong Un", "person/kim-jong-un"));
        Model offer = events(article("offer-welcomed").published(WEDNESDAY)
                .sentence("Vladimir Putin's offer was welcomed on Tuesday by Kim Jong Un.",
                        "Vladimir Putin", "person/vladimir-putin", "Kim Jong Un", "person/kim-jong-un"));
        Model elsewhere = events(article("welcomed-elsewhere").published(WEDNESDAY)
                .sentence("Vladimir Putin was welcomed on Tuesday by Kim Jong Un at a summit in Beijing.",
                        "Vladimir Putin", "person/vladimir-putin", "Kim Jong Un", "person/kim-jong-un", "Beijing", "place/beijing"));

        assertThat(ask(hosted, """
                ASK { ?e a gp:StateVisit ; gp:visitor id:person\\/vladimir-putin ; gp:host id:person\\/kim-jong-un ;
                      gp:targetCountry id:country\\/north-korea ; schema:startDate "2024-06-18"^^xsd:date }
                """)).isTrue();
        assertThat(ask(offer, "ASK { ?e a gp:StateVisit }")).isFalse();
        assertThat(ask(elsewhere, "ASK { ?e a gp:StateVisit }")).isFalse();
    }

    @Test
    void theProspectOfBeingReceivedAtTheSeatOfPowerIsAPossibleVisitButALetterReceivedThereIsNoVisit() {
        Model prospect = events(article("prospect").published(WEDNESDAY)
                .sentence("The envoy raised the prospect of Kim Jong Un one day being received at the Kremlin.",
                        "Kim Jong Un", "person/kim-jong-un", "Kremlin", "place/moscow"));
        Model letter = events(article("letter").published(WEDNESDAY)
                .sentence("Kim Jong Un's letter was received at the Kremlin on Tuesday.",
                        "Kim Jong Un", "person/kim-jong-un", "Kremlin", "place/moscow"));

        assertThat(ask(prospect, """
                ASK { ?e a gp:StateVisit ; gp:visitor id:person\\/kim-jong-un ; gp:targetCountry id:country\\/russia ;
                      gp:factuality gp:hypothetical }
                """)).isTrue();
        assertThat(ask(letter, "ASK { ?e a gp:StateVisit }")).isFalse();
    }

    @Test
    void travellingToACityForASummitOfAGroupIsNoStateVisitButASummitWithItsLeaderIs() {
        Model groupSummit = events(article("group-summit").published(WEDNESDAY)
                .sentence("Vladimir Putin travelled to Beijing in December for a summit of the D-8 group of developing economies, "
                        + "his first trip to China in a year.",
                        "Vladimir Putin", "person/vladimir-putin", "Beijing", "place/beijing", "China", "country/china"));
        Model acronym = events(article("acronym-summit").published(WEDNESDAY)
                .sentence("Vladimir Putin flew to Beijing on Tuesday to attend the BRICS leaders' summit.",
                        "Vladimir Putin", "person/vladimir-putin", "Beijing", "place/beijing"));
        Model bilateral = events(article("bilateral-summit").published(WEDNESDAY)
                .sentence("Vladimir Putin travelled to Beijing on Tuesday for a summit with Xi Jinping.",
                        "Vladimir Putin", "person/vladimir-putin", "Beijing", "place/beijing", "Xi Jinping", "person/xi-jinping"));
        Model stateVisit = events(article("state-visit-and-summit").published(WEDNESDAY)
                .sentence("Vladimir Putin flew to Beijing on Tuesday for the BRICS summit and a state visit.",
                        "Vladimir Putin", "person/vladimir-putin", "Beijing", "place/beijing"));

        assertThat(ask(groupSummit, "ASK { ?e a gp:StateVisit }")).isFalse();
        assertThat(ask(acronym, "ASK { ?e a gp:StateVisit }")).isFalse();
        assertThat(ask(bilateral, "ASK { ?e a gp:StateVisit ; gp:targetCountry id:country\\/china }")).isTrue();
        assertThat(ask(stateVisit, "ASK { ?e a gp:StateVisit ; gp:targetCountry id:country\\/china }"))
                .as("a trip the sentence calls a state visit stays one").isTrue();
    }

    @Test
    void travellingToABlocsSummitWithARegionIsNoStateVisitButASummitOfTheTwoCountriesIs() {
        Model blocSummit = events(article("bloc-region-summit").published(WEDNESDAY)
                .sentence("Vladimir Putin said he plans to travel to Beijing next year to attend a BRICS-Latin America summit.",
                        "Vladimir Putin", "person/vladimir-putin", "Beijing", "place/beijing"));
        Model pairSummit = events(article("pair-summit").published(WEDNESDAY)
                .sentence("Vladimir Putin flew to Beijing on Tuesday for the annual Russia-China summit.",
                        "Vladimir Putin", "person/vladimir-putin", "Beijing", "place/beijing"));

        assertThat(ask(blocSummit, "ASK { ?e a gp:StateVisit }")).isFalse();
        assertThat(ask(pairSummit, "ASK { ?e a gp:StateVisit ; gp:targetCountry id:country\\/china }")).isTrue();
    }

    @Test
    void aTripToldInTheFutureOrOnlyInvitedIsAPossibleVisit() {
        Model future = events(article("will-travel").published(WEDNESDAY)
                .sentence("Russian President Vladimir Putin will travel to Pyongyang next month, officials said on Wednesday.",
                        "Russian", "country/russia", "Vladimir Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang"));
        Model invited = events(article("invitation").published(WEDNESDAY)
                .sentence("Vladimir Putin accepted an invitation to visit Pyongyang \"at a mutually convenient time\".",
                        "Vladimir Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang"));
        Model headline = events(article("headline-infinitive").published(WEDNESDAY)
                .sentence("Putin to make first trip to North Korea in 24 years",
                        "Putin", "person/vladimir-putin", "North Korea", "country/north-korea"));

        for (Model possible : new Model[] {future, invited, headline}) {
            assertThat(ask(possible, """
                    ASK { ?e a gp:StateVisit ; gp:targetCountry id:country\\/north-korea ; gp:factuality gp:hypothetical }
                    """)).isTrue();
        }
    }

    @Test
    void aTripMadeOrToldAsHeadlineNewsStaysAsserted() {
        Model arrived = events(article("arrived").published(WEDNESDAY)
                .sentence("Vladimir Putin arrived in Pyongyang on Tuesday and will fly to Hanoi on Thursday.",
                        "Vladimir Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang"));
        Model headline = events(article("headline-present").published(WEDNESDAY)
                .sentence("Putin makes first trip to North Korea in 24 years",
                        "Putin", "person/vladimir-putin", "North Korea", "country/north-korea"));

        assertThat(ask(arrived, "ASK { ?e a gp:StateVisit ; gp:factuality gp:asserted }")).isTrue();
        assertThat(ask(headline, "ASK { ?e a gp:StateVisit ; gp:factuality gp:hypothetical }")).isFalse();
        assertThat(ask(headline, "ASK { ?e a gp:StateVisit }")).isTrue();
    }

    @Test
    void visitsOfAnEarlierTermOrMadeTwiceBeforeAreBackgroundButAVisitInTheCurrentTermIsNot() {
        Model earlierTerms = events(article("earlier-terms").published(WEDNESDAY)
                .sentence("Vladimir Putin, who visited Pyongyang twice during his first two terms in office, said ties had grown.",
                        "Vladimir Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang"));
        Model previousTerm = events(article("previous-term").published(WEDNESDAY)
                .sentence("Xi Jinping travelled to Moscow in his previous term to sign a treaty.",
                        "Xi Jinping", "person/xi-jinping", "Moscow", "place/moscow"));
        Model twiceBefore = events(article("twice-before").published(WEDNESDAY)
                .sentence("Xi Jinping has visited Moscow twice before.",
                        "Xi Jinping", "person/xi-jinping", "Moscow", "place/moscow"));
        Model currentTerm = events(article("current-term").published(WEDNESDAY)
                .sentence("Vladimir Putin, now in his fifth term, has arrived in Pyongyang for a rare visit.",
                        "Vladimir Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang"));

        assertThat(ask(earlierTerms, "ASK { ?e a gp:StateVisit ; gp:factuality gp:background }")).isTrue();
        assertThat(ask(previousTerm, "ASK { ?e a gp:StateVisit ; gp:factuality gp:background }")).isTrue();
        assertThat(ask(twiceBefore, "ASK { ?e a gp:StateVisit ; gp:factuality gp:background }")).isTrue();
        assertThat(ask(currentTerm, "ASK { ?e a gp:StateVisit ; gp:factuality gp:asserted }")).isTrue();
    }

    @Test
    void beingInAPlaceForAVisitIsVisitingItButBeingThereForSomethingElseIsNot() {
        Model last = events(article("last-in").published(LocalDate.of(2025, 11, 7))
                .sentence("Xi Jinping, who was last in Moscow for a three-day state visit in March 2024, was due to fly home on Friday.",
                        "Xi Jinping", "person/xi-jinping", "Moscow", "place/moscow"));
        Model summit = events(article("in-for-summit").published(LocalDate.of(2025, 11, 7))
                .sentence("Xi Jinping, in Moscow for a summit, announced a visit to Pyongyang.",
                        "Xi Jinping", "person/xi-jinping", "Moscow", "place/moscow", "Pyongyang", "place/pyongyang"));

        assertThat(ask(last, """
                ASK { ?e a gp:StateVisit ; gp:visitor id:person\\/xi-jinping ; gp:targetCountry id:country\\/russia ;
                      gp:factuality gp:background }
                """)).isTrue();
        assertThat(ask(last, "ASK { ?e a gp:StateVisit ; schema:startDate ?d }")).as("the day is the flight home's").isFalse();
        assertThat(ask(summit, "ASK { ?e a gp:StateVisit ; gp:targetCountry id:country\\/russia }")).isFalse();
    }

    @Test
    void aLeaderWhoAcceptedAnInvitationToVisitMayVisitAndTheCountryWhoseMinistrySaidSoIsNoDestination() {
        Model relative = events(article("invitation-relative").published(WEDNESDAY)
                .sentence("Kim Jong Un also called on President Xi Jinping, who accepted an invitation to visit Russia next year,"
                        + " China's foreign ministry said.",
                        "Kim Jong Un", "person/kim-jong-un", "Xi Jinping", "person/xi-jinping", "Russia", "country/russia",
                        "China", "country/china"));
        Model destination = events(article("destination-possessive").published(WEDNESDAY)
                .sentence("Russian President Vladimir Putin arrived in China's capital on Tuesday, the foreign ministry said.",
                        "Russian", "country/russia", "Vladimir Putin", "person/vladimir-putin", "China", "country/china"));

        assertThat(ask(relative, """
                ASK { ?e a gp:StateVisit ; gp:visitor id:person\\/xi-jinping ; gp:targetCountry id:country\\/russia ;
                      gp:factuality gp:hypothetical }
                """)).isTrue();
        assertThat(ask(relative, "ASK { ?e a gp:StateVisit ; gp:targetCountry id:country\\/china }"))
                .as("China is where the news comes from").isFalse();
        assertThat(ask(relative, "ASK { ?e a gp:StateVisit ; gp:factuality gp:asserted }")).isFalse();
        assertThat(ask(destination, "ASK { ?e a gp:StateVisit ; gp:targetCountry id:country\\/china }")).isTrue();
    }
}
