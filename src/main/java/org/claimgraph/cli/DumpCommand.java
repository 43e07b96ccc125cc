package org.claimgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.claimgraph.model.ClaimgraphException;
import org.claimgraph.store.DumpFormat;
import org.claimgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimgraph dump}: write the store to a file. */
@Command(name = "dump", mixinStandardHelpOptions = true,
        description = "Write the whole dataset (nq.gz, trig.gz, jsonld) or its union graph (ttl.gz) to a file.")
public final class DumpCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--format", paramLabel = "FORMAT", description = "nq.gz, trig.gz, ttl.gz or jsonld (default: from the file name)")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "the file to write")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DumpFormat f = format != null ? parse(format) : fromName(output);
        Path abs = output.toAbsolutePath();
        Path tmp = abs.resolveSibling(abs.getFileName() + ".part");
        try (TdbStore store = TdbStore.openExisting(common.db)) {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                store.dump(f, out);
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new ClaimgraphException(output + ": cannot write the dump (" + e.getMessage()
                    + "); check the folder exists and is writable", e);
        } catch (RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
        spec.commandLine().getOut().println("wrote " + abs + " (" + f.suffix() + ")");
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private static DumpFormat parse(String name) {
        try {
            return DumpFormat.of(name);
        } catch (IllegalArgumentException e) {
            throw new ClaimgraphException("--format: " + e.getMessage());
        }
    }

    private static DumpFormat fromName(Path file) {
        String n = file.getFileName().toString();
        for (DumpFormat f : DumpFormat.values()) {
            if (n.endsWith("." + f.suffix())) {
                return f;
            }
        }
        throw new ClaimgraphException("cannot tell the format from '" + n + "': add --format nq.gz, trig.gz, ttl.gz or jsonld");
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // the .part file is left behind; the target file was not touched
        }
    }
}
