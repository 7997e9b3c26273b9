package org.newsgraph.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Content negotiation (RFC 9110 §12.5.1): parses an {@code Accept} header into media ranges with
 * q-values and picks the offered type the client prefers most; on a tie, the server's order wins.
 */
public record MediaRange(String type, String subtype, double q, int specificity) {

    /** The ranges of an Accept header; a missing or empty header accepts everything. */
    public static List<MediaRange> parse(String accept) {
        List<MediaRange> ranges = new ArrayList<>();
        if (accept == null || accept.isBlank()) {
            ranges.add(new MediaRange("*", "*", 1.0, 0));
            return ranges;
        }
        for (String part : accept.split(",")) {
            String[] pieces = part.split(";");
            String mediaType = pieces[0].strip().toLowerCase(Locale.ROOT);
            int slash = mediaType.indexOf('/');
            if (slash <= 0 || slash == mediaType.length() - 1) {
                continue;
            }
            double q = 1.0;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].strip();
                if (parameter.toLowerCase(Locale.ROOT).startsWith("q=")) {
                    try {
                        q = Math.max(0, Math.min(1, Double.parseDouble(parameter.substring(2).strip())));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            String type = mediaType.substring(0, slash);
            String subtype = mediaType.substring(slash + 1);
            int specificity = "*".equals(type) ? 0 : "*".equals(subtype) ? 1 : 2;
            ranges.add(new MediaRange(type, subtype, q, specificity));
        }
        return ranges;
    }

    /** The q-value the client gives a concrete type: that of the most specific range matching it, 0 if none. */
    public static double quality(List<MediaRange> ranges, String mediaType) {
        String lower = mediaType.toLowerCase(Locale.ROOT);
        int slash = lower.indexOf('/');
        String type = lower.substring(0, slash);
        String subtype = lower.substring(slash + 1);
        return ranges.stream()
                .filter(range -> range.matches(type, subtype))
                .max(Comparator.comparingInt(MediaRange::specificity))
                .map(MediaRange::q)
                .orElse(0.0);
    }

    /** The offered type with the highest q-value (above 0), earliest offered on ties. */
    public static Optional<String> choose(String accept, List<String> offered) {
        List<MediaRange> ranges = parse(accept);
        String best = null;
        double bestQ = 0;
        for (String candidate : offered) {
            double q = quality(ranges, candidate);
            if (q > bestQ) {
                best = candidate;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    private boolean matches(String otherType, String otherSubtype) {
        return ("*".equals(type) || type.equals(otherType)) && ("*".equals(subtype) || subtype.equals(otherSubtype));
    }
}
