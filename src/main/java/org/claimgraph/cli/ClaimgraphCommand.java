package org.claimgraph.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The top command: only shows help; the work is in the subcommands. */
@Command(name = "claimgraph", mixinStandardHelpOptions = true, versionProvider = ClaimgraphCommand.Version.class,
        description = "Claims about armed conflict from news articles, as an RDF knowledge graph in TDB2.",
        subcommands = {IngestCommand.class, QueryCommand.class, ExtractCommand.class, ValidateCommand.class,
                StatsCommand.class, DumpCommand.class, CompactCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:some inputs could not be read, or articles were rejected",
                "2:wrong command line", "3:failure (no database, database in use, bad query, I/O error)"})
public final class ClaimgraphCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the jar manifest, or the development version. */
    public static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ClaimgraphCommand.class.getPackage().getImplementationVersion();
            return new String[] {"claimgraph " + (v != null ? v : "0.1.0-SNAPSHOT")};
        }
    }
}
