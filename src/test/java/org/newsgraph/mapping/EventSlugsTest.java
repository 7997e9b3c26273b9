package org.newsgraph.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.newsgraph.vocab.GP;

class EventSlugsTest {

    private static final String JAPAN = "http://example.org/id/country/japan";
    private static final String INDIA = "http://example.org/id/country/india";

    private static String slug(String... parts) {
        return EventSlugs.slug(Arrays.asList(parts));
    }

    @Test
    void anUndatedBackgroundEventIsMarkedPastAndTheDaysIsNot() {
        String agreement = GP.CooperationAgreement.stringValue();

        assertThat(slug(agreement, INDIA, JAPAN, null, GP.NAMESPACE + "background"))
                .isEqualTo("cooperation-agreement-india-japan-past");
        assertThat(slug(agreement, INDIA, JAPAN, null, GP.NAMESPACE + "asserted"))
                .isEqualTo("cooperation-agreement-india-japan");
        assertThat(slug(agreement, INDIA, JAPAN, null, GP.NAMESPACE + "reported"))
                .isEqualTo("cooperation-agreement-india-japan");
    }

    @Test
    void aDatedBackgroundEventNeedsNoMark() {
        assertThat(slug(GP.StateVisit.stringValue(), JAPAN, INDIA, "2018-03-01", GP.NAMESPACE + "background"))
                .isEqualTo("state-visit-japan-india-2018-03-01");
    }

    @Test
    void thePastMarkIsGivenOnceEvenWhenARulePassesItToo() {
        assertThat(slug(GP.Criticism.stringValue(), JAPAN, INDIA, null, GP.NAMESPACE + "background", "past"))
                .isEqualTo("criticism-japan-india-past");
    }

    @Test
    void aSanctionsRegimeIsBackgroundByNatureAndUnmarked() {
        assertThat(slug(GP.SanctionsRegime.stringValue(), INDIA, GP.NAMESPACE + "background"))
                .isEqualTo("sanctions-regime-india");
    }
}
