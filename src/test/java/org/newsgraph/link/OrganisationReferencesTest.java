package org.newsgraph.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.newsgraph.link.EntityLinkerTest.id;
import static org.newsgraph.link.EntityLinkerTest.link;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OrganisationReferencesTest {

    @BeforeAll
    static void loadFixture() throws Exception {
        EntityLinkerTest.loadFixture();
    }

    private static List<Mention> references(String text) {
        return link(text).mentions().stream().filter(m -> m.kind() == MatchKind.ORGANISATION_REFERENCE).toList();
    }

    @Test
    void theOrganisationIsTheOneNamedJustBefore() {
        String text = "A spokesman rejected the AU decision and accused the organisation of \"double standards\".";
        assertThat(references(text))
                .extracting(Mention::anchor, Mention::entity, Mention::charBegin)
                .containsExactly(tuple("the organisation", id("org", "african-union"), text.indexOf("the organisation")));
    }

    @Test
    void theBlocIsTheNearestUnionOfStatesNotTheNearestOrganisation() {
        assertThat(references("EU ministers met. Kallas said the bloc could reimpose sanctions."))
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(tuple("the bloc", id("org", "european-union")));
        assertThat(references("The EU met after the UN spoke. The 27-nation bloc's envoys left."))
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(tuple("The 27-nation bloc", id("org", "european-union")));
        assertThat(references("The EU met after the UN spoke. The organisation said so."))
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(tuple("The organisation", id("org", "united-nations")));
    }

    @Test
    void aBlocIsTakenUpFurtherOnThanAnyOrganisation() {
        assertThat(references("The EU met. Rain fell. Wind blew. The bloc said so."))
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(tuple("The bloc", id("org", "european-union")));
    }

    @Test
    void aModifierMustFitTheOrganisation() {
        assertThat(references("The African Union met. The pan-African body said it would act. The Brussels-based bloc did not."))
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(tuple("The pan-African body", id("org", "african-union")));
        assertThat(references("NATO met. The alliance said it would act, as did the Western alliance."))
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(tuple("The alliance", id("org", "north-atlantic-treaty-organisation")));
        assertThat(references("The African Union met. The West African bloc said it would act.")).isEmpty();
    }

    @Test
    void otherBodiesUnionsAndAlliancesAreNone() {
        assertThat(references("The EU met. Police said the body was found near the lake.")).isEmpty();
        assertThat(references("The EU met. The body of the victim was found.")).isEmpty();
        assertThat(references("The EU met. The trade union said its members would strike.")).isEmpty();
        assertThat(references("The EU met. The dockers' union called a strike, and the union said it would last.")).isEmpty();
        assertThat(references("NATO met. The ruling alliance lost its majority.")).isEmpty();
        assertThat(references("The EU met. The union between the two parties held.")).isEmpty();
        assertThat(references("The EU met. The bloc ECOWAS said so.")).isEmpty();
        assertThat(references("The UN met. The bloc said so.")).isEmpty();
    }

    @Test
    void nothingWhenNoOrganisationWasNamedJustBefore() {
        assertThat(references("The bloc said so. The EU met.")).isEmpty();
        assertThat(references("The West condemned it. The organisation said so.")).isEmpty();
        assertThat(references("The EU met. Rain fell. Wind blew. Snow came. The organisation said so.")).isEmpty();
        assertThat(references("The EU met. Rain fell. Wind blew. Snow came. Hail fell. The bloc said so.")).isEmpty();
    }
}
