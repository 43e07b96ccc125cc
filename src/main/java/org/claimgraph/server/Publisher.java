package org.claimgraph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes the {@link Publication} when the data changes, not per request: at start and on
 * {@link #refresh()}. Counting and both dataset dumps happen in one read transaction, so the description
 * and the files describe the same version of the data; dumps are rewritten only when the data's fingerprint
 * differs from the one recorded in the dumps folder. Work runs on one background thread; until the first
 * publication is ready, {@link #current()} is null.
 */
final class Publisher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);
    static final String LICENCE = """
            claimgraph dataset: licence

            The texts, extracted claims and every other part of this dataset written by the claimgraph project
            are licensed under the Creative Commons Attribution 4.0 International licence (CC BY 4.0):
            https://creativecommons.org/licenses/by/4.0/

            Place names and coordinates taken from GeoNames (https://www.geonames.org/) are licensed by GeoNames
            under CC BY 4.0 as well.

            Quotations from news articles are short excerpts kept as evidence for each claim; the articles
            themselves remain the property of their publishers.
            """;

    private final DatasetGraph dataset;
    private final DumpWriter dumps;
    private final DumpFolder folder;
    private final String base;
    private final String title;
    private final AtomicReference<Publication> current = new AtomicReference<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "claimgraph-publisher");
        t.setDaemon(true);
        return t;
    });

    /** {@code dumps} and {@code dumpsDir} are both null when the server offers no dumps. */
    Publisher(DatasetGraph dataset, DumpWriter dumps, Path dumpsDir, String base, String title) {
        this.dataset = dataset;
        this.dumps = dumps;
        this.folder = dumps == null || dumpsDir == null ? null : new DumpFolder(dumpsDir);
        this.base = base;
        this.title = title;
    }

    /** The latest publication, or null before the first is ready. */
    Publication current() {
        return current.get();
    }

    /** Recomputes in the background; the future completes with the new publication. */
    CompletableFuture<Publication> refresh() {
        return CompletableFuture.supplyAsync(this::compute, worker).whenComplete((p, e) -> {
            if (e != null) {
                LOG.error("Could not publish the dataset description and dumps: {}", e.toString());
            }
        });
    }

    private Publication compute() {
        record Snapshot(DatasetStats stats, List<Path> temps) {
        }
        Snapshot snap = Txn.calculateRead(dataset, () -> {
            DatasetStats stats = DatasetStats.count(dataset, base);
            List<Path> temps = null;
            if (folder != null && !folder.isCurrent(stats.fingerprint())) {
                try {
                    temps = folder.writeDataset(dumps);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return new Snapshot(stats, temps);
        });
        List<DumpFile> files = List.of();
        if (folder != null) {
            try {
                if (snap.temps() != null) {
                    folder.commit(snap.temps(), snap.stats().fingerprint(), LICENCE);
                    LOG.info("Wrote dumps to {}", folder.dir());
                }
                files = folder.files();
            } catch (IOException e) {
                deleteQuietly(snap.temps());
                throw new UncheckedIOException(e);
            }
        }
        Instant now = Instant.now();
        Publication p = new Publication(snap.stats().fingerprint(), now,
                VoidDescription.build(base, title, snap.stats(), files, now), snap.stats().pages(), files, folder);
        current.set(p);
        return p;
    }

    private static void deleteQuietly(List<Path> temps) {
        if (temps == null) {
            return;
        }
        for (Path p : temps) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                LOG.warn("Could not delete {}: {}", p, e.toString());
            }
        }
    }

    /** Waits for work already started or queued to finish (so the dataset may then be closed). */
    void awaitIdle() {
        try {
            worker.submit(() -> { }).get();
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        awaitIdle();
        worker.shutdown();
    }
}
