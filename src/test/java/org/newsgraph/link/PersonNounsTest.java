package org.newsgraph.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.newsgraph.link.EntityLinkerTest.id;
import static org.newsgraph.link.EntityLinkerTest.link;

import java.io.IOException;
import java.net.URISyntaxException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Relatives, plurals, "-ologists" and envoys' postings before names, through {@link EntityLinker}. */
class PersonNounsTest {

    @BeforeAll
    static void loadFixture() throws IOException, URISyntaxException {
        EntityLinkerTest.loadFixture();
    }

    @Test
    void aTieAfterItsOwnerNamesAPerson() {
        assertThat(link("Sanctions hit President Emmerson Mnangagwa, his wife Auxillia Mnangagwa and nine others.").minted())
                .extracting(MintedPerson::name).contains("Auxillia Mnangagwa");
        assertThat(link("In March, Putin's daughter Maria Vorontsova said little.").minted())
                .extracting(MintedPerson::name).containsExactly("Maria Vorontsova");
        assertThat(link("The five include Gomelauri's deputy Aleksandre Darakhvelidze.").minted())
                .extracting(MintedPerson::name).containsExactly("Aleksandre Darakhvelidze");
        assertThat(link("Sister Mary Joseph prayed.").minted()).as("no owner before the tie").isEmpty();
        assertThat(link("Its sister city Osaka signed.").minted()).isEmpty();
    }

    @Test
    void aPluralRoleNamesTheTwoPeopleItJoins() {
        assertThat(link("The government stripped 94 critics, including writers Sergio Ramírez and Gioconda Belli, of "
                + "their nationality.").minted())
                .extracting(MintedPerson::name).containsExactly("Sergio Ramírez", "Gioconda Belli");
        assertThat(link("Writers in Managua and Paris protested.").minted()).isEmpty();
        assertThat(link("It was a case of writers' block for Carlo Ancelotti.").minted()).isEmpty();
    }

    @Test
    void anOlogistIsAPerson() {
        assertThat(link("\"It is slowing,\" volcanologist Thorvaldur Thordarson of the University of Iceland said.").minted())
                .extracting(MintedPerson::name).containsExactly("Thorvaldur Thordarson");
    }

    @Test
    void anEnvoysPostingComesBetweenTheNounAndTheName() {
        assertThat(link("Ukraine's ambassador to France, Yulia Kovaliv, welcomed the listings.").positions())
                .extracting(Position::holder, Position::roleName, Position::jurisdiction)
                .containsExactly(tuple(id("person", "yulia-kovaliv"), "ambassador to France", id("country", "ukraine")));
        assertThat(link("Russia recalled its ambassador to France, Dana Erlich, for consultations.").minted())
                .extracting(MintedPerson::name).containsExactly("Dana Erlich");
        assertThat(link("Ukraine's ambassador to France, who arrived on Monday, spoke.").minted()).isEmpty();
        assertThat(link("Ukraine's ambassador to France said Carlo Ancelotti was right.").minted()).isEmpty();
    }

    @Test
    void whereThePersonIsFromIsNoPartOfTheName() {
        assertThat(link("He refused to blame the referee, France's Wayne Barnes.").minted())
                .extracting(MintedPerson::name).containsExactly("Wayne Barnes");
        assertThat(link("He refused to blame the referee, England's Wayne Barnes.").minted())
                .as("a place the gazetteer does not know").extracting(MintedPerson::name).containsExactly("Wayne Barnes");
    }

    @Test
    void aRoleNounAfterAModalOrASubjectIsAVerb() {
        assertThat(link("Fans say they judge Carlo Ancelotti harshly.").minted()).isEmpty();
        assertThat(link("Fans say the judge Carlo Ancelotti named was harsh.").minted())
                .extracting(MintedPerson::name).containsExactly("Carlo Ancelotti");
    }
}
