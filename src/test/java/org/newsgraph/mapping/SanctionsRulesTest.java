package org.newsgraph.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.mapping.ArticleFixture.article;
import static org.newsgraph.mapping.RdfAsk.ask;
import static org.newsgraph.mapping.RuleRun.events;

import java.time.LocalDate;

import org.eclipse.rdf4j.model.Model;
import org.junit.jupiter.api.Test;

/** The sanctions rules on single sentences: acts, regimes told as background, and words that are neither. */
class SanctionsRulesTest {

    private static final LocalDate TUESDAY = LocalDate.of(2025, 3, 4);

    @Test
    void sanctionsReimposedYearsAgoAreTheImposersRegime() {
        Model added = events(article("reimposed").published(TUESDAY)
                .sentence("Talks stalled.")
                .sentence("Washington reimposed sweeping sanctions on Iran's oil and banking sectors in 2018.",
                        "Washington", "country/united-states", "Iran", "country/iran"));

        assertThat(ask(added, """
                ASK { ?e a gp:SanctionsRegime ; gp:imposedBy id:country\\/united-states ; gp:sanctionTarget id:country\\/iran ;
                         gp:factuality gp:background }
                """)).isTrue();
        assertThat(ask(added, "ASK { ?e a gp:SanctionsImposition }")).isFalse();
    }

    @Test
    void sanctionsNamedBeforeTheirImposerInARelativeClauseAreItsRegime() {
        Model added = events(article("relative").published(TUESDAY)
                .sentence("The move follows visa bans the United States imposed last year on dozens of Iranian officials.",
                        "United States", "country/united-states", "Iranian", "country/iran"));
        Model that = events(article("relative-that").published(TUESDAY)
                .sentence("Talks stalled over the sanctions that Washington slapped on Caracas.",
                        "Washington", "country/united-states", "Caracas", "country/venezuela"));
        Model onSomeone = events(article("on-someone").published(TUESDAY)
                .sentence("Sanctions on Iran were imposed on Monday by the United States.",
                        "Iran", "country/iran", "United States", "country/united-states"));
        Model noSanctions = events(article("no-sanctions").published(TUESDAY)
                .sentence("The tariffs the United States imposed last year on Iranian steel stay.",
                        "United States", "country/united-states", "Iranian", "country/iran"));

        assertThat(ask(added, """
                ASK { ?e a gp:SanctionsRegime ; gp:imposedBy id:country\\/united-states ; gp:sanctionTarget id:country\\/iran ;
                         gp:factuality gp:background }
                """)).isTrue();
        assertThat(ask(that, "ASK { ?e a gp:SanctionsRegime ; gp:imposedBy id:country\\/united-states ; gp:sanctionTarget id:country\\/venezuela }"))
                .isTrue();
        assertThat(ask(onSomeone, "ASK { ?e a gp:SanctionsRegime ; gp:imposedBy id:country\\/iran }"))
                .as("a country after a preposition is no subject of the clause").isFalse();
        assertThat(ask(noSanctions, "ASK { ?e a ?type . VALUES ?type { gp:SanctionsImposition gp:SanctionsRegime } }")).isFalse();
    }

    @Test
    void aPersonIntroducedWithHisDemonymIsSanctionedAsOneOfHisCountryInARegime() {
        Model added = events(article("blacklisted-since").published(TUESDAY)
                .sentence("Germany on Monday froze the assets of Russian tycoon Oleg Ivanov.",
                        "Germany", "country/germany", "Russian", "country/russia", "Oleg Ivanov", "person/oleg-ivanov")
                .sentence("The United States has blacklisted Ivanov since 2017.",
                        "United States", "country/united-states", "Ivanov", "person/oleg-ivanov"));

        assertThat(ask(added, """
                ASK { ?e a gp:SanctionsRegime ; gp:imposedBy id:country\\/united-states ; gp:sanctionTarget id:country\\/russia ;
                         gp:sanctionTarget id:person\\/oleg-ivanov ; gp:factuality gp:background }
                """)).isTrue();
    }

    @Test
    void aPersonWhomACountryOnlyMentionsIsNotOfThatCountry() {
        Model added = events(article("blacklisted-since-no-demonym").published(TUESDAY)
                .sentence("Russia said Oleg Ivanov had done nothing wrong.",
                        "Russia", "country/russia", "Oleg Ivanov", "person/oleg-ivanov")
                .sentence("The United States has blacklisted Ivanov since 2017.",
                        "United States", "country/united-states", "Ivanov", "person/oleg-ivanov"));

        assertThat(ask(added, "ASK { ?e a gp:SanctionsRegime ; gp:sanctionTarget id:country\\/russia }")).isFalse();
    }

    @Test
    void aBlocSuspendingAMemberFromItsActivitiesImposesASanction() {
        Model added = events(article("suspended-from").published(TUESDAY)
                .sentence("Talks stalled.")
                .sentence("The European Union on Monday suspended Venezuela from all its activities until order is restored.",
                        "European Union", "org/european-union", "Venezuela", "country/venezuela"));

        assertThat(ask(added, """
                ASK { ?e a gp:SanctionsImposition ; gp:imposedBy id:org\\/european-union ; gp:sanctionTarget id:country\\/venezuela ;
                         gp:factuality gp:asserted ; schema:startDate "2025-03-03"^^xsd:date }
                """)).isTrue();
    }

    @Test
    void sanctionsItWarnsItCouldImposeOnTheJuntaAreTheSubjectsOnTheSanctionedCountry() {
        Model added = events(article("could-impose-on-junta").published(TUESDAY)
                .sentence("The European Union on Monday suspended Venezuela from all its activities.",
                        "European Union", "org/european-union", "Venezuela", "country/venezuela")
                .sentence("The EU's council said the suspension would remain in place, and warned that it could impose targeted "
                        + "sanctions on members of the junta.", "EU", "org/european-union"));

        assertThat(ask(added, """
                ASK { ?e a gp:SanctionsImposition ; gp:imposedBy id:org\\/european-union ; gp:sanctionTarget id:country\\/venezuela ;
                         gp:factuality gp:hypothetical }
                """)).isTrue();
    }

    @Test
    void theJuntaIsNobodyWithoutASanctionsActAndItIsNotAnotherSubjectsImposer() {
        Model noAct = events(article("junta-without-act").published(TUESDAY)
                .sentence("Talks stalled in Venezuela.", "Venezuela", "country/venezuela")
                .sentence("The EU's council said the crisis was grave, and warned that it could impose targeted "
                        + "sanctions on members of the junta.", "EU", "org/european-union"));
        Model otherSubject = events(article("junta-other-subject").published(TUESDAY)
                .sentence("The European Union on Monday suspended Venezuela from all its activities.",
                        "European Union", "org/european-union", "Venezuela", "country/venezuela")
                .sentence("The EU said the suspension would remain in place, and Washington warned that it could impose "
                        + "sanctions on the junta.", "EU", "org/european-union", "Washington", "country/united-states"));

        assertThat(ask(noAct, "ASK { ?e a gp:SanctionsImposition }")).isFalse();
        assertThat(ask(otherSubject, "ASK { ?e a gp:SanctionsImposition ; gp:factuality gp:hypothetical }")).isFalse();
    }

    @Test
    void sanctionsTheLifterCouldReimposeAreOnTheCountryItLiftedThemOn() {
        Model added = events(article("could-reimpose").published(TUESDAY)
                .sentence("The European Union on Monday lifted its economic sanctions on Venezuela.",
                        "European Union", "org/european-union", "Venezuela", "country/venezuela")
                // the EU's own chief speaks for it: "the EU" after her is the subject of "could reimpose" all the same
                .sentence("Kallas said the EU could reimpose sanctions if the new authorities failed to protect minorities.",
                        "Kallas", "person/kaja-kallas", "EU", "org/european-union"));

        assertThat(ask(added, """
                ASK { ?e a gp:SanctionsImposition ; gp:imposedBy id:org\\/european-union ; gp:sanctionTarget id:country\\/venezuela ;
                         gp:factuality gp:hypothetical }
                """)).isTrue();
    }

    @Test
    void aReimpositionWithoutAnEasingByTheSameActorHasNoImpliedTarget() {
        Model otherLifter = events(article("reimpose-other-lifter").published(TUESDAY)
                .sentence("The United States on Monday lifted its economic sanctions on Venezuela.",
                        "United States", "country/united-states", "Venezuela", "country/venezuela")
                .sentence("Kallas said the EU could reimpose sanctions if the new authorities failed to protect minorities.",
                        "EU", "org/european-union"));

        assertThat(ask(otherLifter, "ASK { ?e a gp:SanctionsImposition }")).isFalse();
    }

    @Test
    void suspendingTalksOrExportsIsNoSanction() {
        Model added = events(article("suspended-talks").published(TUESDAY)
                .sentence("Talks stalled.")
                .sentence("Germany on Monday suspended talks with Ukraine and suspended power exports from its plants to Iran.",
                        "Germany", "country/germany", "Ukraine", "country/ukraine", "Iran", "country/iran"));

        assertThat(ask(added, "ASK { ?e a ?t . VALUES ?t { gp:SanctionsImposition gp:SanctionsRegime } }")).isFalse();
    }

    @Test
    void sanctionsReimposedTodayAreAnImposition() {
        Model added = events(article("reimposed-today").published(TUESDAY)
                .sentence("Talks stalled.")
                .sentence("The European Union on Monday reimposed sanctions on Iran's oil sector.",
                        "European Union", "org/european-union", "Iran", "country/iran"));

        assertThat(ask(added, """
                ASK { ?e a gp:SanctionsImposition ; gp:imposedBy id:org\\/european-union ; gp:sanctionTarget id:country\\/iran ;
                         schema:startDate "2025-03-03"^^xsd:date }
                """)).isTrue();
    }

    @Test
    void aReimposedCurfewIsNoSanction() {
        Model added = events(article("curfew").published(TUESDAY)
                .sentence("Talks stalled.")
                .sentence("Iran reimposed a curfew on Tuesday after protests in the capital.", "Iran", "country/iran"));

        assertThat(ask(added, "ASK { ?e a ?type . VALUES ?type { gp:SanctionsImposition gp:SanctionsRegime } }")).isFalse();
    }

    @Test
    void aTravelBanSinceAnEarlierSanctionIsTheImposersRegime() {
        Model added = events(article("travel-ban").published(TUESDAY)
                .sentence("Talks stalled.")
                .sentence("The United States sanctioned the prosecutor in 2021 and has since barred hundreds of Iranian"
                        + " lawmakers, judges and business people from entering the country.",
                        "United States", "country/united-states", "Iranian", "country/iran"));

        assertThat(ask(added, """
                ASK { ?e a gp:SanctionsRegime ; gp:imposedBy id:country\\/united-states ; gp:sanctionTarget id:country\\/iran ;
                         gp:factuality gp:background }
                """)).isTrue();
        assertThat(ask(added, "ASK { ?e a gp:SanctionsImposition }")).isFalse();
    }

    @Test
    void barringJournalistsFromEnteringWithoutSanctionsIsNoSanction() {
        Model added = events(article("journalists-barred").published(TUESDAY)
                .sentence("Talks stalled.")
                .sentence("Russia has since barred hundreds of Chinese journalists from entering the country.",
                        "Russia", "country/russia", "Chinese", "country/china"));

        assertThat(ask(added, "ASK { ?e a ?type . VALUES ?type { gp:SanctionsImposition gp:SanctionsRegime } }")).isFalse();
    }

    @Test
    void barredUnderSecurityCouncilResolutionsIsTheirRegime() {
        Model added = events(article("resolutions").published(TUESDAY)
                .sentence("Talks stalled.")
                .sentence("North Korea has been barred from most foreign trade, including the export of coal and textiles,"
                        + " under a series of U.N. Security Council resolutions adopted since its first nuclear test in 2006.",
                        "North Korea", "country/north-korea", "U.N.", "org/united-nations"));

        assertThat(ask(added, """
                ASK { ?e a gp:SanctionsRegime ; gp:imposedBy id:org\\/united-nations ; gp:sanctionTarget id:country\\/north-korea ;
                         gp:factuality gp:background }
                """)).isTrue();
        assertThat(ask(added, "ASK { ?e a gp:SanctionsImposition }")).isFalse();
    }

    @Test
    void barredUnderRulesIsNoSanctionsRegime() {
        Model added = events(article("rules").published(TUESDAY)
                .sentence("Talks stalled.")
                .sentence("Russia has been barred from the games under the rules of the International Olympic Committee.",
                        "Russia", "country/russia"));

        assertThat(ask(added, "ASK { ?e a gp:SanctionsRegime }")).isFalse();
    }

    @Test
    void anEmbargoInForceTargetsTheOnlyOtherCountryTheSentenceNames() {
        Model added = events(article("embargo").published(TUESDAY)
                .sentence("Talks stalled.")
                .sentence("The ventures must still work around the United States trade embargo, in force since 1962,"
                        + " which makes it hard for foreign firms to move money in and out of Iran through international banks.",
                        "United States", "country/united-states", "Iran", "country/iran"));

        assertThat(ask(added, """
                ASK { ?e a gp:SanctionsRegime ; gp:imposedBy id:country\\/united-states ; gp:sanctionTarget id:country\\/iran ;
                         gp:factuality gp:background }
                """)).isTrue();
        assertThat(ask(added, "ASK { ?e a gp:SanctionsImposition }")).isFalse();
    }

    @Test
    void anEmbargoInForceWithTwoOtherCountriesHasNoKnownTarget() {
        Model added = events(article("embargo-two").published(TUESDAY)
                .sentence("Talks stalled.")
                .sentence("The United States trade embargo, in force since 1962, makes it hard for German firms"
                        + " to move money in and out of Iran.",
                        "United States", "country/united-states", "German", "country/germany", "Iran", "country/iran"));

        assertThat(ask(added, "ASK { ?e a gp:SanctionsRegime }")).isFalse();
    }

    @Test
    void anEmbargoNotToldAsStandingHasNoImpliedTarget() {
        Model added = events(article("embargo-plain").published(TUESDAY)
                .sentence("Talks stalled.")
                .sentence("The United States trade embargo makes it hard to move money in and out of Iran.",
                        "United States", "country/united-states", "Iran", "country/iran"));

        assertThat(ask(added, "ASK { ?e a gp:SanctionsRegime }")).isFalse();
    }

    @Test
    void liftedRestrictionsThatTheNextSentenceCallsSanctionsEndARegime() {
        Model added = events(article("restrictions-lifted").published(TUESDAY.plusDays(1))
                .sentence("The European Union on Tuesday lifted restrictions on direct financial support to Venezuela's government"
                        + " that it adopted six years ago.",
                        "European Union", "org/european-union", "Venezuela", "country/venezuela")
                .sentence("The sanctions, adopted in March 2016, had barred budget support."));

        assertThat(ask(added, """
                ASK { ?e a gp:SanctionsRegime ; gp:imposedBy id:org\\/european-union ; gp:sanctionTarget id:country\\/venezuela ;
                         gp:factuality gp:background }
                """)).isTrue();
        assertThat(ask(added, """
                ASK { ?e a gp:GeopoliticalEvent ; gp:cameoCode cameo:085 ; gp:sourceActor id:org\\/european-union ;
                         gp:targetActor id:country\\/venezuela ; schema:startDate "2025-03-04"^^xsd:date }
                """)).isTrue();
        assertThat(ask(added, "ASK { ?e a gp:SanctionsImposition }")).isFalse();
    }

    @Test
    void liftedRestrictionsNobodyCallsSanctionsAreNoSanctions() {
        Model added = events(article("restrictions-covid").published(TUESDAY)
                .sentence("Germany on Tuesday lifted restrictions on travel to China imposed during the pandemic.",
                        "Germany", "country/germany", "China", "country/china")
                .sentence("Airlines said they would add flights."));

        assertThat(ask(added, "ASK { ?e a ?type . VALUES ?type { gp:GeopoliticalEvent gp:SanctionsRegime } }")).isFalse();
    }

    @Test
    void aSubjectSharedByTerminatingAndImposingImposesOnTheOfficeHoldersCountry() {
        Model added = events(article("terminated-and-imposed").published(TUESDAY)
                .sentence("Talks stalled.")
                .sentence("The European Union on Monday terminated its sanctions programme on Russia's fertiliser exports, but at"
                        + " the same time imposed fresh sanctions on President Vladimir Putin and nine other officials over"
                        + " election fraud.",
                        "European Union", "org/european-union", "Russia", "country/russia",
                        "Vladimir Putin", "person/vladimir-putin"));

        assertThat(ask(added, """
                ASK { ?e a gp:SanctionsImposition ; gp:imposedBy id:org\\/european-union ; gp:sanctionTarget id:country\\/russia ;
                         gp:sanctionTarget id:person\\/vladimir-putin ; schema:startDate "2025-03-03"^^xsd:date ;
                         gp:reason "election fraud"@en }
                """)).isTrue();
        assertThat(ask(added, """
                ASK { ?e a gp:SanctionsRegime ; gp:imposedBy id:org\\/european-union ; gp:sanctionTarget id:country\\/russia ;
                         gp:factuality gp:background }
                """)).as("the terminated programme was the EU's regime").isTrue();
        assertThat(ask(added, """
                ASK { ?e a gp:GeopoliticalEvent ; gp:cameoCode cameo:085 ; gp:targetActor id:person\\/vladimir-putin }
                """)).as("whom the EU sanctions anew is no target of the lifting").isFalse();
    }

    @Test
    void aSecondPredicateWithItsOwnSubjectIsNotTheFirstSubjects() {
        Model added = events(article("terminated-other-imposed").published(TUESDAY)
                .sentence("Talks stalled.")
                .sentence("The European Union on Monday terminated its sanctions programme on Russia's fertiliser exports, and"
                        + " Washington at the same time imposed fresh sanctions on President Vladimir Putin.",
                        "European Union", "org/european-union", "Russia", "country/russia",
                        "Washington", "country/united-states", "Vladimir Putin", "person/vladimir-putin"));

        assertThat(ask(added, "ASK { ?e a gp:SanctionsImposition ; gp:imposedBy id:org\\/european-union }")).isFalse();
        assertThat(ask(added, "ASK { ?e a gp:SanctionsImposition ; gp:imposedBy id:country\\/united-states }")).isTrue();
    }

    @Test
    void sanctionsAnOfficialAnnouncesToLiftAreHisCountrysRegimeNotOnWhoUrgedIt() {
        Model added = events(article("lift-urged").published(TUESDAY)
                .sentence("Talks stalled.")
                .sentence("German Chancellor Olaf Scholz announced that Berlin would also lift its sanctions on Iran,"
                        + " a shift urged by China and Russia.",
                        "Olaf Scholz", "person/olaf-scholz", "Iran", "country/iran",
                        "China", "country/china", "Russia", "country/russia"));

        assertThat(ask(added, """
                ASK { ?e a gp:SanctionsRegime ; gp:imposedBy id:country\\/germany ; gp:sanctionTarget id:country\\/iran ;
                         gp:factuality gp:background }
                """)).as("the regime is the office's country's").isTrue();
        assertThat(ask(added, """
                ASK { ?e ?role ?who . VALUES ?who { id:country\\/china id:country\\/russia } }
                """)).as("who urged the lifting is no target").isFalse();
    }

    @Test
    void sanctionsLiftedOnTwoCountriesAreOnBothButNotOnWhoWelcomedIt() {
        Model added = events(article("lift-welcomed").published(TUESDAY)
                .sentence("Talks stalled.")
                .sentence("The United States on Monday lifted its sanctions on Iran and Venezuela, a move welcomed by Germany.",
                        "United States", "country/united-states", "Iran", "country/iran",
                        "Venezuela", "country/venezuela", "Germany", "country/germany"));

        assertThat(ask(added, """
                ASK { ?e a gp:SanctionsRegime ; gp:imposedBy id:country\\/united-states ; gp:sanctionTarget id:country\\/iran }
                """)).isTrue();
        assertThat(ask(added, """
                ASK { ?e a gp:SanctionsRegime ; gp:imposedBy id:country\\/united-states ; gp:sanctionTarget id:country\\/venezuela }
                """)).isTrue();
        assertThat(ask(added, "ASK { ?e ?role id:country\\/germany }")).isFalse();
    }

    @Test
    void endingTalksOnSanctionsReliefIsNoLifting() {
        Model added = events(article("ended-talks").published(TUESDAY)
                .sentence("Talks stalled.")
                .sentence("Germany on Tuesday ended its talks with Iran on sanctions relief.",
                        "Germany", "country/germany", "Iran", "country/iran"));

        assertThat(ask(added, "ASK { ?e a ?type . VALUES ?type { gp:GeopoliticalEvent gp:SanctionsRegime gp:SanctionsImposition } }"))
                .isFalse();
    }

    @Test
    void anEmbargoMaintainedOnTheCountryIsOnTheCountryTheStorySanctions() {
        Model added = events(article("on-the-country").published(TUESDAY)
                .sentence("Germany imposed sanctions on Monday on three Russian air force officers.",
                        "Germany", "country/germany", "Russian", "country/russia")
                .sentence("Talks stalled, and the United States also maintains an arms embargo on the country.",
                        "United States", "country/united-states"));

        assertThat(ask(added, """
                ASK { ?e a gp:SanctionsRegime ; gp:imposedBy id:country\\/united-states ; gp:sanctionTarget id:country\\/russia ;
                         gp:factuality gp:background }
                """)).isTrue();
    }

    @Test
    void theCountryStaysUnresolvedWithoutOneSanctionedCountry() {
        Model two = events(article("two-countries").published(TUESDAY)
                .sentence("Germany imposed sanctions on Monday on Russian and Iranian drone makers.",
                        "Germany", "country/germany", "Russian", "country/russia", "Iranian", "country/iran")
                .sentence("The United States also maintains an arms embargo on the country.",
                        "United States", "country/united-states"));
        Model none = events(article("no-act").published(TUESDAY)
                .sentence("Germany hosted three Russian air force officers on Monday.",
                        "Germany", "country/germany", "Russian", "country/russia")
                .sentence("The United States also maintains an arms embargo on the country.",
                        "United States", "country/united-states"));

        assertThat(ask(two, "ASK { ?e a gp:SanctionsRegime ; gp:imposedBy id:country\\/united-states }")).isFalse();
        assertThat(ask(none, "ASK { ?e a gp:SanctionsRegime }")).isFalse();
    }

    @Test
    void aListOfSanctionKindsMaintainedIsARegimeHeldByItsSubject() {
        Model held = events(article("kinds-held").published(TUESDAY)
                .sentence("Talks stalled.")
                .sentence("The European Union has kept a visa ban, asset freeze and partial arms embargo on Venezuelan officials"
                        + " since 2021.",
                        "European Union", "org/european-union", "Venezuelan", "country/venezuela"));
        Model lifted = events(article("kinds-named").published(TUESDAY)
                .sentence("Talks stalled.")
                .sentence("The European Union has debated a visa ban, asset freeze and partial arms embargo on Venezuelan officials"
                        + " for months.",
                        "European Union", "org/european-union", "Venezuelan", "country/venezuela"));

        assertThat(ask(held, """
                ASK { ?e a gp:SanctionsRegime ; gp:imposedBy id:org\\/european-union ; gp:sanctionTarget id:country\\/venezuela ;
                         gp:factuality gp:background }
                """)).isTrue();
        assertThat(ask(lifted, "ASK { ?e a gp:SanctionsRegime ; gp:imposedBy id:org\\/european-union }")).isFalse();
    }

    @Test
    void aPossessiveHolderWithModifiersOfTheNounHoldsTheRegime() {
        Model larger = events(article("much-larger").published(TUESDAY)
                .sentence("Talks stalled.")
                .sentence("Those measures run alongside the EU's much larger sanctions regime against Russia.",
                        "EU", "org/european-union", "Russia", "country/russia"));
        Model opposed = events(article("opposition-to").published(TUESDAY)
                .sentence("Talks stalled.")
                .sentence("Those measures ignore China's firm opposition to sanctions against Russia.",
                        "China", "country/china", "Russia", "country/russia"));

        assertThat(ask(larger, """
                ASK { ?e a gp:SanctionsRegime ; gp:imposedBy id:org\\/european-union ; gp:sanctionTarget id:country\\/russia ;
                         gp:factuality gp:background }
                """)).isTrue();
        assertThat(ask(opposed, "ASK { ?e a gp:SanctionsRegime ; gp:imposedBy id:country\\/china }")).isFalse();
    }

    @Test
    void aSecondImposerOfTheSamePeopleHoldsTheFirstClausesRegime() {
        Model same = events(article("same-figures").published(TUESDAY)
                .sentence("Talks stalled.")
                .sentence("The European Union has maintained sanctions on Venezuelan officials since 2021, and Germany has"
                        + " blacklisted several of the same people.",
                        "European Union", "org/european-union", "Venezuelan", "country/venezuela", "Germany", "country/germany"));
        Model others = events(article("other-figures").published(TUESDAY)
                .sentence("Talks stalled.")
                .sentence("The European Union has maintained sanctions on Venezuelan officials since 2021, and Germany has"
                        + " praised several of the same people.",
                        "European Union", "org/european-union", "Venezuelan", "country/venezuela", "Germany", "country/germany"));

        assertThat(ask(same, """
                ASK { ?e a gp:SanctionsRegime ; gp:imposedBy id:country\\/germany, id:org\\/european-union ;
                         gp:sanctionTarget id:country\\/venezuela ; gp:factuality gp:background }
                """)).isTrue();
        assertThat(ask(others, "ASK { ?e a gp:SanctionsRegime ; gp:imposedBy id:country\\/germany }")).isFalse();
        assertThat(ask(others, "ASK { ?e a gp:SanctionsRegime ; gp:imposedBy id:org\\/european-union }")).isTrue();
    }

    @Test
    void aSubjectThatLiftedSomeMeasuresButStillKeepsAnEmbargoHoldsThatRegime() {
        Model added = events(article("still-keeps").published(TUESDAY)
                .sentence("Talks stalled.")
                .sentence("The European Union lifted most of its own measures years ago but still keeps an arms embargo on Iran.",
                        "European Union", "org/european-union", "Iran", "country/iran"));
        Model other = events(article("other-keeps").published(TUESDAY)
                .sentence("Talks stalled.")
                .sentence("The European Union lifted most of its own measures years ago, and Washington still keeps an arms"
                        + " embargo on Iran.",
                        "European Union", "org/european-union", "Washington", "country/united-states", "Iran", "country/iran"));

        assertThat(ask(added, """
                ASK { ?e a gp:SanctionsRegime ; gp:imposedBy id:org\\/european-union ; gp:sanctionTarget id:country\\/iran ;
                         gp:factuality gp:background }
                """)).isTrue();
        assertThat(ask(other, "ASK { ?e a gp:SanctionsRegime ; gp:imposedBy id:org\\/european-union }")).isFalse();
        assertThat(ask(other, "ASK { ?e a gp:SanctionsRegime ; gp:imposedBy id:country\\/united-states }")).isTrue();
    }

    @Test
    void everySubjectThatHasImposedSanctionsOnTheGeneralsSinceHoldsARegimeOnTheSanctionedCountry() {
        Model since = events(article("generals-since").published(TUESDAY)
                .sentence("Germany imposed sanctions on Monday on three Russian air force officers.",
                        "Germany", "country/germany", "Russian", "country/russia")
                .sentence("The United States and the European Union have all imposed sanctions on the generals since they"
                        + " seized power.",
                        "United States", "country/united-states", "European Union", "org/european-union"));
        Model today = events(article("generals-today").published(TUESDAY)
                .sentence("Germany imposed sanctions on Monday on three Russian air force officers.",
                        "Germany", "country/germany", "Russian", "country/russia")
                .sentence("The United States imposed sanctions on the generals on Tuesday.",
                        "United States", "country/united-states"));

        assertThat(ask(since, """
                ASK { ?e a gp:SanctionsRegime ; gp:imposedBy id:country\\/united-states, id:org\\/european-union ;
                         gp:sanctionTarget id:country\\/russia ; gp:factuality gp:background }
                """)).isTrue();
        assertThat(ask(today, "ASK { ?e a gp:SanctionsRegime }")).as("imposed today is an act").isFalse();
    }

    @Test
    void aCapitalUnderSanctionsStandsForItsGovernment() {
        Model added = events(article("capital-under").published(TUESDAY)
                .sentence("Talks stalled.")
                .sentence("Pyongyang has been under European Union sanctions since its first nuclear test.",
                        "Pyongyang", "place/pyongyang", "European Union", "org/european-union"));
        Model place = events(article("firms-in-capital").published(TUESDAY)
                .sentence("Talks stalled.")
                .sentence("Western firms still operating in Moscow face sanctions at home.",
                        "Western", "org/the-west", "Moscow", "place/moscow"));

        assertThat(ask(added, """
                ASK { ?e a gp:SanctionsRegime ; gp:imposedBy id:org\\/european-union ; gp:sanctionTarget id:country\\/north-korea ;
                         gp:factuality gp:background }
                """)).isTrue();
        assertThat(ask(place, "ASK { ?e gp:sanctionTarget id:country\\/russia }")).isFalse();
    }

    @Test
    void visaRestrictionsImposedWithAssetFreezesAreSanctionsOfTheirDay() {
        Model added = events(article("visa-restrictions").published(TUESDAY)
                .sentence("Talks stalled.")
                .sentence("The United States on Monday imposed visa restrictions and asset freezes on four senior Iranian"
                        + " officials, accusing them of abuses.",
                        "United States", "country/united-states", "Iranian", "country/iran"));

        assertThat(ask(added, """
                ASK { ?e a gp:SanctionsImposition ; gp:imposedBy id:country\\/united-states ; gp:sanctionTarget id:country\\/iran ;
                         gp:factuality gp:asserted ; schema:startDate "2025-03-03"^^xsd:date }
                """)).isTrue();
    }

    @Test
    void visaRestrictionsAloneForTravellersAreNoSanctions() {
        Model added = events(article("visa-rules").published(TUESDAY)
                .sentence("Talks stalled.")
                .sentence("The United States on Monday imposed visa restrictions on travellers from Iran during the outbreak.",
                        "United States", "country/united-states", "Iran", "country/iran"));

        assertThat(ask(added, "ASK { ?e a ?type . VALUES ?type { gp:SanctionsImposition gp:SanctionsRegime } }")).isFalse();
    }

    @Test
    void peopleListedUnderAFrameworkSetUpToPunishACountryAreUnderItsMakersRegime() {
        Model punish = events(article("framework").published(TUESDAY)
                .sentence("Talks stalled.")
                .sentence("The new listings bring to 30 the number of people targeted under the framework the European Union"
                        + " set up in 2019 to punish human rights abuses in Iran.",
                        "European Union", "org/european-union", "Iran", "country/iran"));
        Model aid = events(article("aid-framework").published(TUESDAY)
                .sentence("Talks stalled.")
                .sentence("Some 30 projects are listed under the framework the European Union set up in 2019 to fund schools in Iran.",
                        "European Union", "org/european-union", "Iran", "country/iran"));

        assertThat(ask(punish, """
                ASK { ?e a gp:SanctionsRegime ; gp:imposedBy id:org\\/european-union ; gp:sanctionTarget id:country\\/iran ;
                         gp:factuality gp:background }
                """)).isTrue();
        assertThat(ask(punish, "ASK { ?e a gp:SanctionsImposition }")).isFalse();
        assertThat(ask(aid, "ASK { ?e a ?type . VALUES ?type { gp:SanctionsImposition gp:SanctionsRegime } }")).isFalse();
    }

    @Test
    void assetFreezesAndTravelBansThatCouldBeImposedAreHypotheticalSanctions() {
        Model could = events(article("could-impose").published(TUESDAY)
                .sentence("Talks stalled.")
                .sentence("Diplomats said the European Union could impose asset freezes and travel bans on senior Iranian officials early next year.",
                        "European Union", "org/european-union", "Iranian", "country/iran"));
        Model lifted = events(article("lifted-bans").published(TUESDAY)
                .sentence("Talks stalled.")
                .sentence("The European Union lifted travel bans on senior Iranian officials on Monday.",
                        "European Union", "org/european-union", "Iranian", "country/iran"));

        assertThat(ask(could, """
                ASK { ?e a gp:SanctionsImposition ; gp:imposedBy id:org\\/european-union ; gp:sanctionTarget id:country\\/iran ;
                         gp:factuality gp:hypothetical }
                """)).isTrue();
        assertThat(ask(lifted, "ASK { ?e a gp:SanctionsImposition }")).isFalse();
    }

    @Test
    void theCommitteeThatOverseesSanctionsHoldsItsOrganisationsRegime() {
        Model added = events(article("committee").published(TUESDAY)
                .sentence("Talks stalled.")
                .sentence("His trip was made possible only after the U.N. Security Council committee that oversees sanctions on"
                        + " North Korea granted him a temporary exemption from a travel ban in force since 2006.",
                        "U.N.", "org/united-nations", "North Korea", "country/north-korea"));

        assertThat(ask(added, """
                ASK { ?e a gp:SanctionsRegime ; gp:imposedBy id:org\\/united-nations ; gp:sanctionTarget id:country\\/north-korea ;
                         gp:factuality gp:background }
                """)).isTrue();
        assertThat(ask(added, "ASK { ?e a gp:SanctionsImposition }")).isFalse();
    }

    @Test
    void aCommitteeThatOverseesAidHoldsNoSanctions() {
        Model added = events(article("aid-committee").published(TUESDAY)
                .sentence("Talks stalled.")
                .sentence("The U.N. committee that oversees aid to North Korea met on Monday.",
                        "U.N.", "org/united-nations", "North Korea", "country/north-korea"));

        assertThat(ask(added, "ASK { ?e a ?type . VALUES ?type { gp:SanctionsImposition gp:SanctionsRegime } }")).isFalse();
    }

    @Test
    void sanctionsSaidPossibleStayHypothetical() {
        Model added = events(article("possible").published(TUESDAY)
                .sentence("Talks stalled.")
                .sentence("The European Union said new sanctions on North Korea were possible.",
                        "European Union", "org/european-union", "North Korea", "country/north-korea"));

        assertThat(ask(added, "ASK { ?e gp:factuality gp:hypothetical }")).isTrue();
        assertThat(ask(added, "ASK { ?e gp:factuality gp:asserted }")).isFalse();
    }

    @Test
    void othersWhoHaveSanctionedTheActsPeopleByTheirNounHoldARegimeOnTheirCountry() {
        Model added = events(article("taken-up-people").published(TUESDAY)
                .sentence("Germany on Monday imposed sanctions on four Russian oligarchs accused of funding the war.",
                        "Germany", "country/germany", "Russian", "country/russia")
                .sentence("The United States and the European Union have all imposed sanctions on wealthy oligarchs this year.",
                        "United States", "country/united-states", "European Union", "org/european-union"));

        for (String imposer : new String[] {"country\\/united-states", "org\\/european-union"}) {
            assertThat(ask(added, "ASK { ?e a gp:SanctionsRegime ; gp:imposedBy id:" + imposer
                    + " ; gp:sanctionTarget id:country\\/russia ; gp:factuality gp:background }")).as(imposer).isTrue();
        }
    }

    @Test
    void sanctionsOnOtherPeopleThanTheActsTakeNothingUp() {
        Model added = events(article("other-people").published(TUESDAY)
                .sentence("Germany on Monday imposed sanctions on four Russian oligarchs accused of funding the war.",
                        "Germany", "country/germany", "Russian", "country/russia")
                .sentence("The United States and the European Union have all imposed sanctions on hackers this year.",
                        "United States", "country/united-states", "European Union", "org/european-union"));

        assertThat(ask(added, "ASK { ?e a gp:SanctionsRegime }")).isFalse();
    }

    @Test
    void aPrivatePersonSanctionedIsOfTheCountryHisAppositiveGivesHim() {
        Model added = events(article("private-person").published(TUESDAY)
                .sentence("Talks stalled.")
                .sentence("The United States on Monday imposed sanctions on Oleg Ivanov, the billionaire founder of Russia's"
                        + " largest bank, accusing him of funding the war.",
                        "United States", "country/united-states", "Oleg Ivanov", "person/oleg-ivanov", "Russia", "country/russia"));

        assertThat(ask(added, """
                ASK { ?e a gp:SanctionsImposition ; gp:imposedBy id:country\\/united-states ;
                         gp:sanctionTarget id:country\\/russia, id:person\\/oleg-ivanov ;
                         gp:factuality gp:asserted ; schema:startDate "2025-03-03"^^xsd:date }
                """)).isTrue();
    }

    @Test
    void aCountryThatSpeaksAfterThePersonSanctionedIsNoTarget() {
        Model added = events(article("private-person-said").published(TUESDAY)
                .sentence("Talks stalled.")
                .sentence("The European Union on Monday imposed sanctions on Oleg Ivanov, the bank's founder, and Germany said"
                        + " more would follow.",
                        "European Union", "org/european-union", "Oleg Ivanov", "person/oleg-ivanov", "Germany", "country/germany"));

        assertThat(ask(added, "ASK { ?e a gp:SanctionsImposition ; gp:sanctionTarget id:country\\/germany }")).isFalse();
    }
}
