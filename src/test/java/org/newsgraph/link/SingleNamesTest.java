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

/** One-word names after a country and a title, through {@link EntityLinker}. */
class SingleNamesTest {

    @BeforeAll
    static void loadFixture() throws IOException, URISyntaxException {
        EntityLinkerTest.loadFixture();
    }

    @Test
    void oneWordAfterACountryAndATitleIsAWholeName() {
        Linking linking = link("Ruto and Brazilian Foreign Minister Sugiono were among those present. Sugiono spoke first.");
        IRI sugiono = id("person", "sugiono");
        assertThat(linking.minted()).extracting(MintedPerson::name).containsExactly("Sugiono");
        assertThat(linking.positions()).extracting(Position::holder, Position::roleName, Position::jurisdiction)
                .containsExactly(tuple(sugiono, "Foreign Minister", id("country", "brazil")));
        assertThat(linking.mentions()).filteredOn(m -> m.entity().equals(sugiono)).hasSize(2);
    }

    @Test
    void oneWordIsNoNameWithoutACountryOrWhenItIsADayOrSomeonesSurname() {
        assertThat(link("Foreign Minister Sugiono was present.").minted()).as("no country before the title").isEmpty();
        assertThat(link("The talks were over, Kenyan President Monday said.").minted()).isEmpty();
        assertThat(link("Brazilian Foreign Minister Sugiono's visit ended.").minted()).extracting(MintedPerson::name)
                .containsExactly("Sugiono");
        Linking putin = link("Russian President Putin met Japanese Prime Minister Kishida.");
        assertThat(putin.minted()).as("surnames of the gazetteer's people").isEmpty();
        assertThat(putin.mentions()).extracting(Mention::entity)
                .contains(id("person", "vladimir-putin"), id("person", "fumio-kishida"));
        assertThat(link("Japanese Prime Minister EU said.").minted()).isEmpty();
        assertThat(link("The Brazilian Foreign Minister said no.").minted()).isEmpty();
    }
}
