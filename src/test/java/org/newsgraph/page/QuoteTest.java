package org.newsgraph.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteTest {

    // The flag is two code points and four UTF-16 units: offsets after it differ by two between the counts.
    private static final String SENTENCE = "🇷🇺 Russian President Vladimir Putin arrived.";

    @Test
    void marksTheMentionByCodePointsAfterAnEmoji() {
        Quote quote = Quote.of(SENTENCE, 0, 21, 35);
        assertThat(quote.mark()).isEqualTo("Vladimir Putin");
        assertThat(quote.before()).isEqualTo("🇷🇺 Russian President ");
        assertThat(quote.after()).isEqualTo(" arrived.");
    }

    @Test
    void countsFromTheSentenceBeginInTheText() {
        Quote quote = Quote.of("He met 👋 Kim Jong Un.", 100, 109, 120);
        assertThat(quote.mark()).isEqualTo("Kim Jong Un");
        assertThat(quote.before()).isEqualTo("He met 👋 ");
    }

    @Test
    void offsetsOutsideTheSentenceLeaveItUnmarked() {
        assertThat(Quote.of(SENTENCE, 0, 40, 400)).isEqualTo(new Quote(SENTENCE, "", ""));
        assertThat(Quote.of(SENTENCE, 10, 5, 12)).isEqualTo(new Quote(SENTENCE, "", ""));
        assertThat(Quote.of(SENTENCE, 0, 12, 12)).isEqualTo(new Quote(SENTENCE, "", ""));
        assertThat(Quote.of(SENTENCE, 0, 12, 3)).isEqualTo(new Quote(SENTENCE, "", ""));
    }

    @Test
    void neverSplitsASurrogatePair() {
        Quote quote = Quote.of("a😀b", 0, 1, 2);
        assertThat(quote.mark()).isEqualTo("😀");
        assertThat(quote.before() + quote.mark() + quote.after()).isEqualTo("a😀b");
    }

    @Test
    void spanOfTheWholeTextReachesItsLastCodePoint() {
        assertThat(Quote.span(SENTENCE, 0, SENTENCE.codePointCount(0, SENTENCE.length())).mark()).isEqualTo(SENTENCE);
    }
}
