package org.newsgraph.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.newsgraph.store.NewsStore;

/** Validates every stored article graph, one graph at a time (memory stays bounded by the largest article). */
public final class StoreValidation {

    private final NewsStore store;
    private final ShapeValidator validator;

    public StoreValidation(NewsStore store, ShapeValidator validator) {
        this.store = store;
        this.validator = validator;
    }

    /** One article graph's result. */
    public record GraphResult(Resource graph, int statements, List<Violation> violations) {
    }

    /** Validates the article graphs (those named {@code {base}graph/article/...}); returns how many failed. */
    public long validateAll(String base, Consumer<GraphResult> listener) {
        String prefix = base + "graph/article/";
        List<Resource> graphs = new ArrayList<>();
        try (RepositoryConnection connection = store.repository().getConnection();
                var contexts = connection.getContextIDs()) {
            for (Resource graph : contexts) {
                if (graph.isIRI() && graph.stringValue().startsWith(prefix)) {
                    graphs.add(graph);
                }
            }
        }
        long failed = 0;
        for (Resource graph : graphs) {
            Model model = new LinkedHashModel();
            try (RepositoryConnection connection = store.repository().getConnection();
                    var statements = connection.getStatements(null, null, null, false, graph)) {
                statements.forEach(statement -> model.add(statement.getSubject(), statement.getPredicate(), statement.getObject()));
            }
            List<Violation> violations = validator.validate(model).violations();
            if (violations.stream().anyMatch(violation -> violation.severity() == Violation.Severity.VIOLATION)) {
                failed++;
            }
            listener.accept(new GraphResult(graph, model.size(), violations));
        }
        return failed;
    }

}
