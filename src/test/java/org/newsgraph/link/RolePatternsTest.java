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
    void aCommissionerForInternationalPartnershipsEndsWherePartnershipsEnds() {
        Linking linking = link("It was signed by Kenyan Trade Cabinet Secretary Lee Kinyanjui and Kenyan Minister for "
                + "International Partnerships Jozef Sikela. Sikela smiled.");
        assertThat(linking.minted()).extracting(MintedPerson::name)
                .containsExactly("Lee Kinyanjui", "Jozef Sikela");
        assertThat(linking.positions()).extracting(Position::roleName)
                .contains("Minister for International Partnerships");
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
    void lowerCaseRoleNounsOfNoOfficeNameAPersonWithoutAPosition() {
        for (String text : new String[] {"Attorney General Maria Porras, prosecutor Rafael Curruchiche and judge Fredy "
                + "Orellana were listed.", "It followed the killing of Brazilian doctoral student Giulio Regeni in Cairo.",
                "It followed the killing of Sikh leader Hardeep Singh Nijjar.", "Opposition leader Tundu Lissu was tried.",
                "Russian journalist Agather Atuhaire remains in custody.", "The overthrow of dictator Mohamed Siad Barre.",
                "The opposition says its candidate Edmundo González won.", "He handed the trophy to captain Max-Alain Gradel."}) {
            assertThat(link(text).minted()).as(text).isNotEmpty();
            assertThat(link(text).positions()).as(text).isEmpty();
        }
        assertThat(link("Attorney General Maria Porras, prosecutor Rafael Curruchiche and judge Fredy Orellana were listed.")
                .minted()).extracting(MintedPerson::name).containsExactly("Maria Porras", "Rafael Curruchiche", "Fredy Orellana");
        assertThat(link("It was signed by Brazil's Attorney General Maria Porras.").positions())
                .extracting(Position::roleName).containsExactly("Attorney General");
        assertThat(link("Prosecutors in Guatemala City said no.").minted()).isEmpty();
        assertThat(link("The leader of the Opposition said no.").minted()).isEmpty();
        assertThat(link("The captain of Real Madrid scored.").minted()).isEmpty();
        assertThat(link("Student protests in Dhaka grew.").minted()).isEmpty();
        assertThat(link("The student Monday Tuesday said no.").minted()).isEmpty();
        assertThat(link("Officials In Paris said no.").minted()).isEmpty();
    }

    @Test
    void aLongOfficeAfterTheRoleNounEndsWhereTheNameStarts() {
        assertThat(link("It was signed by Brazilian Minister of Tourism and Antiquities Sherif Fathy.").positions())
                .extracting(Position::holder, Position::roleName, Position::jurisdiction)
                .containsExactly(tuple(id("person", "sherif-fathy"), "Minister of Tourism and Antiquities", id("country", "brazil")));
        assertThat(link("It was signed by Brazilian Minister of Tourism and Antiquities Sherif Fathy and French Minister of "
                + "Culture Alessandro Giuli, who is on a visit.").positions())
                .as("the office ends where the first name starts, not at the last office word of the sentence")
                .extracting(Position::holder, Position::roleName)
                .containsExactly(tuple(id("person", "sherif-fathy"), "Minister of Tourism and Antiquities"),
                        tuple(id("person", "alessandro-giuli"), "Minister of Culture"));
        assertThat(link("It was signed by Japan's Minister of Agriculture and Rural Development Le Minh Hoan.").positions())
                .extracting(Position::roleName).containsExactly("Minister of Agriculture and Rural Development");
        assertThat(link("Kenya was represented by its Minister of Health and Population, Pradip Paudel, in Doha.").minted())
                .extracting(MintedPerson::name).containsExactly("Pradip Paudel");
        assertThat(link("It was signed by Ukraine's Deputy Prime Minister and Minister of Digital Transformation "
                + "Mykhailo Fedorov.").minted()).extracting(MintedPerson::name).containsExactly("Mykhailo Fedorov");
        assertThat(link("China condemned a trip by the president of the Czech Senate, Milos Vystrcil.").minted())
                .extracting(MintedPerson::name).containsExactly("Milos Vystrcil");
        assertThat(link("The Minister of Foreign Affairs, said to be ill, stayed home.").minted()).isEmpty();
        assertThat(link("The Minister of Foreign Affairs said no.").minted()).isEmpty();
        assertThat(link("It was signed by Minister of Foreign Affairs Carlo Ancelotti, who smiled.").minted())
                .as("a name before the comma is no part of the office").extracting(MintedPerson::name)
                .containsExactly("Carlo Ancelotti");
    }

    @Test
    void aBareOfficeIsTheHomeCountrysOnlyWhenTheSentenceNamesNoOtherCountryBefore() {
        assertThat(link("TEHRAN (AP) — The talks were over, Vice President for Strategic Affairs Mohammad Javad Zarif said.")
                .positions()).extracting(Position::roleName, Position::jurisdiction)
                .containsExactly(tuple("Vice President for Strategic Affairs", id("country", "iran")));
        assertThat(link("TEHRAN (AP) — A US delegation led by Assistant Secretary of State for African Affairs Molly Phee left.")
                .positions()).isEmpty();
        assertThat(link("TEHRAN (AP) — No Iranian and American officials met, foreign ministry spokesman Esmaeil Baghaei said.")
                .positions()).extracting(Position::jurisdiction).containsExactly(id("country", "iran"));
        assertThat(link("TEHRAN (AP) — \"Russia's aggression must stop,\" government spokesman Esmaeil Baghaei said.")
                .positions()).as("a quotation's countries are the speaker's words").extracting(Position::jurisdiction)
                .containsExactly(id("country", "iran"));
    }

    @Test
    void aSentenceOpeningInAPlaceGivesABareOfficeThatPlacesCountry() {
        String lead = "TEHRAN (AP) — Iran and Iraq signed the deal on Monday. Iran hailed it.\n\n";
        assertThat(link(lead + "In Moscow, foreign ministry spokeswoman Maria Zakharova condemned the deal.").positions())
                .extracting(Position::jurisdiction).containsExactly(id("country", "russia"));
        assertThat(link(lead + "In Russia, foreign ministry spokeswoman Maria Zakharova condemned the deal.").positions())
                .extracting(Position::jurisdiction).containsExactly(id("country", "russia"));
        assertThat(link("Iran and Iraq signed the deal on Monday.\n\nIn Moscow, foreign ministry spokeswoman Maria Zakharova "
                + "condemned the deal.").positions()).as("no dateline: the sentence's place is enough")
                .extracting(Position::jurisdiction).containsExactly(id("country", "russia"));
        assertThat(link(lead + "In March, foreign ministry spokesman Esmaeil Baghaei condemned the deal.").positions())
                .as("a time, no place: the home country's").extracting(Position::jurisdiction).containsExactly(id("country", "iran"));
        assertThat(link(lead + "Later in Moscow, foreign ministry spokesman Esmaeil Baghaei condemned the deal.").positions())
                .as("only a sentence's opening place").extracting(Position::jurisdiction).containsExactly(id("country", "iran"));
    }

    @Test
    void aNameUnderAnOrganisationOrLedByARankedOfficerIsAPerson() {
        assertThat(link("Fighting erupted between the army and the European Union under Mohamed Hamdan Dagalo.").minted())
                .extracting(MintedPerson::name).containsExactly("Mohamed Hamdan Dagalo");
        assertThat(link("The officers, led by General Assimi Goita, tore up the deal.").minted())
                .extracting(MintedPerson::name).containsExactly("Assimi Goita");
        assertThat(link("The European Union acted under Article Five.").minted()).isEmpty();
        assertThat(link("Fighting erupted between the army and the RSF under Mohamed Hamdan Dagalo.").minted())
                .extracting(MintedPerson::name).containsExactly("Mohamed Hamdan Dagalo");
        assertThat(link("Fighting grew under Mohamed Hamdan Dagalo.").minted()).as("no group before \"under\"").isEmpty();
        assertThat(link("The team, led by Carlo Ancelotti, won.").minted()).as("no rank").isEmpty();
    }

    @Test
    void honorificsBeforeTheNameAreNoPartOfIt() {
        assertThat(link("Minister of Public Health H E Dr. Hanan Mohamed Al Kuwari signed it.").minted())
                .extracting(MintedPerson::name).containsExactly("Hanan Mohamed Al Kuwari");
        assertThat(link("Minister of Public Health Hanan Mohamed Al Kuwari signed it.").minted())
                .extracting(MintedPerson::name).containsExactly("Hanan Mohamed Al Kuwari");
    }
}
