package org.newsgraph.sparql;

/** Why the endpoint did not answer an operation; the web layer maps each reason to one HTTP status. */
public final class SparqlException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The reasons, each with the status the web layer is expected to answer. */
    public enum Reason {
        /** The parser rejected the text; the message carries its line and column. */
        MALFORMED,
        /** A SPARQL Update was sent where a query is expected. */
        NOT_A_QUERY,
        /** A SERVICE clause: federation is off, so the server never calls other hosts on a client's behalf. */
        FEDERATION,
        /** The protocol named a dataset and the update names its own (USING, WITH). */
        DATASET_CONFLICT,
        /** The query ran out of time before its first result. */
        TIMEOUT,
        /** Every evaluation worker is busy and the queue is full. */
        BUSY,
        /** The store failed while evaluating. */
        FAILED
    }

    private final Reason reason;

    public SparqlException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public SparqlException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
