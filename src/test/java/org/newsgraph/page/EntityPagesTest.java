package org.newsgraph.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;

import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;

class EntityPagesTest {

    private static final String BASE = "http://example.org/";

    private static Model turtle(String text) throws Exception {
        return Rio.parse(new StringReader("""
                @prefix schema: <http://schema.org/> .
                @prefix gp: <https://w3id.org/newsgraph/geopol#> .
                """ + text), BASE, RDFFormat.TURTLE);
    }

    @Test
    void aPositionIsNamedByItsRoleAndJurisdiction() throws Exception {
        Model model = turtle("""
                <id/position/p> schema:roleName "President"@en, "Президент"@ru ; gp:jurisdiction <id/country/russia> .
                <id/country/russia> schema:name "Russia"@en, "Россия"@ru .
                """);
        var position = Values.iri(BASE + "id/position/p");
        assertThat(EntityPages.positionLabel(model, position, Languages.ENGLISH)).contains("President of Russia");
        assertThat(EntityPages.positionLabel(model, position, Languages.of("ru"))).contains("Президент of Россия");
    }

    @Test
    void aPositionWithoutJurisdictionIsItsRoleAndAnythingElseHasNoSuchLabel() throws Exception {
        Model model = turtle("""
                <id/position/p> schema:roleName "Secretary-General"@en .
                <id/country/russia> schema:name "Russia"@en .
                """);
        assertThat(EntityPages.positionLabel(model, Values.iri(BASE + "id/position/p"), Languages.ENGLISH)).contains("Secretary-General");
        assertThat(EntityPages.positionLabel(model, Values.iri(BASE + "id/country/russia"), Languages.ENGLISH)).isEmpty();
    }

    @Test
    void everyRoleInAnEventIsShown() {
        assertThat(EventList.roles("https://w3id.org/newsgraph/geopol#visitor https://w3id.org/newsgraph/geopol#sourceActor"))
                .isEqualTo("source actor, visitor");
        assertThat(EventList.roles("")).isEmpty();
        assertThat(EventList.roles("http://www.w3.org/ns/prov#wasDerivedFrom")).isEmpty();
    }

    @Test
    void aSentenceIsShownByItsWordsShortenedWithoutSplittingAnEmoji() throws Exception {
        Model model = turtle("""
                @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
                <id/article/a/text#char=0,5> nif:anchorOf "Short" .
                <id/article/a/text#char=0,100> nif:anchorOf "%s" .
                """.formatted("🇷🇺".repeat(50)));
        assertThat(EntityPages.quoted(model, Values.iri(BASE + "id/article/a/text#char=0,5"))).contains("\u201cShort\u201d");
        String longOne = EntityPages.quoted(model, Values.iri(BASE + "id/article/a/text#char=0,100")).orElseThrow();
        assertThat(longOne).endsWith("\u2026\u201d").doesNotContain("\uFFFD");
        assertThat(longOne.codePointCount(0, longOne.length())).isEqualTo(92);
    }

    @Test
    void jsonInsideAScriptCannotCloseIt() {
        assertThat(SchemaOrgJsonLd.escapeScript("{\"a\":\"</script><!-- & \"}")).doesNotContain("<").doesNotContain(">").doesNotContain("&");
    }
}
