package org.newsgraph.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.ModelBuilder;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.newsgraph.vocab.NG;

class TriggerLexiconTest {

    private static final IRI VISIT = Values.iri(NG.NAMESPACE, "TestVisitTrigger");

    @Test
    void aMatchStartsWithOneOfThePatternsFirstWords() {
        assertThat(TriggerLexicon.firstWords("state visit")).containsExactly("state");
        assertThat(TriggerLexicon.firstWords("(arrived|landed) in")).containsExactly("arrived", "landed");
        assertThat(TriggerLexicon.firstWords("(paid a|made) ... visit")).containsExactly("paid", "made");
    }

    @Test
    void aPatternStartingWithAGapHasNoFirstWord() {
        assertThat(TriggerLexicon.firstWords("... visit")).isEmpty();
    }

    @Test
    void thePatternsOfAConceptStillMatchWhereTheirFirstWordsAre() {
        Model triggers = new ModelBuilder()
                .subject(VISIT)
                .add(SKOS.PREF_LABEL, Values.literal("state visit", "en"))
                .add(SKOS.ALT_LABEL, Values.literal("(arrived|landed) in", "en"))
                .add(SKOS.ALT_LABEL, Values.literal("... to visit", "en"))
                .build();
        TriggerLexicon lexicon = TriggerLexicon.of(triggers);

        assertThat(lexicon.matches("Landed in Hanoi after a state visit to Laos, he went to visit Hue.", VISIT.stringValue()))
                .extracting(TriggerLexicon.Match::text)
                // "Landed" is looked for as "landed", as the sentence's first word is matched in lower case.
                .containsExactly("Landed in", "state visit", "visit to Laos, he went to visit");
        assertThat(lexicon.matches("The minister stayed at home.", VISIT.stringValue())).isEmpty();
    }

    @Test
    void aModalInTheQuotedChargeIsTheChargesNotTheCriticisms() {
        TriggerLexicon lexicon = TriggerLexicon.of(ArticleFixture.turtle("/rules/triggers.ttl"));
        String criticism = NG.NAMESPACE + "CriticismTrigger";

        assertThat(lexicon.factuality("Iran accused Germany of \"what may amount to complicity\" in the attack.", criticism))
                .isEqualTo(Values.iri("https://w3id.org/newsgraph/geopol#asserted"));
        assertThat(lexicon.factuality("Iran condemned Germany\u2019s \u201cpossible role\u201d in the attack.", criticism))
                .isEqualTo(Values.iri("https://w3id.org/newsgraph/geopol#asserted"));
    }

    @Test
    void aModalOutsideTheQuotationOrAQuotedConditionOfAnotherActStillCounts() {
        TriggerLexicon lexicon = TriggerLexicon.of(ArticleFixture.turtle("/rules/triggers.ttl"));

        assertThat(lexicon.factuality("Iran could accuse Germany of \"complicity\" in the attack.", NG.NAMESPACE + "CriticismTrigger"))
                .isEqualTo(Values.iri("https://w3id.org/newsgraph/geopol#hypothetical"));
        // a visit's quoted condition is the visit's: only a criticism quotes a charge
        assertThat(lexicon.factuality("Putin will visit Pyongyang \"if conditions allow\".", NG.NAMESPACE + "VisitTrigger"))
                .isEqualTo(Values.iri("https://w3id.org/newsgraph/geopol#hypothetical"));
    }

    @Test
    void aCriticismToldAsDoneBeforeIsBackgroundHoweverTheNewsroomSaysIt() {
        TriggerLexicon lexicon = TriggerLexicon.of(ArticleFixture.turtle("/rules/triggers.ttl"));
        String criticism = NG.NAMESPACE + "CriticismTrigger";
        IRI background = Values.iri("https://w3id.org/newsgraph/geopol#background");

        assertThat(lexicon.factuality("China has long accused Germany of meddling.", criticism)).isEqualTo(background);
        assertThat(lexicon.factuality("China has previously condemned Germany's arms sales.", criticism)).isEqualTo(background);
        assertThat(lexicon.factuality("In the past, China has criticised Germany's arms sales.", criticism)).isEqualTo(background);
        assertThat(lexicon.factuality("China has in the past criticised Germany's arms sales.", criticism)).isEqualTo(background);
    }

    @Test
    void aSpanUpToNowIsNoTimeBefore() {
        TriggerLexicon lexicon = TriggerLexicon.of(ArticleFixture.turtle("/rules/triggers.ttl"));
        String criticism = NG.NAMESPACE + "CriticismTrigger";
        IRI asserted = Values.iri("https://w3id.org/newsgraph/geopol#asserted");

        assertThat(lexicon.factuality("In the past week, China condemned Germany twice.", criticism)).isEqualTo(asserted);
        assertThat(lexicon.factuality("China condemned Germany twice in the past two days.", criticism)).isEqualTo(asserted);
    }
}
