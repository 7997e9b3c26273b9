package org.newsgraph.ingest;

/** An article whose own description is invalid: it is reported and not stored. */
public final class RejectedArticleException extends Exception {

    private static final long serialVersionUID = 1L;

    public RejectedArticleException(String message) {
        super(message);
    }
}
