package org.newsgraph.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BrowsePagesTest {

    @Test
    void foldDropsCaseAndAccents() {
        assertThat(BrowsePages.fold("Luiz Inácio Lula da Silva")).isEqualTo("luiz inacio lula da silva");
        assertThat(BrowsePages.fold("Recep Tayyip Erdoğan")).isEqualTo("recep tayyip erdogan");
        assertThat(BrowsePages.fold("ÉMMANUEL MACRON")).isEqualTo("emmanuel macron");
    }

    @Test
    void foldMakesCompatibilityFormsComparable() {
        assertThat(BrowsePages.fold("ﬁnland")).isEqualTo("finland");
        assertThat(BrowsePages.fold("Ｐｕｔｉｎ")).isEqualTo("putin");
    }

    @Test
    void foldKeepsOtherScripts() {
        assertThat(BrowsePages.fold("Владимир Путин")).isEqualTo("владимир путин");
        assertThat(BrowsePages.fold("İstanbul")).startsWith("istanbul");
    }

    @Test
    void knownKindsHaveAnIndexAndOthersNone() {
        assertThat(BrowsePages.hasIndex("person")).isTrue();
        assertThat(BrowsePages.hasIndex("position")).isTrue();
        assertThat(BrowsePages.hasIndex("graph")).isFalse();
        assertThat(BrowsePages.hasIndex("person/")).isFalse();
    }
}
