package org.claimgraph.model;

/**
 * The project's one unchecked exception. Messages say what was wrong, where (file, line, offset,
 * IRI) and what to do about it, in one line a user can act on.
 */
public class ClaimgraphException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ClaimgraphException(String message) {
        super(message);
    }

    public ClaimgraphException(String message, Throwable cause) {
        super(message, cause);
    }
}
