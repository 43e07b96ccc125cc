package org.claimgraph.cli;

import java.io.PrintWriter;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.claimgraph.model.ClaimgraphException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Builds the picocli command line with its exit codes and one-line error handling. */
public final class Cli {
    private Cli() {
    }

    /** Runs the command line and returns the exit code. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line; tests set its out and err writers. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ClaimgraphCommand());
        cl.setExecutionExceptionHandler(Cli::handle);
        cl.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
        cl.getCommandSpec().exitCodeOnExecutionException(ExitCodes.FAILURE);
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
            sub.getCommandSpec().exitCodeOnExecutionException(ExitCodes.FAILURE);
        }
        return cl;
    }

    private static int handle(Exception e, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean debug = debugRequested(parsed);
        if (e instanceof ClaimgraphException) {
            err.println("claimgraph " + cl.getCommandName() + ": " + e.getMessage());
        } else {
            err.println("claimgraph " + cl.getCommandName() + ": unexpected error: " + e
                    + (debug ? "" : " (run again with --debug for the details, and report it)"));
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.FAILURE;
    }

    private static boolean debugRequested(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    /** Turns on debug logging for claimgraph (the --debug option). */
    static void debugLogging() {
        Configurator.setLevel("org.claimgraph", Level.DEBUG);
    }
}
