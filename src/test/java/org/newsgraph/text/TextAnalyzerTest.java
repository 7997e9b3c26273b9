package org.newsgraph.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();

    private List<String> texts(String text) {
        return analyzer.sentences(text).stream().map(Sentence::text).toList();
    }

    @Test
    void headlineAndStandfirstAreSentencesEvenWithoutTerminators() {
        assertThat(texts("Putin visits Pyongyang\n\nThe leaders meet\n\nBody one. Body two."))
                .containsExactly("Putin visits Pyongyang", "The leaders meet", "Body one.", "Body two.");
    }

    @Test
    void dottedAcronymsTitlesAndInitialsDoNotEndSentences() {
        assertThat(texts("Sanctions from the U.S. and its allies hurt. Mr. Smith met Dr. Jones and George W. Bush."))
                .containsExactly("Sanctions from the U.S. and its allies hurt.", "Mr. Smith met Dr. Jones and George W. Bush.");
        assertThat(texts("They met U.S. President Joe Biden in Washington."))
                .containsExactly("They met U.S. President Joe Biden in Washington.");
    }

    @Test
    void dottedAcronymEndsASentenceBeforeATypicalOpener() {
        assertThat(texts("He flew to the U.S. The talks began."))
                .containsExactly("He flew to the U.S.", "The talks began.");
    }

    @Test
    void monthAbbreviationsBeforeDaysAndDecimalsStayInside() {
        assertThat(texts("On Jan. 5 growth was 3.5 percent. Prices rose 1.2% in Sept. after that."))
                .containsExactly("On Jan. 5 growth was 3.5 percent.", "Prices rose 1.2% in Sept. after that.");
    }

    @Test
    void closingQuotesBelongToTheSentenceTheyEnd() {
        assertThat(texts("He said: \"We will win.\" Then he left. \"Will we?\" she asked. ‘Yes!’ They cheered."))
                .containsExactly("He said: \"We will win.\"", "Then he left.", "\"Will we?\" she asked.", "‘Yes!’", "They cheered.");
    }

    @Test
    void paragraphBreakEndsASentenceWithoutPunctuation() {
        assertThat(texts("First line without stop\n \nSecond paragraph"))
                .containsExactly("First line without stop", "Second paragraph");
    }

    @Test
    void offsetsCountCodePointsAcrossEmojiAndNonBmpCharacters() {
        String text = "Fans cheer 🎉🇰🇵 in 𝔓yongyang. Next 😀 sentence.";
        List<Sentence> sentences = analyzer.sentences(text);
        assertThat(sentences).hasSize(2);
        Sentence second = sentences.get(1);
        assertThat(second.text()).isEqualTo("Next 😀 sentence.");
        assertThat(second.charBegin()).isEqualTo(text.indexOf("Next"));
        assertThat(second.begin()).isEqualTo(text.codePointCount(0, text.indexOf("Next")));
        assertThat(second.begin()).isLessThan(second.charBegin());
        int[] codePoints = text.codePoints().toArray();
        for (Sentence sentence : sentences) {
            assertThat(new String(codePoints, sentence.begin(), sentence.end() - sentence.begin())).isEqualTo(sentence.text());
        }
    }
}
