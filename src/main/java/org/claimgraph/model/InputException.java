package org.claimgraph.model;

/** An input file that cannot be read as an article: missing, empty, binary, badly encoded or malformed. */
public class InputException extends ClaimgraphException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
