package org.newsgraph.validate;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;

/**
 * One thing wrong with one node of an article's graph.
 *
 * @param focusNode the node whose description is wrong (an event, an entity, a sentence, the article)
 * @param path the property concerned, or {@code null} when the node as a whole is at fault
 * @param value the offending value, or {@code null} when a value is missing
 * @param message the shape's {@code sh:message}, for a person to read
 * @param severity how bad it is
 * @param sourceShape the shape that was violated
 */
public record Violation(Resource focusNode, IRI path, Value value, String message, Severity severity,
        Resource sourceShape) {

    /** SHACL's three severities. */
    public enum Severity {
        VIOLATION, WARNING, INFO
    }

    @Override
    public String toString() {
        return severity + " on " + focusNode + (path == null ? "" : " at " + path)
                + (value == null ? "" : " (value " + value + ")") + ": " + message;
    }
}
