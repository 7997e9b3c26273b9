package org.newsgraph.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.article.ArticleReader;

/** The seed article through the whole pipeline (real gazetteer, built-in rules) against DESIGN.md §4. */
class SeedEventsTest {

    private static Model graph;

    @BeforeAll
    static void mapSeed() throws Exception {
        FullPipeline pipeline = FullPipeline.get();
        graph = new LinkedHashModel(pipeline.map(new ArticleReader().read(Path.of("data/articles/putin-visits-pyongyang.txt"))));
        graph.addAll(pipeline.gazetteer());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a state visit by Putin from Russia to North Korea, asserted | ASK { ?v a gp:StateVisit ; gp:visitor/schema:sameAs wd:Q7747 ; gp:sourceCountry/schema:sameAs wd:Q159 ; gp:targetCountry/schema:sameAs wd:Q423 ; gp:factuality gp:asserted ; gp:cameoCode cameo:042 }
            hosted by Kim Jong Un in Pyongyang | ASK { ?v a gp:StateVisit ; gp:host/schema:sameAs wd:Q56226 ; schema:location/schema:sameAs wd:Q18808 }
            the visit's evidence includes 'first trip to North Korea in 24 years' | ASK { ?v a gp:StateVisit ; gp:evidence/nif:anchorOf ?a . FILTER(CONTAINS(STR(?a), "first trip to North Korea in 24 years")) }
            talks between Russia and North Korea (talks have no direction) | ASK { ?t a gp:BilateralTalks . { ?t gp:sourceCountry ?ru ; gp:targetCountry ?kp } UNION { ?t gp:sourceCountry ?kp ; gp:targetCountry ?ru } ?ru schema:sameAs wd:Q159 . ?kp schema:sameAs wd:Q423 }
            economic cooperation in energy, food and technology | ASK { ?t a gp:BilateralTalks ; gp:cooperationDomain gp:economic, gp:energy, gp:food, gp:technology }
            military cooperation with cyber capabilities | ASK { ?t a gp:BilateralTalks ; gp:cooperationDomain gp:military, gp:cyber }
            background sanctions on North Korea over its nuclear and missile programs | ASK { ?r a gp:SanctionsRegime ; gp:sanctionTarget/schema:sameAs wd:Q423 ; gp:factuality gp:background ; gp:reason "its nuclear and missile programs"@en }
            US-led or Western sanctions on North Korea | ASK { ?r a gp:SanctionsRegime ; gp:sanctionTarget/schema:sameAs wd:Q423 ; gp:imposedBy ?i . { ?i schema:sameAs wd:Q30 } UNION { ?i schema:name "the West"@en } }
            background sanctions on Russia over its actions in Ukraine | ASK { ?r a gp:SanctionsRegime ; gp:sanctionTarget/schema:sameAs wd:Q159 ; gp:factuality gp:background ; gp:reason "its actions in Ukraine"@en ; gp:imposedBy/schema:name "the West"@en }
            every event has its sentences, article, rule, confidence and name | ASK { FILTER NOT EXISTS { ?e gp:cameoCode ?c . FILTER NOT EXISTS { ?e gp:evidence/a nif:Sentence ; prov:wasDerivedFrom/a schema:NewsArticle ; prov:wasGeneratedBy/a prov:Plan ; gp:confidence ?k ; schema:name ?n ; gp:factuality ?f } } }
            the article is about the visit and the two countries | ASK { ?a schema:about ?v , ?ru , ?kp . ?v a gp:StateVisit . ?ru schema:sameAs wd:Q159 . ?kp schema:sameAs wd:Q423 }
            the article's content location is Pyongyang | ASK { ?a a schema:NewsArticle ; schema:contentLocation/schema:sameAs wd:Q18808 }
            the article's subject is diplomacy | ASK { ?a a schema:NewsArticle ; dcterms:subject <http://cv.iptc.org/newscodes/mediatopic/20000639> }
            the article is not about background sanctions | ASK { FILTER NOT EXISTS { ?a schema:about ?r . ?r a gp:SanctionsRegime } }
            nobody visits Russia and Kim visits nobody | ASK { FILTER NOT EXISTS { { ?e a gp:StateVisit ; gp:visitor/schema:sameAs wd:Q56226 } UNION { ?e a gp:StateVisit ; gp:targetCountry/schema:sameAs wd:Q159 } } }
            no sanctions are imposed as an act in this article | ASK { FILTER NOT EXISTS { ?e a gp:SanctionsImposition } }
            """)
    void seedFact(String fact, String ask) {
        assertThat(RdfAsk.ask(graph, ask)).as(fact).isTrue();
    }
}
