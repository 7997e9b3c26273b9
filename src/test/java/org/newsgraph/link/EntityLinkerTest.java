package org.newsgraph.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.rdf4j.model.IRI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.article.Article;
import org.newsgraph.text.TextAnalysis;
import org.newsgraph.text.TextAnalyzer;
import org.newsgraph.vocab.SCHEMA;
import org.newsgraph.vocab.UriSpace;

class EntityLinkerTest {

    private static final UriSpace URIS = new UriSpace("http://example.org/");
    private static EntityLinker linker;

    @BeforeAll
    static void loadFixture() throws IOException, URISyntaxException {
        Path dir = Path.of(EntityLinkerTest.class.getResource("/gazetteer/fixture.ttl").toURI()).getParent();
        linker = new EntityLinker(Gazetteer.load(dir, URIS));
    }

    static Linking link(String text, LocalDate day, String language) {
        Article article = new Article("test", "test", null, text, "", List.of(), text, day, null, null, language);
        TextAnalysis analysis = new TextAnalysis(URIS.span("test", 0, text.codePointCount(0, text.length())), text,
                new TextAnalyzer().sentences(text));
        return linker.link(article, analysis, URIS);
    }

    static Linking link(String text) {
        return link(text, LocalDate.of(2024, 6, 19), "en");
    }

    static IRI id(String kind, String slug) {
        return URIS.id(kind, slug);
    }

    @Test
    void demonymTitleAndNameMintPeopleWithTheirPositions() {
        Linking linking = link("Brazilian President Luiz Inácio Lula da Silva met Iranian Foreign Minister Abbas Araghchi.");
        IRI lula = id("person", "luiz-inacio-lula-da-silva");
        IRI araghchi = id("person", "abbas-araghchi");
        assertThat(linking.mentions())
                .extracting(Mention::anchor, Mention::entity, Mention::kind)
                .containsExactly(
                        tuple("Brazilian", id("country", "brazil"), MatchKind.DEMONYM),
                        tuple("Luiz Inácio Lula da Silva", lula, MatchKind.TITLE_PATTERN),
                        tuple("Iranian", id("country", "iran"), MatchKind.DEMONYM),
                        tuple("Abbas Araghchi", araghchi, MatchKind.TITLE_PATTERN));
        assertThat(linking.minted()).containsExactly(
                new MintedPerson(lula, "Luiz Inácio Lula da Silva"), new MintedPerson(araghchi, "Abbas Araghchi"));
        assertThat(linking.positions()).containsExactly(
                new Position(id("position", "luiz-inacio-lula-da-silva-president-of-brazil"), lula, "President", id("country", "brazil")),
                new Position(id("position", "abbas-araghchi-foreign-minister-of-iran"), araghchi, "Foreign Minister", id("country", "iran")));
    }

    @Test
    void possessiveTitleCommaNamePatternAndLaterSurname() {
        Linking linking = link("France's foreign minister, Jean-Noël Barrot, arrived in Kyiv. Barrot said little.");
        IRI barrot = id("person", "jean-noel-barrot");
        assertThat(linking.mentions())
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(tuple("France", id("country", "france")), tuple("Jean-Noël Barrot", barrot),
                        tuple("Kyiv", id("place", "kyiv")), tuple("Barrot", barrot));
        assertThat(linking.positions()).extracting(Position::roleName, Position::jurisdiction)
                .containsExactly(tuple("Foreign Minister", id("country", "france")));
    }

    @Test
    void countryBeforeATitleIsNotPartOfALongerName() {
        assertThat(link("Talks ended.\n\nU.S. President Joe Biden spoke.").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(tuple("U.S.", id("country", "united-states")), tuple("Joe Biden", id("person", "joe-biden")));
    }

    @Test
    void articleTitleOutranksTheGazetteerOnlyWhenItSaysSomethingElse() {
        Linking linking = link("Russian President Vladimir Putin met North Korean leader Kim Jong Un.");
        assertThat(linking.mentions())
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(
                        tuple("Russian", id("country", "russia")),
                        tuple("Vladimir Putin", id("person", "vladimir-putin")),
                        tuple("North Korean", id("country", "north-korea")),
                        tuple("Kim Jong Un", id("person", "kim-jong-un")));
        assertThat(linking.minted()).isEmpty();
        assertThat(linking.positions()).containsExactly(new Position(id("position", "kim-jong-un-leader-of-north-korea"),
                id("person", "kim-jong-un"), "Leader", id("country", "north-korea")));
    }

    @Test
    void titleWithoutNameIsTheOfficeHolderOfThePublicationDay() {
        String text = "The Japanese prime minister said talks would go on.";
        assertThat(link(text, LocalDate.of(2023, 5, 1), "en").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .contains(tuple("prime minister", id("person", "fumio-kishida")));
        assertThat(link(text, LocalDate.of(2025, 1, 10), "en").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .contains(tuple("prime minister", id("person", "shigeru-ishiba")));
    }

    @Test
    void shortNamesLinkOnlyAfterTheFullName() {
        String text = "Summit\n\nKim waved. Then Kim Jong Un spoke, and Kim smiled. Vladimir Putin listened; Putin nodded.";
        Linking linking = link(text);
        assertThat(linking.mentions())
                .extracting(Mention::anchor, Mention::entity, Mention::charBegin)
                .containsExactly(
                        tuple("Kim Jong Un", id("person", "kim-jong-un"), text.indexOf("Kim Jong Un")),
                        tuple("Kim", id("person", "kim-jong-un"), text.indexOf("Kim smiled")),
                        tuple("Vladimir Putin", id("person", "vladimir-putin"), text.indexOf("Vladimir")),
                        tuple("Putin", id("person", "vladimir-putin"), text.indexOf("Putin nodded")));
    }

    @Test
    void headlineMayUseTheShortNameOfSomeoneTheArticleNamesInFull() {
        String text = "Putin Arrives In Pyongyang\n\nVladimir Putin landed on Tuesday.";
        assertThat(link(text).mentions())
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(
                        tuple("Putin", id("person", "vladimir-putin")),
                        tuple("Pyongyang", id("place", "pyongyang")),
                        tuple("Vladimir Putin", id("person", "vladimir-putin")));
    }

    @Test
    void capitalsSpeakForTheirCountriesOnlyAsSubjects() {
        assertThat(link("Beijing said it would respond. Seoul and Tokyo pledged closer ties.").mentions())
                .as("the city is named too")
                .extracting(Mention::anchor, Mention::entity, Mention::type)
                .containsExactly(
                        tuple("Beijing", id("country", "china"), SCHEMA.Country),
                        tuple("Beijing", id("place", "beijing"), SCHEMA.City),
                        tuple("Seoul", id("country", "south-korea"), SCHEMA.Country),
                        tuple("Seoul", id("place", "seoul"), SCHEMA.City),
                        tuple("Tokyo", id("country", "japan"), SCHEMA.Country),
                        tuple("Tokyo", id("place", "tokyo"), SCHEMA.City));
        assertThat(link("Washington warned Moscow after Putin arrived in Pyongyang.").mentions())
                .extracting(Mention::anchor, Mention::entity, Mention::type)
                .containsExactly(
                        tuple("Washington", id("country", "united-states"), SCHEMA.Country),
                        tuple("Washington", id("place", "washington-d-c"), SCHEMA.City),
                        tuple("Moscow", id("place", "moscow"), SCHEMA.City),
                        tuple("Pyongyang", id("place", "pyongyang"), SCHEMA.City));
    }

    @Test
    void aCapitalSpeaksForItsCountryAcrossAShortAsideBeforeItsVerb() {
        assertThat(link("Beijing, by contrast, eased its curbs. Seoul, for its part, lifted the ban.").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .contains(tuple("Beijing", id("country", "china")), tuple("Seoul", id("country", "south-korea")));
        assertThat(link("Beijing, where talks began, eased its curbs. Tokyo, by contrast, was quiet.").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .doesNotContain(tuple("Beijing", id("country", "china")), tuple("Tokyo", id("country", "japan")));
    }

    @Test
    void spellingVariantsOfTheUnitedStates() {
        assertThat(link("U.S.-led sanctions, US officials and the United States of America agree.").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(
                        tuple("U.S.", id("country", "united-states")),
                        tuple("US", id("country", "united-states")),
                        tuple("United States of America", id("country", "united-states")));
    }

    @Test
    void americaLinksOnlyWhenTheArticleOtherwiseNamesTheCountry() {
        assertThat(link("He loves America and Latin America.").mentions()).isEmpty();
        assertThat(link("American officials said America would act.").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(tuple("American", id("country", "united-states")), tuple("America", id("country", "united-states")));
    }

    @Test
    void congoIsTheDrcUnlessTheArticleNamesTheRepublic() {
        IRI drc = id("country", "dr-congo");
        IRI republic = id("country", "republic-of-the-congo");
        assertThat(link("Congo accuses its neighbour\n\nThe Democratic Republic of Congo said its Congolese troops held eastern Congo.").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(tuple("Congo", drc), tuple("Democratic Republic of Congo", drc), tuple("Congolese", drc),
                        tuple("Congo", drc));
        assertThat(link("Envoys from Kinshasa arrived as Congolese soldiers left Congo.").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(tuple("Kinshasa", id("place", "kinshasa")), tuple("Congolese", drc), tuple("Congo", drc));
        assertThat(link("Envoys from Brazzaville arrived as Congolese soldiers left Congo.").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(tuple("Brazzaville", id("place", "brazzaville")), tuple("Congolese", republic), tuple("Congo", republic));
        assertThat(link("Congolese soldiers left Congo.").mentions())
                .as("naming neither, Congo is the DRC, as the wires write it, and Congolese is anyone's")
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(tuple("Congo", drc));
        assertThat(link("Rebels advanced in eastern Congo.").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(tuple("Congo", drc));
        assertThat(link("The Republic of the Congo voted for the text; Congo has abstained before.").mentions())
                .as("an article that names the Republic means it by Congo")
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(tuple("Republic of the Congo", republic), tuple("Congo", republic));
        assertThat(link("The DRC and the Republic of the Congo met; Congolese officials spoke.").mentions())
                .as("naming both, Congolese is either")
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(tuple("DRC", drc), tuple("Republic of the Congo", republic));
    }

    @Test
    void theWordAfterADatelineStartsTheSentence() {
        assertThat(link("SEOUL - The Russian Federation said it would act.").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(tuple("Russian Federation", id("country", "russia")));
        assertThat(link("SEOUL — The Russian Federation said it would act.").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(tuple("Russian Federation", id("country", "russia")));
        assertThat(link("SEOUL, 15 Mar (EFE).- The Russian Federation said it would act.").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(tuple("Russian Federation", id("country", "russia")));
        assertThat(link("SEOUL, 15 Mar (EFE) The Russian Federation said it would act.").mentions())
                .as("without a hyphen the agency ends no dateline")
                .isEmpty();
        assertThat(link("(Bloomberg) -- The Russian Federation said it would act.").mentions())
                .as("an agency's credit alone is a dateline too")
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(tuple("Russian Federation", id("country", "russia")));
        assertThat(link("(Bloomberg) The Russian Federation Times said it would act.").mentions())
                .as("without a hyphen the credit ends no dateline")
                .isEmpty();
        assertThat(link("He said The Russian Federation Times would act.").mentions())
                .as("without a dateline a capitalised word before the name is part of a longer name")
                .isEmpty();
    }

    @Test
    void aBareTitleTakesTheOneCountryTheSentenceNamesBeforeIt() {
        Linking linking = link("French officials denied that President Jean Dupont would travel to Brazil. Dupont declined to comment.");
        IRI dupont = id("person", "jean-dupont");
        assertThat(linking.mentions())
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(tuple("French", id("country", "france")), tuple("Jean Dupont", dupont),
                        tuple("Brazil", id("country", "brazil")), tuple("Dupont", dupont));
        assertThat(linking.positions()).containsExactly(
                new Position(id("position", "jean-dupont-president-of-france"), dupont, "President", id("country", "france")));

        Linking two = link("French and Brazilian officials said President Jean Dupont would travel.");
        assertThat(two.minted()).as("two countries: a president of unknown country").extracting(MintedPerson::name)
                .containsExactly("Jean Dupont");
        assertThat(two.positions()).isEmpty();
        Linking after = link("Officials said President Jean Dupont would travel to Brazil.");
        assertThat(after.minted()).extracting(MintedPerson::name).containsExactly("Jean Dupont");
        assertThat(after.positions()).as("the country after the title is not the title's").isEmpty();
        assertThat(link("A deal was signed in Seoul, South Korea, by aides of President Jean Dupont.").positions())
                .as("a country named as a place is not the title's").isEmpty();
    }

    @Test
    void aBareTitleInASentenceNamingNoCountryTakesThePreviousSentencesOfItsParagraph() {
        Linking linking = link("Talks ended. \"Enough,\" French President Jean Dupont said. Foreign Minister Paul Martin said Brazil erred.");
        assertThat(linking.positions()).extracting(Position::holder, Position::roleName, Position::jurisdiction)
                .contains(tuple(id("person", "paul-martin"), "Foreign Minister", id("country", "france")));
        Linking apart = link("French President Jean Dupont said so.\n\nForeign Minister Paul Martin said Brazil erred.");
        assertThat(apart.minted()).extracting(MintedPerson::name).containsExactly("Jean Dupont", "Paul Martin");
        assertThat(apart.positions()).as("another paragraph says nothing of the title's country")
                .extracting(Position::holder).containsExactly(id("person", "jean-dupont"));
    }

    @Test
    void aBareTitleAfterACapitalActingInItsParagraphIsThatCountrys() {
        Linking acting = link("Beijing was quick to respond. Foreign Minister Paul Martin said Brazil erred.");
        assertThat(acting.positions()).extracting(Position::holder, Position::roleName, Position::jurisdiction)
                .containsExactly(tuple(id("person", "paul-martin"), "Foreign Minister", id("country", "china")));
        Linking place = link("Talks were held in Beijing. Foreign Minister Paul Martin said Brazil erred.");
        assertThat(place.positions()).as("a capital that says where acts for no one")
                .extracting(Position::jurisdiction).doesNotContain(id("country", "china"));
    }

    @Test
    void aBareTitleIsNotACountrysWhoseHolderOfTheSameTitleIsNamedBefore() {
        Linking other = link("French President Jean Dupont was welcomed by President Paul Martin.");
        assertThat(other.positions()).as("France's president is Dupont: Martin is another country's")
                .extracting(Position::holder).containsExactly(id("person", "jean-dupont"));
        Linking same = link("French Foreign Minister Jean Dupont said President Paul Martin would travel.");
        assertThat(same.positions()).extracting(Position::holder, Position::roleName, Position::jurisdiction)
                .contains(tuple(id("person", "paul-martin"), "President", id("country", "france")));
    }

    @Test
    void aDemonymSharedWithATerritoryNamesTheCountryTheArticleNames() {
        Linking linking = link("Norway hosted talks. Norwegian Prime Minister Jonas Gahr Støre spoke. Støre smiled.");
        IRI store = id("person", "jonas-gahr-store");
        assertThat(linking.mentions()).extracting(Mention::anchor, Mention::entity).contains(
                tuple("Jonas Gahr Støre", store), tuple("Støre", store));
        assertThat(linking.positions()).containsExactly(new Position(
                id("position", "jonas-gahr-store-prime-minister-of-norway"), store, "Prime Minister", id("country", "norway")));
        Linking unnamed = link("Talks ended. Norwegian Prime Minister Jonas Gahr Støre spoke.");
        assertThat(unnamed.minted()).extracting(MintedPerson::name).containsExactly("Jonas Gahr Støre");
        assertThat(unnamed.positions()).as("Norway or Svalbard: the article does not say").isEmpty();
    }

    @Test
    void aDemonymSharedWithATerritoryNamedAfterAnotherPlaceNamesTheCountry() {
        assertThat(link("Abuja is courting Chinese and Indian investors.").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(tuple("Chinese", id("country", "china")), tuple("Indian", id("country", "india")));
        assertThat(link("Norwegian investors came.").mentions()).as("Norway or Svalbard: no name holds the demonym").isEmpty();
    }

    @Test
    void aDemonymSeveralCountriesShareNamesTheOneTheArticleOrItsDatelineNames() {
        IRI republic = id("country", "dominican-republic");
        IRI dominica = id("country", "dominica");
        assertThat(link("Dominican troops deployed\n\nThe Dominican Republic closed the border; Dominican officials spoke.").mentions())
                .as("the article names the Dominican Republic, headline or not")
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(tuple("Dominican", republic), tuple("Dominican Republic", republic), tuple("Dominican", republic));
        assertThat(link("Envoys from Roseau arrived as Dominican officials spoke.").mentions())
                .as("by its capital the article names Dominica")
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(tuple("Roseau", id("place", "roseau")), tuple("Dominican", dominica));
        assertThat(link("SANTO DOMINGO - Dominican officials said the border would close.").mentions())
                .as("the dateline names the Dominican Republic")
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(tuple("Dominican", republic));
        assertThat(link("BRAZZAVILLE - Congolese officials said the border would close.").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(tuple("Congolese", id("country", "republic-of-the-congo")));
        assertThat(link("Dominican officials said the border would close.").mentions())
                .as("naming neither: Dominica or the Dominican Republic, whose own adjective it is too")
                .isEmpty();
        assertThat(link("Dominica and the Dominican Republic met; Dominican officials spoke.").mentions())
                .as("naming both, Dominican is either")
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(tuple("Dominica", dominica), tuple("Dominican Republic", republic));
    }

    @Test
    void aDemonymBeforeACompassPointIsAWordOfAPlaceName() {
        assertThat(link("Mahama visited cocoa farms in the Western North region.").mentions()).isEmpty();
        assertThat(link("Western governments and Chinese officials reacted in the North.").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(tuple("Western", id("org", "the-west")), tuple("Chinese", id("country", "china")));
    }

    @Test
    void aCountryAndItsCapitalOfTheSameNameAreTheCountry() {
        assertThat(link("Modi is due to travel on to Singapore on Saturday.").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(tuple("Singapore", id("country", "singapore")));
    }

    @Test
    void brusselsSpeaksForTheEuropeanUnionInAnArticleThatNamesIt() {
        assertThat(link("The EU met. Brussels has urged Beijing to act.").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(tuple("EU", id("org", "european-union")), tuple("Brussels", id("org", "european-union")),
                        tuple("Brussels", id("place", "brussels")), tuple("Beijing", id("place", "beijing")));
        assertThat(link("Brussels has urged Beijing to act.").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(tuple("Brussels", id("country", "belgium")), tuple("Brussels", id("place", "brussels")),
                        tuple("Beijing", id("place", "beijing")));
        assertThat(link("The EU met in Brussels.").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(tuple("EU", id("org", "european-union")), tuple("Brussels", id("place", "brussels")));
    }

    @Test
    void theFamilyNameGroupOfAMintedPersonAndItsFirstWordAreShortNames() {
        String text = "Summit\n\nLula spoke first. Brazilian President Luiz Inácio Lula da Silva met the press. Lula said Lula da Silva would act, and Silva smiled.";
        IRI lula = id("person", "luiz-inacio-lula-da-silva");
        assertThat(link(text).mentions())
                .extracting(Mention::anchor, Mention::entity, Mention::charBegin)
                .containsExactly(
                        tuple("Brazilian", id("country", "brazil"), text.indexOf("Brazilian")),
                        tuple("Luiz Inácio Lula da Silva", lula, text.indexOf("Luiz")),
                        tuple("Lula", lula, text.indexOf("Lula said")),
                        tuple("Lula da Silva", lula, text.indexOf("Lula da Silva would")));
    }

    @Test
    void aNameBeforeADemonymAndAGeographicNounIsPartOfThatPlaceName() {
        assertThat(link("Ships crossed the West Russian Sea.").mentions())
                .isEmpty();
        assertThat(link("The West Russian officials met were calm.").mentions())
                .extracting(Mention::anchor)
                .containsExactly("The West", "Russian");
    }

    @Test
    void commonWordsAndLongerNamesLinkNothing() {
        assertThat(link("The west coast ate turkey and chinese food.").mentions()).isEmpty();
        assertThat(link("Jordan Peterson and Michael Jordan visited New Mexico.").mentions()).isEmpty();
        assertThat(link("The Washington Post covered the West Coast and Western Sahara.").mentions()).isEmpty();
        assertThat(link("Voters in Georgia chose a governor for the state.").mentions()).isEmpty();
        assertThat(link("A Kim was there.").mentions()).isEmpty();
    }

    @Test
    void collectiveActorsByNameAndDemonymAtSentenceStart() {
        assertThat(link("The West and the international community condemned it. Western criticism grew.").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(
                        tuple("The West", id("org", "the-west")),
                        tuple("the international community", id("org", "international-community")),
                        tuple("Western", id("org", "the-west")));
    }

    @Test
    void pluralReferencesResolveToTheTwoMostTalkedAboutEntities() {
        Linking linking = link("Putin's visit: Vladimir Putin met Kim Jong Un in Pyongyang. Putin praised Kim. "
                + "The two leaders signed a pact, and both countries hailed it.");
        assertThat(linking.mentions())
                .filteredOn(m -> m.kind() == MatchKind.PLURAL_REFERENCE)
                .extracting(Mention::anchor, Mention::entity)
                .containsExactlyInAnyOrder(
                        tuple("The two leaders", id("person", "vladimir-putin")),
                        tuple("The two leaders", id("person", "kim-jong-un")),
                        tuple("both countries", id("country", "russia")),
                        tuple("both countries", id("country", "north-korea")));
    }

    @Test
    void theTwoCountriesAreTheTwoTheSentenceJoinsByAndNotThePlaceNamedAfterThem() {
        Linking joined = link("Japan and North Korea met in Mongolia. Japanese and North Korean officials held talks in the "
                + "Mongolian capital Ulaanbaatar in April to explore a summit between the two countries.");
        Linking apart = link("Vladimir Putin met Kim Jong Un in Pyongyang. Russia hailed the talks in the North Korean capital, "
                + "and both countries signed a pact.");

        assertThat(joined.mentions())
                .filteredOn(m -> m.kind() == MatchKind.PLURAL_REFERENCE)
                .extracting(Mention::entity)
                .containsExactlyInAnyOrder(id("country", "japan"), id("country", "north-korea"));
        assertThat(apart.mentions())
                .filteredOn(m -> m.kind() == MatchKind.PLURAL_REFERENCE)
                .extracting(Mention::entity)
                .as("no pair joined by 'and': the two most talked about")
                .containsExactlyInAnyOrder(id("country", "russia"), id("country", "north-korea"));
    }

    @Test
    void theTwoMenAreTheTwoLeadersButTwoMenAreNobody() {
        Linking linking = link("Vladimir Putin met Kim Jong Un in Pyongyang. The two men signed a pact. "
                + "Police said two men were arrested near the palace.");
        assertThat(linking.mentions())
                .filteredOn(m -> m.kind() == MatchKind.PLURAL_REFERENCE)
                .extracting(Mention::anchor, Mention::entity)
                .containsExactlyInAnyOrder(
                        tuple("The two men", id("person", "vladimir-putin")),
                        tuple("The two men", id("person", "kim-jong-un")));
    }

    @Test
    void theTwoLeadersAreTwoOfficeHoldersNotSomeoneNamedWithoutAnOffice() {
        Linking linking = link("Kenyan President William Ruto hosted Japanese Prime Minister Fumio Kishida. "
                + "Kenya's army chief, General Charles Kahariri, attended. The two leaders then held talks.");
        assertThat(linking.minted()).extracting(MintedPerson::name).containsExactly("Charles Kahariri");
        assertThat(linking.mentions())
                .filteredOn(m -> m.anchor().equals("The two leaders"))
                .extracting(Mention::entity)
                .containsExactlyInAnyOrder(id("person", "william-ruto"), id("person", "fumio-kishida"));
        assertThat(link("Kenyan President William Ruto hosted Japanese Prime Minister Fumio Kishida. "
                + "Kenya's army chief, General Charles Kahariri, attended. The two men then held talks.").mentions())
                .as("men need no office")
                .filteredOn(m -> m.anchor().equals("The two men"))
                .extracting(Mention::entity)
                .contains(id("person", "charles-kahariri"));
    }

    @Test
    void theTwoMenNamedJustBeforeAreTheTwoHoweverOftenOthersWereNamed() {
        Linking linking = link("Vladimir Putin met Kim Jong Un. Putin praised Kim, and Kim thanked Putin. "
                + "Putin then flew on to Tokyo as the guest of Fumio Kishida. There, the two men agreed to talk again.");
        assertThat(linking.mentions())
                .filteredOn(m -> m.kind() == MatchKind.PLURAL_REFERENCE)
                .extracting(Mention::anchor, Mention::entity)
                .containsExactlyInAnyOrder(
                        tuple("the two men", id("person", "vladimir-putin")),
                        tuple("the two men", id("person", "fumio-kishida")));
    }

    @Test
    void theTwoLeadersAfterASentenceNamingNobodyAreTheTwoTheOpeningSentenceNames() {
        Linking afterAside = link("Vladimir Putin takes his pitch to Kim Jong Un. "
                + "Putin flew in from Tokyo, where he had been the guest of Fumio Kishida. There, the two men agreed to talk again. "
                + "In the north, the conversation turned to the sea. Over lunch, the two leaders discussed fishing.");
        Linking namedBefore = link("Vladimir Putin takes his pitch to Kim Jong Un. "
                + "Putin flew in from Tokyo, where he had been the guest of Fumio Kishida. The two leaders discussed fishing.");

        assertThat(afterAside.mentions())
                .filteredOn(m -> m.kind() == MatchKind.PLURAL_REFERENCE && m.anchor().equals("the two leaders"))
                .extracting(Mention::entity)
                .containsExactlyInAnyOrder(id("person", "vladimir-putin"), id("person", "kim-jong-un"));
        assertThat(namedBefore.mentions())
                .filteredOn(m -> m.kind() == MatchKind.PLURAL_REFERENCE)
                .extracting(Mention::entity)
                .as("the two named in the sentence before are the two")
                .containsExactlyInAnyOrder(id("person", "vladimir-putin"), id("person", "fumio-kishida"));
    }

    @Test
    void offsetsAreCodePointsAfterEmoji() {
        String text = "🎉🇰🇵 Vladimir Putin arrived in 𝄞 Pyongyang.";
        Linking linking = link(text);
        int[] codePoints = text.codePoints().toArray();
        assertThat(linking.mentions()).hasSize(2).allSatisfy(m ->
                assertThat(new String(codePoints, m.begin(), m.end() - m.begin())).isEqualTo(m.anchor()));
        assertThat(linking.mentions().get(0).begin()).isEqualTo(4);
        assertThat(linking.mentions().get(0).charBegin()).isEqualTo(7);
    }

    @Test
    void languagesWithoutLabelsAreNotLinked() {
        Linking linking = link("Wladimir Putin besucht Pjöngjang.", LocalDate.of(2024, 6, 19), "de");
        assertThat(linking.mentions()).isEmpty();
        assertThat(linking.report().linked()).isFalse();
        assertThat(linking.report().summary()).isEqualTo("not linked: language de");
    }

    @Test
    void anArabicSurnameIsSaidWithoutItsArticleTooAndAnInterimPresidentIsPresident() {
        Linking linking = link("Putin met Jordan's interim President Ahmed al-Sharaa in Riyadh. Sharaa thanked him.");
        assertThat(linking.mentions()).extracting(Mention::anchor)
                .contains("Ahmed al-Sharaa", "Sharaa");
        assertThat(linking.positions()).extracting(Position::roleName, Position::jurisdiction)
                .containsExactly(tuple("President", id("country", "jordan")));
    }

    @Test
    void aBareTitleDoesNotMoveAKnownPresidentToAnotherCountry() {
        Linking linking = link("Iran's new authorities welcomed the first step since President Vladimir Putin promised to help the country.");
        assertThat(linking.mentions()).extracting(Mention::anchor, Mention::entity)
                .contains(tuple("Vladimir Putin", id("person", "vladimir-putin")));
        assertThat(linking.positions()).isEmpty();
    }

    @Test
    void brusselsSpeaksForTheEuWhereverItIsNoPlace() {
        assertThat(link("The EU acted. Iran accused Brussels of bias.").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .contains(tuple("Brussels", id("org", "european-union")), tuple("Brussels", id("place", "brussels")));
        assertThat(link("The EU acted. Ministers met in Brussels on Monday.").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .doesNotContain(tuple("Brussels", id("org", "european-union")));
        assertThat(link("Iran accused Brussels of bias.").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .doesNotContain(tuple("Brussels", id("org", "european-union")));
    }

    @Test
    void aDoubleDatelineWithTwoHyphensIsNoName() {
        assertThat(link("MOSCOW/BEIJING -- Russia summoned China's ambassador on Tuesday.").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .contains(tuple("Russia", id("country", "russia")), tuple("China", id("country", "china")));
    }

    @Test
    void theCapitalNamedByItsCountryIsTheCity() {
        assertThat(link("Putin landed in the North Korean capital on Tuesday. Kyiv said Russia's capital was calm.").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .contains(tuple("North Korean", id("country", "north-korea")),
                        tuple("North Korean capital", id("place", "pyongyang")),
                        tuple("Russia's capital", id("place", "moscow")));
        assertThat(link("An influx of Russian capital worried North Korean officials.").mentions())
                .extracting(Mention::entity)
                .doesNotContain(id("place", "moscow"));
    }

    @Test
    void agencyDatelinesAndACountrysInstitutions() {
        assertThat(link("WASHINGTON (AP) — The U.S. Treasury Department on Tuesday blacklisted two Iranian officials.").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .contains(tuple("U.S.", id("country", "united-states")), tuple("Iranian", id("country", "iran")));
        assertThat(link("BEIJING, Nov 16 (Reuters) - Russia and China signed a deal.").mentions())
                .extracting(Mention::anchor)
                .contains("Russia", "China");
        assertThat(link("The U.N. Security Council extended the embargo on Iran.").mentions())
                .extracting(Mention::anchor)
                .contains("U.N.", "Iran");
        assertThat(link("He joined the Japan Times last year.").mentions())
                .extracting(Mention::entity)
                .doesNotContain(id("country", "japan"));
    }

    @Test
    void theGeneralAssemblyOfAnOrganisationMentionsItButAGeneralHospitalNamedAfterACountryDoesNot() {
        assertThat(link("The two men met on the sidelines of the UN General Assembly in New York.").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .contains(tuple("UN", id("org", "united-nations")));
        assertThat(link("He was treated at the Kenya General Hospital last year.").mentions())
                .extracting(Mention::entity)
                .doesNotContain(id("country", "kenya"));
    }

    @Test
    void aNameSuffixKeepsItsFullStop() {
        assertThat(link("Brazilian President Ferdinand Marcos Jr. met Japanese officials.").minted())
                .extracting(MintedPerson::name)
                .containsExactly("Ferdinand Marcos Jr.");
    }

    @Test
    void theLeaderOfACountryIsThePersonTheArticleSaidHoldsItsOffice() {
        Linking linking = link("Kenyan President Jean Dupont arrived in Moscow. The Kenyan leader smiled.");
        assertThat(linking.mentions()).extracting(Mention::anchor, Mention::entity, Mention::kind)
                .contains(tuple("leader", id("person", "jean-dupont"), MatchKind.OFFICE_HOLDER));
    }

    @Test
    void aBareTitleFarFromAnyCountryTakesTheCountryTheArticleIsAbout() {
        Linking about = link("Kenya voted. Kenya counted. Kenya waited.\n\nPrime Minister Jean Dupont spoke.");
        assertThat(about.positions()).extracting(Position::roleName, Position::jurisdiction)
                .containsExactly(tuple("Prime Minister", id("country", "kenya")));
        Linking even = link("Kenya voted. Kenya counted. Jordan waited.\n\nPrime Minister Jean Dupont spoke.");
        assertThat(even.positions()).as("two countries, neither dominant").isEmpty();
    }

    @Test
    void aBareTitleWhoseSentenceNamesOtherCountriesOnlyAfterTheNameIsTheArticlesCountrys() {
        Linking acting = link("Kenya voted. Kenya counted. Kenya waited.\n\nIn an address, President Jean Dupont accused Russia of meddling.");
        assertThat(acting.positions()).extracting(Position::roleName, Position::jurisdiction)
                .containsExactly(tuple("President", id("country", "kenya")));
        Linking own = link("Kenya voted. Kenya counted. Kenya waited.\n\nIn an address, President Jean Dupont of Russia spoke.");
        assertThat(own.positions()).extracting(Position::jurisdiction)
                .as("a country right after the name may be the person's own").doesNotContain(id("country", "kenya"));
    }

    @Test
    void theWhiteHouseIsWashingtonAndSpeaksForTheUnitedStatesAsASubject() {
        assertThat(link("The White House said it would respond.").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .contains(tuple("White House", id("country", "united-states")), tuple("White House", id("place", "washington-d-c")));
        assertThat(link("Trump moved back into the White House in January.").mentions())
                .extracting(Mention::entity)
                .contains(id("place", "washington-d-c"))
                .doesNotContain(id("country", "united-states"));
    }

    @Test
    void aDepartmentOfGovernmentIsItsCountryAndNoPlace() {
        assertThat(link("The move follows visa bans the State Department imposed on dozens of officials.").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(tuple("State Department", id("country", "united-states")));
        assertThat(link("Generals met at the Pentagon on Monday.").mentions())
                .as("named as where people meet, the department is still the country's government, not its capital")
                .extracting(Mention::entity)
                .containsExactly(id("country", "united-states"));
        assertThat(link("Officials said the state department of agriculture would respond.").mentions())
                .as("a state's department in lower case is no country's").isEmpty();
    }

    @Test
    void aCapitalNamedAsThePartnerOfADealSpeaksForItsCountry() {
        assertThat(link("Officials said Germany signed a security pact with Beijing in 2022.").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .contains(tuple("Beijing", id("country", "china")), tuple("Beijing", id("place", "beijing")));
        assertThat(link("Officials said Germany signed a security pact with firms in Beijing in 2022.").mentions())
                .extracting(Mention::entity)
                .as("a capital after a preposition of place is the city").doesNotContain(id("country", "china"));
        assertThat(link("Officials said Germany travelled with Beijing residents in 2022.").mentions())
                .extracting(Mention::entity)
                .as("with after no deal or talks").doesNotContain(id("country", "china"));
    }

    @Test
    void capitalsThatOfficialsComeFromSpeakForTheirCountries() {
        assertThat(link("A newspaper said officials from Tokyo and Seoul had held talks in August.").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .contains(tuple("Tokyo", id("country", "japan")), tuple("Seoul", id("country", "south-korea")),
                        tuple("Tokyo", id("place", "tokyo")));
        assertThat(link("A newspaper said tourists from Tokyo and Seoul had arrived in August.").mentions())
                .extracting(Mention::entity)
                .as("people from a city are no government").doesNotContain(id("country", "japan"), id("country", "south-korea"));
    }

    @Test
    void aCapitalsNameOtherCapitalsShareNamesTheOneOfTheCountryTheArticleNames() {
        assertThat(link("Jamaica won the final. In Kingston, fans celebrated in the streets.").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .contains(tuple("Kingston", id("place", "kingston-jamaica")));
        assertThat(link("Canada won the final. In Kingston, fans celebrated in the streets.").mentions())
                .extracting(Mention::anchor)
                .as("the article names neither country whose capital is Kingston").doesNotContain("Kingston");
    }

    @Test
    void whereMinistersMeetANameTheCountrySharesWithItsCapitalIsTheCity() {
        assertThat(link("Foreign ministers meeting in Luxembourg agreed on Monday.").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(tuple("Luxembourg", id("place", "luxembourg")));
        assertThat(link("Banks in Luxembourg agreed on Monday.").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .as("not where people meet: the country").containsExactly(tuple("Luxembourg", id("country", "luxembourg")));
    }

    @Test
    void capitalsThatContinueToCoordinateSpeakForTheirCountries() {
        assertThat(link("Officials said Tokyo and Seoul would continue to coordinate closely.").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .contains(tuple("Tokyo", id("country", "japan")), tuple("Seoul", id("country", "south-korea")));
        assertThat(link("Officials said flights to Tokyo would continue.").mentions())
                .extracting(Mention::entity)
                .as("a capital after a preposition is the city").doesNotContain(id("country", "japan"));
    }

    @Test
    void aBareTitleFarFromAnyCountryInADatelinedStoryIsTheDatelinesCountrysWhenItIsTheMostNamed() {
        Linking datelined = link("OSLO - A quake struck Norway, and Oslo shook. Russia sent aid.\n\nPrime Minister Jean Dupont spoke.");
        assertThat(datelined.positions()).extracting(Position::roleName, Position::jurisdiction)
                .containsExactly(tuple("Prime Minister", id("country", "norway")));
        Linking undated = link("A quake struck Norway, and Oslo shook. Russia sent aid.\n\nPrime Minister Jean Dupont spoke.");
        assertThat(undated.positions()).as("no dateline, no dominant country").isEmpty();
        Linking even = link("OSLO - A quake struck Norway and Russia.\n\nPrime Minister Jean Dupont spoke.");
        assertThat(even.positions()).as("the dateline's country named no more than another").isEmpty();
    }

    @Test
    void amongSeveralCountriesABareTitleIsTheHomeCountrys() {
        String sentence = "Japanese Foreign Minister Taro Yamada and Kenyan Trade Minister Ruth Wanjiru signed, watched by President Jean Dupont.";
        Linking home = link("TOKYO - Talks ended.\n\n" + sentence);
        assertThat(home.positions()).extracting(Position::holder, Position::jurisdiction)
                .contains(tuple(id("person", "jean-dupont"), id("country", "japan")));
        Linking away = link("OSLO - Talks ended.\n\n" + sentence);
        assertThat(away.positions()).extracting(Position::holder).doesNotContain(id("person", "jean-dupont"));
    }

    @Test
    void aTitleTheArticleGaveSomeoneElseInThatCountryIsTheHomeCountrys() {
        String text = "Kenya's government agreed. An aide to Prime Minister Jean Dupont accused the coalition of Prime Minister Kari Nordmann.";
        Linking datelined = link("OSLO - Talks ended.\n\n" + text);
        assertThat(datelined.positions()).extracting(Position::holder, Position::jurisdiction)
                .containsExactly(tuple(id("person", "jean-dupont"), id("country", "kenya")),
                        tuple(id("person", "kari-nordmann"), id("country", "norway")));
        Linking undated = link("Talks ended.\n\n" + text);
        assertThat(undated.positions()).extracting(Position::holder, Position::jurisdiction)
                .containsExactly(tuple(id("person", "jean-dupont"), id("country", "kenya")));
    }

    @Test
    void aCapitalWrittenWithoutItsDiacriticLinksOnlyWhereTheArticleNamesItsCountry() {
        Linking maldives = link("The Maldives signed a swap that will allow Male to draw dollars. Male voters shrugged. The male lead sang.");
        assertThat(maldives.mentions()).extracting(Mention::anchor, Mention::entity)
                .containsExactly(tuple("Maldives", id("country", "maldives")), tuple("Male", id("place", "male")));
        Linking elsewhere = link("Norway signed a swap that will allow Male to draw dollars.");
        assertThat(elsewhere.mentions()).extracting(Mention::entity).doesNotContain(id("place", "male"));
    }

    @Test
    void aCapitalNamedLikeCitiesElsewhereLinksOnlyWhereTheArticleNamesItsCountry() {
        Linking bermuda = link("Bermuda's premier spoke. The talks were held in Hamilton on Wednesday.");
        assertThat(bermuda.mentions()).extracting(Mention::entity).contains(id("place", "hamilton"));
        Linking elsewhere = link("Japan lead the series 1-0. The second match is in Hamilton on Wednesday.");
        assertThat(elsewhere.mentions()).extracting(Mention::entity).doesNotContain(id("place", "hamilton"));
    }

    @Test
    void anOfficeWithoutACountryIsTheHomeCountrysInAStoryFromThere() {
        String body = "Iran rejected the report on Monday. Iran said talks were off, and Iran would not negotiate.\n\n"
                + "\"No meeting took place,\" foreign ministry spokesman Esmaeil Baghaei told reporters.";
        Linking fromTehran = link("TEHRAN - " + body);
        assertThat(fromTehran.positions()).extracting(Position::holder, Position::jurisdiction)
                .containsExactly(tuple(id("person", "esmaeil-baghaei"), id("country", "iran")));
        Linking undated = link(body);
        assertThat(undated.positions()).isEmpty();
        Linking graded = link("TEHRAN - " + body.replace("foreign ministry spokesman", "Foreign Affairs Principal Secretary"));
        assertThat(graded.positions()).extracting(Position::holder, Position::jurisdiction)
                .containsExactly(tuple(id("person", "esmaeil-baghaei"), id("country", "iran")));
        Linking group = link("TEHRAN - " + body.replace("foreign ministry spokesman", "Junta spokesman Major General"));
        assertThat(group.minted()).as("a rank is no part of the name").extracting(MintedPerson::name).containsExactly("Esmaeil Baghaei");
        assertThat(group.positions()).as("a group's spokesman is not the home government's").isEmpty();
        Linking owned = link("TEHRAN - " + body.replace("foreign ministry spokesman", "Russia's foreign ministry spokesman"));
        assertThat(owned.positions()).extracting(Position::holder, Position::jurisdiction)
                .containsExactly(tuple(id("person", "esmaeil-baghaei"), id("country", "russia")));
    }

    @Test
    void anOfficeWithoutACountryInAStoryFiledFromACountryItNeverNamesIsTheLeadingCountrys() {
        String body = "Iran rejected the report on Monday. Iran said talks were off, and Iran would not negotiate.\n\n"
                + "\"No meeting took place,\" government spokesman Colonel Esmaeil Baghaei told reporters.";
        Linking fromOslo = link("OSLO (AA) - " + body);
        assertThat(fromOslo.minted()).extracting(MintedPerson::name).containsExactly("Esmaeil Baghaei");
        assertThat(fromOslo.positions()).extracting(Position::holder, Position::jurisdiction)
                .containsExactly(tuple(id("person", "esmaeil-baghaei"), id("country", "iran")));
        Linking even = link("OSLO (AA) - Iran and Russia rejected the report on Monday.\n\n"
                + "\"No meeting took place,\" government spokesman Esmaeil Baghaei told reporters.");
        assertThat(even.positions()).as("no country leads").isEmpty();
        Linking named = link("OSLO (AA) - Norway said on Monday that Iran and Iran and Iran would not negotiate.\n\n"
                + "\"No meeting took place,\" government spokesman Esmaeil Baghaei told reporters.");
        assertThat(named.positions()).extracting(Position::holder, Position::jurisdiction)
                .as("a dateline country the story names keeps the office")
                .containsExactly(tuple(id("person", "esmaeil-baghaei"), id("country", "norway")));
    }

    @Test
    void aNameTheArticleGivesACountrysGovernmentStandsForTheCountry() {
        Linking linking = link("Russia accused Iran's Zorvani government of lying.\n\n"
                + "Zorvani spokesman Jean Dupont rejected the accusation. The Zorvani leadership met.");
        assertThat(linking.mentions()).filteredOn(m -> m.anchor().equals("Zorvani"))
                .extracting(Mention::entity)
                .containsOnly(id("country", "iran"))
                .hasSize(3);
        assertThat(linking.positions()).extracting(Position::holder, Position::jurisdiction)
                .containsExactly(tuple(id("person", "jean-dupont"), id("country", "iran")));
        assertThat(link("Russia accused the Zorvani government of lying. Zorvani spokesman Jean Dupont spoke.").mentions())
                .as("without a country's possessive, no name of its government")
                .noneMatch(m -> m.anchor().equals("Zorvani"));
    }

    @Test
    void aPronounAfterAShortPhraseOfTimeWithoutACommaGoesOnAboutThePersonBefore() {
        assertThat(link("Vladimir Putin has grown vocal. In December he accused Kim Jong Un of lying.").mentions())
                .filteredOn(x -> x.kind() == MatchKind.PRONOUN)
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(tuple("he", id("person", "vladimir-putin")));
        assertThat(link("Vladimir Putin has grown vocal. Officials he met in December were absent.").mentions())
                .as("a pronoun inside the sentence, not after its opening phrase, could be anyone")
                .extracting(Mention::kind).doesNotContain(MatchKind.PRONOUN);
    }

    @Test
    void aNameJoinedToAParticipleOfRulingAfterACountrysPossessiveStandsForTheCountry() {
        Linking linking = link("Russia met Iran's Zorvani-appointed envoy.\n\nDays later Russia accused the Zorvani of lying.");
        assertThat(linking.mentions()).filteredOn(m -> m.anchor().equals("Zorvani"))
                .extracting(Mention::entity)
                .containsOnly(id("country", "iran"))
                .hasSize(2);
        assertThat(link("Russia met Iran's Zorvani-born envoy. Days later Russia accused the Zorvani of lying.").mentions())
                .as("a hyphenated word that says nothing of ruling names no government")
                .noneMatch(m -> m.anchor().equals("Zorvani"));
    }

    @Test
    void theCountryOfARegionIsTheOneOfThatRegionTheArticleNamedMost() {
        IRI kenya = id("country", "kenya");
        assertThat(link("Kenya and Norway signed a deal. Oslo will fund a plant in the East African nation.").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .contains(tuple("the East African nation", kenya));
        assertThat(link("Brazil, Kenya and Japan met. Kenya said the talks helped the East African country.").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .contains(tuple("the East African country", kenya));
        assertThat(link("Japan and South Korea met. Officials of the East Asian country spoke.").mentions())
                .as("two countries of the region named as often: neither")
                .extracting(Mention::anchor)
                .doesNotContain("the East Asian country");
        assertThat(link("Norway met Brazil. Officials of the South African country spoke. The Middle Eastern nation agreed.").mentions())
                .as("no such region, or one that spans several")
                .extracting(Mention::anchor)
                .containsExactly("Norway", "Brazil");
        assertThat(link("Norway met Japan. Officials of the South American country spoke.").mentions())
                .as("no country of the region named before")
                .extracting(Mention::anchor)
                .containsExactly("Norway", "Japan");
    }

    @Test
    void aRankBetweenTheTitleAndTheNameIsNoPartOfTheName() {
        Linking ranked = link("Kenya's leader Captain Jean Dupont received the visitor at the airport.");
        assertThat(ranked.minted()).extracting(MintedPerson::name).containsExactly("Jean Dupont");
        assertThat(ranked.positions()).extracting(Position::roleName, Position::jurisdiction)
                .containsExactly(tuple("Leader", id("country", "kenya")));
        Linking plain = link("Kenya's leader Jean Dupont received the visitor at the airport.");
        assertThat(plain.minted()).extracting(MintedPerson::name).containsExactly("Jean Dupont");
    }

    @Test
    void aCountryThatHasBeenLedBySomeoneHasThemAsItsLeader() {
        Linking ruled = link("Kenya has been led since 2021 by Colonel Jean Dupont, who seized power in a coup.");
        assertThat(ruled.minted()).extracting(MintedPerson::name).containsExactly("Jean Dupont");
        assertThat(ruled.positions()).extracting(Position::roleName, Position::jurisdiction)
                .containsExactly(tuple("Leader", id("country", "kenya")));
        assertThat(link("Kenya, led by Jean Dupont, won the cup.").positions()).isEmpty();
        assertThat(link("Kenya was led by Jean Dupont to a late victory.").positions()).isEmpty();
    }

    @Test
    void aSentenceOpeningWithItsGoesOnAboutTheOrganisationTheSentenceBeforeOpensWith() {
        Linking union = link("The European Union has shown no sign of following suit. Its sanctions on Russia stay in force.");
        assertThat(union.mentions()).extracting(Mention::anchor, Mention::entity, Mention::kind)
                .contains(tuple("Its", id("org", "european-union"), MatchKind.PRONOUN));
        Linking person = link("Vladimir Putin spoke of the European Union. Its sanctions on Russia stay in force.");
        assertThat(person.mentions()).extracting(Mention::kind).doesNotContain(MatchKind.PRONOUN);
    }

    @Test
    void aSentenceOpeningWithHeGoesOnAboutThePersonBefore() {
        Linking linking = link("Vladimir Putin arrived in Pyongyang on Tuesday. He was welcomed by Kim Jong Un. They talked. Kim smiled, and he waved.");
        assertThat(linking.mentions()).extracting(Mention::anchor, Mention::entity, Mention::kind)
                .contains(tuple("He", id("person", "vladimir-putin"), MatchKind.PRONOUN))
                .filteredOn(t -> t.toList().get(2) == MatchKind.PRONOUN).hasSize(1);
    }

    @Test
    void aPronounAfterAnOpeningPhraseGoesOnAboutThePersonBeforeAndSoDoesTheNextHe() {
        Linking linking = link("Vladimir Putin hit back within hours. In a string of posts, he denounced the decision and said he"
                + " would not kneel before Kim Jong Un. He denies any links to the trade.");
        assertThat(linking.mentions())
                .filteredOn(x -> x.kind() == MatchKind.PRONOUN)
                .extracting(Mention::anchor, Mention::entity)
                .containsExactly(tuple("he", id("person", "vladimir-putin")), tuple("He", id("person", "vladimir-putin")));
        assertThat(link("Vladimir Putin met Kim Jong Un. The talks went well, he said.").mentions())
                .extracting(Mention::kind).doesNotContain(MatchKind.PRONOUN);
    }

    @Test
    void aNameMayOpenWithInitialsInCapitals() {
        Linking linking = link("Kenyan President KP Sharma Oli spoke. Oli smiled.");
        IRI oli = id("person", "kp-sharma-oli");
        assertThat(linking.mentions()).extracting(Mention::anchor, Mention::entity).contains(
                tuple("KP Sharma Oli", oli), tuple("Oli", oli));
        assertThat(linking.minted()).extracting(MintedPerson::name).containsExactly("KP Sharma Oli");
    }

    @Test
    void initialsBeforeAnOfficeOpenNoName() {
        assertThat(link("Kenyan officials said NEC Chairman Wafula Chebukati spoke.").minted())
                .extracting(MintedPerson::name).noneMatch(name -> name.startsWith("NEC"));
        assertThat(link("Kenyan President KP spoke.").minted()).isEmpty();
    }

    @Test
    void theLastWordOfAGazetteerPersonsFullNameTakesThemUpAfterTheFullName() {
        IRI marcelo = id("person", "marcelo-rebelo-de-sousa");
        assertThat(link("Marcelo Rebelo de Sousa spoke on Monday. Sousa smiled.").mentions())
                .extracting(Mention::anchor, Mention::entity)
                .contains(tuple("Sousa", marcelo));
        assertThat(link("Sousa smiled on Monday. Kenya voted.").mentions())
                .extracting(Mention::anchor)
                .doesNotContain("Sousa");
    }
}
