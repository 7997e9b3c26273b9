package org.newsgraph.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.query.parser.QueryParserUtil;
import org.junit.jupiter.api.Test;
import org.newsgraph.vocab.Namespaces;

class ExampleQueriesTest {

    @Test
    void aDozenExamplesThatAllParse() {
        List<ExampleQueries.Example> examples = ExampleQueries.all("http://example.org/");
        assertThat(examples).hasSizeGreaterThanOrEqualTo(12);
        assertThat(examples).extracting(ExampleQueries.Example::id).doesNotHaveDuplicates();
        for (ExampleQueries.Example example : examples) {
            QueryParserUtil.parseQuery(QueryLanguage.SPARQL, example.query(), null);
        }
    }

    @Test
    void onlyThePrefixesInUseAreDeclared() {
        String query = ExampleQueries.withPrefixes("SELECT * { ?s a schema:Person ; gp:shortName \"x:y\" . FILTER (STR(?s) != STR(wd:)) }",
                Namespaces.withBase("http://example.org/"));
        assertThat(query).contains("PREFIX schema: <http://schema.org/>")
                .contains("PREFIX gp: <https://w3id.org/newsgraph/geopol#>")
                .contains("PREFIX wd: <http://www.wikidata.org/entity/>")
                .doesNotContain("PREFIX nif:")
                .doesNotContain("PREFIX x:");
    }
}
