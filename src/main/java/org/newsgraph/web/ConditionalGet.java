package org.newsgraph.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.newsgraph.store.NewsStore;

import spark.Request;
import spark.Response;

/**
 * Validators for everything derived from the store: a weak ETag and Last-Modified from the
 * store's last change, a 304 when the client's copy is current, and gzip when the client takes it.
 */
final class ConditionalGet {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final NewsStore store;

    ConditionalGet(NewsStore store) {
        this.store = store;
    }

    /** Sets the validators and answers whether the client's copy is current (then the status is 304). */
    boolean notModified(Request request, Response response, String variant) {
        Instant modified = store.lastModified().truncatedTo(ChronoUnit.SECONDS);
        String tag = "W/\"" + modified.toEpochMilli() + "-" + variant + "\"";
        response.header("ETag", tag);
        response.header("Last-Modified", HTTP_DATE.format(ZonedDateTime.ofInstant(modified, ZoneOffset.UTC)));
        response.header("Cache-Control", "public, max-age=60");
        String ifNoneMatch = request.headers("If-None-Match");
        boolean current;
        if (ifNoneMatch != null) {
            current = ifNoneMatch.strip().equals("*") || List.of(ifNoneMatch.split(",")).stream()
                    .map(String::strip)
                    .anyMatch(candidate -> candidate.equals(tag) || ("W/" + candidate).equals(tag));
        } else {
            current = ifModifiedSince(request).map(since -> !modified.isAfter(since)).orElse(false);
        }
        if (current) {
            response.status(304);
            response.raw().setContentLength(0);
        }
        return current;
    }

    /** Spark gzips a body only when the route sets the header itself (see TRAPS.md). */
    static void gzip(Request request, Response response) {
        String encodings = request.headers("Accept-Encoding");
        if (encodings != null && encodings.toLowerCase(Locale.ROOT).contains("gzip")) {
            response.header("Content-Encoding", "gzip");
        }
    }

    private static Optional<Instant> ifModifiedSince(Request request) {
        String header = request.headers("If-Modified-Since");
        if (header == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.parse(header.strip(), HTTP_DATE).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
