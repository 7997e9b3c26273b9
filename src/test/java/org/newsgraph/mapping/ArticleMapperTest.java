package org.newsgraph.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.vocab.SCHEMA;
import org.newsgraph.vocab.UriSpace;

class ArticleMapperTest {

    private final UriSpace uris = new UriSpace("http://example.org/");
    private final Clock clock = Clock.fixed(Instant.parse("2024-06-19T12:00:00Z"), ZoneOffset.UTC);

    private Model map(Article article) {
        return new MappingPipeline(uris, List.of(new ArticleMapper(clock, "0.1.0"))).map(article);
    }

    @Test
    void mapsAnArticleWithFrontMatterToTheFixture() throws Exception {
        Article article = new ArticleReader().readText("kishida.txt", """
                ---
                url: https://news.example.org/2024/03/04/kishida-canberra
                datePublished: 2024-03-04
                author: Jane Doe
                publisher: Example News
                ---
                Kishida arrives in Canberra for talks

                Japan's prime minister landed on Monday.

                He will meet Anthony Albanese.
                """);
        Model expected;
        try (InputStream in = getClass().getResourceAsStream("/mapping/article-kishida.ttl")) {
            expected = Rio.parse(in, "http://example.org/", RDFFormat.TURTLE);
        }
        Model actual = map(article);
        assertThat(Models.isomorphic(actual, expected))
                .as("mapped graph:%n%s", actual)
                .isTrue();
    }

    @Test
    void theSeedArticleIsANewsArticleWithItsHeadlineAndWordCount() throws Exception {
        Article seed = new ArticleReader().read(java.nio.file.Path.of("data/articles/putin-visits-pyongyang.txt"));
        Model model = map(seed);
        var id = uris.article(seed.slug());
        assertThat(model.contains(id, RDF.TYPE, SCHEMA.NewsArticle)).isTrue();
        assertThat(Models.objectLiteral(model.filter(id, SCHEMA.headline, null)).orElseThrow().getLabel())
                .startsWith("Putin begins historic visit to North Korea");
        int words = Models.objectLiteral(model.filter(id, SCHEMA.wordCount, null)).orElseThrow().intValue();
        assertThat(words).isBetween(450, 520);
        assertThat(model.filter(id, SCHEMA.datePublished, null)).isEmpty();
        assertThat(model.filter(id, SCHEMA.url, null)).isEmpty();
    }

    @Test
    void countsWordsWithApostrophesAndHyphensAsOne() throws Exception {
        Article article = new ArticleReader().readText("w.txt", "Putin’s U.S.-led state-of-the-art visit\n\n24 years.");
        assertThat(ArticleMapper.wordCount(article)).isEqualTo(6);
    }
}
