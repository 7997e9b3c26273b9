package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MediaRangeTest {

    private static final List<String> OFFERED = List.of("text/html", "text/turtle", "application/ld+json");

    @Test
    void honoursQValues() {
        assertThat(MediaRange.choose("text/html;q=0.5, text/turtle", OFFERED)).hasValue("text/turtle");
        assertThat(MediaRange.choose("application/ld+json;q=0.9, text/turtle;q=0.8", OFFERED)).hasValue("application/ld+json");
    }

    @Test
    void aBrowserGetsHtml() {
        String chrome = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
        assertThat(MediaRange.choose(chrome, OFFERED)).hasValue("text/html");
    }

    @Test
    void theMostSpecificRangeDecides() {
        assertThat(MediaRange.choose("text/*;q=0.9, text/html;q=0.1", OFFERED)).hasValue("text/turtle");
    }

    @Test
    void noHeaderTakesTheServersFirstChoice() {
        assertThat(MediaRange.choose(null, OFFERED)).hasValue("text/html");
        assertThat(MediaRange.choose("", List.of("text/turtle", "text/html"))).hasValue("text/turtle");
    }

    @Test
    void nothingAcceptableIsEmpty() {
        assertThat(MediaRange.choose("image/png", OFFERED)).isEmpty();
        assertThat(MediaRange.choose("text/turtle;q=0", OFFERED)).isEmpty();
        assertThat(MediaRange.choose("garbage", OFFERED)).isEmpty();
    }
}
