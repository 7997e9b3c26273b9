package org.newsgraph.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.newsgraph.link.EntityLinkerTest.id;
import static org.newsgraph.link.EntityLinkerTest.link;

import java.io.IOException;
import java.net.URISyntaxException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Names described by an appositive or a relative clause after their comma, through {@link EntityLinker}. */
class AppositivesTest {

    @BeforeAll
    static void loadFixture() throws IOException, URISyntaxException {
        EntityLinkerTest.loadFixture();
    }

    @Test
    void aRoleAfterAnArticleOrAnOwnerMakesTheNameBeforeAPerson() {
        for (String text : new String[] {
                "\"It is over,\" said Brian Nelson, the Treasury's Under Secretary for Terrorism, in a statement.",
                "The row follows the arrest of Chinmoy Krishna Das, a Hindu monk charged with sedition.",
                "\"I pay more,\" said Haider Kadhim, a 41-year-old taxi driver and father of four.",
                "The remarks of Celso Amorim, Lula's chief foreign policy adviser, angered Caracas."}) {
            assertThat(link(text).minted()).as(text).hasSize(1);
            assertThat(link(text).positions()).as(text).isEmpty();
        }
    }

    @Test
    void aRoleOfSomethingWithoutAnArticleMakesTheNameBeforeAPerson() {
        assertThat(link("Kamchybek Tashiev, head of the security committee, led the talks.").minted())
                .extracting(MintedPerson::name).containsExactly("Kamchybek Tashiev");
        assertThat(link("It was signed by Zoe Robledo, director of the social security institute.").minted())
                .extracting(MintedPerson::name).containsExactly("Zoe Robledo");
        assertThat(link("Talks with Kamchybek Tashiev, head coach Carlo Ancelotti said, went well.").minted())
                .as("without \"of\" a role noun after the comma starts a clause of its own")
                .extracting(MintedPerson::name).containsExactly("Carlo Ancelotti");
    }

    @Test
    void aPoliticalRoleOwnedByACountryStatesAPositionThere() {
        assertThat(link("It was signed by Jurabek Mirzamahmudov, Kenya's energy minister, on Monday.").positions())
                .extracting(Position::holder, Position::roleName, Position::jurisdiction)
                .containsExactly(tuple(id("person", "jurabek-mirzamahmudov"), "energy minister", id("country", "kenya")));
        assertThat(link("It was signed by Ekperikpe Ekpo, Brazil's Minister of State for Petroleum Resources (Gas).").positions())
                .extracting(Position::roleName, Position::jurisdiction)
                .containsExactly(tuple("Minister of State for Petroleum Resources", id("country", "brazil")));
        assertThat(link("It was signed by Ekperikpe Ekpo, Kenya's favourite football coach.").positions())
                .as("a coach holds no office").isEmpty();
    }

    @Test
    void aRelativeClauseWithWhoMakesTheNameBeforeAPerson() {
        assertThat(link("\"We are patient people,\" says Tran Thi Mai, who manages a warehouse near Mariel.").minted())
                .extracting(MintedPerson::name).containsExactly("Tran Thi Mai");
        assertThat(link("It was signed by Minister of Culture Alessandro Giuli, who is on a visit.").minted())
                .as("the title before the name is no part of it")
                .extracting(MintedPerson::name).containsExactly("Alessandro Giuli");
    }

    @Test
    void noPersonWithoutAFullNameOrWithoutAPersonsRoleAfterTheComma() {
        for (String text : new String[] {
                "Mr Mwangi, who had travelled to follow the trial, was arrested.",
                "One of them said Prince Mohammed, who is also prime minister, could travel.",
                "Human Rights Watch, which monitors the trial, agreed.",
                "Human Rights Watch, a group whose director spoke, agreed.",
                "The Free Syrian Army, a rebel alliance, agreed.",
                "In New Delhi, the spokesman said the government was aware.",
                "On Monday, the minister said nothing.",
                "Real Madrid, the club, won.",
                "He was welcomed at Perdana Putra, the prime minister's office complex, on Tuesday.",
                "Georgian Dream, who won the vote, agreed."}) {
            assertThat(link(text).minted()).as(text).isEmpty();
        }
    }
}
