package org.newsgraph.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.vocab.UriSpace;

class LinksTest {

    private final Links links = new Links(new UriSpace("http://example.org/"));

    @Test
    void thingsGoToTheirPageAndSpansToTheMarkedText() {
        assertThat(links.href("http://example.org/id/person/vladimir-putin")).isEqualTo("/page/person/vladimir-putin");
        assertThat(links.href("http://example.org/id/article/a/text#char=3,9")).isEqualTo("/id/article/a/text?char=3,9#char=3,9");
        assertThat(links.href("http://example.org/id/article/a/text")).isEqualTo("/id/article/a/text");
    }

    @Test
    void graphsGoToTheirListingAndTermsToTheOntology() {
        assertThat(links.href("http://example.org/graph/gazetteer")).isEqualTo("/page/graph/gazetteer");
        assertThat(links.href("https://w3id.org/newsgraph/geopol#StateVisit")).isEqualTo("/ontology#StateVisit");
        assertThat(links.href("https://w3id.org/newsgraph/cameo/042")).isEqualTo("/ontology/cameo#042");
        assertThat(links.href("http://www.wikidata.org/entity/Q159")).isEqualTo("http://www.wikidata.org/entity/Q159");
    }
}
