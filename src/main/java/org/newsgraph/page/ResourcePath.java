package org.newsgraph.page;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The part of a published URL after {@code id/}, {@code page/} or {@code data/}: a kind and a slug,
 * validated before anything reaches the store, so that odd bytes, {@code ..} and endless ids end
 * as a 404, never as a query or a file.
 *
 * @param kind  article, person, country, place, org, event, position, rule or title
 * @param slug  the ASCII local name
 * @param text  whether the path names the article's text ({@code article/{slug}/text})
 */
public record ResourcePath(String kind, String slug, boolean text) {

    public static final Set<String> KINDS = Set.of("article", "person", "country", "place", "org", "event",
            "position", "rule", "title");

    /** Longer paths are answered 414 before they are parsed. */
    public static final int MAX_PATH_LENGTH = 400;

    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_~-]{0,199}");

    /** Parses {@code kind/slug} or {@code article/slug/text}; empty for anything else. */
    public static Optional<ResourcePath> parse(String path) {
        if (path == null || path.length() > MAX_PATH_LENGTH) {
            return Optional.empty();
        }
        String[] parts = path.split("/", -1);
        if (parts.length < 2 || parts.length > 3 || !KINDS.contains(parts[0]) || !SLUG.matcher(parts[1]).matches()) {
            return Optional.empty();
        }
        if (parts.length == 3) {
            return "article".equals(parts[0]) && "text".equals(parts[2])
                    ? Optional.of(new ResourcePath(parts[0], parts[1], true))
                    : Optional.empty();
        }
        return Optional.of(new ResourcePath(parts[0], parts[1], false));
    }

    /** Whether a slug is well formed (for graph paths, which have no kind). */
    public static boolean isSlug(String slug) {
        return slug != null && SLUG.matcher(slug).matches();
    }

    /** {@code kind/slug}, as it follows {@code id/}, {@code page/} or {@code data/}. */
    public String local() {
        return kind + "/" + slug + (text ? "/text" : "");
    }
}
