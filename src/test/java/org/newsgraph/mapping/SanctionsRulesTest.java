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
}
