package org.newsgraph.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UriSpaceTest {

    @Test
    void slugsFoldAccentsAndPunctuation() {
        assertThat(UriSpace.slug("Luiz Inácio Lula da Silva")).isEqualTo("luiz-inacio-lula-da-silva");
        assertThat(UriSpace.slug("Côte d'Ivoire")).isEqualTo("cote-d-ivoire");
        assertThat(UriSpace.slug("Jonas Gahr Støre")).isEqualTo("jonas-gahr-store");
        assertThat(UriSpace.slug("Aleksandar Vučić")).isEqualTo("aleksandar-vucic");
        assertThat(UriSpace.slug("  ..  ")).isEqualTo("x");
    }

    @Test
    void longSlugsAreCutAtAWordBoundary() {
        String slug = UriSpace.slug("word ".repeat(40));
        assertThat(slug).hasSizeLessThanOrEqualTo(UriSpace.MAX_SLUG_LENGTH).doesNotEndWith("-").endsWith("word");
    }

    @Test
    void mintsUnderTheBase() {
        UriSpace uris = new UriSpace("https://news.example.org/lod/");
        assertThat(uris.id("person", "vladimir-putin").stringValue()).isEqualTo("https://news.example.org/lod/id/person/vladimir-putin");
        assertThat(uris.span("a", 0, 12).stringValue()).isEqualTo("https://news.example.org/lod/id/article/a/text#char=0,12");
        assertThat(uris.pageOf("https://news.example.org/lod/id/country/russia")).isEqualTo("https://news.example.org/lod/page/country/russia");
        assertThat(uris.pageOf("http://www.wikidata.org/entity/Q159")).isEqualTo("http://www.wikidata.org/entity/Q159");
    }

    @Test
    void refusesABaseThatCannotMintIris() {
        assertThatThrownBy(() -> new UriSpace("localhost:8080/")).hasMessageContaining("absolute http(s) URI");
        assertThatThrownBy(() -> new UriSpace("http://example.org")).hasMessageContaining("must end with '/'");
        assertThatThrownBy(() -> new UriSpace("http://example.org/?a=b/")).hasMessageContaining("no query");
    }
}
