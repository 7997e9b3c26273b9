package org.newsgraph.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.newsgraph.link.EntityLinkerTest.id;
import static org.newsgraph.link.EntityLinkerTest.link;

import java.io.IOException;
import java.net.URISyntaxException;
import java.time.LocalDate;

import org.eclipse.rdf4j.model.IRI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Titles without names that refer back to the people an article introduced, through {@link EntityLinker}. */
class RoleReferencesTest {

    private static final LocalDate DAY = LocalDate.of(2023, 5, 1);

    @BeforeAll
    static void loadFixture() throws IOException, URISyntaxException {
        EntityLinkerTest.loadFixture();
    }

    @Test
    void theTitleAloneIsTheOnePersonTheArticleIntroducedWithIt() {
        Linking linking = link("Brazilian President Jean Dupont met Japanese Prime Minister Fumio Kishida on Monday. "
                + "The president said he could travel to Tokyo.", DAY, "en");
        assertThat(linking.mentions())
                .extracting(Mention::anchor, Mention::entity, Mention::kind)
                .contains(tuple("president", id("person", "jean-dupont"), MatchKind.OFFICE_HOLDER));
    }

    @Test
    void thePremierIsThePrimeMinisterTheArticleIntroduced() {
        Linking linking = link("Brazilian President Jean Dupont met Japanese Prime Minister Fumio Kishida on Monday. "
                + "Dupont and the premier held talks.", DAY, "en");
        assertThat(linking.mentions())
                .extracting(Mention::anchor, Mention::entity)
                .contains(tuple("premier", id("person", "fumio-kishida")));
        assertThat(link("Brazilian President Jean Dupont met Japanese Foreign Minister Taro Yamada. Dupont and the premier held talks.",
                DAY, "en").mentions())
                .as("no prime minister introduced")
                .extracting(Mention::anchor).doesNotContain("premier");
    }

    @Test
    void theTitleAloneIsNobodyWhenTwoWereIntroducedWithIt() {
        Linking linking = link("Brazilian President Jean Dupont met Kenyan President Paul Martin on Monday. "
                + "The president said he could travel to Nairobi.", DAY, "en");
        assertThat(linking.mentions()).extracting(Mention::anchor).doesNotContain("president");
    }

    @Test
    void theTitleAloneIsNobodyBeforeAnyoneIsIntroducedWithIt() {
        Linking linking = link("The president said he could travel to Tokyo. Brazilian President Jean Dupont spoke later.", DAY, "en");
        assertThat(linking.mentions()).extracting(Mention::anchor).doesNotContain("president");
    }

    @Test
    void theOfficeNamedAfterATitleIsNoReferenceToItsHolder() {
        Linking linking = link("Brazilian President Jean Dupont met Kishida. The President's Office denied it; "
                + "the president of the bank did not.", DAY, "en");
        assertThat(linking.mentions()).extracting(Mention::anchor).doesNotContain("President", "president");
    }

    @Test
    void theLeaderOfACountryIsTheOneIntroducedThereEvenWhenTheGazetteerKnowsThem() {
        Linking linking = link("Japanese Prime Minister Fumio Kishida arrived in Moscow. The Japanese leader smiled.", DAY, "en");
        assertThat(linking.mentions())
                .extracting(Mention::anchor, Mention::entity)
                .contains(tuple("leader", id("person", "fumio-kishida")));
        assertThat(link("Russian President Vladimir Putin arrived in Moscow. The Japanese leader smiled.", DAY, "en").mentions())
                .extracting(Mention::anchor).doesNotContain("leader");
    }

    @Test
    void anUndatedHolderAfterAnUndatedChangeIsNoOfficeHolderOfTheDay() {
        assertThat(link("The Portuguese president said talks would go on.", DAY, "en").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .contains(tuple("president", id("person", "marcelo-rebelo-de-sousa")));
        assertThat(link("The Kenyan president said talks would go on.", DAY, "en").mentions())
                .extracting(Mention::anchor).doesNotContain("president");
    }

    @Test
    void aCountrysTitleBeforeACommaAndNoNameIsItsHolder() {
        Linking linking = link("One of them said Prince Akihito, who is also Japan's prime minister, could travel to Cairo.",
                LocalDate.of(2025, 1, 10), "en");
        assertThat(linking.mentions())
                .extracting(Mention::anchor, Mention::entity)
                .contains(tuple("prime minister", id("person", "shigeru-ishiba")));
    }

    @Test
    void aKnownPersonsShortNameBeforeARoleIsThatPersonButAPrefixOfAnotherNameIsNot() {
        Linking known = link("Portuguese President Marcelo Rebelo de Sousa arrived. "
                + "Rebelo de Sousa, a former law professor, spoke.", DAY, "en");
        IRI president = id("person", "marcelo-rebelo-de-sousa");
        assertThat(known.minted()).isEmpty();
        assertThat(known.mentions()).extracting(Mention::anchor, Mention::entity)
                .contains(tuple("Rebelo de Sousa", president));

        Linking other = link("Kim Jong Un spoke. Kim Yeon-hee, a forecaster at the agency, said rain would fall.", DAY, "en");
        assertThat(other.mentions()).extracting(Mention::anchor, Mention::entity)
                .contains(tuple("Kim Yeon-hee", id("person", "kim-yeon-hee")));
    }

    @Test
    void anHonorificAndAFirstNameAreThePersonTheHonorificFits() {
        Linking linking = link("Emirati Foreign Minister Abdullah bin Zayed met Kishida. Sheikh Abdullah could travel to Tokyo.", DAY, "en");
        assertThat(linking.mentions()).extracting(Mention::anchor, Mention::entity)
                .contains(tuple("Sheikh Abdullah", id("person", "abdullah-bin-zayed")));
        Linking kane = link("Kenyan President Harry Kane met Kishida. Prince Harry and Sheikh Harry could travel to Tokyo.", DAY, "en");
        assertThat(kane.mentions()).extracting(Mention::anchor).doesNotContain("Prince Harry", "Sheikh Harry");
    }
}
