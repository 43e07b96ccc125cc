package org.claimgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.claimgraph.store.StoreStats;
import org.claimgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimgraph stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Count articles, claims, events by type, and more.")
public final class StatsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        StoreStats s;
        try (TdbStore store = TdbStore.openExisting(common.db)) {
            s = store.stats();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("articles      %d%n", s.articles());
        out.printf("claims        %d%n", s.claims());
        out.printf("events        %d%n", s.events());
        new java.util.TreeMap<>(s.eventsByType()).forEach((t, n) -> out.printf("  %-12s%d%n", t, n));
        out.printf("measurements  %d%n", s.measurements());
        out.printf("statements    %d%n", s.statements());
        out.printf("places        %d%n", s.places());
        out.printf("actors        %d%n", s.actors());
        out.printf("quads         %d%n", s.quads());
        out.printf("graphs        %d%n", s.graphs());
        out.flush();
        return ExitCodes.OK;
    }
}
