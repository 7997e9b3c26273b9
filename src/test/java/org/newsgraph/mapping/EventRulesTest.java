package org.newsgraph.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsgraph.mapping.ArticleFixture.article;
import static org.newsgraph.mapping.RdfAsk.ask;
import static org.newsgraph.mapping.RuleRun.events;
import static org.newsgraph.mapping.RuleRun.eventsOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.jena.sparql.function.FunctionRegistry;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.PROV;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.article.Article;
import org.newsgraph.vocab.GP;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.SCHEMA;

class EventRulesTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2024, 6, 19);

    @Test
    void visitSentenceBecomesTheExpectedGraph() {
        Article article = new Article("one-visit.txt", "one-visit", null,
                "Russian President Vladimir Putin arrived in Pyongyang on Tuesday.", "", List.of(),
                "Russian President Vladimir Putin arrived in Pyongyang on Tuesday.", WEDNESDAY, null, null, "en");
        MappingContext context = new MappingContext(ArticleFixture.URIS, article);
        context.model().addAll(ArticleFixture.turtle("/rules/one-visit.mentions.ttl"));

        Model added = events(context);
        Model withoutRuleDescriptions = new LinkedHashModel(added);
        for (Resource rule : added.filter(null, RDF.TYPE, PROV.PLAN).subjects()) {
            withoutRuleDescriptions.remove(rule, null, null);
        }

        assertThat(Models.isomorphic(withoutRuleDescriptions, ArticleFixture.turtle("/rules/one-visit.expected.ttl")))
                .as("events of one-visit:\n%s", withoutRuleDescriptions)
                .isTrue();
    }

    @Test
    void rulesThatFiredAreDescribedWithTheirHeaderAndAHashOfTheirText() {
        Model added = events(article("a").published(WEDNESDAY)
                .sentence("Russian President Vladimir Putin arrived in Pyongyang on Tuesday.",
                        "Russian", "country/russia", "Vladimir Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang"));

        assertThat(ask(added, """
                ASK { ?visit prov:wasGeneratedBy id:rule\\/state-visit .
                      id:rule\\/state-visit a prov:Plan ; rdfs:label "state-visit"@en ; rdfs:comment ?c ; owl:versionInfo ?v .
                      FILTER(CONTAINS(STR(?c), "Russian President Vladimir Putin has arrived in Pyongyang") && STRSTARTS(?v, "sha256:")) }
                """)).isTrue();
        assertThat(added.filter(null, null, null).predicates()).noneMatch(p -> p.stringValue().startsWith(NG.NAMESPACE));
    }

    @Test
    void nobodyVisitsTheirOwnCountry() {
        Model added = events(article("home").sentence("Russian President Vladimir Putin arrived in Moscow on Tuesday.",
                "Russian", "country/russia", "Vladimir Putin", "person/vladimir-putin", "Moscow", "place/moscow"));

        assertThat(eventsOfType(added, GP.StateVisit)).isEmpty();
    }

    @Test
    void anArticleAboutFloodsHasNoEvent() {
        Model added = events(article("floods").published(WEDNESDAY)
                .sentence("Heavy floods hit Seoul on Monday, killing 12 people and forcing thousands from their homes.",
                        "Seoul", "place/seoul")
                .sentence("South Korean officials said rescue teams were visiting the worst-hit districts.",
                        "South Korean", "country/south-korea"));

        assertThat(added.filter(null, GP.factuality, null)).isEmpty();
        assertThat(ask(added, "ASK { ?article schema:about ?x }")).isFalse();
    }

    @Test
    void anArticleAboutSanctionsHasNoStateVisit() {
        Model added = events(article("eu-sanctions").published(WEDNESDAY)
                .sentence("The European Union imposed new sanctions on Russia on Monday over its actions in Ukraine.",
                        "European Union", "org/european-union", "Russia", "country/russia", "Ukraine", "country/ukraine"));

        assertThat(eventsOfType(added, GP.StateVisit)).isEmpty();
        assertThat(ask(added, """
                ASK { ?e a gp:SanctionsImposition ; gp:imposedBy id:org\\/european-union ; gp:sanctionTarget id:country\\/russia ;
                         gp:reason "its actions in Ukraine"@en ; gp:cameoCode cameo:163 ; gp:factuality gp:asserted ;
                         schema:startDate "2024-06-17"^^xsd:date ; schema:name "Sanctions on Russia by European Union"@en .
                      ?article schema:about ?e ; dcterms:subject iptc:20000642 .
                      FILTER NOT EXISTS { ?e gp:sanctionTarget id:country\\/ukraine } }
                """)).isTrue();
    }

    @Test
    void aVisitThatCouldHappenIsHypotheticalAndNotWhatTheArticleIsAbout() {
        Model added = events(article("could").published(WEDNESDAY)
                .sentence("Russian President Vladimir Putin could visit Pyongyang later this year, officials said.",
                        "Russian", "country/russia", "Vladimir Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang"));

        assertThat(ask(added, """
                ASK { ?e a gp:StateVisit ; gp:factuality gp:hypothetical ; schema:name "Possible state visit of Vladimir Putin to North Korea"@en .
                      FILTER(STRENDS(STR(?e), "-hypothetical"))
                      FILTER NOT EXISTS { ?a schema:about ?e } }
                """)).isTrue();
    }

    @Test
    void aDeniedVisitIsDenied() {
        Model added = events(article("denied").published(WEDNESDAY)
                .sentence("The Kremlin denied that Russian President Vladimir Putin would visit Pyongyang this month.",
                        "Russian", "country/russia", "Vladimir Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang"));

        assertThat(ask(added, "ASK { ?e a gp:StateVisit ; gp:factuality gp:denied }")).isTrue();
        assertThat(ask(added, "ASK { ?e a gp:StateVisit ; gp:factuality gp:asserted }")).isFalse();
    }

    @Test
    void oneVisitInTwoArticlesHasOneIri() {
        Model first = events(article("first").published(WEDNESDAY)
                .sentence("Russian President Vladimir Putin arrived in Pyongyang on Tuesday for a rare visit.",
                        "Russian", "country/russia", "Vladimir Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang"));
        Model second = events(article("second").published(LocalDate.of(2024, 6, 21))
                .sentence("Putin landed in Pyongyang on June 18, his first trip to North Korea in 24 years.",
                        "Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang", "North Korea", "country/north-korea"));

        assertThat(eventsOfType(first, GP.StateVisit))
                .containsExactly(ArticleFixture.id("event/state-visit-vladimir-putin-north-korea-2024-06-18"))
                .isEqualTo(eventsOfType(second, GP.StateVisit));
    }

    @Test
    void theHostComesFromANearbySentence() {
        Model added = events(article("host")
                .sentence("Russian President Vladimir Putin has arrived in Pyongyang.",
                        "Russian", "country/russia", "Vladimir Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang")
                .sentence("He later held talks with North Korean leader Kim Jong Un.",
                        "North Korean", "country/north-korea", "Kim Jong Un", "person/kim-jong-un"));

        assertThat(ask(added, """
                ASK { ?e a gp:StateVisit ; gp:visitor id:person\\/vladimir-putin ; gp:host id:person\\/kim-jong-un ;
                         gp:evidence ?s1, ?s2 . FILTER(?s1 != ?s2) }
                """)).isTrue();
    }

    @Test
    void talksNeedTwoCountries() {
        Model added = events(article("talks")
                .sentence("Chinese President Xi Jinping held talks with Vladimir Putin in Beijing.",
                        "Chinese", "country/china", "Xi Jinping", "person/xi-jinping", "Vladimir Putin", "person/vladimir-putin",
                        "Beijing", "place/beijing")
                .sentence("Putin met with Foreign Minister Sergei Lavrov in Moscow.",
                        "Putin", "person/vladimir-putin", "Sergei Lavrov", "person/sergei-lavrov", "Moscow", "place/moscow"));

        assertThat(ask(added, """
                ASK { ?e a gp:BilateralTalks ; gp:sourceActor id:person\\/xi-jinping ; gp:targetActor id:person\\/vladimir-putin ;
                         gp:sourceCountry id:country\\/china ; gp:targetCountry id:country\\/russia ; gp:cameoCode cameo:040 }
                """)).isTrue();
        assertThat(eventsOfType(added, GP.BilateralTalks)).hasSize(1);
    }

    @Test
    void criticismNeedsACriticInOfficeOnThePublicationDay() {
        ArticleFixture fixture = article("scholz")
                .sentence("German Chancellor Olaf Scholz condemned Russia over the strikes on Kyiv.",
                        "German", "country/germany", "Olaf Scholz", "person/olaf-scholz", "Russia", "country/russia", "Kyiv", "place/kyiv");

        Model inOffice = events(fixture.published(WEDNESDAY));
        assertThat(ask(inOffice, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:person\\/olaf-scholz ; gp:targetActor id:country\\/russia ;
                         gp:sourceCountry id:country\\/germany ; gp:cameoCode cameo:111 ; gp:factuality gp:asserted }
                """)).isTrue();

        Model outOfOffice = events(fixture.published(LocalDate.of(2025, 6, 1)));
        assertThat(ask(outOfOffice, "ASK { ?e a gp:Criticism ; gp:sourceActor id:person\\/olaf-scholz }")).isFalse();
    }

    @Test
    void criticismFromANounNeedsSomeoneItIsAbout() {
        Model added = events(article("noun")
                .sentence("Such cooperation would be highly controversial, likely drawing sharp criticism from the international community.",
                        "international community", "org/international-community"));

        assertThat(eventsOfType(added, GP.Criticism)).as("no dyad, no subject: nobody is criticised").isEmpty();
    }

    @Test
    void criticismFromTheFromPhraseFallsOnTheSubject() {
        Model added = events(article("faced").published(WEDNESDAY)
                .sentence("Russia faced criticism from the European Union over the strikes.",
                        "Russia", "country/russia", "European Union", "org/european-union"));

        assertThat(ask(added, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:org\\/european-union ; gp:targetActor id:country\\/russia ;
                         gp:cameoCode cameo:111 ; gp:factuality gp:asserted }
                """)).isTrue();
        assertThat(eventsOfType(added, GP.Criticism)).hasSize(1);
    }

    @Test
    void aDemonymBeforeTheNounIsTheCriticAndTheTwoLeadersAreTheDyad() {
        Model added = events(article("western").published(WEDNESDAY)
                .sentence("Russian President Vladimir Putin arrived in Pyongyang on Tuesday.",
                        "Russian", "country/russia", "Vladimir Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang")
                .sentence("The leaders aim to bolster bilateral ties as they face increasing Western criticism and U.S.-led sanctions.",
                        "Western", "org/the-west", "U.S.", "country/united-states")
                .sentence("Such cooperation would be highly controversial, likely drawing sharp criticism from the international community.",
                        "international community", "org/international-community"));

        for (String country : List.of("russia", "north-korea")) {
            assertThat(ask(added, "ASK { ?e a gp:Criticism ; gp:sourceActor id:org\\/the-west ; gp:targetCountry id:country\\/"
                    + country + " ; gp:factuality gp:background }")).as("the West criticises " + country).isTrue();
            assertThat(ask(added, "ASK { ?e a gp:Criticism ; gp:sourceActor id:org\\/international-community ; gp:targetCountry id:country\\/"
                    + country + " ; gp:factuality gp:hypothetical }")).as("the international community may criticise " + country).isTrue();
        }
    }

    @Test
    void criticismOfNamesTheCriticised() {
        Model added = events(article("of").published(WEDNESDAY)
                .sentence("The summit in Pyongyang was held amid Chinese criticism of Germany.",
                        "Pyongyang", "place/pyongyang", "Chinese", "country/china", "Germany", "country/germany"));

        assertThat(ask(added, "ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/china ; gp:targetActor id:country\\/germany }"))
                .isTrue();
        assertThat(eventsOfType(added, GP.Criticism)).hasSize(1);
    }

    @Test
    void theNounAloneIsNoCriticism() {
        Model added = events(article("said-criticism").published(WEDNESDAY)
                .sentence("Germany said the criticism from Russia was unfounded.",
                        "Germany", "country/germany", "Russia", "country/russia")
                .sentence("Iran faced questions from Venezuela about the criticism.",
                        "Iran", "country/iran", "Venezuela", "country/venezuela"));

        assertThat(eventsOfType(added, GP.Criticism)).isEmpty();
    }

    @Test
    void theSubjectOfARelativeClauseCriticisesWhatItHangsOn() {
        Model added = events(article("relative").published(WEDNESDAY)
                .sentence("The European Union has kept a monitoring mission on the Ukrainian side of the border, a presence that Moscow has repeatedly criticised.",
                        "European Union", "org/european-union", "Ukrainian", "country/ukraine", "Moscow", "place/moscow"));

        assertThat(ask(added, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/russia ; gp:targetActor id:org\\/european-union ;
                         gp:factuality gp:background }
                """)).isTrue();
        assertThat(eventsOfType(added, GP.Criticism)).hasSize(1);
    }

    @Test
    void aRelativeClauseWhoseSubjectDoesNotCriticiseIsNoCriticism() {
        Model added = events(article("relative-not").published(WEDNESDAY)
                .sentence("Germany rejected the plan that Russia proposed, which was criticised at the summit.",
                        "Germany", "country/germany", "Russia", "country/russia"));

        assertThat(eventsOfType(added, GP.Criticism)).isEmpty();
    }

    @Test
    void aSanctionsRegimeIsBackgroundWithItsImposerAndReason() {
        Model added = events(article("regime")
                .sentence("North Korea, under stringent international sanctions due to its nuclear and missile programs, is in dire need of economic support.",
                        "North Korea", "country/north-korea"));

        assertThat(ask(added, """
                ASK { id:event\\/sanctions-regime-north-korea a gp:SanctionsRegime ; gp:sanctionTarget id:country\\/north-korea ;
                         gp:imposedBy id:org\\/international-community ; gp:reason "its nuclear and missile programs"@en ;
                         gp:factuality gp:background .
                      FILTER NOT EXISTS { ?a schema:about ?e } }
                """)).isTrue();
        assertThat(eventsOfType(added, GP.SanctionsImposition)).isEmpty();
    }

    @Test
    void liftedSanctionsAreNoImpositionButTellOfTheLiftersRegimeAsBackground() {
        Model added = events(article("eased").published(WEDNESDAY)
                .sentence("The United States eased sanctions on Venezuela on Tuesday.",
                        "United States", "country/united-states", "Venezuela", "country/venezuela"));

        assertThat(eventsOfType(added, GP.SanctionsImposition)).isEmpty();
        assertThat(ask(added, """
                ASK { ?e a gp:GeopoliticalEvent ; gp:cameoCode cameo:085 ; gp:sourceActor id:country\\/united-states ;
                         gp:targetActor id:country\\/venezuela ; schema:startDate "2024-06-18"^^xsd:date }
                """)).isTrue();
        assertThat(ask(added, """
                ASK { id:event\\/sanctions-regime-venezuela a gp:SanctionsRegime ; gp:imposedBy id:country\\/united-states ;
                         gp:sanctionTarget id:country\\/venezuela ; gp:factuality gp:background }
                """)).isTrue();
    }

    @Test
    void aCommaInsideANumberDoesNotEndTheClauseThatSaysSince() {
        Model since = events(article("since-number").published(WEDNESDAY)
                .sentence("The United States has now sanctioned more than 3,000 Russian individuals and entities since Moscow annexed Crimea in 2014, many of them with allies.",
                        "United States", "country/united-states", "Russian", "country/russia", "Moscow", "place/moscow"));
        Model now = events(article("now-number").published(WEDNESDAY)
                .sentence("The United States on Tuesday sanctioned 3,000 Russian individuals and entities, many of them officials.",
                        "United States", "country/united-states", "Russian", "country/russia"));

        assertThat(eventsOfType(since, GP.SanctionsImposition)).isEmpty();
        assertThat(ask(since, """
                ASK { ?e a gp:SanctionsRegime ; gp:imposedBy id:country\\/united-states ; gp:sanctionTarget id:country\\/russia ;
                         gp:factuality gp:background }
                """)).isTrue();
        assertThat(ask(now, """
                ASK { ?e a gp:SanctionsImposition ; gp:imposedBy id:country\\/united-states ; gp:sanctionTarget id:country\\/russia ;
                         gp:factuality gp:asserted }
                """)).isTrue();
    }

    @Test
    void aNamedRegimeTakesTheReasonItsSentenceGives() {
        Model why = events(article("named-why").published(WEDNESDAY)
                .sentence("The entities had been designated under Germany's Iran sanctions regime, which was set up to punish the violent crackdown on protesters in 2022.",
                        "Germany", "country/germany", "Iran", "country/iran"));
        Model plain = events(article("named-plain").published(WEDNESDAY)
                .sentence("The entities had been designated under Germany's Iran sanctions regime in 2022.",
                        "Germany", "country/germany", "Iran", "country/iran"));

        assertThat(ask(why, """
                ASK { ?e a gp:SanctionsRegime ; gp:imposedBy id:country\\/germany ; gp:sanctionTarget id:country\\/iran ;
                         gp:factuality gp:background ; gp:reason "the violent crackdown on protesters in 2022"@en }
                """)).isTrue();
        assertThat(ask(plain, "ASK { ?e a gp:SanctionsRegime ; gp:imposedBy id:country\\/germany ; gp:sanctionTarget id:country\\/iran }")).isTrue();
        assertThat(ask(plain, "ASK { ?e gp:reason ?r }")).isFalse();
    }

    @Test
    void freezingAssetsOfACountrysOfficialsImposesSanctionsOnTheDayOfTheLede() {
        Model added = events(article("freeze").published(WEDNESDAY)
                .sentence("EU freezes assets of Iranian officials over abuses", "EU", "org/european-union", "Iranian", "country/iran")
                .sentence("Five officers had their assets in the European Union frozen on Tuesday, after ministers agreed.",
                        "European Union", "org/european-union"));
        Model passive = events(article("frozen").published(WEDNESDAY)
                .sentence("Iranian officials had their assets in Germany frozen on Tuesday.", "Iranian", "country/iran", "Germany", "country/germany"));

        assertThat(ask(added, """
                ASK { ?e a gp:SanctionsImposition ; gp:imposedBy id:org\\/european-union ; gp:sanctionTarget id:country\\/iran ;
                         gp:factuality gp:asserted ; schema:startDate "2024-06-18"^^xsd:date }
                """)).isTrue();
        assertThat(eventsOfType(passive, GP.SanctionsImposition)).as("a passive names no imposer before the verb").isEmpty();
        Model reason = events(article("freeze-over").published(WEDNESDAY)
                .sentence("Germany freezes assets of Iranian firms over North Korean missiles",
                        "Germany", "country/germany", "Iranian", "country/iran", "North Korean", "country/north-korea"));
        assertThat(ask(reason, "ASK { ?e a gp:SanctionsImposition ; gp:sanctionTarget id:country\\/iran }")).isTrue();
        assertThat(ask(reason, "ASK { ?e a gp:SanctionsImposition ; gp:sanctionTarget id:country\\/north-korea }"))
                .as("named in the reason, not a target").isFalse();
    }

    @Test
    void aCapitalAfterSanctionsOnIsItsCountryUnlessItSaysWhere() {
        Model capital = events(article("on-moscow").published(WEDNESDAY)
                .sentence("Its sanctions on Moscow, over the invasion of Ukraine, stay in force.",
                        "Its", "org/european-union", "Moscow", "place/moscow", "Ukraine", "country/ukraine"));
        Model where = events(article("in-moscow").published(WEDNESDAY)
                .sentence("The European Union's sanctions on Iran were agreed in Moscow.",
                        "European Union", "org/european-union", "Iran", "country/iran", "Moscow", "place/moscow"));

        assertThat(ask(capital, """
                ASK { ?e a gp:SanctionsRegime ; gp:imposedBy id:org\\/european-union ; gp:sanctionTarget id:country\\/russia ;
                         gp:factuality gp:background ; gp:reason "the invasion of Ukraine"@en }
                """)).isTrue();
        assertThat(ask(where, "ASK { ?e a gp:SanctionsRegime ; gp:sanctionTarget id:country\\/iran }")).isTrue();
        assertThat(ask(where, "ASK { ?e gp:sanctionTarget id:country\\/russia }")).as("where they were agreed").isFalse();
    }

    @Test
    void aCountryFirstTargetedWithSanctionsYearsAgoIsUnderTheImposersRegime() {
        Model first = events(article("first-targeted").published(WEDNESDAY)
                .sentence("Moscow first targeted Iran's government with sanctions in 2006 and broadened them in 2020.",
                        "Moscow", "place/moscow", "Iran", "country/iran"));
        Model now = events(article("now-targeted").published(WEDNESDAY)
                .sentence("Moscow on Tuesday targeted Iran's government with sanctions.",
                        "Moscow", "place/moscow", "Iran", "country/iran"));

        assertThat(ask(first, """
                ASK { ?e a gp:SanctionsRegime ; gp:imposedBy id:country\\/russia ; gp:sanctionTarget id:country\\/iran ;
                         gp:factuality gp:background }
                """)).isTrue();
        assertThat(eventsOfType(first, GP.SanctionsImposition)).isEmpty();
        assertThat(eventsOfType(now, GP.SanctionsRegime)).as("an act of today is no regime").isEmpty();
    }

    @Test
    void punitiveMeasuresBeingLiftedAreARegimeAndOtherMeasuresAreNot() {
        Model lifted = events(article("measures").published(WEDNESDAY)
                .sentence("The European Union on Thursday began lifting the punitive measures it imposed on Iran two years ago.",
                        "European Union", "org/european-union", "Iran", "country/iran"));
        Model health = events(article("health-measures").published(WEDNESDAY)
                .sentence("The European Union on Thursday began lifting the health measures it imposed on travellers from Iran.",
                        "European Union", "org/european-union", "Iran", "country/iran"));

        assertThat(ask(lifted, """
                ASK { ?e a gp:SanctionsRegime ; gp:imposedBy id:org\\/european-union ; gp:sanctionTarget id:country\\/iran ;
                         gp:factuality gp:background }
                """)).isTrue();
        assertThat(eventsOfType(lifted, GP.SanctionsImposition)).isEmpty();
        assertThat(eventsOfType(health, GP.SanctionsRegime)).isEmpty();
        assertThat(eventsOfType(health, GP.GeopoliticalEvent)).isEmpty();
    }

    @Test
    void aSignedTreatyIsAnAgreementWithItsDomains() {
        Model added = events(article("treaty").published(WEDNESDAY)
                .sentence("Putin and Kim signed a treaty on military and economic cooperation on Wednesday.",
                        "Putin", "person/vladimir-putin", "Kim", "person/kim-jong-un"));

        assertThat(ask(added, """
                ASK { ?e a gp:CooperationAgreement ; gp:cameoCode cameo:057 ; gp:cooperationDomain gp:military, gp:economic ;
                         gp:sourceCountry id:country\\/north-korea ; gp:targetCountry id:country\\/russia ;
                         schema:startDate "2024-06-19"^^xsd:date .
                      ?article dcterms:subject iptc:20000641, iptc:20000598 }
                """)).isTrue();
    }

    @Test
    void theSeedSentencesGiveTheDesignedEvents() {
        Model added = events(SeedFixtures.putinInPyongyang());

        assertThat(ask(added, """
                ASK {
                  ?visit a gp:StateVisit ; gp:visitor id:person\\/vladimir-putin ; gp:host id:person\\/kim-jong-un ;
                     gp:sourceCountry id:country\\/russia ; gp:targetCountry id:country\\/north-korea ; schema:location id:place\\/pyongyang ;
                     gp:factuality gp:asserted .
                  ?talks a gp:BilateralTalks ; gp:cooperationDomain gp:economic, gp:energy, gp:food, gp:technology, gp:military, gp:cyber .
                  ?nk a gp:SanctionsRegime ; gp:sanctionTarget id:country\\/north-korea ; gp:reason "its nuclear and missile programs"@en ;
                     gp:imposedBy id:country\\/united-states ; gp:factuality gp:background .
                  ?ru a gp:SanctionsRegime ; gp:sanctionTarget id:country\\/russia ; gp:reason "its actions in Ukraine"@en ;
                     gp:imposedBy id:org\\/the-west .
                  ?article schema:about ?visit, id:country\\/russia, id:country\\/north-korea ;
                     schema:contentLocation id:place\\/pyongyang ; dcterms:subject iptc:20000639 .
                  FILTER NOT EXISTS { ?article schema:about ?nk }
                }
                """)).isTrue();
        assertThat(eventsOfType(added, GP.StateVisit)).hasSize(1);
        // "likely drawing sharp criticism from the international community": of both sides of the visit, maybe.
        assertThat(ask(added, """
                ASK { ?ru a gp:Criticism ; gp:sourceActor id:org\\/international-community ; gp:targetCountry id:country\\/russia ;
                         gp:factuality gp:hypothetical .
                      ?nk a gp:Criticism ; gp:sourceActor id:org\\/international-community ; gp:targetCountry id:country\\/north-korea ;
                         gp:factuality gp:hypothetical . }
                """)).isTrue();
        assertThat(ask(added, "ASK { ?e a gp:Criticism ; gp:sourceActor ?a . FILTER(?a NOT IN (id:org\\/international-community, id:org\\/the-west)) }"))
                .isFalse();
        assertThat(eventsOfType(added, GP.SanctionsImposition)).isEmpty();
    }

    @Test
    void functionsAreNotRegisteredGlobally() {
        events(SeedFixtures.putinInPyongyang());

        assertThat(FunctionRegistry.get().isRegistered(NG.NAMESPACE + "eventIri")).isFalse();
        assertThat(FunctionRegistry.get().isRegistered(NG.NAMESPACE + "hasTrigger")).isFalse();
    }

    @Test
    void aRuleThatDoesNotParseIsNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("10-broken.rq"), "# Broken on purpose.\nCONSTRUCT { ?s ?p } WHERE { }\n");

        assertThatThrownBy(() -> new EventRules(ArticleFixture.gazetteer(), dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10-broken.rq");
    }

    @Test
    void twoRuleFilesOfOneNameAreRefusedWithBothNamed(@TempDir Path dir) throws IOException {
        String rule = "# Everything, on purpose.\nCONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }\n";
        Files.writeString(dir.resolve("00-mentions.rq"), rule);
        Files.writeString(dir.resolve("01-mentions.rq"), rule);

        assertThatThrownBy(() -> new EventRules(ArticleFixture.gazetteer(), dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("00-mentions.rq and 01-mentions.rq");
    }

    @Test
    void aRuleWithoutAHeaderIsRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("10-silent.rq"), "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }\n");

        assertThatThrownBy(() -> new EventRules(ArticleFixture.gazetteer(), dir))
                .hasMessageContaining("must start with a comment");
    }

    @Test
    void talksNamedInEitherOrderKeepEachSideOnOneSide() {
        Model added = events(article("talks-both-orders").published(WEDNESDAY)
                .sentence("Russian President Vladimir Putin held talks with North Korean leader Kim Jong Un on Wednesday.",
                        "Russian", "country/russia", "Vladimir Putin", "person/vladimir-putin",
                        "North Korean", "country/north-korea", "Kim Jong Un", "person/kim-jong-un")
                .sentence("Kim and Putin held talks on Wednesday on energy and food.",
                        "Kim", "person/kim-jong-un", "Putin", "person/vladimir-putin"));

        List<Resource> talks = eventsOfType(added, GP.BilateralTalks);
        assertThat(talks).hasSize(1);
        assertThat(added.filter(talks.get(0), GP.sourceActor, null).objects())
                .containsExactly(ArticleFixture.id("person/kim-jong-un"));
        assertThat(added.filter(talks.get(0), GP.targetActor, null).objects())
                .containsExactly(ArticleFixture.id("person/vladimir-putin"));
        assertThat(added.filter(talks.get(0), GP.evidence, null)).hasSize(2);
    }

    @Test
    void anEventWithOneActorOnBothSidesIsDropped() {
        Model model = new LinkedHashModel();
        Resource lopsided = ArticleFixture.id("event/talks-a");
        Resource sound = ArticleFixture.id("event/talks-b");
        Resource article = ArticleFixture.id("article/a");
        for (Resource event : List.of(lopsided, sound)) {
            model.add(event, RDF.TYPE, GP.BilateralTalks);
            model.add(event, GP.factuality, Values.iri(GP.NAMESPACE, "asserted"));
            model.add(event, GP.sourceActor, ArticleFixture.id("person/vladimir-putin"));
            model.add(event, GP.targetActor, ArticleFixture.id("person/kim-jong-un"));
            model.add(article, SCHEMA.about, event);
        }
        model.add(lopsided, GP.targetActor, ArticleFixture.id("person/vladimir-putin"));

        EventRules.dropOneSidedEvents(model);

        assertThat(model.filter(lopsided, null, null)).isEmpty();
        assertThat(model.filter(null, null, lopsided)).isEmpty();
        assertThat(model.filter(sound, null, null)).hasSize(4);
    }

    @Test
    void whatTheArticleIsAboutIsNotAlsoAMention() {
        MappingContext context = article("about-not-mentions").published(WEDNESDAY)
                .sentence("Russian President Vladimir Putin arrived in Pyongyang on Tuesday.",
                        "Russian", "country/russia", "Vladimir Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang")
                .context();
        for (String entity : List.of("country/russia", "person/vladimir-putin", "place/pyongyang")) {
            context.model().add(context.articleIri(), SCHEMA.mentions, ArticleFixture.id(entity));
        }

        events(context);

        Model model = context.model();
        assertThat(model.contains(context.articleIri(), SCHEMA.about, ArticleFixture.id("country/russia"))).isTrue();
        assertThat(model.contains(context.articleIri(), SCHEMA.mentions, ArticleFixture.id("country/russia"))).isFalse();
        assertThat(model.contains(context.articleIri(), SCHEMA.mentions, ArticleFixture.id("person/vladimir-putin"))).isTrue();
    }

    @Test
    void theCapitalNearestAfterTheVerbIsTheCriticised() {
        Model added = events(article("capitals").published(WEDNESDAY)
                .sentence("Germany accused Moscow of siding with Pyongyang on Tuesday.",
                        "Germany", "country/germany", "Moscow", "place/moscow", "Pyongyang", "place/pyongyang"));

        assertThat(ask(added, "ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/germany ; gp:targetActor id:country\\/russia }"))
                .isTrue();
        assertThat(ask(added, "ASK { ?e a gp:Criticism ; gp:targetActor id:country\\/north-korea }")).isFalse();
    }

    @Test
    void anEventIsDatedByTheDateNearestItsTrigger() {
        Model added = events(article("nearest-date").published(WEDNESDAY)
                .sentence("After the strikes on Monday, Germany condemned Russia on Tuesday.",
                        "Germany", "country/germany", "Russia", "country/russia"));

        assertThat(ask(added, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/germany ; schema:startDate "2024-06-18"^^xsd:date }
                """)).isTrue();
        assertThat(ask(added, "ASK { ?e a gp:Criticism ; schema:startDate \"2024-06-17\"^^xsd:date }")).isFalse();
    }

    @Test
    void whoeverHostsTalksBetweenTwoSidesIsNoSide() {
        Model added = events(article("mediator").published(WEDNESDAY)
                .sentence("Russian President Vladimir Putin has hosted several rounds of talks between Chinese and German ministers.",
                        "Russian", "country/russia", "Vladimir Putin", "person/vladimir-putin", "Chinese", "country/china",
                        "German", "country/germany"));

        assertThat(ask(added, """
                ASK { ?e a gp:BilateralTalks ; gp:sourceCountry id:country\\/china ; gp:targetCountry id:country\\/germany ;
                         gp:factuality gp:background }
                """)).isTrue();
        assertThat(eventsOfType(added, GP.BilateralTalks)).hasSize(1);

        Model direct = events(article("host-talks").published(WEDNESDAY)
                .sentence("Russian President Vladimir Putin held talks with Chinese ministers.",
                        "Russian", "country/russia", "Vladimir Putin", "person/vladimir-putin", "Chinese", "country/china"));
        assertThat(ask(direct, "ASK { ?e a gp:BilateralTalks ; gp:sourceCountry id:country\\/china ; gp:targetCountry id:country\\/russia }"))
                .as("without 'between', the host is a side").isTrue();
    }

    @Test
    void theTwoPresidentsAreTheArticlesOneDyad() {
        ArticleFixture fixture = article("two-presidents").published(WEDNESDAY)
                .sentence("Russian President Vladimir Putin arrived in Pyongyang on Tuesday.",
                        "Russian", "country/russia", "Vladimir Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang")
                .sentence("On Wednesday the two presidents signed an agreement on military cooperation.");
        Model added = events(fixture);

        assertThat(ask(added, """
                ASK { ?e a gp:CooperationAgreement ; gp:sourceCountry id:country\\/north-korea ; gp:targetCountry id:country\\/russia ;
                         gp:cooperationDomain gp:military }
                """)).isTrue();

        Model thirdParty = events(article("two-presidents-and-china").published(WEDNESDAY)
                .sentence("Russian President Vladimir Putin arrived in Pyongyang on Tuesday.",
                        "Russian", "country/russia", "Vladimir Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang")
                .sentence("On Wednesday the two presidents of China and Germany signed an agreement.",
                        "China", "country/china", "Germany", "country/germany"));
        assertThat(ask(thirdParty, "ASK { ?e a gp:CooperationAgreement ; gp:sourceCountry|gp:targetCountry id:country\\/russia }"))
                .as("the sentence names other sides than the dyad's")
                .isFalse();
    }

    @Test
    void aCountryFarFromItsPersonIsAnActorOfItsOwn() {
        Model added = events(article("far").published(WEDNESDAY)
                .sentence("Russia and China said on Wednesday they intended to work together on trade, and officials said Xi Jinping could visit Moscow later this year.",
                        "Russia", "country/russia", "China", "country/china", "Xi Jinping", "person/xi-jinping", "Moscow", "place/moscow"));

        assertThat(ask(added, """
                ASK { ?e a gp:CooperationIntent ; gp:factuality gp:asserted ; gp:cooperationDomain gp:trade ;
                         gp:sourceCountry id:country\\/china ; gp:targetCountry id:country\\/russia ; schema:startDate "2024-06-19"^^xsd:date }
                """)).isTrue();
    }

    @Test
    void whatTalksAreAboutOrWhereTheyAreIsNoSide() {
        Model added = events(article("topic").published(WEDNESDAY)
                .sentence("Putin and Xi Jinping held talks on Tuesday on military support for Ukraine.",
                        "Putin", "person/vladimir-putin", "Xi Jinping", "person/xi-jinping", "Ukraine", "country/ukraine")
                .sentence("Lavrov held talks on Monday with Xi Jinping in Beijing.",
                        "Lavrov", "person/sergei-lavrov", "Xi Jinping", "person/xi-jinping", "Beijing", "place/beijing"));

        assertThat(ask(added, "ASK { ?e a gp:BilateralTalks ; gp:sourceCountry|gp:targetCountry id:country\\/ukraine }")).isFalse();
        assertThat(ask(added, """
                ASK { ?e a gp:BilateralTalks ; gp:sourceActor|gp:targetActor id:person\\/sergei-lavrov ;
                         gp:sourceActor|gp:targetActor id:person\\/xi-jinping ; schema:startDate "2024-06-17"^^xsd:date }
                """)).isTrue();
    }

    @Test
    void aPronounBeforeTheVerbIsTheCriticNotTheNearestName() {
        Model added = events(article("pronoun").published(WEDNESDAY)
                .sentence("Germany imposed sanctions on Russia, targeting officials it accuses of helping Iran.",
                        "Germany", "country/germany", "Russia", "country/russia", "Iran", "country/iran")
                .sentence("The European Union said it condemned Russia over the strikes.",
                        "European Union", "org/european-union", "Russia", "country/russia")
                .sentence("The United States urged China to condemn Iran.",
                        "United States", "country/united-states", "China", "country/china", "Iran", "country/iran"));

        assertThat(ask(added, "ASK { ?e a gp:Criticism ; gp:targetActor id:country\\/iran }")).isFalse();
        assertThat(ask(added, "ASK { ?e a gp:Criticism ; gp:sourceActor id:org\\/european-union ; gp:targetActor id:country\\/russia }")).isTrue();
    }

    @Test
    void criticismOfTheMoveIsCriticismOfWhoMadeIt() {
        Model added = events(article("move").published(WEDNESDAY)
                .sentence("The European Union imposed new sanctions on Iran on Monday.",
                        "European Union", "org/european-union", "Iran", "country/iran")
                .sentence("Iran condemned the move on Tuesday.", "Iran", "country/iran"));
        Model alone = events(article("alone").published(WEDNESDAY)
                .sentence("Beijing condemned the move on Tuesday.", "Beijing", "place/beijing"));

        assertThat(ask(added, """
                ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/iran ; gp:targetActor id:org\\/european-union ;
                         schema:startDate "2024-06-18"^^xsd:date ; prov:wasGeneratedBy id:rule\\/criticism-of-act }
                """)).isTrue();
        assertThat(alone.filter(null, RDF.TYPE, GP.Criticism)).isEmpty();
    }

    @Test
    void sanctionsHeldBySomeoneAreABackgroundRegime() {
        Model added = events(article("held").published(WEDNESDAY)
                .sentence("Germany has refused to join the European Union's sanctions against Iran.",
                        "Germany", "country/germany", "European Union", "org/european-union", "Iran", "country/iran")
                .sentence("The United States and Germany already maintain broad sanctions on Venezuela.",
                        "United States", "country/united-states", "Germany", "country/germany", "Venezuela", "country/venezuela"));
        Model imposed = events(article("imposed").published(WEDNESDAY)
                .sentence("The European Union imposed sanctions on Iran on Monday.",
                        "European Union", "org/european-union", "Iran", "country/iran"));

        assertThat(ask(added, """
                ASK { ?e a gp:SanctionsRegime ; gp:factuality gp:background ; gp:imposedBy id:org\\/european-union ;
                         gp:sanctionTarget id:country\\/iran . FILTER NOT EXISTS { ?e gp:imposedBy id:country\\/germany } }
                """)).isTrue();
        assertThat(ask(added, """
                ASK { ?e a gp:SanctionsRegime ; gp:imposedBy id:country\\/united-states, id:country\\/germany ;
                         gp:sanctionTarget id:country\\/venezuela }
                """)).isTrue();
        assertThat(imposed.filter(null, RDF.TYPE, GP.SanctionsRegime)).isEmpty();
    }

    @Test
    void anUndatedMentionOfAnEventDatedOnceIsThatEvent() {
        Model once = events(article("once").published(WEDNESDAY)
                .sentence("Putin visits North Korea.", "Putin", "person/vladimir-putin", "North Korea", "country/north-korea")
                .sentence("Putin arrived in Pyongyang on Tuesday.", "Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang"));
        Model twice = events(article("twice").published(WEDNESDAY)
                .sentence("Putin arrived in Pyongyang on Monday.", "Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang")
                .sentence("Putin arrived in Pyongyang on June 10 too.", "Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang")
                .sentence("Putin visits North Korea.", "Putin", "person/vladimir-putin", "North Korea", "country/north-korea"));

        assertThat(eventsOfType(once, GP.StateVisit))
                .containsExactly(ArticleFixture.id("event/state-visit-vladimir-putin-north-korea-2024-06-18"));
        assertThat(once.filter(null, GP.evidence, null)).hasSize(2);
        assertThat(eventsOfType(twice, GP.StateVisit)).hasSize(3);
    }

    @Test
    void aContractNotSignedIsNoAgreement() {
        Model added = events(article("unsigned").published(WEDNESDAY)
                .sentence("Putin and Xi Jinping discussed a possible order for Chinese trucks, but no contract was signed.",
                        "Putin", "person/vladimir-putin", "Xi Jinping", "person/xi-jinping", "Chinese", "country/china"));

        assertThat(eventsOfType(added, GP.CooperationAgreement)).isEmpty();
    }

    @Test
    void aHeadlineEventTakesTheDayTheLedeGivesIt() {
        Model added = events(article("lede").published(WEDNESDAY)
                .sentence("Germany condemns Russia over strikes", "Germany", "country/germany", "Russia", "country/russia")
                .sentence("Foreign ministers on Tuesday condemned Russia for the strikes on Kyiv.", "Russia", "country/russia", "Kyiv", "place/kyiv"));
        Model speculative = events(article("lede-speculative").published(WEDNESDAY)
                .sentence("Germany could condemn Russia over strikes", "Germany", "country/germany", "Russia", "country/russia")
                .sentence("Foreign ministers on Tuesday condemned Russia for the strikes on Kyiv.", "Russia", "country/russia", "Kyiv", "place/kyiv"));

        assertThat(eventsOfType(added, GP.Criticism))
                .containsExactly(ArticleFixture.id("event/criticism-germany-russia-2024-06-18"));
        assertThat(ask(added, "ASK { ?e a gp:Criticism ; schema:startDate \"2024-06-18\"^^xsd:date }")).isTrue();
        assertThat(ask(speculative, "ASK { ?e a gp:Criticism ; schema:startDate ?d }")).isFalse();
    }

    @Test
    void aVisitOfAnEarlierYearIsBackgroundAndAPassiveCriticNoTarget() {
        Model added = events(article("past").published(WEDNESDAY)
                .sentence("The pact builds on Putin's state visit to Pyongyang in June 2023.",
                        "Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang")
                .sentence("Xi Jinping travelled to Moscow, a trip condemned by Ukraine.",
                        "Xi Jinping", "person/xi-jinping", "Moscow", "place/moscow", "Ukraine", "country/ukraine"));

        assertThat(ask(added, "ASK { ?e a gp:StateVisit ; gp:visitor id:person\\/vladimir-putin ; gp:factuality gp:background }")).isTrue();
        assertThat(ask(added, "ASK { ?e a gp:Criticism ; gp:targetActor id:country\\/ukraine }")).isFalse();
    }

    @Test
    void aMinistersTripIsNoStateVisit() {
        Model added = events(article("minister").published(WEDNESDAY)
                .sentence("Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Tuesday.",
                        "Russian", "country/russia", "Sergei Lavrov", "person/sergei-lavrov", "Pyongyang", "place/pyongyang"));

        assertThat(eventsOfType(added, GP.StateVisit)).isEmpty();
    }

    @Test
    void criticismByParticipleOrComplaintAndNotFromWhereItIsSaid() {
        Model added = events(article("participle").published(WEDNESDAY)
                .sentence("Germany shot back on Tuesday, accusing Iran of lying.", "Germany", "country/germany", "Iran", "country/iran")
                .sentence("Xi Jinping complained that Moscow's curbs hurt China.",
                        "Xi Jinping", "person/xi-jinping", "Moscow", "place/moscow", "China", "country/china")
                .sentence("Russia's embassy in Beijing condemned the measures.",
                        "Russia", "country/russia", "Beijing", "place/beijing"));

        assertThat(ask(added, "ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/germany ; gp:targetActor id:country\\/iran }")).isTrue();
        assertThat(ask(added, "ASK { ?e a gp:Criticism ; gp:sourceActor id:person\\/xi-jinping ; gp:targetActor id:country\\/russia }")).isTrue();
        assertThat(ask(added, "ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/china }")).isFalse();
    }

    @Test
    void aSanctionsRegimeNamedByHolderAndTarget() {
        Model added = events(article("named").published(WEDNESDAY)
                .sentence("The firms were listed under the European Union's Iran sanctions regime.",
                        "European Union", "org/european-union", "Iran", "country/iran")
                .sentence("The measures add to a United States sanctions regime for Venezuela.",
                        "United States", "country/united-states", "Venezuela", "country/venezuela"));

        assertThat(ask(added, """
                ASK { ?e a gp:SanctionsRegime ; gp:factuality gp:background ; gp:imposedBy id:org\\/european-union ; gp:sanctionTarget id:country\\/iran }
                """)).isTrue();
        assertThat(ask(added, """
                ASK { ?e a gp:SanctionsRegime ; gp:imposedBy id:country\\/united-states ; gp:sanctionTarget id:country\\/venezuela }
                """)).isTrue();
    }

    @Test
    void intentsToLiftTradeOrOpenNegotiationsAndAVisitThatMightReturn() {
        Model added = events(article("intent-more").published(WEDNESDAY)
                .sentence("Russia and China pledged to lift two-way trade to $300 billion by 2030.",
                        "Russia", "country/russia", "China", "country/china")
                .sentence("Germany and Iran agreed on Tuesday to open negotiations on a trade pact.",
                        "Germany", "country/germany", "Iran", "country/iran")
                .sentence("Putin might return to Pyongyang next year.", "Putin", "person/vladimir-putin", "Pyongyang", "place/pyongyang"));

        assertThat(ask(added, "ASK { ?e a gp:CooperationIntent ; gp:sourceCountry id:country\\/china ; gp:targetCountry id:country\\/russia ; gp:cooperationDomain gp:trade }")).isTrue();
        assertThat(ask(added, "ASK { ?e a gp:CooperationIntent ; gp:sourceCountry id:country\\/germany ; gp:targetCountry id:country\\/iran }")).isTrue();
        assertThat(ask(added, "ASK { ?e a gp:StateVisit ; gp:visitor id:person\\/vladimir-putin ; gp:factuality gp:hypothetical }")).isTrue();
    }

    @Test
    void theSubjectMayStandFartherFromTalks() {
        Model added = events(article("far-talks").published(WEDNESDAY)
                .sentence("Putin was welcomed with a long ceremony at the Kumsusan palace of the sun on Wednesday morning before holding talks with Xi Jinping.",
                        "Putin", "person/vladimir-putin", "Xi Jinping", "person/xi-jinping"));

        assertThat(ask(added, "ASK { ?e a gp:BilateralTalks ; gp:sourceActor id:person\\/xi-jinping ; gp:targetActor id:person\\/vladimir-putin }"))
                .isTrue();
    }

    @Test
    void clausesTellWhoVisitsMeetsAndIsCriticised() {
        Model visit = events(article("far-visit").published(WEDNESDAY)
                .sentence("Russian President Vladimir Putin was received by Kim Jong Un at the Kumsusan palace on Tuesday, a day after arriving in Pyongyang on a state visit.",
                        "Russian", "country/russia", "Vladimir Putin", "person/vladimir-putin", "Kim Jong Un", "person/kim-jong-un",
                        "Pyongyang", "place/pyongyang"));
        Model protest = events(article("protest").published(WEDNESDAY)
                .sentence("China lodged a protest with Germany after Chancellor Olaf Scholz met the Dalai Lama.",
                        "China", "country/china", "Germany", "country/germany", "Olaf Scholz", "person/olaf-scholz")
                .sentence("China condemned a 2020 trip to Ukraine by a German senator.",
                        "China", "country/china", "Ukraine", "country/ukraine", "German", "country/germany"));

        assertThat(ask(visit, "ASK { ?e a gp:StateVisit ; gp:visitor id:person\\/vladimir-putin ; gp:targetCountry id:country\\/north-korea }")).isTrue();
        assertThat(eventsOfType(protest, GP.BilateralTalks)).isEmpty();
        assertThat(ask(protest, "ASK { ?e a gp:Criticism ; gp:targetActor id:country\\/ukraine }")).isFalse();
        assertThat(ask(protest, "ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/china ; gp:targetActor id:country\\/germany }")).isTrue();
    }

    @Test
    void aVisitToACountryIsInItsOneCityAndCloserCooperationIsAnIntent() {
        Model added = events(article("city").published(WEDNESDAY)
                .sentence("Russian President Vladimir Putin arrived in North Korea on Tuesday and was welcomed at the palace in Pyongyang.",
                        "Russian", "country/russia", "Vladimir Putin", "person/vladimir-putin", "North Korea", "country/north-korea",
                        "Pyongyang", "place/pyongyang")
                .sentence("Russia and North Korea pledged closer cooperation on maritime security.",
                        "Russia", "country/russia", "North Korea", "country/north-korea"));

        assertThat(ask(added, "ASK { ?e a gp:StateVisit ; schema:location id:place\\/pyongyang }")).isTrue();
        assertThat(ask(added, "ASK { ?e a gp:CooperationIntent ; gp:cooperationDomain gp:security }")).isTrue();
    }

    @Test
    void talksCalledNegotiationsOnceHaveOneCameoCode() {
        Model added = events(article("codes").published(WEDNESDAY)
                .sentence("Putin held talks with Xi Jinping on Tuesday.", "Putin", "person/vladimir-putin", "Xi Jinping", "person/xi-jinping")
                .sentence("Putin negotiated with Xi Jinping on Tuesday.",
                        "Putin", "person/vladimir-putin", "Xi Jinping", "person/xi-jinping"));

        assertThat(eventsOfType(added, GP.BilateralTalks)).hasSize(1);
        assertThat(added.filter(null, GP.cameoCode, null).objects()).containsExactly(Values.iri("https://w3id.org/newsgraph/cameo/046"));
    }

    @Test
    void aBackgroundMentionIsNotMergedIntoTheDatedActAndAnAndVerbHasTheSubject() {
        Model added = events(article("background-act").published(WEDNESDAY)
                .sentence("Iran on Tuesday condemned Germany over the raids.", "Iran", "country/iran", "Germany", "country/germany")
                .sentence("Iran has repeatedly condemned Germany over its ties to Israel.", "Iran", "country/iran", "Germany", "country/germany")
                .sentence("The Russian embassy said the measures by a German court were hostile, and accused Ukraine of lying.",
                        "Russian", "country/russia", "German", "country/germany", "Ukraine", "country/ukraine"));

        assertThat(ask(added, "ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/iran ; gp:factuality gp:background }")).isTrue();
        assertThat(ask(added, "ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/iran ; gp:factuality gp:asserted ; schema:startDate \"2024-06-18\"^^xsd:date }")).isTrue();
        assertThat(ask(added, "ASK { ?e a gp:Criticism ; gp:sourceActor id:country\\/russia ; gp:targetActor id:country\\/ukraine }")).isTrue();
    }

    @Test
    void anAgreementOfAnEarlierYearIsAnotherEventThanTheDaysAgreementOfThePair() {
        Model added = events(article("two-agreements").published(WEDNESDAY)
                .sentence("Germany and China sign defence pact", "Germany", "country/germany", "China", "country/china")
                .sentence("Germany and China signed a defence agreement on Tuesday.", "Germany", "country/germany", "China", "country/china")
                .sentence("Germany and China signed an agreement on shipping in 2018.", "Germany", "country/germany", "China", "country/china"));
        Resource headline = ArticleFixture.id("article/two-agreements/text#char=0,35");
        Resource dated = ArticleFixture.id("article/two-agreements/text#char=36,92");
        Resource earlier = ArticleFixture.id("article/two-agreements/text#char=93,151");

        assertThat(eventsOfType(added, GP.CooperationAgreement)).hasSize(2);
        Resource day = ArticleFixture.id("event/cooperation-agreement-china-germany-2024-06-18");
        Resource past = ArticleFixture.id("event/cooperation-agreement-china-germany-past");
        assertThat(added.filter(day, GP.factuality, null).objects()).containsExactly(Values.iri(GP.NAMESPACE, "asserted"));
        assertThat(added.filter(day, GP.evidence, null).objects())
                .as("the headline's undated mention still merges into the day's agreement")
                .containsExactlyInAnyOrder(headline, dated);
        assertThat(added.filter(past, GP.factuality, null).objects()).containsExactly(Values.iri(GP.NAMESPACE, "background"));
        assertThat(added.filter(past, GP.evidence, null).objects()).containsExactly(earlier);
        assertThat(added.contains(past, SCHEMA.startDate, null)).as("the lede's day is not the background's").isFalse();
    }

    @Test
    void theDaysAgreementThatBuildsOnAnEarlierDealStaysTheDaysAgreement() {
        Model added = events(article("builds-on").published(WEDNESDAY)
                .sentence("Germany and China signed an agreement on Tuesday that builds on their 2018 deal.",
                        "Germany", "country/germany", "China", "country/china"));

        assertThat(ask(added, """
                ASK { ?e a gp:CooperationAgreement ; gp:factuality gp:asserted ; schema:startDate "2024-06-18"^^xsd:date }
                """)).isTrue();
        assertThat(ask(added, "ASK { ?e a gp:CooperationAgreement ; gp:factuality gp:background }")).isFalse();
    }

    @Test
    void anUndatedBackgroundMentionMergesIntoItsDatedBackgroundEvent() {
        Model model = new LinkedHashModel();
        Resource dated = ArticleFixture.id("event/cooperation-agreement-china-germany-2018-03-01");
        Resource undated = ArticleFixture.id("event/cooperation-agreement-china-germany-past");
        Resource days = ArticleFixture.id("event/cooperation-agreement-china-germany-2024-06-18");
        Resource today = ArticleFixture.id("event/cooperation-agreement-china-germany");
        model.add(dated, GP.factuality, Values.iri(GP.NAMESPACE, "background"));
        model.add(dated, SCHEMA.startDate, Values.literal(LocalDate.of(2018, 3, 1)));
        model.add(undated, GP.factuality, Values.iri(GP.NAMESPACE, "background"));
        model.add(undated, GP.evidence, ArticleFixture.id("article/a/text#char=0,10"));
        model.add(days, GP.factuality, Values.iri(GP.NAMESPACE, "asserted"));
        model.add(days, SCHEMA.startDate, Values.literal(WEDNESDAY.minusDays(1)));
        model.add(today, GP.factuality, Values.iri(GP.NAMESPACE, "asserted"));
        model.add(today, GP.evidence, ArticleFixture.id("article/a/text#char=20,30"));

        EventRules.mergeUndatedIntoDated(model);

        assertThat(model.filter(dated, GP.evidence, null).objects()).containsExactly(ArticleFixture.id("article/a/text#char=0,10"));
        assertThat(model.filter(days, GP.evidence, null).objects()).containsExactly(ArticleFixture.id("article/a/text#char=20,30"));
        assertThat(model.filter(undated, null, null)).isEmpty();
    }
}
