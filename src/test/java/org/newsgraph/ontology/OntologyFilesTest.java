package org.newsgraph.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eclipse.rdf4j.model.util.Values.iri;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.vocabulary.OWL;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.model.vocabulary.SHACL;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.vocab.GP;
import org.newsgraph.vocab.Namespaces;

class OntologyFilesTest {

    private static final Path ONTOLOGY = Path.of("ontology");
    private static final IRI GOLDSTEIN = iri(GP.NAMESPACE, "goldsteinScore");
    private static final IRI QUAD_CLASS = iri(GP.NAMESPACE, "quadClass");

    private static Model geopol;
    private static Model cameo;
    private static Model shapes;

    @BeforeAll
    static void parse() throws IOException {
        geopol = parse("geopol.ttl");
        cameo = parse("cameo.ttl");
        shapes = parse("shapes.ttl");
    }

    @Test
    void allThreeFilesParseAndDeclareWhatTheyAreFor() {
        assertThat(geopol.contains(iri("https://w3id.org/newsgraph/geopol"), RDF.TYPE, OWL.ONTOLOGY)).isTrue();
        assertThat(cameo.contains(iri(Namespaces.CAMEO, "scheme"), RDF.TYPE, SKOS.CONCEPT_SCHEME)).isTrue();
        assertThat(shapes.filter(null, RDF.TYPE, SHACL.NODE_SHAPE).subjects()).isNotEmpty();
    }

    @Test
    void everyGpClassAndPropertyHasLabelCommentAndDefinedBy() {
        Set<IRI> terms = Stream.of(OWL.CLASS, OWL.OBJECTPROPERTY, OWL.DATATYPEPROPERTY)
                .flatMap(type -> geopol.filter(null, RDF.TYPE, type).subjects().stream())
                .filter(IRI.class::isInstance)
                .map(IRI.class::cast)
                .filter(term -> term.getNamespace().equals(GP.NAMESPACE))
                .collect(Collectors.toSet());

        assertThat(terms).contains(GP.GeopoliticalEvent, GP.StateVisit, GP.BilateralTalks, GP.CooperationIntent,
                GP.CooperationAgreement, GP.SanctionsImposition, GP.SanctionsRegime, GP.Criticism,
                GP.PositionHolding, GP.sourceActor, GP.targetActor, GP.visitor, GP.host, GP.imposedBy,
                GP.sanctionTarget, GP.sourceCountry, GP.targetCountry, GP.cameoCode, GP.cooperationDomain,
                GP.reason, GP.factuality, GP.holdsPosition, GP.jurisdiction, GP.evidence, GP.confidence,
                GOLDSTEIN, QUAD_CLASS);
        for (IRI term : terms) {
            assertThat(englishLiteral(geopol, term, RDFS.LABEL)).as("rdfs:label@en of %s", term).isPresent();
            assertThat(englishLiteral(geopol, term, RDFS.COMMENT)).as("rdfs:comment@en of %s", term).isPresent();
            assertThat(geopol.contains(term, RDFS.ISDEFINEDBY, iri("https://w3id.org/newsgraph/geopol")))
                    .as("rdfs:isDefinedBy of %s", term).isTrue();
        }
    }

    @Test
    void everyCameoCodeOfTheTableIsAConceptWithItsGoldsteinScore() throws IOException {
        List<String[]> rows = cameoTable();
        assertThat(rows).hasSize(311);
        for (String[] row : rows) {
            IRI concept = iri(Namespaces.CAMEO, row[0]);
            assertThat(cameo.contains(concept, RDF.TYPE, SKOS.CONCEPT)).as("%s is a concept", row[0]).isTrue();
            assertThat(Models.objectLiteral(cameo.filter(concept, SKOS.NOTATION, null)).map(Literal::getLabel))
                    .contains(row[0]);
            Literal goldstein = Models.objectLiteral(cameo.filter(concept, GOLDSTEIN, null)).orElseThrow();
            assertThat(goldstein.getDatatype()).isEqualTo(XSD.DECIMAL);
            assertThat(goldstein.decimalValue()).as("Goldstein score of %s", row[0])
                    .isEqualByComparingTo(new BigDecimal(row[2]));
            assertThat(Models.objectLiteral(cameo.filter(concept, QUAD_CLASS, null)).map(Literal::intValue))
                    .contains(Integer.parseInt(row[3]));
        }
    }

    @Test
    void cameoHierarchyFollowsTheCodePrefix() {
        assertThat(cameo.contains(iri(Namespaces.CAMEO, "0311"), SKOS.BROADER, iri(Namespaces.CAMEO, "031"))).isTrue();
        assertThat(cameo.contains(iri(Namespaces.CAMEO, "042"), SKOS.BROADER, iri(Namespaces.CAMEO, "04"))).isTrue();
        assertThat(cameo.contains(iri(Namespaces.CAMEO, "04"), SKOS.TOP_CONCEPT_OF, iri(Namespaces.CAMEO, "scheme"))).isTrue();
        for (Resource concept : cameo.filter(null, RDF.TYPE, SKOS.CONCEPT).subjects()) {
            String code = ((IRI) concept).getLocalName();
            if (code.length() > 2) {
                IRI parent = iri(Namespaces.CAMEO, code.substring(0, code.length() - 1));
                assertThat(cameo.filter(concept, SKOS.BROADER, null).objects()).as("broader of %s", code)
                        .containsExactly(parent);
            }
        }
    }

    @Test
    void everyCameoConceptTheOntologyMatchesExists() {
        List<Value> matched = new ArrayList<>();
        for (IRI mapping : List.of(SKOS.CLOSE_MATCH, SKOS.RELATED_MATCH, SKOS.EXACT_MATCH)) {
            matched.addAll(geopol.filter(null, mapping, null).objects());
        }
        List<IRI> cameoConcepts = matched.stream()
                .filter(IRI.class::isInstance)
                .map(IRI.class::cast)
                .filter(target -> target.stringValue().startsWith(Namespaces.CAMEO))
                .toList();

        assertThat(cameoConcepts).contains(iri(Namespaces.CAMEO, "042"), iri(Namespaces.CAMEO, "163"));
        for (IRI concept : cameoConcepts) {
            assertThat(cameo.contains(concept, RDF.TYPE, SKOS.CONCEPT)).as("%s is in cameo.ttl", concept).isTrue();
        }
    }

    @Test
    void contractSchemesHoldEveryValueWithLabelAndDefinition() {
        assertScheme("CooperationDomainScheme", "economic", "military", "security", "energy", "trade", "food",
                "agriculture", "technology", "cyber", "finance", "nuclear", "health", "infrastructure", "space",
                "culture", "education", "climate");
        assertScheme("FactualityScheme", "asserted", "reported", "background", "hypothetical", "denied");
    }

    @Test
    void shapesOnlyUseGpTermsTheOntologyDefines() {
        Set<IRI> used = Stream.concat(
                        shapes.filter(null, SHACL.PATH, null).objects().stream(),
                        shapes.filter(null, SHACL.TARGET_CLASS, null).objects().stream())
                .filter(IRI.class::isInstance)
                .map(IRI.class::cast)
                .filter(term -> term.getNamespace().equals(GP.NAMESPACE))
                .collect(Collectors.toSet());

        assertThat(used).contains(GP.StateVisit, GP.sourceCountry);
        for (IRI term : used) {
            assertThat(geopol.contains(term, RDFS.LABEL, null)).as("%s is defined in geopol.ttl", term).isTrue();
        }
    }

    private static void assertScheme(String scheme, String... concepts) {
        IRI schemeIri = iri(GP.NAMESPACE, scheme);
        assertThat(geopol.contains(schemeIri, RDF.TYPE, SKOS.CONCEPT_SCHEME)).isTrue();
        assertThat(geopol.filter(null, SKOS.IN_SCHEME, schemeIri).subjects()).hasSize(concepts.length);
        for (String name : concepts) {
            IRI concept = iri(GP.NAMESPACE, name);
            assertThat(geopol.contains(concept, SKOS.IN_SCHEME, schemeIri)).as("%s in %s", name, scheme).isTrue();
            assertThat(englishLiteral(geopol, concept, SKOS.PREF_LABEL)).as("prefLabel of %s", name).isPresent();
            assertThat(englishLiteral(geopol, concept, SKOS.DEFINITION)).as("definition of %s", name).isPresent();
        }
    }

    private static Optional<Literal> englishLiteral(Model model, Resource subject, IRI property) {
        return model.filter(subject, property, null).objects().stream()
                .filter(Literal.class::isInstance)
                .map(Literal.class::cast)
                .filter(literal -> literal.getLanguage().map("en"::equals).orElse(false))
                .filter(literal -> !literal.getLabel().isBlank())
                .findFirst();
    }

    private static List<String[]> cameoTable() throws IOException {
        List<String> lines = Files.readAllLines(ONTOLOGY.resolve("build/cameo.tsv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("code\tlabel\tgoldstein\tquad_class");
        return lines.stream().skip(1).filter(line -> !line.isBlank()).map(line -> line.split("\t", -1)).toList();
    }

    private static Model parse(String name) throws IOException {
        Path file = ONTOLOGY.resolve(name);
        try (InputStream in = Files.newInputStream(file)) {
            return Rio.parse(in, file.toUri().toString(), RDFFormat.TURTLE);
        }
    }
}
