package org.newsgraph.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.newsgraph.vocab.UriSpace;

/**
 * Reads articles: plain text with optional front matter, and IPTC ninjs JSON.
 *
 * <p>Plain text: an optional block between two {@code ---} lines of {@code key: value} pairs (url,
 * datePublished, author, publisher, language), then the headline line, a blank line, the
 * standfirst, a blank line, the body paragraphs.
 */
public final class ArticleReader {

    private static final Set<String> FRONT_MATTER_KEYS = Set.of("url", "datePublished", "author", "publisher", "language");
    private static final Pattern BLANK_LINES = Pattern.compile("\n[ \t]*\n[\\s]*");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Whether a file is one this reader takes, by its extension. */
    public static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".json");
    }

    public Article read(Path file) throws IOException, ArticleFormatException {
        String source = file.toString();
        byte[] bytes = Files.readAllBytes(file);
        String content = decode(source, bytes);
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return readJson(source, content);
        }
        return readText(source, content);
    }

    /** Reads a plain-text article from a string already decoded. */
    public Article readText(String source, String content) throws ArticleFormatException {
        String normalized = normalize(content);
        Map<String, String> meta = new LinkedHashMap<>();
        int lineOffset = 0;
        String rest = normalized;
        if (rest.startsWith("---\n")) {
            int end = rest.indexOf("\n---\n", 3);
            if (end < 0 && rest.endsWith("\n---")) {
                end = rest.length() - 4;
            }
            if (end < 0) {
                throw new ArticleFormatException(source, 1, "front matter opened with '---' is never closed by a '---' line");
            }
            String[] lines = rest.substring(4, end).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                parseFrontMatterLine(source, i + 2, lines[i], meta);
            }
            lineOffset = lines.length + 2;
            rest = end + 5 <= rest.length() ? rest.substring(end + 5) : "";
        }
        int leadingBlankLines = countLeadingBlankLines(rest);
        String text = rest.strip();
        int headlineLine = lineOffset + leadingBlankLines + 1;
        if (text.isEmpty()) {
            throw new ArticleFormatException(source, lineOffset + 1,
                    lineOffset == 0 ? "the file is empty: expected a headline line" : "expected a headline line after the front matter");
        }
        int firstBreak = text.indexOf('\n');
        String headline = (firstBreak < 0 ? text : text.substring(0, firstBreak)).strip();
        String afterHeadline = firstBreak < 0 ? "" : text.substring(firstBreak + 1).strip();
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : BLANK_LINES.split(afterHeadline)) {
            if (!paragraph.isBlank()) {
                paragraphs.add(paragraph.strip());
            }
        }
        String standfirst = paragraphs.isEmpty() ? "" : paragraphs.get(0);
        List<String> body = paragraphs.size() > 1 ? paragraphs.subList(1, paragraphs.size()) : List.of();
        return build(source, text, headline, standfirst, body, meta, headlineLine);
    }

    private Article readJson(String source, String content) throws ArticleFormatException {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ArticleFormatException(source, line, "invalid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ArticleFormatException(source, 1, "expected a JSON object with the ninjs fields headline and body_text");
        }
        String headline = normalize(text(root, "headline")).strip();
        if (headline.isEmpty()) {
            throw new ArticleFormatException(source, 0, "the ninjs field 'headline' is missing or empty");
        }
        String bodyText = normalize(text(root, "body_text")).strip();
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : BLANK_LINES.split(bodyText)) {
            if (!paragraph.isBlank()) {
                paragraphs.add(paragraph.strip());
            }
        }
        String description = normalize(text(root, "description_text")).strip();
        String standfirst;
        List<String> body;
        if (!description.isEmpty()) {
            standfirst = description;
            body = paragraphs;
        } else {
            standfirst = paragraphs.isEmpty() ? "" : paragraphs.get(0);
            body = paragraphs.size() > 1 ? paragraphs.subList(1, paragraphs.size()) : List.of();
        }
        StringBuilder text = new StringBuilder(headline);
        if (!standfirst.isEmpty()) {
            text.append("\n\n").append(standfirst);
        }
        for (String paragraph : body) {
            text.append("\n\n").append(paragraph);
        }
        Map<String, String> meta = new LinkedHashMap<>();
        putIfPresent(meta, "url", text(root, "uri"));
        putIfPresent(meta, "datePublished", text(root, "versioncreated"));
        putIfPresent(meta, "author", text(root, "byline"));
        putIfPresent(meta, "language", text(root, "language"));
        if (root.path("copyrightholder").isTextual()) {
            putIfPresent(meta, "publisher", root.get("copyrightholder").asText());
        }
        return build(source, text.toString(), headline, standfirst, body, meta, 0);
    }

    private static Article build(String source, String text, String headline, String standfirst, List<String> body,
            Map<String, String> meta, int headlineLine) throws ArticleFormatException {
        if (headline.isEmpty()) {
            throw new ArticleFormatException(source, headlineLine, "expected a headline line");
        }
        Temporal date = meta.containsKey("datePublished") ? parseDate(source, meta.get("datePublished")) : null;
        String language = meta.getOrDefault("language", "en");
        if (!LANGUAGE_TAG.matcher(language).matches()) {
            throw new ArticleFormatException(source, 0, "language '" + language + "' is not a BCP 47 language tag such as 'en' or 'pt-BR'");
        }
        String url = meta.get("url");
        if (url != null && !url.matches("https?://\\S+")) {
            throw new ArticleFormatException(source, 0, "url '" + url + "' is not an absolute http(s) URL");
        }
        return new Article(source, slugFor(url, headline), url, headline, standfirst, body, text, date,
                meta.get("author"), meta.get("publisher"), language);
    }

    /** The article's slug: from the last meaningful path segment of its URL, else from its headline. */
    static String slugFor(String url, String headline) {
        if (url != null) {
            String path = java.net.URI.create(url).getPath();
            if (path != null) {
                String[] segments = path.split("/");
                for (int i = segments.length - 1; i >= 0; i--) {
                    String segment = segments[i].replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
                    if (segment.length() >= 3 && !segment.matches("index|article|news|story")) {
                        return UriSpace.slug(segment);
                    }
                }
            }
        }
        return UriSpace.slug(headline);
    }

    private static void parseFrontMatterLine(String source, int line, String text, Map<String, String> meta)
            throws ArticleFormatException {
        if (text.isBlank() || text.startsWith("#")) {
            return;
        }
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new ArticleFormatException(source, line, "expected 'key: value' in the front matter, found '" + text + "'");
        }
        String key = text.substring(0, colon).strip();
        String value = text.substring(colon + 1).strip();
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            value = value.substring(1, value.length() - 1);
        }
        if (!FRONT_MATTER_KEYS.contains(key)) {
            throw new ArticleFormatException(source, line, "unknown front-matter key '" + key + "': expected one of " + FRONT_MATTER_KEYS);
        }
        if (key.equals("datePublished")) {
            try {
                parseDate(source, value);
            } catch (ArticleFormatException e) {
                throw new ArticleFormatException(source, line, e.getMessage().substring(source.length() + 2));
            }
        }
        meta.put(key, value);
    }

    static Temporal parseDate(String source, String value) throws ArticleFormatException {
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value);
            }
            if (value.matches(".*(Z|[+-]\\d\\d:?\\d\\d)$")) {
                return OffsetDateTime.parse(value.replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2"));
            }
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new ArticleFormatException(source, 0,
                    "datePublished '" + value + "' is not a date: expected YYYY-MM-DD or an ISO 8601 date-time such as 2024-06-19T08:30:00Z");
        }
    }

    private static String decode(String source, byte[] bytes) throws ArticleFormatException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(buffer).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (MalformedInputException e) {
            int at = buffer.position();
            throw new ArticleFormatException(source, lineOf(bytes, at),
                    "invalid UTF-8 at byte " + at + ": expected a text file encoded in UTF-8");
        } catch (CharacterCodingException e) {
            throw new ArticleFormatException(source, 0, "invalid UTF-8: expected a text file encoded in UTF-8");
        }
    }

    private static int lineOf(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int countLeadingBlankLines(String text) {
        int lines = 0;
        int i = 0;
        while (true) {
            int next = text.indexOf('\n', i);
            if (next < 0 || !text.substring(i, next).isBlank()) {
                return lines;
            }
            lines++;
            i = next + 1;
        }
    }

    private static String normalize(String content) {
        String unixLines = content.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(unixLines, Normalizer.Form.NFC);
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        return node != null && node.isTextual() ? node.asText() : "";
    }

    private static void putIfPresent(Map<String, String> meta, String key, String value) {
        if (value != null && !value.isBlank()) {
            meta.put(key, value.strip());
        }
    }
}
