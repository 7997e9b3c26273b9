package org.newsgraph.validate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.rdf4j.model.Resource;

/**
 * What {@link ShapeValidator} found in one article's graph.
 *
 * @param violations every violation, SHACL's and the code-point offset check's
 * @param articles the {@code schema:NewsArticle} nodes of the graph that was validated
 */
public record ValidationReport(List<Violation> violations, Set<Resource> articles) {

    public ValidationReport {
        violations = List.copyOf(violations);
        articles = Set.copyOf(articles);
    }

    /** Whether the graph conforms: no result of severity violation (warnings and infos do not count). */
    public boolean conforms() {
        return violations.stream().noneMatch(v -> v.severity() == Violation.Severity.VIOLATION);
    }

    /**
     * The subjects to leave out of the stored graph: every node with a violation-severity result,
     * in the order they were reported. Events and entities among them are dropped with their description.
     */
    public Set<Resource> invalidFocusNodes() {
        var nodes = new LinkedHashSet<Resource>();
        for (Violation violation : violations) {
            if (violation.severity() == Violation.Severity.VIOLATION) {
                nodes.add(violation.focusNode());
            }
        }
        return nodes;
    }

    /** Whether the article's own description (a {@code schema:NewsArticle} node) violates a shape: then the article is not stored. */
    public boolean articleInvalid() {
        return invalidFocusNodes().stream().anyMatch(articles::contains);
    }
}
