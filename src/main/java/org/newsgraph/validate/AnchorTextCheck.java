package org.newsgraph.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.newsgraph.vocab.NIF;

/**
 * Checks that each sentence's and mention's {@code nif:anchorOf} is the text of its context between its
 * offsets, counted in Unicode code points as NIF counts them. This is Java rather than SHACL-SPARQL
 * because RDF4J's STRLEN and SUBSTR count UTF-16 units and would reject correct offsets after an emoji.
 */
final class AnchorTextCheck {

    static final IRI SHAPE = Values.iri("https://w3id.org/newsgraph/shapes#AnchorTextShape");

    private final String message;

    AnchorTextCheck(String message) {
        this.message = message;
    }

    List<Violation> check(Model data) {
        var spans = new LinkedHashSet<Resource>();
        spans.addAll(data.filter(null, RDF.TYPE, NIF.Sentence).subjects());
        spans.addAll(data.filter(null, RDF.TYPE, NIF.Phrase).subjects());
        var texts = new HashMap<Resource, int[]>();
        var violations = new ArrayList<Violation>();
        for (Resource span : spans) {
            check(data, span, texts).ifPresent(violations::add);
        }
        return violations;
    }

    private Optional<Violation> check(Model data, Resource span, Map<Resource, int[]> texts) {
        Optional<Literal> anchor = Models.objectLiteral(data.filter(span, NIF.anchorOf, null));
        Optional<Resource> context = Models.objectResource(data.filter(span, NIF.referenceContext, null));
        Optional<Integer> begin = index(data, span, NIF.beginIndex);
        Optional<Integer> end = index(data, span, NIF.endIndex);
        if (anchor.isEmpty() || context.isEmpty() || begin.isEmpty() || end.isEmpty()) {
            // Missing or malformed parts are the SHACL shapes' to report; there is nothing to compare.
            return Optional.empty();
        }
        int[] text = texts.computeIfAbsent(context.get(), c -> codePoints(data, c));
        if (text == null) {
            return Optional.of(violation(span, NIF.referenceContext, context.get(),
                    "The context " + context.get() + " of this span has no nif:isString to check its offsets against."));
        }
        int b = begin.get();
        int e = end.get();
        if (b > e || e > text.length) {
            return Optional.of(violation(span, NIF.endIndex, Values.literal(e),
                    message + " The offsets [" + b + ", " + e + ") do not fit in a text of " + text.length
                            + " code points."));
        }
        String expected = new String(text, b, e - b);
        if (!expected.equals(anchor.get().getLabel())) {
            return Optional.of(violation(span, NIF.anchorOf, anchor.get(),
                    message + " At [" + b + ", " + e + ") the text reads \"" + expected + "\"."));
        }
        return Optional.empty();
    }

    private Violation violation(Resource span, IRI path, Value value, String text) {
        return new Violation(span, path, value, text, Violation.Severity.VIOLATION, SHAPE);
    }

    private static int[] codePoints(Model data, Resource context) {
        Set<Value> strings = data.filter(context, NIF.isString, null).objects();
        if (strings.size() != 1 || !(strings.iterator().next() instanceof Literal text)) {
            return null;
        }
        return text.getLabel().codePoints().toArray();
    }

    private static Optional<Integer> index(Model data, Resource span, IRI property) {
        Set<Value> values = data.filter(span, property, null).objects();
        if (values.size() != 1 || !(values.iterator().next() instanceof Literal literal)) {
            return Optional.empty();
        }
        try {
            int index = Integer.parseInt(literal.getLabel().trim());
            return index < 0 ? Optional.empty() : Optional.of(index);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
