package org.newsgraph.web;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Protocol parameters from a query string or a form body, each name possibly repeated. */
record ProtocolParams(Map<String, List<String>> values) {

    static ProtocolParams parse(String encoded) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (encoded != null && !encoded.isEmpty()) {
            for (String pair : encoded.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                values.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
            }
        }
        return new ProtocolParams(values);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new HttpError(400, "Badly percent-encoded parameter: " + e.getMessage());
        }
    }

    ProtocolParams with(ProtocolParams other) {
        Map<String, List<String>> merged = new LinkedHashMap<>();
        values.forEach((name, list) -> merged.computeIfAbsent(name, key -> new ArrayList<>()).addAll(list));
        other.values.forEach((name, list) -> merged.computeIfAbsent(name, key -> new ArrayList<>()).addAll(list));
        return new ProtocolParams(merged);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String single(String name) {
        List<String> list = values.getOrDefault(name, List.of());
        if (list.size() != 1) {
            throw new HttpError(400, list.isEmpty() ? "Missing the '" + name + "' parameter"
                    : "The '" + name + "' parameter is given " + list.size() + " times; send exactly one");
        }
        return list.get(0);
    }

    Optional<String> optional(String name) {
        return has(name) ? Optional.of(single(name)) : Optional.empty();
    }

    /** A repeatable parameter of absolute IRIs (graph names). */
    List<String> iris(String name) {
        List<String> list = values.getOrDefault(name, List.of());
        for (String iri : list) {
            try {
                if (!URI.create(iri).isAbsolute()) {
                    throw new HttpError(400, name + " must be an absolute IRI, not '" + iri + "'");
                }
            } catch (IllegalArgumentException e) {
                throw new HttpError(400, name + " is not an IRI: '" + iri + "'");
            }
        }
        return list;
    }
}
