package org.newsgraph.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eclipse.rdf4j.model.util.Values.iri;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.vocab.GP;
import org.newsgraph.vocab.Namespaces;
import org.newsgraph.vocab.SCHEMA;

/** The gazetteer files as the linker will load them: parsed against a deployment base. */
class GazetteerFilesTest {

    private static final String BASE = "http://example.org/";
    private static final Path DIR = Path.of("data", "gazetteer");
    private static final Pattern QID_IRI = Pattern.compile("^http://www\\.wikidata\\.org/entity/Q[1-9][0-9]*$");
    /** Country and capital are one Wikidata item for these three city-states (SOURCES.md, caveats). */
    private static final Set<String> SHARED_QIDS = Set.of("Q1410", "Q334", "Q237");
    private static final List<String> VOCABULARIES = List.of(
            SCHEMA.NAMESPACE, GP.NAMESPACE, SKOS.NAMESPACE, RDF.NAMESPACE, XSD.NAMESPACE, Namespaces.WIKIDATA);

    // Ontology terms that GP.java does not declare yet.
    private static final IRI GP_CAPITAL = iri(GP.NAMESPACE, "capital");
    private static final IRI GP_ISO3 = iri(GP.NAMESPACE, "iso3");
    private static final IRI GP_SHORT_NAME = iri(GP.NAMESPACE, "shortName");
    private static final IRI GP_TITLE = iri(GP.NAMESPACE, "title");
    private static final IRI GP_TITLE_CLASS = iri(GP.NAMESPACE, "Title");
    private static final IRI GP_COLLECTIVE_ACTOR = iri(GP.NAMESPACE, "CollectiveActor");

    private static Model model;

    @BeforeAll
    static void parseAll() throws IOException {
        model = parse(BASE);
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> paths = Files.list(DIR)) {
            return paths.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        }
    }

    private static Model parse(String base) throws IOException {
        var all = new LinkedHashModel();
        for (Path file : files()) {
            try (InputStream in = Files.newInputStream(file)) {
                all.addAll(Rio.parse(in, base, RDFFormat.TURTLE));
            }
        }
        return all;
    }

    private static IRI id(String kind, String slug) {
        return iri(BASE + "id/" + kind + "/" + slug);
    }

    @Test
    void allFourFilesAreThereAndNoneSetsItsOwnBase() throws IOException {
        assertThat(files()).extracting(p -> p.getFileName().toString())
                .containsExactly("countries.ttl", "organisations.ttl", "people.ttl", "titles.ttl");
        for (Path file : files()) {
            assertThat(Files.readString(file)).as(file.toString()).doesNotContain("@base", "BASE <");
        }
    }

    @Test
    void everyRowOfCountriesTsvIsACountry() {
        assertThat(model.filter(null, RDF.TYPE, SCHEMA.Country).subjects()).hasSize(250);
    }

    @Test
    void russiaIsWikidataQ159WithMoscowAsCapital() {
        IRI russia = id("country", "russia");
        assertThat(model.filter(russia, SCHEMA.sameAs, null).objects())
                .containsExactly(iri(Namespaces.WIKIDATA, "Q159"));
        assertThat(Models.getPropertyString(model, russia, GP_ISO3)).contains("RUS");
        assertThat(Models.getProperty(model, russia, GP_CAPITAL)).contains(id("place", "moscow"));
    }

    @Test
    void ecuadorTakesBothSpellingsOfItsDemonym() {
        assertThat(model.filter(id("country", "ecuador"), iri(GP.NAMESPACE, "demonym"), null).objects())
                .extracting(Value::stringValue)
                .contains("Ecuadorian", "Ecuadorean");
    }

    @Test
    void pyongyangIsInNorthKoreaAndIsWikidataQ18808() {
        IRI pyongyang = id("place", "pyongyang");
        assertThat(model.contains(pyongyang, RDF.TYPE, SCHEMA.City)).isTrue();
        assertThat(model.filter(pyongyang, SCHEMA.containedInPlace, null).objects())
                .containsExactly(id("country", "north-korea"));
        assertThat(model.filter(pyongyang, SCHEMA.sameAs, null).objects())
                .containsExactly(iri(Namespaces.WIKIDATA, "Q18808"));
    }

    @Test
    void capitalsOfTheSameNameAreDisambiguatedByCountry() {
        assertThat(model.contains(id("place", "kingston"), null, null)).isFalse();
        assertThat(model.filter(id("place", "kingston-jamaica"), SCHEMA.containedInPlace, null).objects())
                .containsExactly(id("country", "jamaica"));
    }

    @Test
    void everySameAsIsAWikidataItem() {
        assertThat(model.filter(null, SCHEMA.sameAs, null).objects())
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.stringValue()).matches(QID_IRI));
    }

    @Test
    void noTwoSubjectsShareAQidExceptTheThreeCityStates() {
        Map<String, Set<Resource>> byQid = new HashMap<>();
        for (Statement st : model.filter(null, SCHEMA.sameAs, null)) {
            String qid = st.getObject().stringValue().substring(Namespaces.WIKIDATA.length());
            byQid.computeIfAbsent(qid, q -> new TreeSet<>((a, b) -> a.stringValue().compareTo(b.stringValue())))
                    .add(st.getSubject());
        }
        Map<String, Set<Resource>> shared = new TreeMap<>();
        byQid.forEach((qid, subjects) -> {
            if (subjects.size() > 1) {
                shared.put(qid, subjects);
            }
        });
        assertThat(shared.keySet()).isEqualTo(SHARED_QIDS);
        shared.values().forEach(subjects -> assertThat(subjects)
                .hasSize(2)
                .anySatisfy(s -> assertThat(model.contains(s, RDF.TYPE, SCHEMA.Country)).isTrue())
                .anySatisfy(s -> assertThat(model.contains(s, RDF.TYPE, SCHEMA.City)).isTrue()));
    }

    @Test
    void everyPersonHoldsAPositionInACountryOrOrganisationOfTheGazetteer() {
        Set<Resource> people = model.filter(null, RDF.TYPE, SCHEMA.Person).subjects();
        assertThat(people).hasSizeGreaterThanOrEqualTo(50);
        for (Resource person : people) {
            Set<Value> positions = model.filter(person, GP.holdsPosition, null).objects();
            assertThat(positions).as("positions of %s", person).isNotEmpty();
            for (Value position : positions) {
                Resource p = (Resource) position;
                assertThat(model.contains(p, RDF.TYPE, GP.PositionHolding)).as("%s", p).isTrue();
                assertThat(Models.getPropertyLiteral(model, p, SCHEMA.roleName)).as("role of %s", p).isPresent();
                Set<Value> jurisdictions = model.filter(p, GP.jurisdiction, null).objects();
                assertThat(jurisdictions).as("jurisdiction of %s", p).hasSize(1);
                Resource j = (Resource) jurisdictions.iterator().next();
                assertThat(model.contains(j, RDF.TYPE, SCHEMA.Country) || model.contains(j, RDF.TYPE, SCHEMA.Organization))
                        .as("%s of %s is a country or organisation of the gazetteer", j, p).isTrue();
                Resource title = Models.getPropertyResource(model, p, GP_TITLE).orElseThrow();
                assertThat(model.contains(title, RDF.TYPE, GP_TITLE_CLASS)).as("%s", title).isTrue();
            }
        }
    }

    @Test
    void theSeedArticlesLeadersAreThereAsTheContractShowsThem() {
        IRI putin = id("person", "vladimir-putin");
        IRI position = id("position", "vladimir-putin-president-of-russia");
        assertThat(model.filter(putin, SCHEMA.sameAs, null).objects()).containsExactly(iri(Namespaces.WIKIDATA, "Q7747"));
        assertThat(model.filter(putin, GP.holdsPosition, null).objects()).containsExactly(position);
        assertThat(model.filter(position, GP.jurisdiction, null).objects()).containsExactly(id("country", "russia"));
        IRI kim = id("person", "kim-jong-un");
        assertThat(model.filter(kim, SCHEMA.sameAs, null).objects()).containsExactly(iri(Namespaces.WIKIDATA, "Q56226"));
        assertThat(Models.getPropertyString(model, kim, GP_SHORT_NAME)).contains("Kim");
    }

    @Test
    void positionDatesAreXsdDates() {
        Stream.of(SCHEMA.startDate, SCHEMA.endDate)
                .flatMap(p -> model.filter(null, p, null).objects().stream())
                .forEach(o -> assertThat(((Literal) o).getDatatype()).isEqualTo(XSD.DATE));
    }

    @Test
    void theWestHasNoBareWestLabel() {
        IRI west = id("org", "the-west");
        assertThat(model.contains(west, RDF.TYPE, GP_COLLECTIVE_ACTOR)).isTrue();
        assertThat(model.filter(null, null, null).stream()
                .filter(st -> st.getObject().isLiteral())
                .map(st -> st.getObject().stringValue()))
                .doesNotContain("West", "west");
    }

    @Test
    void everyIriIsUnderTheBaseOrAVocabulary() {
        assertThat(model.stream().flatMap(st -> Stream.of(st.getSubject(), st.getPredicate(), st.getObject())))
                .filteredOn(Value::isIRI)
                .allSatisfy(v -> assertThat(v.stringValue().startsWith(BASE + "id/")
                        || VOCABULARIES.stream().anyMatch(ns -> v.stringValue().startsWith(ns)))
                        .as("%s is under the base or a vocabulary", v).isTrue());
    }

    @Test
    void theFilesFollowWhateverBaseTheyAreParsedWith() throws IOException {
        String other = "https://news.example.net/graph-root/";
        Model rebased = parse(other);
        assertThat(rebased).hasSameSizeAs(model);
        assertThat(rebased.filter(null, RDF.TYPE, SCHEMA.Country).subjects())
                .allSatisfy(s -> assertThat(s.stringValue()).startsWith(other + "id/country/"));
        assertThat(rebased.stream().flatMap(st -> Stream.of(st.getSubject(), st.getObject())))
                .noneMatch(v -> v.stringValue().startsWith(BASE));
    }
}
