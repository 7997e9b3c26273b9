package org.newsgraph.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.util.Values;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    private static final Literal EN = Values.literal("Vladimir Putin", "en");
    private static final Literal RU = Values.literal("Владимир Путин", "ru");
    private static final Literal DE = Values.literal("Wladimir Putin", "de-DE");
    private static final Literal PLAIN = Values.literal("V. Putin");

    @Test
    void theFirstRequestedLanguageThatHasALiteralWins() {
        Languages languages = Languages.of("fr;q=0.9, ru;q=0.8, en;q=0.5");
        assertThat(languages.best(List.of(EN, RU, DE))).contains(RU);
    }

    @Test
    void aBareTagMatchesARegionalLiteralAndTheOtherWayRound() {
        assertThat(Languages.of("de").best(List.of(EN, DE))).contains(DE);
        assertThat(Languages.of("ru-RU").best(List.of(EN, RU))).contains(RU);
    }

    @Test
    void fallsBackToEnglishThenUntaggedThenAny() {
        assertThat(Languages.of("ja").best(List.of(RU, EN, PLAIN))).contains(EN);
        assertThat(Languages.of("ja").best(List.of(RU, PLAIN))).contains(PLAIN);
        assertThat(Languages.of("ja").best(List.of(RU))).contains(RU);
    }

    @Test
    void weightsOrderTheRangesAndZeroRefuses() {
        assertThat(Languages.of("en;q=0.1, ru").preferred()).containsExactly("ru", "en");
        assertThat(Languages.of("ru;q=0, de").best(List.of(RU, DE))).contains(DE);
    }

    @Test
    void aMissingOrMalformedHeaderMeansEnglish() {
        assertThat(Languages.of(null)).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.of("  ")).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.of("en;q=zzz,,;;")).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.of(null).best(List.of(RU, EN))).contains(EN);
    }

    @Test
    void onlyLiteralsCount() {
        List<Value> values = List.of(Values.iri("http://example.org/x"), Values.bnode());
        assertThat(Languages.ENGLISH.best(values)).isEmpty();
    }

    @Test
    void theCacheKeyDiffersByLanguage() {
        assertThat(Languages.of("ru").key()).isNotEqualTo(Languages.of("de").key());
        assertThat(Languages.of(null).key()).isEqualTo("en");
    }
}
