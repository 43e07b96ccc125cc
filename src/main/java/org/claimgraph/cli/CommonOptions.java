package org.claimgraph.cli;

import java.nio.file.Path;
import org.claimgraph.rdf.Iris;
import picocli.CommandLine.Option;

/** Options every command shares: the database folder, the base IRI and --debug. */
public final class CommonOptions {
    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data/db",
            description = "database folder (default: ${DEFAULT-VALUE})")
    Path db;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "base of the data IRIs, ending in '/' (default: ${DEFAULT-VALUE})")
    String base;

    @Option(names = {"-v", "--debug"}, description = "log details and show stack traces")
    void debug(boolean on) {
        if (on) {
            Cli.debugLogging();
        }
    }

    Iris iris() {
        try {
            return new Iris(base);
        } catch (IllegalArgumentException e) {
            throw new org.claimgraph.model.ClaimgraphException("--base: " + e.getMessage()
                    + "; for example --base http://localhost:3030/");
        }
    }
}
