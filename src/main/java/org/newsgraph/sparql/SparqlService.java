package org.newsgraph.sparql;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.BooleanQuery;
import org.eclipse.rdf4j.query.GraphQuery;
import org.eclipse.rdf4j.query.GraphQueryResult;
import org.eclipse.rdf4j.query.MalformedQueryException;
import org.eclipse.rdf4j.query.Query;
import org.eclipse.rdf4j.query.QueryEvaluationException;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.query.QueryResults;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.query.Update;
import org.eclipse.rdf4j.query.UpdateExecutionException;
import org.eclipse.rdf4j.query.algebra.Load;
import org.eclipse.rdf4j.query.algebra.UpdateExpr;
import org.eclipse.rdf4j.query.parser.ParsedBooleanQuery;
import org.eclipse.rdf4j.query.parser.ParsedGraphQuery;
import org.eclipse.rdf4j.query.parser.ParsedQuery;
import org.eclipse.rdf4j.query.parser.ParsedUpdate;
import org.eclipse.rdf4j.query.parser.QueryParserUtil;
import org.eclipse.rdf4j.query.resultio.QueryResultIO;
import org.eclipse.rdf4j.query.resultio.TupleQueryResultWriter;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.RepositoryException;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.newsgraph.store.NewsStore;
import org.newsgraph.vocab.Namespaces;
import org.newsgraph.vocab.UriSpace;

/**
 * The SPARQL endpoint's engine, free of HTTP: parses and checks operations, evaluates queries over
 * the store under a deadline it enforces itself, and streams the results.
 *
 * <p>Every query runs on a worker thread while the caller waits for its first result with the
 * configured timeout ({@link QueryDeadline}). RDF4J's own {@code setMaxExecutionTime} is only a
 * backstop: cut off inside an aggregate it yields a partial answer (a wrong {@code COUNT}), so a query
 * that has not produced its first result in time is cancelled by closing its result, and
 * {@link SparqlException.Reason#TIMEOUT} is thrown before anything is written.
 *
 * <p>Without a dataset from the protocol or the query, the default graph is the union of all graphs.
 */
public final class SparqlService implements AutoCloseable {

    /** Once results stream, a query may run this many times its timeout before RDF4J stops it. */
    private static final int STREAMING_ALLOWANCE = 10;

    private final NewsStore store;
    private final UriSpace uris;
    private final Duration timeout;
    private final QueryDeadline deadline;

    /** Where results go: called once, on the worker, when the first result is ready. */
    @FunctionalInterface
    public interface ResultTarget {
        OutputStream open() throws IOException;
    }

    public SparqlService(NewsStore store, UriSpace uris, Duration timeout) {
        this.store = Objects.requireNonNull(store, "store");
        this.uris = Objects.requireNonNull(uris, "uris");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.deadline = new QueryDeadline(timeout);
    }

    public Duration timeout() {
        return timeout;
    }

    /** The base relative IRIs in operations resolve against: the endpoint's own address. */
    public String baseIri() {
        return uris.sparqlEndpoint();
    }

    /**
     * Parses a query and applies the endpoint's policy.
     *
     * @throws SparqlException MALFORMED with the parser's message, NOT_A_QUERY for an update,
     *                         FEDERATION for a SERVICE clause
     */
    public Operation parse(String text) {
        ParsedQuery parsed;
        try {
            parsed = QueryParserUtil.parseQuery(QueryLanguage.SPARQL, text, baseIri());
        } catch (MalformedQueryException e) {
            if (parsesAsUpdate(text)) {
                throw new SparqlException(SparqlException.Reason.NOT_A_QUERY,
                        "This is a SPARQL Update, not a query: send it as 'update', not as 'query'");
            }
            throw new SparqlException(SparqlException.Reason.MALFORMED, e.getMessage(), e);
        }
        if (FederationCheck.usesService(parsed.getTupleExpr())) {
            throw federationRefused();
        }
        QueryForm form = parsed instanceof ParsedBooleanQuery ? QueryForm.BOOLEAN
                : parsed instanceof ParsedGraphQuery ? QueryForm.GRAPH
                : QueryForm.TUPLE;
        return new Operation(text, form);
    }

    /**
     * Evaluates a query and writes its results in {@code format}. Nothing is written, and
     * {@code target} is not opened, unless the first result arrived within the timeout.
     *
     * @throws SparqlException TIMEOUT, BUSY or FAILED before anything was written
     */
    public void evaluate(Operation operation, QueryDataset dataset, ResultFormat format, ResultTarget target) {
        if (!format.fits(operation.form())) {
            throw new IllegalArgumentException(format + " cannot carry " + operation.form() + " results");
        }
        run(operation, dataset, (query, execution) -> {
            switch (operation.form()) {
                case TUPLE -> writeTuples((TupleQuery) query, execution, format, target);
                case BOOLEAN -> writeBoolean((BooleanQuery) query, execution, format, target);
                case GRAPH -> writeGraph((GraphQuery) query, execution, format, target);
            }
            return null;
        });
    }

    /** Evaluates a query and keeps its first {@code maxRows} rows, all under the timeout. */
    public ResultTable table(Operation operation, QueryDataset dataset, int maxRows) {
        return run(operation, dataset, (query, execution) -> {
            ResultTable table = switch (operation.form()) {
                case TUPLE -> tupleTable((TupleQuery) query, execution, maxRows);
                case BOOLEAN -> new ResultTable(QueryForm.BOOLEAN, List.of(), List.of(), false, ((BooleanQuery) query).evaluate());
                case GRAPH -> graphTable((GraphQuery) query, execution, maxRows);
            };
            execution.begin();
            return table;
        });
    }

    /**
     * Runs a SPARQL Update in one transaction, rolled back if any part fails. The caller decides
     * whether updates are allowed at all.
     *
     * @param using the protocol's using-graph-uri / using-named-graph-uri, which may not be
     *              combined with USING or WITH in the update
     */
    public void update(String text, QueryDataset using) {
        ParsedUpdate parsed;
        try {
            parsed = QueryParserUtil.parseUpdate(QueryLanguage.SPARQL, text, baseIri());
        } catch (MalformedQueryException e) {
            throw new SparqlException(SparqlException.Reason.MALFORMED, e.getMessage(), e);
        }
        for (UpdateExpr expr : parsed.getUpdateExprs()) {
            if (FederationCheck.usesService(expr)) {
                throw federationRefused();
            }
            if (expr instanceof Load) {
                // LOAD makes the server read a URL or a local file on the client's behalf.
                throw new SparqlException(SparqlException.Reason.FEDERATION,
                        "LOAD is disabled on this endpoint: the server reads no URL or file for a client");
            }
        }
        if (!using.isEmpty() && parsed.getDatasetMapping().values().stream().anyMatch(Objects::nonNull)) {
            throw new SparqlException(SparqlException.Reason.DATASET_CONFLICT,
                    "using-graph-uri / using-named-graph-uri cannot be combined with USING or WITH in the update");
        }
        try (RepositoryConnection connection = store.repository().getConnection()) {
            connection.begin();
            try {
                Update update = connection.prepareUpdate(QueryLanguage.SPARQL, text, baseIri());
                using.toDataset().ifPresent(update::setDataset);
                update.setMaxExecutionTime(seconds(timeout));
                update.execute();
                // Pages, data documents and dumps validate against the store's last change.
                NewsStore.touch(connection);
                connection.commit();
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (RepositoryException | QueryEvaluationException | UpdateExecutionException e) {
            throw new SparqlException(SparqlException.Reason.FAILED, "The update failed: " + e.getMessage(), e);
        }
    }

    private static boolean parsesAsUpdate(String text) {
        try {
            QueryParserUtil.parseUpdate(QueryLanguage.SPARQL, text, null);
            return true;
        } catch (MalformedQueryException e) {
            return false;
        }
    }

    private static SparqlException federationRefused() {
        return new SparqlException(SparqlException.Reason.FEDERATION,
                "SERVICE (federated query) is disabled on this endpoint: it does not call other hosts");
    }

    private void writeTuples(TupleQuery query, QueryDeadline.Execution execution, ResultFormat format, ResultTarget target) throws IOException {
        try (TupleQueryResult result = query.evaluate()) {
            execution.hold(result);
            // The first row is where blocking operators (GROUP BY, ORDER BY) do their work.
            result.hasNext();
            if (!execution.begin()) {
                return;
            }
            TupleQueryResultWriter writer = QueryResultIO.createTupleWriter(format.tupleFormat(), target.open());
            QueryResults.report(result, writer);
        }
    }

    private void writeBoolean(BooleanQuery query, QueryDeadline.Execution execution, ResultFormat format, ResultTarget target) throws IOException {
        boolean answer = query.evaluate();
        if (!execution.begin()) {
            return;
        }
        OutputStream out = target.open();
        if (format.booleanFormat().isPresent()) {
            QueryResultIO.createBooleanWriter(format.booleanFormat().get(), out).handleBoolean(answer);
        } else {
            // CSV and TSV have no boolean form in the standard; this is what Jena and Virtuoso write.
            String header = format == ResultFormat.TSV ? "?_askResult" : "_askResult";
            out.write((header + "\r\n" + answer + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
    }

    private void writeGraph(GraphQuery query, QueryDeadline.Execution execution, ResultFormat format, ResultTarget target) throws IOException {
        try (GraphQueryResult result = query.evaluate()) {
            execution.hold(result);
            result.hasNext();
            if (!execution.begin()) {
                return;
            }
            RDFWriter writer = Rio.createWriter(format.rdfFormat(), target.open());
            writer.startRDF();
            Namespaces.withBase(uris.base()).forEach(ns -> writer.handleNamespace(ns.getPrefix(), ns.getName()));
            while (result.hasNext()) {
                writer.handleStatement(result.next());
            }
            writer.endRDF();
        }
    }

    private static ResultTable tupleTable(TupleQuery query, QueryDeadline.Execution execution, int maxRows) {
        try (TupleQueryResult result = query.evaluate()) {
            execution.hold(result);
            List<String> columns = result.getBindingNames();
            List<List<Value>> rows = new ArrayList<>();
            while (rows.size() < maxRows && result.hasNext()) {
                BindingSet solution = result.next();
                rows.add(columns.stream().map(solution::getValue).toList());
            }
            return new ResultTable(QueryForm.TUPLE, columns, rows, result.hasNext(), null);
        }
    }

    private static ResultTable graphTable(GraphQuery query, QueryDeadline.Execution execution, int maxRows) {
        try (GraphQueryResult result = query.evaluate()) {
            execution.hold(result);
            List<List<Value>> rows = new ArrayList<>();
            while (rows.size() < maxRows && result.hasNext()) {
                Statement statement = result.next();
                rows.add(List.of(statement.getSubject(), statement.getPredicate(), statement.getObject()));
            }
            return new ResultTable(QueryForm.GRAPH, List.of("subject", "predicate", "object"), rows, result.hasNext(), null);
        }
    }

    @FunctionalInterface
    private interface Job<T> {
        T run(Query query, QueryDeadline.Execution execution) throws IOException;
    }

    private <T> T run(Operation operation, QueryDataset dataset, Job<T> job) {
        return deadline.run(execution -> {
            try (RepositoryConnection connection = store.repository().getConnection()) {
                Query query = connection.prepareQuery(QueryLanguage.SPARQL, operation.text(), baseIri());
                dataset.toDataset().ifPresent(query::setDataset);
                // ASK gives no handle to cancel: its backstop is the deadline itself.
                int allowance = operation.form() == QueryForm.BOOLEAN ? 1 : STREAMING_ALLOWANCE;
                query.setMaxExecutionTime(allowance * seconds(timeout) + 1);
                return job.run(query, execution);
            }
        });
    }

    private static int seconds(Duration duration) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE / STREAMING_ALLOWANCE - 1, duration.toSeconds()));
    }

    @Override
    public void close() {
        deadline.close();
    }
}
