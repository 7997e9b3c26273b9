package org.newsgraph.sparql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.rdf4j.query.MalformedQueryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each query on a worker thread while the caller waits, up to the timeout, for its first
 * result; a query that has not produced one by then is cancelled by closing its result, and the
 * caller gets {@link SparqlException.Reason#TIMEOUT} before anything was written. The worker is
 * never interrupted: an interrupt during a read closes the native store's file channels for every
 * later query.
 */
final class QueryDeadline implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(QueryDeadline.class);

    private final Duration timeout;
    private final ThreadPoolExecutor workers;

    /** The work of one query: evaluate, {@link Execution#hold hold} the result, {@link Execution#begin begin} writing. */
    @FunctionalInterface
    interface Work<T> {
        T run(Execution execution) throws IOException;
    }

    QueryDeadline(Duration timeout) {
        this.timeout = timeout;
        int threads = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        AtomicInteger count = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(64), runnable -> {
            Thread thread = new Thread(runnable, "sparql-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        workers.allowCoreThreadTimeOut(true);
    }

    /**
     * Runs {@code work} on a worker and returns what it returns.
     *
     * @throws SparqlException TIMEOUT when no first result came in time, BUSY when every worker and
     *                         the queue are taken, MALFORMED or FAILED for what the work threw
     */
    <T> T run(Work<T> work) {
        Execution execution = new Execution();
        Future<T> future;
        try {
            future = workers.submit(() -> execution.perform(() -> work.run(execution)));
        } catch (RejectedExecutionException e) {
            throw new SparqlException(SparqlException.Reason.BUSY, "Too many queries are running; try again shortly");
        }
        try {
            execution.started.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            if (execution.cancel()) {
                throw new SparqlException(SparqlException.Reason.TIMEOUT,
                        "The query did not finish within the endpoint's limit of " + timeout.toSeconds() + " s");
            }
        } catch (ExecutionException e) {
            throw translate(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            execution.cancel();
            throw new SparqlException(SparqlException.Reason.FAILED, "Interrupted while waiting for the query");
        }
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw translate(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SparqlException(SparqlException.Reason.FAILED, "Interrupted while streaming results");
        }
    }

    private static SparqlException translate(Throwable cause) {
        if (cause instanceof SparqlException sparql) {
            return sparql;
        }
        if (cause instanceof MalformedQueryException malformed) {
            return new SparqlException(SparqlException.Reason.MALFORMED, malformed.getMessage(), malformed);
        }
        if (cause instanceof UncheckedIOException || cause instanceof IOException) {
            return new SparqlException(SparqlException.Reason.FAILED, "Writing results failed: " + cause.getMessage(), cause);
        }
        return new SparqlException(SparqlException.Reason.FAILED, "The query failed: " + cause.getMessage(), cause);
    }

    /**
     * One query's race between its worker and its deadline: the worker may start writing only if it
     * gets there before the caller gives up, and the caller may give up only before writing began.
     */
    static final class Execution {

        private enum State { PENDING, STREAMING, CANCELLED }

        private final AtomicReference<State> state = new AtomicReference<>(State.PENDING);
        private final AtomicReference<AutoCloseable> open = new AtomicReference<>();
        private final CompletableFuture<Void> started = new CompletableFuture<>();

        interface Body<T> {
            T call() throws IOException;
        }

        <T> T perform(Body<T> body) throws IOException {
            try {
                T value = body.call();
                started.complete(null);
                return value;
            } catch (IOException | RuntimeException | Error e) {
                if (state.get() == State.CANCELLED) {
                    LOG.debug("cancelled query ended with {}", e.toString());
                    return null;
                }
                started.completeExceptionally(e);
                throw e;
            }
        }

        /** Registers the result that {@link #cancel()} closes to stop the evaluation. */
        void hold(AutoCloseable result) {
            open.set(result);
            if (state.get() == State.CANCELLED) {
                closeQuietly(result);
            }
        }

        /** Claims the right to write; false if the caller has already given up. */
        boolean begin() {
            boolean won = state.compareAndSet(State.PENDING, State.STREAMING);
            started.complete(null);
            return won;
        }

        boolean cancel() {
            if (!state.compareAndSet(State.PENDING, State.CANCELLED)) {
                return false;
            }
            AutoCloseable result = open.get();
            if (result != null) {
                closeQuietly(result);
            }
            return true;
        }

        private static void closeQuietly(AutoCloseable result) {
            try {
                result.close();
            } catch (Exception e) {
                LOG.debug("closing a cancelled result: {}", e.toString());
            }
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
