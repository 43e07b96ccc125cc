package org.claimgraph.cli;

/** Entry point of the {@code claimgraph} launcher. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Cli.execute(args));
    }
}
