package org.newsgraph.page;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Value;

/**
 * The reader's languages from {@code Accept-Language}, and the literal to show them: the first
 * requested language that has one, else English, else an untagged literal, else any.
 */
public record Languages(List<String> preferred) {

    public static final Languages ENGLISH = new Languages(List.of());

    /** Parses an Accept-Language header; a malformed one counts as absent. */
    public static Languages of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ENGLISH;
        }
        try {
            List<String> tags = Locale.LanguageRange.parse(acceptLanguage).stream()
                    .filter(range -> range.getWeight() > 0 && !"*".equals(range.getRange()))
                    .sorted(Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed())
                    .map(range -> range.getRange().toLowerCase(Locale.ROOT))
                    .toList();
            return new Languages(tags);
        } catch (IllegalArgumentException e) {
            return ENGLISH;
        }
    }

    /** The best literal among {@code values} (IRIs and blank nodes ignored). */
    public Optional<Literal> best(Collection<? extends Value> values) {
        List<Literal> literals = new ArrayList<>();
        for (Value value : values) {
            if (value instanceof Literal literal) {
                literals.add(literal);
            }
        }
        if (literals.isEmpty()) {
            return Optional.empty();
        }
        List<String> order = new ArrayList<>(preferred);
        order.add("en");
        for (String tag : order) {
            for (Literal literal : literals) {
                String lang = literal.getLanguage().map(l -> l.toLowerCase(Locale.ROOT)).orElse(null);
                if (lang != null && (lang.equals(tag) || lang.startsWith(tag + "-") || tag.startsWith(lang + "-"))) {
                    return Optional.of(literal);
                }
            }
        }
        return literals.stream()
                .filter(literal -> literal.getLanguage().isEmpty())
                .findFirst()
                .or(() -> Optional.of(literals.get(0)));
    }

    /** A short key for caches (ETag) that differ by language. */
    public String key() {
        return preferred.isEmpty() ? "en" : String.join(",", preferred);
    }
}
