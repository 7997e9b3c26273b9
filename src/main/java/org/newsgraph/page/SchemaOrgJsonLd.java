package org.newsgraph.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.newsgraph.vocab.SCHEMA;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The schema.org JSON-LD a page embeds, so that search engines read an article page as a NewsArticle. */
final class SchemaOrgJsonLd {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaOrgJsonLd() {
    }

    /** The page's own schema.org JSON-LD, safe inside a script element. */
    static String of(Model model, IRI iri, String name, String description, ResourcePath path, String pageUrl,
            Function<IRI, Optional<String>> labels) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@id", iri.stringValue());
        Set<String> types = new LinkedHashSet<>();
        for (Value type : model.filter(iri, RDF.TYPE, null).objects()) {
            if (type.stringValue().startsWith(SCHEMA.NAMESPACE)) {
                types.add(type.stringValue().substring(SCHEMA.NAMESPACE.length()));
            }
        }
        if (types.isEmpty()) {
            types.add("article".equals(path.kind()) ? "NewsArticle" : "event".equals(path.kind()) ? "Event" : "Thing");
        }
        json.put("@type", types.size() == 1 ? types.iterator().next() : List.copyOf(types));
        json.put("article".equals(path.kind()) ? "headline" : "name", name);
        if (description != null) {
            json.put("description", description);
        }
        json.put("url", pageUrl);
        for (IRI property : List.of(SCHEMA.datePublished, SCHEMA.inLanguage, SCHEMA.startDate)) {
            model.filter(iri, property, null).objects().stream().findFirst()
                    .ifPresent(value -> json.put(property.getLocalName(), value.stringValue()));
        }
        List<String> sameAs = model.filter(iri, SCHEMA.sameAs, null).objects().stream().map(Value::stringValue).toList();
        if (!sameAs.isEmpty()) {
            json.put("sameAs", sameAs);
        }
        for (IRI property : List.of(SCHEMA.about, SCHEMA.mentions)) {
            List<Map<String, String>> things = new ArrayList<>();
            for (Value value : model.filter(iri, property, null).objects()) {
                if (value instanceof IRI thing) {
                    Map<String, String> entry = new LinkedHashMap<>();
                    entry.put("@id", thing.stringValue());
                    labels.apply(thing).ifPresent(label -> entry.put("name", label));
                    things.add(entry);
                }
            }
            if (!things.isEmpty()) {
                json.put(property.getLocalName(), things);
            }
        }
        try {
            return escapeScript(JSON.writeValueAsString(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON-LD", e);
        }
    }

    /** Makes JSON safe inside {@code <script>}: no {@code </script>}, no {@code <!--}. */
    static String escapeScript(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
