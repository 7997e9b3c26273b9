package org.newsgraph.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.newsgraph.link.EntityLinkerTest.id;
import static org.newsgraph.link.EntityLinkerTest.link;

import java.io.IOException;
import java.net.URISyntaxException;

import org.eclipse.rdf4j.model.IRI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** People introduced by role phrases that are no gazetteer titles, through {@link EntityLinker}. */
class RolePatternsTest {

    @BeforeAll
    static void loadFixture() throws IOException, URISyntaxException {
        EntityLinkerTest.loadFixture();
    }

    @Test
    void aRoleNounAfterACountryAndOfficeWordsStatesAPosition() {
        Linking linking = link("Iranian Foreign Ministry spokesman Nasser Kanaani called it illegal. Kanaani said more.");
        IRI kanaani = id("person", "nasser-kanaani");
        assertThat(linking.mentions()).extracting(Mention::anchor, Mention::entity).containsExactly(
                tuple("Iranian", id("country", "iran")), tuple("Nasser Kanaani", kanaani), tuple("Kanaani", kanaani));
        assertThat(linking.positions()).containsExactly(new Position(
                id("position", "nasser-kanaani-foreign-ministry-spokesman-of-iran"), kanaani, "Foreign Ministry spokesman",
                id("country", "iran")));
    }

    @Test
    void aMinisterOfStateForSomethingEndsWhereTheNameWithParticlesStarts() {
        Linking linking = link("It was signed by Kenyan Trade Cabinet Secretary Lee Kinyanjui and Emirati Minister of State "
                + "for Foreign Trade Thani bin Ahmed Al Zeyoudi. Zeyoudi smiled.");
        IRI zeyoudi = id("person", "thani-bin-ahmed-al-zeyoudi");
        assertThat(linking.minted()).extracting(MintedPerson::name)
                .containsExactly("Lee Kinyanjui", "Thani bin Ahmed Al Zeyoudi");
        assertThat(linking.positions()).extracting(Position::holder, Position::roleName, Position::jurisdiction)
                .containsExactly(
                        tuple(id("person", "lee-kinyanjui"), "Trade Cabinet Secretary", id("country", "kenya")),
                        tuple(zeyoudi, "Minister of State for Foreign Trade", id("country", "united-arab-emirates")));
        assertThat(linking.mentions()).extracting(Mention::anchor, Mention::entity).contains(tuple("Zeyoudi", zeyoudi));
    }

    @Test
    void aRoleWithoutACountryOrOfNoPublicOfficeNamesAPersonWithoutAPosition() {
        for (String text : new String[] {"Kremlin spokesman Dmitry Peskov said no.", "Madrid coach Carlo Ancelotti smiled.",
                "It was close, government spokesman Patrick Muyaya said.", "Brazilian forward Vinícius Júnior scored."}) {
            Linking linking = link(text);
            assertThat(linking.minted()).as(text).hasSize(1);
            assertThat(linking.positions()).as(text).isEmpty();
        }
    }

    @Test
    void aCounterpartHoldsTheTitleOfThePersonNamedBeforeInTheCounterpartsCountry() {
        Linking linking = link("Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun Bayramov met.");
        assertThat(linking.positions()).extracting(Position::holder, Position::roleName, Position::jurisdiction)
                .containsExactly(
                        tuple(id("person", "ararat-mirzoyan"), "Foreign Minister", id("country", "armenia")),
                        tuple(id("person", "jeyhun-bayramov"), "Foreign Minister", id("country", "azerbaijan")));
        assertThat(link("The Azerbaijani counterpart said little.").minted()).isEmpty();
    }

    @Test
    void aNameInAppositionToARoleIsAPerson() {
        String text = "\"Rain will stay,\" said Kim Yeon-hee, a forecaster at the agency. Kim said more.";
        Linking linking = link(text);
        assertThat(linking.mentions())
                .as("the later Kim is not Kim Jong Un, whom the article does not name")
                .extracting(Mention::anchor, Mention::entity, Mention::charBegin)
                .containsExactly(tuple("Kim Yeon-hee", id("person", "kim-yeon-hee"), text.indexOf("Kim Yeon")));
        assertThat(linking.positions()).isEmpty();
        assertThat(link("Human Rights Watch, a group whose director spoke, agreed.").minted()).isEmpty();
        assertThat(link("Real Madrid, the club, won.").minted()).isEmpty();
    }

    @Test
    void aNameThatHoldsPowerIsAPerson() {
        assertThat(link("The army seized power from the elected government of Aung San Suu Kyi.").minted())
                .extracting(MintedPerson::name).containsExactly("Aung San Suu Kyi");
        assertThat(link("The vote returned Alexander Lukashenko to power.").minted())
                .extracting(MintedPerson::name).containsExactly("Alexander Lukashenko");
        assertThat(link("The government of National Unity and the government of Japan met.").minted()).isEmpty();
        assertThat(link("The administration of New South Wales agreed.").minted()).as("a place is no person").isEmpty();
        assertThat(link("The vote returned Alexander Lukashenko to office.").minted()).isEmpty();
    }

    @Test
    void capitalisedPhrasesWithoutAPersonContextAreNoPeople() {
        assertThat(link("A spokesman Monday Tuesday said no.").minted()).isEmpty();
        assertThat(link("The spokesman for the European Union said no.").minted()).isEmpty();
        assertThat(link("Foreign Ministry spokesman Wang said no.").minted()).as("one word is no full name").isEmpty();
        assertThat(link("English midfielder Premier League said no.").minted()).isEmpty();
        assertThat(link("Moscow coach Spartak Moscow said no.").minted()).as("a city is in no name").isEmpty();
        assertThat(link("Officials Carlo Ancelotti and Pedro Sánchez met.").minted()).isEmpty();
        assertThat(link("Chief Executive Officer Tim Cook spoke.").minted()).as("a role noun is no part of a name")
                .extracting(MintedPerson::name).containsExactly("Tim Cook");
        assertThat(link("The coach North Korea sent arrived.").minted()).isEmpty();
    }

    @Test
    void aRoleThatOwnsWhatFollowsIsNoRoleOfTheNameBefore() {
        assertThat(link("He was welcomed at Perdana Putra, the prime minister's office complex, on Tuesday.").minted())
                .isEmpty();
        assertThat(link("He was welcomed by Perdana Putra, the prime minister, on Tuesday.").minted())
                .extracting(MintedPerson::name).containsExactly("Perdana Putra");
    }

    @Test
    void honorificsBeforeTheNameAreNoPartOfIt() {
        assertThat(link("Minister of Public Health H E Dr. Hanan Mohamed Al Kuwari signed it.").minted())
                .extracting(MintedPerson::name).containsExactly("Hanan Mohamed Al Kuwari");
        assertThat(link("Minister of Public Health Hanan Mohamed Al Kuwari signed it.").minted())
                .extracting(MintedPerson::name).containsExactly("Hanan Mohamed Al Kuwari");
    }
}
