package org.newsgraph.sparql;

import java.util.List;

import org.eclipse.rdf4j.model.Value;

/**
 * The first rows of a result, for the HTML page: solutions by column, the statements of a graph
 * as subject, predicate, object, or one boolean. Unbound cells are null.
 *
 * @param truncated whether more rows exist than were kept
 */
public record ResultTable(QueryForm form, List<String> columns, List<List<Value>> rows, boolean truncated, Boolean answer) {
}
