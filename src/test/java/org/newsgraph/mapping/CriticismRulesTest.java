package org.newsgraph.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.mapping.ArticleFixture.article;
import static org.newsgraph.mapping.RdfAsk.ask;
import static org.newsgraph.mapping.RuleRun.events;

import java.time.LocalDate;

import org.eclipse.rdf4j.model.Model;
import org.junit.jupiter.api.Test;

/** The criticism rules on single sentences and short exchanges: who replies to whom, and when. */
class CriticismRulesTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2024, 6, 19);
    private static final LocalDate THURSDAY = LocalDate.of(2024, 6, 20);

    @Test
    void expellingACountrysTroopsIsNoCriticismButExpellingItsAmbassadorIs() {
        Model troops = events(article("troops").published(WEDNESDAY)
                .sentence("Ukraine and Germany have expelled Russian troops, turning instead to Chinese military instructors.",
                        "Ukraine", "country/ukraine", "Germany", "country/germany", "Russian", "country/russia",
                        "Chinese", "country/china"));
        Model ambassador = events(article("ambassador").published(WEDNESDAY)
                .sentence("Ukraine expelled the Russian ambassador on Tuesday.",
                        "Ukraine", "country/ukraine", "Russian", "country/russia"));

        assertThat(ask(troops, "ASK { ?e a gp:Criticism }")).isFalse();
        assertThat(ask(ambassador, "ASK { ?e a gp:Criticism ; gp:targetActor id:country\\/russia }")).isTrue();
    }

    @Test
    void theSubjectOfASecondVerbIsNoCriticOfTheFirstVerbsObject() {
        Model two = events(article("two-verbs").published(WEDNESDAY)
                .sentence("Talks stalled.")
                .sentence("Iran condemned Germany's support for Ukraine in March, and China accused Russia of stalling.",
                        "Iran", "country/iran", "Germany", "country/germany", "Ukraine", "country/ukraine",
                        "China", "country/china", "Russia", "country/russia"));

        assertThat(ask(two, "ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/iran ; gp:targetActor id:country\\/germany }"))
                .isTrue();
        assertThat(ask(two, "ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/china ; gp:targetActor id:country\\/russia }"))
                .isTrue();
        assertThat(ask(two, "ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/china ; gp:targetActor id:country\\/germany }"))
                .isFalse();
    }

    @Test
    void aChargeBroughtBeforeACourtIsNoCriticism() {
        Model where = events(article("court-where").published(WEDNESDAY)
                .sentence("Talks stalled.")
                .sentence("Iran condemned Germany's support for Russia at the International Court of Justice, where Ukraine"
                        + " accuses Russia of genocide.",
                        "Iran", "country/iran", "Germany", "country/germany", "Russia", "country/russia",
                        "Ukraine", "country/ukraine", "Russia", "country/russia"));
        Model brought = events(article("case-brought").published(WEDNESDAY)
                .sentence("Talks stalled.")
                .sentence("Judges heard a case brought by Ukraine accusing Russia of genocide.",
                        "Ukraine", "country/ukraine", "Russia", "country/russia"));
        Model own = events(article("own-case").published(WEDNESDAY)
                .sentence("Talks stalled.")
                .sentence("Judges heard Ukraine's case accusing Russia of genocide.",
                        "Ukraine", "country/ukraine", "Russia", "country/russia"));
        Model summit = events(article("summit-where").published(WEDNESDAY)
                .sentence("Talks stalled.")
                .sentence("Leaders met at the summit in Geneva, where Ukraine accused Russia of genocide.",
                        "Ukraine", "country/ukraine", "Russia", "country/russia"));

        assertThat(ask(where, "ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/ukraine }")).isFalse();
        assertThat(ask(where, "ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/iran ; gp:targetActor id:country\\/germany }"))
                .isTrue();
        assertThat(ask(brought, "ASK { ?e a gp:Criticism }")).isFalse();
        assertThat(ask(own, "ASK { ?e a gp:Criticism }")).isFalse();
        assertThat(ask(summit, "ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/ukraine ; gp:targetActor id:country\\/russia }"))
                .isTrue();
    }

    @Test
    void aGerundAfterAfterHasTheMainClausesSubjectNotTheNearestName() {
        Model after = events(article("gerund-after").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Germany's Scholz meets Xi in Beijing, three months after cutting ties with Iran.",
                        "Germany", "country/germany", "Xi", "person/xi-jinping", "Beijing", "place/beijing", "Iran", "country/iran"));
        Model main = events(article("main-verb").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("China on Tuesday severed ties with Iran.", "China", "country/china", "Iran", "country/iran"));

        assertThat(ask(after, "ASK { ?e a gp:Criticism ; gp:sourceActor|gp:sourceCountry id:country\\/china }")).isFalse();
        assertThat(ask(main, "ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/china ; gp:targetActor id:country\\/iran }"))
                .isTrue();
    }

    @Test
    void anAccusationAtTheTimeOfAnEarlierBreakIsBackground() {
        Model then = events(article("at-the-time").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Germany, which at the time of the break accused the Iranian government of demanding aid, now has 13 allies.",
                        "Germany", "country/germany", "Iranian", "country/iran"));
        Model now = events(article("now").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Germany on Tuesday accused the Iranian government of demanding aid.",
                        "Germany", "country/germany", "Iranian", "country/iran"));

        assertThat(ask(then, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/germany ; gp:targetActor id:country\\/iran ;
                         gp:factuality gp:background }
                """)).isTrue();
        assertThat(ask(now, "ASK { ?e a gp:Criticism ; gp:factuality gp:asserted }")).isTrue();
    }

    @Test
    void rejectingTheAccusationsCriticisesTheAccuser() {
        Model added = events(article("reply").published(WEDNESDAY)
                .sentence("Talks stalled.")
                .sentence("Iran on Monday accused Germany of interfering in its internal affairs.",
                        "Iran", "country/iran", "Germany", "country/germany")
                .sentence("Germany's foreign ministry on Tuesday rejected the accusations as baseless.",
                        "Germany", "country/germany"));

        assertThat(ask(added, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/germany ; gp:targetActor id:country\\/iran ;
                         gp:factuality gp:asserted ; schema:startDate "2024-06-18"^^xsd:date ;
                         prov:wasGeneratedBy id:rule\\/criticism-reply }
                """)).isTrue();
    }

    @Test
    void rejectingAccusationsMadeAgainstSomeoneElseIsNoReply() {
        Model added = events(article("not-a-reply").published(WEDNESDAY)
                .sentence("Talks stalled.")
                .sentence("Iran on Monday accused Russia of interfering in its internal affairs.",
                        "Iran", "country/iran", "Russia", "country/russia")
                .sentence("Germany's foreign ministry on Tuesday rejected the accusations as baseless.",
                        "Germany", "country/germany"));

        assertThat(ask(added, "ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/germany }")).isFalse();
    }

    @Test
    void withTwoAccusersTheAccusationsAreNobodysInParticular() {
        Model added = events(article("two-accusers").published(WEDNESDAY)
                .sentence("Talks stalled.")
                .sentence("Iran on Monday accused Germany of interfering in its internal affairs.",
                        "Iran", "country/iran", "Germany", "country/germany")
                .sentence("Russia accused Germany of lying.",
                        "Russia", "country/russia", "Germany", "country/germany")
                .sentence("Germany's foreign ministry on Tuesday rejected the accusations as baseless.",
                        "Germany", "country/germany"));

        assertThat(ask(added, "ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/germany }")).isFalse();
    }

    @Test
    void anOfficeForSubjectCriticisesForTheSubjectOfTheSentenceBefore() {
        Model added = events(article("its-ministry").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Russia answered on Thursday.", "Russia", "country/russia")
                .sentence("Its foreign ministry ordered a German diplomat to leave the country within 72 hours.",
                        "German", "country/germany"));

        assertThat(ask(added, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/russia ; gp:targetActor id:country\\/germany ;
                         gp:factuality gp:asserted ; schema:startDate "2024-06-20"^^xsd:date ;
                         prov:wasGeneratedBy id:rule\\/criticism-anaphoric-critic }
                """)).isTrue();
    }

    @Test
    void aPronounTheLinkerReadAsTheCountryStillLeadsToTheSentenceBefore() {
        Model added = events(article("its-linked").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Russia answered on Thursday.", "Russia", "country/russia")
                .sentence("Its foreign ministry ordered a German diplomat to leave the country within 72 hours.",
                        "Its", "country/russia", "German", "country/germany"));

        assertThat(ask(added, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/russia ; gp:targetActor id:country\\/germany ;
                         schema:startDate "2024-06-20"^^xsd:date }
                """)).isTrue();
    }

    @Test
    void anOfficeForSubjectAfterAnOpeningPhraseStillTakesUpTheSentenceBefore() {
        Model added = events(article("in-a-statement").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Russia's government defended the operation the same day.", "Russia", "country/russia")
                .sentence("In a statement, the foreign ministry accused Germany of abusing the immunities of its mission.",
                        "Germany", "country/germany"));

        assertThat(ask(added, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/russia ; gp:targetActor id:country\\/germany ;
                         prov:wasGeneratedBy id:rule\\/criticism-anaphoric-critic }
                """)).isTrue();
    }

    @Test
    void aPronounWithAFirstVerbJoinedByAndIsTheSubjectOfTheAccusation() {
        Model added = events(article("rejected-and-accused").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("The North Korean foreign ministry hit back on Wednesday.", "North Korean", "country/north-korea")
                .sentence("In a statement, it rejected the protest and accused Moscow of falsifying the shared history.",
                        "Moscow", "place/moscow"));

        assertThat(ask(added, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/north-korea ; gp:targetActor id:country\\/russia ;
                         schema:startDate "2024-06-19"^^xsd:date ; prov:wasGeneratedBy id:rule\\/criticism-anaphoric-critic }
                """)).isTrue();
    }

    @Test
    void aSecondVerbWithASubjectOfItsOwnTakesNoPronounUp() {
        Model added = events(article("rejected-and-other-subject").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("The North Korean foreign ministry hit back on Wednesday.", "North Korean", "country/north-korea")
                .sentence("In a statement, it rejected the protest and the opposition leader accused Moscow of lying.",
                        "Moscow", "place/moscow"));

        assertThat(ask(added, "ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/north-korea }")).isFalse();
    }

    @Test
    void anOpeningPhraseBeforeANameIsNoAnaphor() {
        Model added = events(article("in-a-statement-court").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Russia answered on Thursday.", "Russia", "country/russia")
                .sentence("In a statement, a court in the capital accused Germany of abusing the immunities of its mission.",
                        "Germany", "country/germany"));

        assertThat(ask(added, "ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/russia }")).isFalse();
    }

    @Test
    void voicingOutrageAfterAnActIsCriticismOfItsActorOnTheDaySaid() {
        Model added = events(article("outrage").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Russia voiced outrage on Wednesday after German police forced their way into its embassy.",
                        "Russia", "country/russia", "German", "country/germany"));

        assertThat(ask(added, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/russia ; gp:targetActor id:country\\/germany ;
                         schema:startDate "2024-06-19"^^xsd:date }
                """)).isTrue();
    }

    @Test
    void aGovernmentThatProtestedAfterAnActCriticisesItsActorAsBackgroundInAnEarlierMonth() {
        Model added = events(article("protested-after").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Relations had soured in March, when Ukraine protested after Russian marines installed solar panels"
                        + " on the Ukrainian side of the border.",
                        "Ukraine", "country/ukraine", "Russian", "country/russia", "Ukrainian", "country/ukraine"));

        assertThat(ask(added, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/ukraine ; gp:targetActor id:country\\/russia ;
                         gp:factuality gp:background }
                """)).isTrue();
    }

    @Test
    void protestsAsANounAreNoGovernmentsProtest() {
        Model added = events(article("protests-noun").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Ukraine's singer won after a week of protests over Russia's participation in the contest.",
                        "Ukraine", "country/ukraine", "Russia", "country/russia"));

        assertThat(ask(added, "ASK { ?e a gp:Criticism }")).isFalse();
    }

    @Test
    void condemningACoupCriticisesTheOneCountryTheSentenceNamesOnTheDayOfTheVerb() {
        Model added = events(article("coup-only-country").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("The European Union on Wednesday suspended Venezuela from all its programmes and condemned \"in the"
                        + " strongest terms\" the seizure of power by army officers in the South American nation earlier this week.",
                        "European Union", "org/european-union", "Venezuela", "country/venezuela"));

        assertThat(ask(added, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:org\\/european-union ; gp:targetActor id:country\\/venezuela ;
                         gp:factuality gp:asserted ; schema:startDate "2024-06-19"^^xsd:date ;
                         prov:wasGeneratedBy id:rule\\/criticism-of-coup }
                """)).isTrue();
    }

    @Test
    void condemningACoupInACountryCriticisesThatCountryNotAnotherNamed() {
        Model added = events(article("coup-in").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Germany condemned the military takeover in Venezuela, which Ukraine had warned of for months.",
                        "Germany", "country/germany", "Venezuela", "country/venezuela", "Ukraine", "country/ukraine"));

        assertThat(ask(added, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/germany ; gp:targetActor id:country\\/venezuela ;
                         prov:wasGeneratedBy id:rule\\/criticism-of-coup }
                """)).isTrue();
        assertThat(ask(added, "ASK { ?e a gp:Criticism ; gp:targetActor id:country\\/ukraine }")).isFalse();
    }

    @Test
    void condemningAFailedCoupOrOneInNoNamedCountryCriticisesNoOne() {
        Model failed = events(article("coup-attempt").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Germany condemned the failed coup in Venezuela on Wednesday.",
                        "Germany", "country/germany", "Venezuela", "country/venezuela"));
        Model twoCountries = events(article("coup-two").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Ukraine and Iran discussed the region, and Germany condemned the takeover there.",
                        "Ukraine", "country/ukraine", "Iran", "country/iran", "Germany", "country/germany"));

        assertThat(ask(failed, "ASK { ?e a gp:Criticism }")).isFalse();
        assertThat(ask(twoCountries, "ASK { ?e a gp:Criticism ; prov:wasGeneratedBy id:rule\\/criticism-of-coup }")).isFalse();
    }

    @Test
    void outrageAtWhatHappenedInACountryIsNoCriticismOfIt() {
        Model added = events(article("outrage-in").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Russia voiced outrage at the killing of a journalist in Germany.",
                        "Russia", "country/russia", "Germany", "country/germany"));

        assertThat(ask(added, "ASK { ?e a gp:Criticism }")).isFalse();
    }

    @Test
    void allegationsLinkingAnActorToAKillingCriticiseItAndLastYearsAreBackground() {
        Model added = events(article("allegations-linking").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Relations have been frozen since September last year, when Scholz told parliament there were"
                        + " \"credible allegations\" linking Russian agents to the killing of a dissident.",
                        "Scholz", "person/olaf-scholz", "Russian", "country/russia"));

        assertThat(ask(added, """
                ASK { ?e a gp:Criticism ; gp:sourceCountry id:country\\/germany ; gp:targetActor id:country\\/russia ;
                         gp:factuality gp:background }
                """)).isTrue();
    }

    @Test
    void evidenceLinkingAPlaceToAnAttackIsNoCriticism() {
        Model added = events(article("evidence-linking-place").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Germany said it had found evidence linking the attack to a warehouse in Russia.",
                        "Germany", "country/germany", "Russia", "country/russia"));

        assertThat(ask(added, "ASK { ?e a gp:Criticism }")).isFalse();
    }

    @Test
    void aSubjectThatIsNeitherPronounNorOfficeIsNoAnaphor() {
        Model added = events(article("court").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Russia answered on Thursday.", "Russia", "country/russia")
                .sentence("A court in the capital ordered a German diplomat to leave the country.",
                        "German", "country/germany"));

        assertThat(ask(added, "ASK { ?e a gp:Criticism }")).isFalse();
    }

    @Test
    void withoutAnActorBeforeThePronounHasNoCritic() {
        Model added = events(article("no-antecedent").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("The talks ended on Thursday.")
                .sentence("Its foreign ministry ordered a German diplomat to leave the country.",
                        "German", "country/germany"));

        assertThat(ask(added, "ASK { ?e a gp:Criticism }")).isFalse();
    }

    @Test
    void orderingACitizenToLeaveIsNoExpulsionOfADiplomat() {
        Model added = events(article("citizen").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Russia answered on Thursday.", "Russia", "country/russia")
                .sentence("Its foreign ministry ordered a German journalist to leave the country.",
                        "German", "country/germany"));

        assertThat(ask(added, "ASK { ?e a gp:Criticism }")).isFalse();
    }

    @Test
    void deploringTheToneOfTheAccuserIsAReplyEvenWithTheAccuserNamedInBetween() {
        Model added = events(article("tone").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Iran on Wednesday accused Germany of meddling.", "Iran", "country/iran", "Germany", "country/germany")
                .sentence("Germany's foreign ministry said on Thursday that it had received the Iranian statements with surprise"
                        + " and regretted their \"offensive tone\".",
                        "Germany", "country/germany", "Iranian", "country/iran"));

        assertThat(ask(added, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/germany ; gp:targetActor id:country\\/iran ;
                         schema:startDate "2024-06-20"^^xsd:date }
                """)).isTrue();
        assertThat(ask(added, "ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/iran ; gp:targetActor id:country\\/germany ;"
                + " schema:startDate \"2024-06-20\"^^xsd:date }")).as("the accuser named in the reply does not reply").isFalse();
    }

    @Test
    void deploringAToneWithoutAnEarlierCriticismIsNoReply() {
        Model added = events(article("tone-alone").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Germany's foreign ministry said on Thursday that it had received the Iranian statements with surprise"
                        + " and regretted their \"offensive tone\".",
                        "Germany", "country/germany", "Iranian", "country/iran"));

        assertThat(ask(added, "ASK { ?e a gp:Criticism }")).isFalse();
    }

    @Test
    void aDemonymBeforeTheRejectedAccusationsIsTheCritic() {
        Model added = events(article("german-accusations").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Iran on Thursday rejected as \"baseless\" German accusations that it was meddling in Ukraine.",
                        "Iran", "country/iran", "German", "country/germany", "Ukraine", "country/ukraine"));

        assertThat(ask(added, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/germany ; gp:targetActor id:country\\/iran }
                """)).isTrue();
        assertThat(ask(added, "ASK { ?e a gp:Criticism ; gp:targetActor id:country\\/ukraine }")).isFalse();
    }

    @Test
    void aDemonymAfterTheRejectedAccusationsIsNoCritic() {
        Model added = events(article("accusations-of").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Iran on Thursday rejected accusations of German meddling.",
                        "Iran", "country/iran", "German", "country/germany"));

        assertThat(ask(added, "ASK { ?e a gp:Criticism }")).isFalse();
    }

    @Test
    void callingTheMeasuresUnjustCriticisesWhoseSanctionsTheyAre() {
        Model added = events(article("unjust").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("The firms were listed under the European Union's Iran sanctions regime.",
                        "European Union", "org/european-union", "Iran", "country/iran")
                .sentence("Iran, which had repeatedly called the measures unjust, welcomed the decision.", "Iran", "country/iran"));

        assertThat(ask(added, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/iran ; gp:targetActor id:org\\/european-union ;
                         gp:factuality gp:background ; prov:wasGeneratedBy id:rule\\/criticism-of-act }
                """)).isTrue();
    }

    @Test
    void callingTheMeasuresNecessaryIsNoCriticism() {
        Model added = events(article("necessary").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("The firms were listed under the European Union's Iran sanctions regime.",
                        "European Union", "org/european-union", "Iran", "country/iran")
                .sentence("Iran, which had repeatedly called the measures necessary, welcomed the decision.", "Iran", "country/iran"));

        assertThat(ask(added, "ASK { ?e a gp:Criticism }")).isFalse();
    }

    @Test
    void rejectingRemarksBySomeoneCriticisesThemEvenWithTheVerbInQuotes() {
        Model added = events(article("remarks").published(WEDNESDAY)
                .sentence("Talks stalled.")
                .sentence("The Iranian government on Tuesday \"firmly rejected\" new remarks by German Chancellor Olaf Scholz.",
                        "Iranian", "country/iran", "German", "country/germany", "Olaf Scholz", "person/olaf-scholz"));

        assertThat(ask(added, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/iran ; gp:targetActor id:person\\/olaf-scholz ;
                         gp:targetCountry id:country\\/germany ; schema:startDate "2024-06-18"^^xsd:date }
                """)).isTrue();
    }

    @Test
    void rejectingAProposalIsNoCriticism() {
        Model added = events(article("proposal").published(WEDNESDAY)
                .sentence("Talks stalled.")
                .sentence("The Iranian government on Tuesday \"firmly rejected\" a proposal by German Chancellor Olaf Scholz.",
                        "Iranian", "country/iran", "German", "country/germany", "Olaf Scholz", "person/olaf-scholz"));

        assertThat(ask(added, "ASK { ?e a gp:Criticism }")).isFalse();
    }

    @Test
    void callingSomeoneNamesCriticisesThemButNotTheDayOfAnotherClause() {
        Model added = events(article("names").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Germany on Wednesday expelled a diplomat, days after Iran described its German counterpart"
                        + " as \"a murderous communist\" in an interview.",
                        "Germany", "country/germany", "Iran", "country/iran", "German", "country/germany"));

        assertThat(ask(added, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/iran ; gp:targetActor id:country\\/germany ;
                         prov:wasGeneratedBy id:rule\\/criticism-name-calling . FILTER NOT EXISTS { ?e schema:startDate ?d } }
                """)).isTrue();
    }

    @Test
    void describingSomeoneAsAFriendIsNoCriticism() {
        Model added = events(article("friend").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Iran described its German counterpart as \"a reliable partner\" in an interview.",
                        "Iran", "country/iran", "German", "country/germany"));

        assertThat(ask(added, "ASK { ?e a gp:Criticism }")).isFalse();
    }

    @Test
    void aNameAfterTheAsIsNotTheOneCalledNames() {
        Model added = events(article("as-name").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Iran described the proposal as a German plot by corrupt officials.",
                        "Iran", "country/iran", "German", "country/germany"));

        assertThat(ask(added, "ASK { ?e a gp:Criticism }")).isFalse();
    }

    @Test
    void thePersonANearDemonymIntroducesIsCriticisedThoughTheNameIsFarther() {
        Model added = events(article("government-of").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Iran accused the government of German Chancellor Olaf Scholz of failing to stop smugglers.",
                        "Iran", "country/iran", "German", "country/germany", "Olaf Scholz", "person/olaf-scholz"));

        assertThat(ask(added, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/iran ; gp:targetActor id:person\\/olaf-scholz ;
                         gp:targetCountry id:country\\/germany }
                """)).isTrue();
    }

    @Test
    void aNameInsideTheActTheAccusedIsSaidToHaveDoneIsNotCriticised() {
        Model added = events(article("accused-of-acting").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Russia accuses the bloc of acting on American orders.",
                        "Russia", "country/russia", "American", "country/united-states"));

        assertThat(ask(added, "ASK { ?e a gp:Criticism }")).isFalse();
    }

    @Test
    void theAccusedBeforeTheActIsStillCriticised() {
        Model added = events(article("accused-kyiv-of").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Russia accused Ukraine of acting on American orders.",
                        "Russia", "country/russia", "Ukraine", "country/ukraine", "American", "country/united-states"));

        assertThat(ask(added, "ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/russia ; gp:targetActor id:country\\/ukraine }"))
                .isTrue();
        assertThat(ask(added, "ASK { ?e a gp:Criticism ; gp:targetActor id:country\\/united-states }")).isFalse();
    }

    @Test
    void aPersonFarFromTheVerbWithTheirCountryFarToo() {
        Model added = events(article("far").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Iran accused the government of harbouring smugglers, German Chancellor Olaf Scholz said.",
                        "Iran", "country/iran", "German", "country/germany", "Olaf Scholz", "person/olaf-scholz"));

        assertThat(ask(added, "ASK { ?e a gp:Criticism }")).isFalse();
    }

    @Test
    void aRelativeClauseWhoseCriticIsAnOfficeAndItsHolderCriticisesTheSubject() {
        Model added = events(article("trip-that").published(WEDNESDAY)
                .sentence("Talks stalled.")
                .sentence("The call comes days before Chancellor Olaf Scholz is due to visit Kyiv on Friday, a trip that"
                        + " Russia's foreign minister, Sergei Lavrov, has called \"highly provocative\".",
                        "Olaf Scholz", "person/olaf-scholz", "Kyiv", "place/kyiv", "Russia", "country/russia",
                        "Sergei Lavrov", "person/sergei-lavrov"));

        assertThat(ask(added, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/russia ; gp:targetActor id:person\\/olaf-scholz ;
                         prov:wasGeneratedBy id:rule\\/criticism-relative . FILTER NOT EXISTS { ?e schema:startDate ?d } }
                """)).isTrue();
    }

    @Test
    void aRelativeClauseThatCallsTheTripNecessaryIsNoCriticism() {
        Model added = events(article("trip-necessary").published(WEDNESDAY)
                .sentence("Talks stalled.")
                .sentence("The call comes days before Chancellor Olaf Scholz is due to visit Kyiv on Friday, a trip that"
                        + " Russia's foreign minister, Sergei Lavrov, has called \"highly necessary\".",
                        "Olaf Scholz", "person/olaf-scholz", "Kyiv", "place/kyiv", "Russia", "country/russia",
                        "Sergei Lavrov", "person/sergei-lavrov"));

        assertThat(ask(added, "ASK { ?e a gp:Criticism }")).isFalse();
    }

    @Test
    void condemningAnActByAnAgentInAnEarlierYearIsBackgroundCriticismOfTheAgent() {
        Model added = events(article("agent").published(WEDNESDAY)
                .sentence("Talks stalled.")
                .sentence("China condemned a 2020 trip to Ukraine by the chancellor of Germany, Olaf Scholz, and later cancelled an order.",
                        "China", "country/china", "Ukraine", "country/ukraine", "Germany", "country/germany",
                        "Olaf Scholz", "person/olaf-scholz"));

        assertThat(ask(added, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/china ; gp:targetActor id:country\\/germany ;
                         gp:factuality gp:background }
                """)).isTrue();
        assertThat(ask(added, "ASK { ?e a gp:Criticism ; gp:targetActor id:country\\/ukraine }")).isFalse();
    }

    @Test
    void condemningAnActWithoutAnAgentDoesNotReachAFarName() {
        Model added = events(article("no-agent").published(WEDNESDAY)
                .sentence("Talks stalled.")
                .sentence("China condemned a 2020 trip to Ukraine for the celebrations of Germany's national day.",
                        "China", "country/china", "Ukraine", "country/ukraine", "Germany", "country/germany"));

        assertThat(ask(added, "ASK { ?e a gp:Criticism }")).isFalse();
    }

    @Test
    void aVerbJoinedByAndHasTheSubjectWhenTheNameBetweenIsTheCriticisedsSide() {
        Model added = events(article("and-slammed").published(WEDNESDAY)
                .sentence("Talks stalled.")
                .sentence("Foreign Minister Sergei Lavrov said in a statement that Germany was acting \"as an outpost of NATO\""
                        + " and slammed what he called the German government's \"provocations\".",
                        "Sergei Lavrov", "person/sergei-lavrov", "Germany", "country/germany", "German", "country/germany"));

        assertThat(ask(added, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:person\\/sergei-lavrov ; gp:targetActor id:country\\/germany }
                """)).isTrue();
    }

    @Test
    void aVerbJoinedByAndKeepsTheNearerSubjectOfAnotherSide() {
        Model added = events(article("and-other").published(WEDNESDAY)
                .sentence("Talks stalled.")
                .sentence("Foreign Minister Sergei Lavrov said in a statement that China was acting \"as an outpost of NATO\""
                        + " and slammed what he called the German government's \"provocations\".",
                        "Sergei Lavrov", "person/sergei-lavrov", "China", "country/china", "German", "country/germany"));

        assertThat(ask(added, "ASK { ?e a gp:Criticism ; gp:sourceActor id:person\\/sergei-lavrov }")).isFalse();
    }

    @Test
    void rejectingTheAssertionOfAnAccuserIsAReply() {
        Model added = events(article("assertion").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Iran on Wednesday accused Germany of meddling.", "Iran", "country/iran", "Germany", "country/germany")
                .sentence("Chancellor Olaf Scholz called the move \"deeply regrettable\" and said he \"utterly rejected\""
                        + " the assertion that Germany was hostile.",
                        "Olaf Scholz", "person/olaf-scholz", "Germany", "country/germany"));

        assertThat(ask(added, "ASK { ?e a gp:Criticism ; gp:sourceCountry id:country\\/germany ; gp:targetActor id:country\\/iran }"))
                .isTrue();
    }

    @Test
    void callingTheAccusersStatementUnacceptableIsAReplyOnTheDayItIsSaid() {
        Model added = events(article("unacceptable").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Iran on Wednesday accused Germany of meddling.", "Iran", "country/iran", "Germany", "country/germany")
                .sentence("Chancellor Olaf Scholz replied on Thursday that the statement was \"unacceptable in tone and substance\".",
                        "Olaf Scholz", "person/olaf-scholz"));

        assertThat(ask(added, """
                ASK { ?e a gp:Criticism ; gp:sourceCountry id:country\\/germany ; gp:targetActor id:country\\/iran ;
                         schema:startDate "2024-06-20"^^xsd:date ; prov:wasGeneratedBy id:rule\\/criticism-reply }
                """)).isTrue();
    }

    @Test
    void callingAStatementUnacceptableWithoutAnEarlierCriticismOrAStatementImportantIsNoReply() {
        Model alone = events(article("unacceptable-alone").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Chancellor Olaf Scholz said that the statement was unacceptable.", "Olaf Scholz", "person/olaf-scholz"));
        Model important = events(article("important").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Iran on Wednesday accused Germany of meddling.", "Iran", "country/iran", "Germany", "country/germany")
                .sentence("Chancellor Olaf Scholz said that the statement was important.", "Olaf Scholz", "person/olaf-scholz"));

        assertThat(ask(alone, "ASK { ?e a gp:Criticism }")).isFalse();
        assertThat(ask(important, "ASK { ?e a gp:Criticism ; gp:sourceCountry id:country\\/germany }")).isFalse();
    }

    @Test
    void recallingTheAmbassadorToACountryCriticisesThatCountry() {
        Model added = events(article("recall-to").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Iran recalled its ambassador to Germany for consultations in May in protest.",
                        "Iran", "country/iran", "Germany", "country/germany"));
        Model trip = events(article("trip-to").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Iran condemned a trip to Germany.", "Iran", "country/iran", "Germany", "country/germany"));

        assertThat(ask(added, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/iran ; gp:targetActor id:country\\/germany ;
                         gp:factuality gp:background }
                """)).isTrue();
        assertThat(ask(trip, "ASK { ?e a gp:Criticism }")).isFalse();
    }

    @Test
    void aNameWithinTheChargeAfterOfIsNotTheAccused() {
        Model added = events(article("of-acting").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Iran accuses the bloc of acting on Germany's orders.", "Iran", "country/iran", "Germany", "country/germany"));
        Model accused = events(article("accused-of").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Iran accuses Germany of acting on Russia's orders.",
                        "Iran", "country/iran", "Germany", "country/germany", "Russia", "country/russia"));

        assertThat(ask(added, "ASK { ?e a gp:Criticism }")).isFalse();
        assertThat(ask(accused, "ASK { ?e a gp:Criticism ; gp:targetActor id:country\\/germany }")).isTrue();
        assertThat(ask(accused, "ASK { ?e a gp:Criticism ; gp:targetActor id:country\\/russia }")).isFalse();
    }

    @Test
    void aGovernmentNamedByItsLeaderIsCriticisedThroughTheLeader() {
        Model added = events(article("coalition-of").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Iran accused the coalition of Chancellor Olaf Scholz of hounding its opponents.",
                        "Iran", "country/iran", "Olaf Scholz", "person/olaf-scholz"));
        Model lower = events(article("coalition-lower").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Iran accused the coalition of parties that support Olaf Scholz of hounding its opponents.",
                        "Iran", "country/iran", "Olaf Scholz", "person/olaf-scholz"));

        assertThat(ask(added, "ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/iran ; gp:targetCountry id:country\\/germany }"))
                .isTrue();
        assertThat(ask(lower, "ASK { ?e a gp:Criticism }")).as("a name beyond words of its own").isFalse();
    }

    @Test
    void callingNamesInAVerbJoinedByAndHasTheSubjectAndTheDayOpeningTheSentence() {
        Model added = events(article("and-described").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("On Monday, during his press conference in Moscow, Vladimir Putin repeated that the election"
                        + " had been stolen from the rightful president of Germany, and described the government of his rival,"
                        + " Olaf Scholz, as \"a usurpation\".",
                        "Moscow", "place/moscow", "Vladimir Putin", "person/vladimir-putin", "Germany", "country/germany",
                        "Olaf Scholz", "person/olaf-scholz"));
        Model plain = events(article("not-joined").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("On Monday, during his press conference in Moscow, Vladimir Putin repeated that the election"
                        + " had been stolen from the rightful president of Germany who described the government of his rival,"
                        + " Olaf Scholz, as \"a usurpation\".",
                        "Moscow", "place/moscow", "Vladimir Putin", "person/vladimir-putin", "Germany", "country/germany",
                        "Olaf Scholz", "person/olaf-scholz"));

        assertThat(ask(added, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:person\\/vladimir-putin ; gp:targetCountry id:country\\/germany ;
                         schema:startDate "2024-06-17"^^xsd:date }
                """)).isTrue();
        assertThat(ask(plain, "ASK { ?e a gp:Criticism ; gp:sourceActor id:person\\/vladimir-putin }")).isFalse();
    }

    @Test
    void aPastVerbJoinedToSaidIsNotUnderTheModalOfTheWordsSaid() {
        Model joined = events(article("said-and").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Chancellor Olaf Scholz said the talks could not go on and accused Iran of lying.",
                        "Olaf Scholz", "person/olaf-scholz", "Iran", "country/iran"));
        Model joinedAfterComma = events(article("said-comma-and").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Chancellor Olaf Scholz said in Berlin that the government would not apologise, and accused Iran of lying.",
                        "Olaf Scholz", "person/olaf-scholz", "Iran", "country/iran"));
        Model modal = events(article("said-could").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Chancellor Olaf Scholz said he could condemn Iran for lying.",
                        "Olaf Scholz", "person/olaf-scholz", "Iran", "country/iran"));

        assertThat(ask(joined, "ASK { ?e a gp:Criticism ; gp:sourceCountry id:country\\/germany ; gp:factuality gp:asserted }"))
                .isTrue();
        assertThat(ask(joinedAfterComma, "ASK { ?e a gp:Criticism ; gp:sourceCountry id:country\\/germany ; gp:factuality gp:asserted }"))
                .isTrue();
        assertThat(ask(modal, "ASK { ?e a gp:Criticism ; gp:sourceCountry id:country\\/germany ; gp:factuality gp:hypothetical }"))
                .isTrue();
    }

    @Test
    void concernVoicedOverWhatHappensInACountryCriticisesItsGovernment() {
        Model added = events(article("concern").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Moscow has repeatedly voiced concern over attacks on Russian traders in Germany since Xi Jinping"
                        + " fled to China in August.",
                        "Moscow", "place/moscow", "Russian", "country/russia", "Germany", "country/germany",
                        "Xi Jinping", "person/xi-jinping", "China", "country/china"));

        assertThat(ask(added, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/russia ; gp:targetActor id:country\\/germany ;
                         gp:factuality gp:background ; prov:wasGeneratedBy id:rule\\/criticism-concern }
                """)).isTrue();
        assertThat(ask(added, "ASK { ?e a gp:Criticism ; gp:targetActor id:country\\/china }")).isFalse();
    }

    @Test
    void concernWithoutACountryWhereItHappensOrAfterAnotherClauseIsNoCriticism() {
        Model sea = events(article("concern-sea").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("China voiced concern about tensions in the South China Sea, where Germany sends ships.",
                        "China", "country/china", "Germany", "country/germany"));
        Model since = events(article("concern-since").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("China voiced concern about the attacks since Putin fled to a dacha in Germany.",
                        "China", "country/china", "Putin", "person/vladimir-putin", "Germany", "country/germany"));

        assertThat(ask(sea, "ASK { ?e a gp:Criticism }")).isFalse();
        assertThat(ask(since, "ASK { ?e a gp:Criticism }")).isFalse();
    }
    @Test
    void blamingTheDeathsOnACountrysArmyCriticisesItOnTheDayBeforeTheSentenceBefore() {
        Model added = events(article("blamed-on").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Russia accused Germany on Wednesday of distortions.", "Russia", "country/russia", "Germany", "country/germany")
                .sentence("A day earlier, Olaf Scholz had blamed the deaths on rebels and on Russian army units fighting alongside them.",
                        "Olaf Scholz", "person/olaf-scholz", "Russian", "country/russia"));

        assertThat(ask(added, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:person\\/olaf-scholz ; gp:sourceCountry id:country\\/germany ;
                         gp:targetActor id:country\\/russia ; gp:factuality gp:asserted ; schema:startDate "2024-06-18"^^xsd:date }
                """)).isTrue();
    }

    @Test
    void blamingWhatNoActorDidIsNoCriticismAndADayEarlierThanAnUndatedSentenceIsNoDay() {
        Model weather = events(article("blamed-weather").published(THURSDAY)
                .sentence("Germany and Russia met.", "Germany", "country/germany", "Russia", "country/russia")
                .sentence("Olaf Scholz blamed the delays on bad weather.", "Olaf Scholz", "person/olaf-scholz"));
        Model undated = events(article("earlier-undated").published(THURSDAY)
                .sentence("The talks were tense.")
                .sentence("A day earlier, Olaf Scholz blamed Russia for the attack.",
                        "Olaf Scholz", "person/olaf-scholz", "Russia", "country/russia"));

        assertThat(ask(weather, "ASK { ?e a gp:Criticism }")).isFalse();
        assertThat(ask(undated, "ASK { ?e a gp:Criticism ; gp:sourceCountry id:country\\/germany ; gp:targetActor id:country\\/russia }")).isTrue();
        assertThat(ask(undated, "ASK { ?e a gp:Criticism ; schema:startDate ?d }")).isFalse();
    }

    @Test
    void severingDiplomaticRelationsWithACountryCriticisesItOnTheDaySaid() {
        Model added = events(article("severed").published(WEDNESDAY)
                .sentence("Germany's government severed diplomatic relations with Iran on Tuesday, denouncing the Gulf state as an aggressor.",
                        "Germany", "country/germany", "Iran", "country/iran"));

        assertThat(ask(added, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/germany ; gp:targetActor id:country\\/iran ;
                         schema:startDate "2024-06-18"^^xsd:date }
                """)).isTrue();
        assertThat(ask(added, "ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/iran }")).isFalse();
    }

    @Test
    void threateningToCutTiesOrTiesCutInAYearIsNoCriticismMadeNow() {
        Model threat = events(article("sever-threat").published(WEDNESDAY)
                .sentence("Germany threatened to cut ties with Iran.", "Germany", "country/germany", "Iran", "country/iran"));
        Model mutual = events(article("cut-in-1980").published(WEDNESDAY)
                .sentence("Germany and Iran cut ties in 1980.", "Germany", "country/germany", "Iran", "country/iran"));

        assertThat(ask(threat, "ASK { ?e a gp:Criticism }")).isFalse();
        assertThat(ask(mutual, "ASK { ?e a gp:Criticism }")).isFalse();
    }

    @Test
    void rejectingTheProtestRepliesToWhoLodgedItAndAnAntiDemonymIsNoParty() {
        Model added = events(article("protest-rejected").published(WEDNESDAY)
                .sentence("Talks stalled.")
                .sentence("South Korea summoned Russia's ambassador on Tuesday and lodged a formal protest.",
                        "South Korea", "country/south-korea", "Russia", "country/russia")
                .sentence("The Russian embassy in Seoul rejected the protest on Wednesday, saying South Korea had presented no evidence"
                        + " and accusing the authorities of anti-Russian hysteria.",
                        "Russian", "country/russia", "Seoul", "place/seoul", "South Korea", "country/south-korea",
                        "Russian", "country/russia"));

        assertThat(ask(added, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/russia ; gp:targetActor id:country\\/south-korea ;
                         schema:startDate "2024-06-19"^^xsd:date }
                """)).isTrue();
        assertThat(ask(added, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/south-korea ; schema:startDate "2024-06-19"^^xsd:date }
                """)).isFalse();
    }

    @Test
    void rejectingAProtestNoOneLodgedAgainstTheCriticIsNoReply() {
        Model added = events(article("protest-elsewhere").published(WEDNESDAY)
                .sentence("Talks stalled.")
                .sentence("Germany rejected the protest on Wednesday.", "Germany", "country/germany"));

        assertThat(ask(added, "ASK { ?e a gp:Criticism }")).isFalse();
    }
    @Test
    void accusingTheAuthoritiesUnnamedRepliesToTheOneAccuserBefore() {
        Model added = events(article("the-authorities").published(WEDNESDAY)
                .sentence("Talks stalled.")
                .sentence("Iran on Monday accused Germany of interfering in its internal affairs.",
                        "Iran", "country/iran", "Germany", "country/germany")
                .sentence("Olaf Scholz accused the army of prolonging the war.", "Olaf Scholz", "person/olaf-scholz"));
        Model unprovoked = events(article("no-accuser").published(WEDNESDAY)
                .sentence("Talks stalled.")
                .sentence("Germany and Iran met on Monday.", "Germany", "country/germany", "Iran", "country/iran")
                .sentence("Olaf Scholz accused the army of prolonging the war.", "Olaf Scholz", "person/olaf-scholz"));

        assertThat(ask(added, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:person\\/olaf-scholz ; gp:sourceCountry id:country\\/germany ;
                         gp:targetActor id:country\\/iran ; prov:wasGeneratedBy id:rule\\/criticism-reply }
                """)).isTrue();
        assertThat(ask(unprovoked, "ASK { ?e a gp:Criticism }")).isFalse();
    }
    @Test
    void theSubjectOfTheSentenceSlammingTheNewDesignationsFarFromTheVerbCriticisesTheImposer() {
        String slammed = "Iran's government said on Tuesday it welcomed the end of \"two decades of illegal and unjust economic"
                + " warfare\" but slammed the new designations.";
        Model added = events(article("slammed-designations").published(WEDNESDAY)
                .sentence("Talks stalled.")
                .sentence("The United States on Monday imposed fresh sanctions on Iran's president over corruption.",
                        "United States", "country/united-states", "Iran", "country/iran")
                .sentence(slammed, "Iran", "country/iran"));
        Model noAct = events(article("slammed-nothing").published(WEDNESDAY)
                .sentence("Talks stalled.")
                .sentence("The United States and Iran met on Monday.", "United States", "country/united-states", "Iran", "country/iran")
                .sentence(slammed, "Iran", "country/iran"));

        assertThat(ask(added, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/iran ; gp:targetActor id:country\\/united-states ;
                         schema:startDate "2024-06-18"^^xsd:date ; prov:wasGeneratedBy id:rule\\/criticism-of-act }
                """)).isTrue();
        assertThat(ask(noAct, "ASK { ?e a gp:Criticism }")).isFalse();
    }

    @Test
    void inThePassiveTheSubjectIsTheCriticisedNotTheCritic() {
        Model blamed = events(article("passive-blamed").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Russia was condemned for its attack on Ukraine.",
                        "Russia", "country/russia", "Ukraine", "country/ukraine"));
        Model accused = events(article("passive-accused").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Iran has been blamed for the drone strikes by Ukraine.",
                        "Iran", "country/iran", "Ukraine", "country/ukraine"));
        Model active = events(article("active-blamed").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Ukraine blamed Russia for the strike on a market.",
                        "Ukraine", "country/ukraine", "Russia", "country/russia"));

        assertThat(ask(blamed, "ASK { ?e a gp:Criticism }")).isFalse();
        assertThat(ask(accused, "ASK { ?e a gp:Criticism }")).isFalse();
        assertThat(ask(active, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/ukraine ; gp:targetActor id:country\\/russia }
                """)).isTrue();
    }

    @Test
    void whatASpeakerAlsoSaidIsOfTheOccasionTheSentencesBeforeDated() {
        String quote = "\"No meeting took place,\" the spokesman told his weekly news conference.";
        Model also = events(article("also-accused").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Iran on Monday denied a newspaper report.", "Iran", "country/iran")
                .sentence(quote)
                .sentence("Iran also accused Germany of waging economic war.", "Iran", "country/iran", "Germany", "country/germany"));
        Model otherTime = events(article("also-other-time").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Iran on Monday denied a newspaper report.", "Iran", "country/iran")
                .sentence("In 2018, the two sides cut trade.")
                .sentence("Iran also accused Germany of waging economic war.", "Iran", "country/iran", "Germany", "country/germany"));
        Model noAlso = events(article("no-also").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Iran on Monday denied a newspaper report.", "Iran", "country/iran")
                .sentence(quote)
                .sentence("Iran accused Germany of waging economic war.", "Iran", "country/iran", "Germany", "country/germany"));

        assertThat(ask(also, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/iran ; schema:startDate "2024-06-17"^^xsd:date }
                """)).isTrue();
        assertThat(ask(otherTime, "ASK { ?e a gp:Criticism ; schema:startDate ?d }")).as("another time in between").isFalse();
        assertThat(ask(otherTime, "ASK { ?e a gp:Criticism }")).isTrue();
        assertThat(ask(noAlso, "ASK { ?e a gp:Criticism ; schema:startDate ?d }")).as("no 'also'").isFalse();
    }

    @Test
    void aNameOfTheCriticsOwnSideBeforeTheCriticisedDoesNotHideIt() {
        Model ownSide = events(article("own-allies").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Relations hit a low in 2023, when Putin accused some of Moscow's allies, Germany among them, of hypocrisy.",
                        "Putin", "person/vladimir-putin", "Moscow", "place/moscow", "Germany", "country/germany"));
        Model otherSide = events(article("other-allies").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Relations hit a low in 2023, when Putin accused some of Pyongyang's allies, Germany among them, of hypocrisy.",
                        "Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang", "Germany", "country/germany"));

        assertThat(ask(ownSide, """
                ASK { ?e a gp:Criticism ; gp:sourceCountry id:country\\/russia ; gp:targetActor id:country\\/germany ;
                         gp:factuality gp:background ; prov:wasGeneratedBy id:rule\\/criticism }
                """)).isTrue();
        assertThat(ask(otherSide, "ASK { ?e a gp:Criticism ; gp:targetActor id:country\\/germany }")).isFalse();
    }

    @Test
    void anOfficeWithAnEpithetTakesUpTheSubjectOfTheSentenceBefore() {
        Model added = events(article("epithet").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Putin hit back within hours.", "Putin", "person/vladimir-putin")
                .sentence("The veteran leader has repeatedly accused Germany of meddling.", "Germany", "country/germany"));
        Model otherHolder = events(article("opposition-leader").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Putin hit back within hours.", "Putin", "person/vladimir-putin")
                .sentence("The opposition leader has repeatedly accused Germany of meddling.", "Germany", "country/germany"));

        assertThat(ask(added, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:person\\/vladimir-putin ; gp:targetActor id:country\\/germany ;
                         gp:factuality gp:background ; prov:wasGeneratedBy id:rule\\/criticism-anaphoric-critic }
                """)).isTrue();
        assertThat(ask(otherHolder, "ASK { ?e a gp:Criticism }")).isFalse();
    }

    @Test
    void pastAccusationsAreAnotherEventThanTheUndatedReplyOfTheStory() {
        Model added = events(article("past-and-now").published(THURSDAY)
                .sentence("Talks stalled.")
                .sentence("Putin hit back within hours.", "Putin", "person/vladimir-putin")
                .sentence("He condemned Germany.", "He", "person/vladimir-putin", "Germany", "country/germany")
                .sentence("The veteran leader has repeatedly accused Germany of meddling.", "Germany", "country/germany"));

        assertThat(ask(added, """
                ASK { ?now a gp:Criticism ; gp:targetActor id:country\\/germany ; gp:factuality gp:asserted .
                      ?past a gp:Criticism ; gp:targetActor id:country\\/germany ; gp:factuality gp:background .
                      FILTER(?now != ?past) }
                """)).isTrue();
    }

    @Test
    void aParticipleWithItsChargeRightAfterItIsPassiveAndAccusesNoOne() {
        Model added = events(article("accused-of").published(WEDNESDAY)
                .sentence("Talks stalled.")
                .sentence("Germany on Tuesday imposed sanctions on four Russian soldiers accused of attacks on Ukrainian civilians.",
                        "Germany", "country/germany", "Russian", "country/russia", "Ukrainian", "country/ukraine"));

        assertThat(ask(added, "ASK { ?e a gp:Criticism }")).isFalse();
    }

    @Test
    void anAccusationWithItsObjectIsActive() {
        Model added = events(article("accused-them-of").published(WEDNESDAY)
                .sentence("Talks stalled.")
                .sentence("Russia on Tuesday accused Ukraine of attacks on civilians.",
                        "Russia", "country/russia", "Ukraine", "country/ukraine"));

        assertThat(ask(added, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/russia ; gp:targetActor id:country\\/ukraine }
                """)).isTrue();
    }

    @Test
    void anAccusationInAMonthStillAheadToldInThePastIsLastYearsBackground() {
        Model added = events(article("last-december").published(WEDNESDAY)
                .sentence("Vladimir Putin has grown increasingly vocal.", "Vladimir Putin", "person/vladimir-putin")
                .sentence("In December he accused Ukraine of trying to hush up the downing of a jet.",
                        "he", "person/vladimir-putin", "Ukraine", "country/ukraine"));

        assertThat(ask(added, """
                ASK { ?e a gp:Criticism ; gp:sourceCountry id:country\\/russia ; gp:targetActor id:country\\/ukraine ;
                         gp:factuality gp:background }
                """)).isTrue();
        assertThat(ask(added, "ASK { ?e a gp:Criticism ; gp:factuality gp:asserted }")).isFalse();
    }

    @Test
    void anUndatedCriticismInThePerfectPastTheLedeIsBackground() {
        Model also = events(article("perfect-also").published(THURSDAY)
                .sentence("Germany signs health accord with Iran")
                .sentence("Iranian doctors to staff rural hospitals")
                .sentence("Germany and Iran signed a health agreement on Wednesday.", "Germany", "country/germany", "Iran", "country/iran")
                .sentence("\"Iran has some of the best doctors,\" the minister told reporters on Thursday.", "Iran", "country/iran")
                .sentence("The United States has also criticised Iran's overseas medical missions.",
                        "United States", "country/united-states", "Iran", "country/iran"));
        Model participle = events(article("perfect-participle").published(THURSDAY)
                .sentence("Ukraine buys arms from Germany")
                .sentence("A deal worth $720 million")
                .sentence("Ukraine signed a contract with Germany last month.", "Ukraine", "country/ukraine", "Germany", "country/germany")
                .sentence("Ukraine has frozen its participation in the regional alliance, accusing Russia of failing to protect it.",
                        "Ukraine", "country/ukraine", "Russia", "country/russia"));

        assertThat(ask(also, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/united-states ; gp:targetActor id:country\\/iran ;
                         gp:factuality gp:background . FILTER NOT EXISTS { ?e schema:startDate ?d } }
                """)).as("'has also criticised' is no act of Thursday's occasion").isTrue();
        assertThat(ask(participle, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/ukraine ; gp:targetActor id:country\\/russia ;
                         gp:factuality gp:background }
                """)).isTrue();
    }

    @Test
    void theNewsInThePerfectOrAPerfectNotOfTheTriggerStaysAsserted() {
        Model lede = events(article("perfect-lede").published(THURSDAY)
                .sentence("China has condemned Germany over its defence plan.", "China", "country/china", "Germany", "country/germany"));
        Model otherVerb = events(article("perfect-other-verb").published(THURSDAY)
                .sentence("Border tensions")
                .sentence("Troops on alert")
                .sentence("Talks stalled.")
                .sentence("Forces of both sides have traded fire along the border, and Iran accused Germany of sheltering militants.",
                        "Iran", "country/iran", "Germany", "country/germany"));
        Model past = events(article("simple-past-body").published(THURSDAY)
                .sentence("Border tensions")
                .sentence("Troops on alert")
                .sentence("Talks stalled.")
                .sentence("The United States also criticised Iran's overseas medical missions.",
                        "United States", "country/united-states", "Iran", "country/iran"));

        assertThat(ask(lede, "ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/china ; gp:factuality gp:asserted }"))
                .as("the lede tells the news in the perfect").isTrue();
        assertThat(ask(otherVerb, "ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/iran ; gp:factuality gp:asserted }"))
                .as("the perfect is another verb's, and an accusation in the past is an act").isTrue();
        assertThat(ask(past, "ASK { ?e a gp:Criticism ; gp:factuality gp:asserted }")).isTrue();
    }

    @Test
    void anAppositionNamingTheActAndItsCriticCriticisesTheSubjectOfTheClauseBefore() {
        LocalDate november = LocalDate.of(2024, 11, 21);
        Model byCritic = events(article("apposed-by").published(november)
                .sentence("Talks stalled.")
                .sentence("Relations worsened after Olaf Scholz traveled to Pyongyang in July to meet Kim Jong Un, a trip condemned by Moscow.",
                        "Olaf Scholz", "person/olaf-scholz", "Pyongyang", "place/pyongyang", "Kim Jong Un", "person/kim-jong-un",
                        "Moscow", "place/moscow"));
        Model calledIt = events(article("apposed-called").published(november)
                .sentence("Talks stalled.")
                .sentence("The quarrel began earlier this month when Germany's envoy suggested that Putin lied, a comment Moscow called unacceptable.",
                        "Germany", "country/germany", "Putin", "person/vladimir-putin", "Moscow", "place/moscow"));
        Model thisWeek = events(article("apposed-this-week").published(november)
                .sentence("Talks stalled.")
                .sentence("Olaf Scholz traveled to Pyongyang on Tuesday, a trip condemned by Moscow.",
                        "Olaf Scholz", "person/olaf-scholz", "Pyongyang", "place/pyongyang", "Moscow", "place/moscow"));

        assertThat(ask(byCritic, """
                ASK { ?e a gp:Criticism ; gp:sourceCountry id:country\\/russia ; gp:targetCountry id:country\\/germany ;
                         gp:factuality gp:background }
                """)).as("the trip in July, judged by Moscow").isTrue();
        assertThat(ask(byCritic, "ASK { ?e a gp:Criticism ; gp:targetCountry id:country\\/north-korea }")).isFalse();
        assertThat(ask(calledIt, """
                ASK { ?e a gp:Criticism ; gp:sourceCountry id:country\\/russia ; gp:targetCountry id:country\\/germany ;
                         gp:factuality gp:background }
                """)).as("earlier this month").isTrue();
        assertThat(ask(thisWeek, """
                ASK { ?e a gp:Criticism ; gp:sourceCountry id:country\\/russia ; gp:targetCountry id:country\\/germany ;
                         gp:factuality gp:asserted }
                """)).isTrue();
    }

    @Test
    void anAppositionWithoutACriticOrPraisingTheActIsNoCriticism() {
        LocalDate november = LocalDate.of(2024, 11, 21);
        Model praised = events(article("apposed-praised").published(november)
                .sentence("Talks stalled.")
                .sentence("Olaf Scholz traveled to Pyongyang in July, a trip welcomed by Moscow.",
                        "Olaf Scholz", "person/olaf-scholz", "Pyongyang", "place/pyongyang", "Moscow", "place/moscow"));
        Model calledUseful = events(article("apposed-useful").published(november)
                .sentence("Talks stalled.")
                .sentence("Germany's envoy suggested that talks resume, a move Moscow called useful.",
                        "Germany", "country/germany", "Moscow", "place/moscow"));

        assertThat(ask(praised, "ASK { ?e a gp:Criticism }")).isFalse();
        assertThat(ask(calledUseful, "ASK { ?e a gp:Criticism }")).isFalse();
    }
}
