package org.newsgraph.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResourcePathTest {

    @Test
    void parsesKindAndSlug() {
        assertThat(ResourcePath.parse("person/vladimir-putin")).contains(new ResourcePath("person", "vladimir-putin", false));
        assertThat(ResourcePath.parse("rule/state-visit").orElseThrow().local()).isEqualTo("rule/state-visit");
    }

    @Test
    void parsesAnArticleText() {
        ResourcePath text = ResourcePath.parse("article/some-news/text").orElseThrow();
        assertThat(text.text()).isTrue();
        assertThat(text.local()).isEqualTo("article/some-news/text");
    }

    @Test
    void refusesOddPaths() {
        for (String odd : new String[] {null, "", "person", "person/", "/person/x", "person/x/", "spaceship/x", "person/../pom.xml",
                "person/..", "person/-leading-dash", "person/v\u00e1dimir", "person/a b", "person/a%2Fb", "person/x\u0000",
                "person/x/text", "article/x/txt", "article/x/text/more", "PERSON/x", "person/x;y", "person/x.ttl",
                "person/" + "a".repeat(201)}) {
            assertThat(ResourcePath.parse(odd)).as(String.valueOf(odd)).isEmpty();
        }
    }

    @Test
    void refusesOverlongPathsBeforeSplittingThem() {
        assertThat(ResourcePath.parse("person/" + "a/".repeat(ResourcePath.MAX_PATH_LENGTH))).isEmpty();
    }

    @Test
    void slugsAreAsciiLettersDigitsAndDashes() {
        assertThat(ResourcePath.isSlug("north-korea")).isTrue();
        assertThat(ResourcePath.isSlug("q42_x~1")).isTrue();
        assertThat(ResourcePath.isSlug(null)).isFalse();
        assertThat(ResourcePath.isSlug("")).isFalse();
        assertThat(ResourcePath.isSlug("a/b")).isFalse();
        assertThat(ResourcePath.isSlug("..")).isFalse();
    }
}
