package org.claimgraph.cli;

/** The exit codes every command declares. */
public final class ExitCodes {
    /** Everything done. */
    public static final int OK = 0;
    /** Done, but some inputs could not be read or some articles were rejected (or failed validation). */
    public static final int SOME_FAILED = 1;
    /** The command line was wrong: unknown option, missing argument. */
    public static final int USAGE = 2;
    /** The command could not do its job: no database, database in use, bad query, I/O error. */
    public static final int FAILURE = 3;

    private ExitCodes() {
    }
}
