package org.claimgraph.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.claimgraph.ingest.BundledExamples;
import org.claimgraph.ingest.IngestReport;
import org.claimgraph.model.ClaimgraphException;
import org.claimgraph.server.ClaimgraphServer;
import org.claimgraph.server.ServerConfig;
import org.claimgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimgraph serve}: the main job. Serves the store over HTTP, ingesting the examples first when it is empty. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the graph: read-only SPARQL at /sparql, pages at /. An empty database is first"
                + " filled with the bundled example corpus.")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = ServerConfig.DEFAULT_HOST,
            description = "address to listen on; 0.0.0.0 for every interface (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "query time limit in seconds; longer queries are answered 503 (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Option(names = "--no-examples", description = "do not ingest the example corpus into an empty database")
    boolean noExamples;

    @Spec
    CommandSpec spec;

    /** Called once the server is up, before the command waits for it to stop (tests use it to stop it). */
    Consumer<ClaimgraphServer> onStarted = server -> { };

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (timeoutSeconds <= 0) {
            throw new ClaimgraphException("--timeout must be a positive number of seconds, not " + timeoutSeconds);
        }
        ServerConfig config = ServerConfig.builder().port(port).host(host).baseIri(common.iris().base())
                .queryTimeout(Duration.ofSeconds(timeoutSeconds)).build();
        try (TdbStore store = TdbStore.open(common.db)) {
            if (!store.hasArticles() && !noExamples) {
                ingestExamples(store, err);
            }
            try (ClaimgraphServer server = new ClaimgraphServer(store, config).start()) {
                Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "claimgraph-shutdown"));
                err.println("claimgraph serve: " + server.url() + " (SPARQL at " + server.url() + "sparql, database "
                        + common.db + "); press Ctrl-C to stop");
                err.flush();
                onStarted.accept(server);
                server.join();
            }
        }
        return ExitCodes.OK;
    }

    private void ingestExamples(TdbStore store, PrintWriter err) {
        err.println("claimgraph serve: empty database " + common.db + "; ingesting the bundled example corpus first");
        IngestReport report = IngestCommand.ingest(common, store, List.of(BundledExamples.folder()), 2,
                "claimgraph serve: ", err);
        err.println("claimgraph serve: " + report.summary());
        err.flush();
    }
}
