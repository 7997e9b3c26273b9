package org.newsgraph.article;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.List;

/**
 * A news article as read from its file.
 *
 * @param source        where it was read from (a file name), for messages
 * @param slug          the deterministic local name of the article in every IRI
 * @param url           the article's canonical URL, or null
 * @param headline      the first line
 * @param standfirst    the first paragraph after the headline, or "" when there is none
 * @param body          the body paragraphs
 * @param text          the text every offset counts on: headline, blank line, standfirst, blank line, body
 * @param datePublished a {@link LocalDate} or an {@link java.time.OffsetDateTime} / {@link java.time.LocalDateTime}, or null
 * @param author        or null
 * @param publisher     or null
 * @param language      a BCP 47 tag, "en" by default
 */
public record Article(
        String source,
        String slug,
        String url,
        String headline,
        String standfirst,
        List<String> body,
        String text,
        Temporal datePublished,
        String author,
        String publisher,
        String language) {

    public Article {
        body = List.copyOf(body);
    }

    /** The day of publication, which resolves "on Monday" and chooses the office-holders of the day; null when unknown. */
    public LocalDate publicationDay() {
        return datePublished == null ? null : LocalDate.from(datePublished);
    }

    /** The body paragraphs joined by blank lines, as in {@code schema:articleBody}. */
    public String bodyText() {
        return String.join("\n\n", body);
    }
}
