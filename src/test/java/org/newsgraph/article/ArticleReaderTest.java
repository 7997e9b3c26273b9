package org.newsgraph.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    private final ArticleReader reader = new ArticleReader();

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsTheSeedArticleWithoutFrontMatter() throws Exception {
        Article article = reader.read(Path.of("data/articles/putin-visits-pyongyang.txt"));
        assertThat(article.headline()).isEqualTo("Putin begins historic visit to North Korea, strengthening ties with Kim Jong Un amid western pressure");
        assertThat(article.standfirst()).startsWith("Russian President Vladimir Putin has arrived in Pyongyang");
        assertThat(article.body()).hasSize(7);
        assertThat(article.body().get(0)).startsWith("Russian President Vladimir Putin has embarked");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.datePublished()).isNull();
        assertThat(article.slug()).isEqualTo("putin-begins-historic-visit-to-north-korea-strengthening-ties-with-kim-jong-un");
        assertThat(article.text()).startsWith(article.headline() + "\n\n" + article.standfirst() + "\n\n");
    }

    @Test
    void readsFrontMatterAndNormalisesLineEndings() throws Exception {
        Path file = write("a.txt", "---\r\nurl: https://news.example.org/2024/06/19/kishida-canberra\r\n"
                + "datePublished: 2024-06-19T08:30:00+09:00\r\nauthor: Jane Doe\r\nlanguage: en-GB\r\n---\r\n"
                + "Kishida arrives in Canberra\r\n\r\nThe prime minister landed.\r\n\r\nFirst body paragraph.\r\n\r\nSecond.\r\n");
        Article article = reader.read(file);
        assertThat(article.url()).isEqualTo("https://news.example.org/2024/06/19/kishida-canberra");
        assertThat(article.slug()).isEqualTo("kishida-canberra");
        assertThat(article.datePublished()).isEqualTo(OffsetDateTime.parse("2024-06-19T08:30:00+09:00"));
        assertThat(article.publicationDay()).isEqualTo(LocalDate.of(2024, 6, 19));
        assertThat(article.author()).isEqualTo("Jane Doe");
        assertThat(article.language()).isEqualTo("en-GB");
        assertThat(article.text()).isEqualTo("Kishida arrives in Canberra\n\nThe prime minister landed.\n\nFirst body paragraph.\n\nSecond.");
        assertThat(article.body()).containsExactly("First body paragraph.", "Second.");
    }

    @Test
    void normalisesToNfc() throws Exception {
        Article article = reader.readText("x.txt", "Lula\u0301 in Brasi\u0301lia\n\nStandfirst.");
        assertThat(article.headline()).isEqualTo("Lulá in Brasília");
    }

    @Test
    void emptyFileNamesTheFileAndWhatWasExpected() throws Exception {
        Path file = write("empty.txt", "");
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(ArticleFormatException.class)
                .hasMessageContaining("empty.txt:1")
                .hasMessageContaining("expected a headline");
    }

    @Test
    void frontMatterWithoutHeadlineIsRejected() throws Exception {
        Path file = write("nohead.txt", "---\nurl: https://example.org/a\n---\n\n");
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(ArticleFormatException.class)
                .hasMessageContaining("nohead.txt:4")
                .hasMessageContaining("headline");
    }

    @Test
    void badDateNamesItsLine() throws Exception {
        Path file = write("date.txt", "---\nurl: https://example.org/a\ndatePublished: last Tuesday\n---\nHeadline\n");
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(ArticleFormatException.class)
                .hasMessageContaining("date.txt:3")
                .hasMessageContaining("'last Tuesday' is not a date")
                .hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void unclosedFrontMatterIsRejected() throws Exception {
        Path file = write("open.txt", "---\nurl: https://example.org/a\nHeadline\n");
        assertThatThrownBy(() -> reader.read(file)).hasMessageContaining("open.txt:1").hasMessageContaining("never closed");
    }

    @Test
    void unknownFrontMatterKeyIsRejected() throws Exception {
        Path file = write("key.txt", "---\ntitel: x\n---\nHeadline\n");
        assertThatThrownBy(() -> reader.read(file)).hasMessageContaining("key.txt:2").hasMessageContaining("unknown front-matter key 'titel'");
    }

    @Test
    void invalidUtf8NamesTheLine() throws Exception {
        Path file = dir.resolve("latin1.txt");
        Files.write(file, "Headline\n\nS\u00e3o Paulo".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(ArticleFormatException.class)
                .hasMessageContaining("latin1.txt:3")
                .hasMessageContaining("invalid UTF-8");
    }

    @Test
    void readsNinjsJson() throws Exception {
        Path file = write("a.json", """
                {"uri": "https://news.example.org/2024/05/14/eu-iran-sanctions",
                 "headline": "EU imposes sanctions on Iran",
                 "body_text": "The EU acted on Tuesday.\\n\\nTehran condemned the move.",
                 "versioncreated": "2024-05-14T10:00:00Z", "byline": "Staff", "language": "en"}
                """);
        Article article = reader.read(file);
        assertThat(article.headline()).isEqualTo("EU imposes sanctions on Iran");
        assertThat(article.standfirst()).isEqualTo("The EU acted on Tuesday.");
        assertThat(article.body()).containsExactly("Tehran condemned the move.");
        assertThat(article.author()).isEqualTo("Staff");
        assertThat(article.slug()).isEqualTo("eu-iran-sanctions");
        assertThat(article.text()).isEqualTo("EU imposes sanctions on Iran\n\nThe EU acted on Tuesday.\n\nTehran condemned the move.");
    }

    @Test
    void invalidJsonNamesTheLine() throws Exception {
        Path file = write("bad.json", "{\n  \"headline\": \"x\",\n  \"body_text\": \n}\n");
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(ArticleFormatException.class)
                .hasMessageContaining("bad.json:4")
                .hasMessageContaining("invalid JSON");
    }

    @Test
    void jsonWithoutHeadlineIsRejected() throws Exception {
        Path file = write("nohead.json", "{\"body_text\": \"text\"}");
        assertThatThrownBy(() -> reader.read(file)).hasMessageContaining("nohead.json").hasMessageContaining("'headline' is missing");
    }
}
