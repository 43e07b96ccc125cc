package org.claimgraph.cli;

import java.util.concurrent.Callable;
import org.claimgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimgraph compact}: reclaim the space replaced graphs leave behind. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Compact the database (it grows as article graphs are replaced); needs it not to be in use.")
public final class CompactCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (TdbStore store = TdbStore.openExisting(common.db)) {
            store.compact();
        }
        spec.commandLine().getOut().println("compacted " + common.db.toAbsolutePath().normalize());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
