package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.newsgraph.mapping.MappingContext;
import org.newsgraph.validate.ShapeValidator;
import org.newsgraph.validate.ValidationReport;
import org.newsgraph.validate.Violation;

/**
 * Validates an article's graph with SHACL before it is written: an invalid article description
 * rejects the article; an invalid event or entity description is left out, with a note.
 */
public final class ShapeCheck implements GraphCheck {

    private final ShapeValidator validator;

    public ShapeCheck(ShapeValidator validator) {
        this.validator = validator;
    }

    @Override
    public Checked check(MappingContext context) throws RejectedArticleException {
        Model model = context.model();
        ValidationReport report = validator.validate(model);
        if (report.conforms()) {
            return new Checked(model, List.of());
        }
        if (report.articleInvalid()) {
            throw new RejectedArticleException(report.violations().stream()
                    .filter(violation -> report.articles().contains(violation.focusNode()))
                    .map(ShapeCheck::describe)
                    .collect(Collectors.joining("; ")));
        }
        Set<Resource> invalid = report.invalidFocusNodes();
        Model kept = new LinkedHashModel(model.getNamespaces(), model.size());
        for (var statement : model) {
            if (!invalid.contains(statement.getSubject()) && !invalid.contains(statement.getObject())) {
                kept.add(statement);
            }
        }
        List<String> notes = new ArrayList<>();
        for (Violation violation : report.violations()) {
            if (violation.severity() == Violation.Severity.VIOLATION) {
                notes.add("left out " + describe(violation));
            }
        }
        return new Checked(kept, notes);
    }

    private static String describe(Violation violation) {
        return violation.focusNode() + (violation.path() == null ? "" : " " + violation.path()) + ": " + violation.message();
    }
}
