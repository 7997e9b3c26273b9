package org.newsgraph.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.sail.memory.MemoryStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.link.EntityLinker;
import org.newsgraph.link.Gazetteer;
import org.newsgraph.link.LinkingReport;
import org.newsgraph.text.TextMapper;
import org.newsgraph.vocab.UriSpace;

/** The seed article through the text, mention and entity mappers with the real gazetteer, checked with SPARQL. */
class SeedArticleMappingTest {

    private static final String BASE = "http://example.org/";
    private static final UriSpace URIS = new UriSpace(BASE);
    private static final String PREFIXES = """
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
            PREFIX schema: <http://schema.org/>
            PREFIX gp: <https://w3id.org/newsgraph/geopol#>
            """;

    private static Gazetteer gazetteer;
    private static MappingContext context;
    private static SailRepository repository;

    @BeforeAll
    static void mapSeed() throws Exception {
        gazetteer = Gazetteer.load(Path.of("data/gazetteer"), URIS);
        context = map(new ArticleReader().read(Path.of("data/articles/putin-visits-pyongyang.txt")));
        repository = new SailRepository(new MemoryStore());
        try (RepositoryConnection connection = repository.getConnection()) {
            connection.add(context.model(), context.graphIri());
            connection.add(gazetteer.model(), Values.iri(BASE + "graph/gazetteer"));
        }
    }

    @AfterAll
    static void shutDown() {
        repository.shutDown();
    }

    private static MappingContext map(Article article) {
        MappingContext mapping = new MappingContext(URIS, article);
        for (Mapper mapper : List.of(new TextMapper(), new MentionMapper(new EntityLinker(gazetteer)), new EntityMapper())) {
            mapper.map(mapping);
        }
        return mapping;
    }

    private static List<BindingSet> select(String query) {
        try (RepositoryConnection connection = repository.getConnection()) {
            TupleQuery tupleQuery = connection.prepareTupleQuery(PREFIXES + query);
            tupleQuery.setBinding("article", context.articleIri());
            try (TupleQueryResult result = tupleQuery.evaluate()) {
                List<BindingSet> rows = new ArrayList<>();
                result.forEach(rows::add);
                return rows;
            }
        }
    }

    private static IRI id(String kind, String slug) {
        return URIS.id(kind, slug);
    }

    @Test
    void linksTheSeedEntitiesWithTheirWikidataIdentities() {
        Map<String, String> sameAs = new HashMap<>();
        for (BindingSet row : select("""
                SELECT DISTINCT ?entity ?same WHERE {
                  ?phrase a nif:Phrase ; itsrdf:taIdentRef ?entity .
                  OPTIONAL { ?entity schema:sameAs ?same }
                }""")) {
            sameAs.put(row.getValue("entity").stringValue(), row.hasBinding("same") ? row.getValue("same").stringValue() : "");
        }
        String wd = "http://www.wikidata.org/entity/";
        assertThat(sameAs).contains(
                entry(id("person", "vladimir-putin").stringValue(), wd + "Q7747"),
                entry(id("person", "kim-jong-un").stringValue(), wd + "Q56226"),
                entry(id("country", "russia").stringValue(), wd + "Q159"),
                entry(id("country", "north-korea").stringValue(), wd + "Q423"),
                entry(id("place", "pyongyang").stringValue(), wd + "Q18808"),
                entry(id("country", "united-states").stringValue(), wd + "Q30"),
                entry(id("country", "ukraine").stringValue(), wd + "Q212"));
        assertThat(sameAs).containsKeys(id("org", "the-west").stringValue(), id("org", "the-international-community").stringValue());
    }

    @Test
    void everyShortPutinLinksToPutin() {
        List<BindingSet> rows = select("""
                SELECT ?phrase ?entity WHERE { ?phrase a nif:Phrase ; nif:anchorOf "Putin" ; itsrdf:taIdentRef ?entity }""");
        assertThat(rows).hasSize(5)
                .allSatisfy(row -> assertThat(row.getValue("entity")).isEqualTo(id("person", "vladimir-putin")));
    }

    @Test
    void theTwoLeadersArePutinAndKim() {
        List<BindingSet> rows = select("""
                SELECT ?entity WHERE { ?phrase nif:anchorOf "The two leaders" ; itsrdf:taIdentRef ?entity }""");
        assertThat(rows).extracting(row -> row.getValue("entity"))
                .containsExactlyInAnyOrder(id("person", "vladimir-putin"), id("person", "kim-jong-un"));
        List<BindingSet> nations = select("""
                SELECT ?entity WHERE { ?phrase nif:anchorOf "the two nations" ; itsrdf:taIdentRef ?entity }""");
        assertThat(nations).extracting(row -> row.getValue("entity"))
                .containsExactlyInAnyOrder(id("country", "russia"), id("country", "north-korea"));
    }

    @Test
    void pyongyangIsTheCityWhereHeArrived() {
        List<BindingSet> rows = select("""
                SELECT ?class WHERE { ?phrase nif:anchorOf "Pyongyang" ; itsrdf:taIdentRef ?city ; itsrdf:taClassRef ?class .
                                      ?city schema:containedInPlace ?country }""");
        assertThat(rows).isNotEmpty()
                .allSatisfy(row -> assertThat(row.getValue("class")).isEqualTo(Values.iri("http://schema.org/City")));
    }

    @Test
    void everyAnchorIsTheTextAtItsCodePointOffsets() {
        List<BindingSet> rows = select("""
                SELECT ?anchor ?begin ?end ?text ?sentence WHERE {
                  ?s nif:referenceContext ?context ; nif:anchorOf ?anchor ; nif:beginIndex ?begin ; nif:endIndex ?end .
                  ?context a nif:Context ; nif:isString ?text .
                  OPTIONAL { ?s nif:sentence ?sentence }
                }""");
        assertThat(rows).hasSizeGreaterThan(50);
        for (BindingSet row : rows) {
            int[] codePoints = row.getValue("text").stringValue().codePoints().toArray();
            int begin = Integer.parseInt(row.getValue("begin").stringValue());
            int end = Integer.parseInt(row.getValue("end").stringValue());
            assertThat(new String(codePoints, begin, end - begin)).isEqualTo(row.getValue("anchor").stringValue());
        }
    }

    @Test
    void everyPhraseHasTheContractShape() {
        List<BindingSet> malformed = select("""
                SELECT ?phrase WHERE {
                  ?phrase a nif:Phrase .
                  FILTER NOT EXISTS {
                    ?phrase a nif:RFC5147String ; nif:referenceContext ?context ; nif:sentence ?sentence ;
                            itsrdf:taIdentRef ?entity ; itsrdf:taClassRef ?class .
                    ?sentence a nif:Sentence ; nif:referenceContext ?context .
                    ?context a nif:Context .
                  }
                }""");
        assertThat(malformed).isEmpty();
    }

    @Test
    void theArticleMentionsEveryLinkedEntity() {
        List<BindingSet> unmentioned = select("""
                SELECT ?entity WHERE { ?phrase itsrdf:taIdentRef ?entity . FILTER NOT EXISTS { ?article schema:mentions ?entity } }""");
        assertThat(unmentioned).isEmpty();
        assertThat(context.get(LinkingReport.class).summary()).matches("\\d+ mentions of \\d+ entities \\(0 minted\\)");
    }

    @Test
    void modelHasNoStatementsAboutGazetteerEntitiesBesidesArticlePositions() {
        Model model = context.model();
        assertThat(model.filter(id("country", "russia"), null, null)).isEmpty();
        assertThat(model.filter(id("person", "vladimir-putin"), null, null)).isEmpty();
    }
}
