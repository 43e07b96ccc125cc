package org.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.ingest.Ingest;
import org.claimgraph.ingest.IngestReport;
import org.claimgraph.ingest.ReferenceData;
import org.claimgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimgraph ingest PATH...}: read, extract, validate and store articles. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read articles (files, folders, JSON Lines), extract their claims, validate and store them."
                + " Re-ingesting an article replaces its graph.")
public final class IngestCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "article files or folders")
    List<Path> paths;

    @Option(names = "--threads", defaultValue = "2", description = "threads for extraction (default: ${DEFAULT-VALUE})")
    int threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IngestReport report;
        try (TdbStore store = TdbStore.open(common.db)) {
            report = ingest(common, store, paths, threads, "claimgraph ingest: ", err);
        }
        out.println(report.summary());
        out.flush();
        return report.exitCode() == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    /** Ingests into an open store, with progress lines and then each problem on {@code err}. */
    static IngestReport ingest(CommonOptions common, TdbStore store, List<Path> paths, int threads, String prefix,
                               PrintWriter err) {
        IngestReport report = new Ingest(ReferenceData.bundled(common.iris()), threads, line -> {
            err.println(prefix + line);
            err.flush();
        }).run(paths, store);
        for (IngestReport.Problem p : report.problems()) {
            err.println(p);
        }
        err.flush();
        return report;
    }
}
