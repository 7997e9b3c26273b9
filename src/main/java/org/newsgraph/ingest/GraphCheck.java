package org.newsgraph.ingest;

import org.eclipse.rdf4j.model.Model;
import org.newsgraph.mapping.MappingContext;

/**
 * Checks an article's graph before it is written: returns the graph to store (descriptions that
 * fail their shape left out, with notes) or rejects the article.
 */
@FunctionalInterface
public interface GraphCheck {

    /** Accepts everything as it is. */
    GraphCheck NONE = context -> new Checked(context.model(), java.util.List.of());

    Checked check(MappingContext context) throws RejectedArticleException;

    /** The graph to store and what was left out of it, one note per problem. */
    record Checked(Model model, java.util.List<String> notes) {
    }
}
