package org.newsgraph.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eclipse.rdf4j.model.util.Values.iri;
import static org.eclipse.rdf4j.model.util.Values.literal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.vocabulary.PROV;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.vocab.GP;
import org.newsgraph.vocab.ITSRDF;
import org.newsgraph.vocab.NIF;
import org.newsgraph.vocab.SCHEMA;

class ShapeValidatorTest {

    private static final IRI ARTICLE = iri("http://example.org/id/article/putin-flies");
    private static final IRI VISIT = iri("http://example.org/id/event/state-visit-vladimir-putin-north-korea");
    private static final IRI PHRASE = iri("http://example.org/id/article/putin-flies/text#char=25,36");
    private static final IRI RUSSIA = iri("http://example.org/id/country/russia");
    private static final IRI PUTIN = iri("http://example.org/id/person/vladimir-putin");
    private static final IRI EUROPEAN_UNION = iri("http://example.org/id/org/european-union");
    private static final IRI AGREEMENT = iri("http://example.org/id/event/cooperation-agreement-russia-european-union");

    private static ShapeValidator validator;

    @BeforeAll
    static void compileShapes() throws IOException {
        validator = new ShapeValidator(Path.of("ontology/shapes.ttl"));
    }

    @AfterAll
    static void close() {
        validator.close();
    }

    @Test
    void validArticlePasses() throws IOException {
        ValidationReport report = validator.validate(fixture());

        assertThat(report.violations()).isEmpty();
        assertThat(report.conforms()).isTrue();
        assertThat(report.articleInvalid()).isFalse();
        assertThat(report.invalidFocusNodes()).isEmpty();
    }

    @Test
    void articleWithoutHeadlineFailsNamingIt() throws IOException {
        Model data = fixture();
        data.remove(ARTICLE, SCHEMA.headline, null);

        ValidationReport report = validator.validate(data);

        assertThat(report.conforms()).isFalse();
        assertThat(report.articleInvalid()).isTrue();
        assertThat(report.violations())
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.focusNode()).isEqualTo(ARTICLE);
                    assertThat(v.path()).isEqualTo(SCHEMA.headline);
                    assertThat(v.severity()).isEqualTo(Violation.Severity.VIOLATION);
                    assertThat(v.message()).contains("headline");
                });
    }

    @Test
    void stateVisitToItsOwnCountryFails() throws IOException {
        Model data = fixture();
        data.remove(VISIT, GP.targetCountry, null);
        data.add(VISIT, GP.targetCountry, RUSSIA);

        ValidationReport report = validator.validate(data);

        assertThat(report.conforms()).isFalse();
        assertThat(report.invalidFocusNodes()).containsExactly(VISIT);
        assertThat(report.articleInvalid()).isFalse();
        assertThat(report.violations())
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.path()).isEqualTo(GP.sourceCountry);
                    assertThat(v.message()).contains("gp:targetCountry");
                });
    }

    @Test
    void stateVisitWhoseVisitorIsItsHostFails() throws IOException {
        Model data = fixture();
        data.remove(VISIT, GP.host, null);
        data.add(VISIT, GP.host, PUTIN);

        ValidationReport report = validator.validate(data);

        assertThat(report.invalidFocusNodes()).containsExactly(VISIT);
        assertThat(report.violations()).extracting(Violation::path).containsExactly(GP.visitor);
    }

    @Test
    void agreementOfACountryAndAnOrganisationTheArticleNamesPasses() throws IOException {
        Model data = fixture();
        // The one mention of the fixture names the organisation too, as a plural reference names several entities.
        data.add(PHRASE, ITSRDF.taIdentRef, EUROPEAN_UNION);
        data.add(PHRASE, ITSRDF.taClassRef, SCHEMA.Organization);
        agreement(data, EUROPEAN_UNION);

        assertThat(validator.validate(data).conforms()).isTrue();
    }

    @Test
    void agreementWhoseTargetIsNeitherACountryNorANamedOrganisationFails() throws IOException {
        Model person = fixture();
        agreement(person, iri("http://example.org/id/person/kim-jong-un"));
        Model unnamed = fixture();
        agreement(unnamed, EUROPEAN_UNION);

        for (Model data : new Model[] {person, unnamed}) {
            ValidationReport report = validator.validate(data);
            assertThat(report.invalidFocusNodes()).containsExactly(AGREEMENT);
            assertThat(report.violations()).extracting(Violation::message).anyMatch(m -> m.contains("target side"));
        }
    }

    /** An agreement of Russia (its president the source actor) with a target actor that has no country. */
    private static void agreement(Model data, IRI target) {
        data.add(AGREEMENT, RDF.TYPE, GP.CooperationAgreement);
        data.add(AGREEMENT, GP.sourceActor, PUTIN);
        data.add(AGREEMENT, GP.sourceCountry, RUSSIA);
        data.add(AGREEMENT, GP.targetActor, target);
        data.add(AGREEMENT, GP.cameoCode, iri("https://w3id.org/newsgraph/cameo/057"));
        data.add(AGREEMENT, GP.factuality, iri(GP.NAMESPACE, "asserted"));
        data.add(AGREEMENT, GP.evidence, iri("http://example.org/id/article/putin-flies/text#char=0,37"));
        data.add(AGREEMENT, PROV.WAS_DERIVED_FROM, ARTICLE);
    }

    @Test
    void eventWithUnknownFactualityAndConfidenceAboveOneFails() throws IOException {
        Model data = fixture();
        data.remove(VISIT, GP.factuality, null);
        data.add(VISIT, GP.factuality, iri(GP.NAMESPACE, "rumoured"));
        data.remove(VISIT, GP.confidence, null);
        data.add(VISIT, GP.confidence, literal("1.5", XSD.DECIMAL));

        ValidationReport report = validator.validate(data);

        assertThat(report.invalidFocusNodes()).containsExactly(VISIT);
        assertThat(report.violations()).extracting(Violation::path)
                .containsExactlyInAnyOrder(GP.factuality, GP.confidence);
    }

    @Test
    void phraseWithCodePointOffsetsAfterAnEmojiPasses() throws IOException {
        Model data = fixture();
        String text = data.filter(null, NIF.isString, null).objects().iterator().next().stringValue();
        assertThat(text).contains("🇰🇵");
        assertThat(text.length()).isGreaterThan(text.codePointCount(0, text.length()));

        assertThat(validator.validate(data).violations()).isEmpty();
    }

    @Test
    void phraseWithUtf16OffsetsAfterAnEmojiFails() throws IOException {
        Model data = fixture();
        // Where Java's String.indexOf puts "Kim Jong Un": the flag before it is four UTF-16 units, two code points.
        String text = data.filter(null, NIF.isString, null).objects().iterator().next().stringValue();
        int begin = text.indexOf("Kim Jong Un");
        data.remove(PHRASE, NIF.beginIndex, null);
        data.remove(PHRASE, NIF.endIndex, null);
        data.add(PHRASE, NIF.beginIndex, literal(String.valueOf(begin), XSD.NON_NEGATIVE_INTEGER));
        data.add(PHRASE, NIF.endIndex, literal(String.valueOf(begin + "Kim Jong Un".length()), XSD.NON_NEGATIVE_INTEGER));

        ValidationReport report = validator.validate(data);

        assertThat(begin).isEqualTo(27);
        assertThat(report.conforms()).isFalse();
        assertThat(report.invalidFocusNodes()).containsExactly(PHRASE);
        assertThat(report.violations())
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.path()).isEqualTo(NIF.anchorOf);
                    assertThat(v.message()).contains("code points");
                });
    }

    @Test
    void phraseOffsetsBeyondTheTextFail() throws IOException {
        Model data = fixture();
        data.remove(PHRASE, NIF.endIndex, null);
        data.add(PHRASE, NIF.endIndex, literal("500", XSD.NON_NEGATIVE_INTEGER));

        ValidationReport report = validator.validate(data);

        assertThat(report.invalidFocusNodes()).containsExactly(PHRASE);
    }

    @Test
    void validatorKeepsNothingBetweenCalls() throws IOException {
        Model broken = fixture();
        broken.remove(ARTICLE, SCHEMA.headline, null);
        Model twice = fixture();
        twice.add(ARTICLE, SCHEMA.headline, literal("Another headline"));

        assertThat(validator.validate(broken).conforms()).isFalse();
        // Had the first graph stayed in the sail, its article would now have one headline too many or none.
        assertThat(validator.validate(fixture()).conforms()).isTrue();
        assertThat(validator.validate(twice).violations()).extracting(Violation::path).containsExactly(SCHEMA.headline);
        assertThat(validator.validate(fixture()).conforms()).isTrue();
    }

    private static Model fixture() throws IOException {
        try (InputStream in = ShapeValidatorTest.class.getResourceAsStream("valid-article.ttl")) {
            return Rio.parse(in, "http://example.org/", RDFFormat.TURTLE);
        }
    }
}
