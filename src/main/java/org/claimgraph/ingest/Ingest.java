package org.claimgraph.ingest;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import org.claimgraph.article.Articles;
import org.claimgraph.extract.Extractor;
import org.claimgraph.ingest.IngestReport.Problem;
import org.claimgraph.model.ClaimgraphException;
import org.claimgraph.model.InputException;
import org.claimgraph.rdf.ArticleMapper;
import org.claimgraph.store.Derivations;
import org.claimgraph.store.IngestRun;
import org.claimgraph.store.NamedGraph;
import org.claimgraph.store.TdbStore;
import org.claimgraph.validate.ArticleValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline: expand inputs, then per file read, extract, map and validate (a few files at a time
 * on a small thread pool), then store the valid articles in batches, one transaction per batch.
 * An unreadable file or an invalid article is reported and skipped; the rest is stored. Last, the
 * derived graph (corroboration counts, contradictions) is recomputed over everything stored.
 */
public final class Ingest {
    private static final Logger LOG = LoggerFactory.getLogger(Ingest.class);

    /** Articles per write transaction. */
    public static final int BATCH_ARTICLES = 200;
    /** Triples per write transaction. */
    public static final long BATCH_TRIPLES = 200_000;
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

    private final ReferenceData ref;
    private final ArticlePreparer preparer;
    private final int threads;
    private final Consumer<String> progress;

    /**
     * @param threads  threads for extraction and validation (1 = the calling thread only)
     * @param progress receives a progress line every few seconds on long runs
     */
    public Ingest(ReferenceData ref, int threads, Consumer<String> progress) {
        this.ref = requireNonNull(ref, "ref");
        this.threads = Math.max(1, threads);
        this.progress = requireNonNull(progress, "progress");
        this.preparer = new ArticlePreparer(new Extractor(ref.gazetteer()), new ArticleMapper(ref.iris()),
                ArticleValidator.withBundledShapes(ref.ontology().getGraph(), ref.gazetteerModel().getGraph()));
    }

    public ArticlePreparer preparer() {
        return preparer;
    }

    public IngestReport run(List<Path> inputs, TdbStore store) {
        Instant started = Instant.now();
        List<Problem> problems = new ArrayList<>();
        List<Path> files = expand(inputs, problems);
        store.ensureReferenceGraphs(ref.iris(), ref.ontology().getGraph(), ref.gazetteerModel().getGraph());
        Batcher batcher = new Batcher(store);
        Map<String, String> keys = new HashMap<>();
        long lastReport = System.nanoTime();
        int chunk = threads * 8;
        ForkJoinPool pool = threads > 1 ? new ForkJoinPool(threads) : null;
        try {
            for (int i = 0; i < files.size(); i += chunk) {
                List<Path> slice = files.subList(i, Math.min(files.size(), i + chunk));
                for (ArticlePreparer.FileResult fr : prepare(slice, pool)) {
                    problems.addAll(fr.problems());
                    for (ArticlePreparer.Prepared p : fr.articles()) {
                        String other = keys.putIfAbsent(p.key(), p.source());
                        if (other != null) {
                            problems.add(new Problem(Problem.Kind.REJECTED, p.source(), "its article key '" + p.key()
                                    + "' is already used by " + other + " in this run; rename one of the files"));
                            continue;
                        }
                        batcher.add(p);
                    }
                }
                if (System.nanoTime() - lastReport > PROGRESS_EVERY.toNanos()) {
                    lastReport = System.nanoTime();
                    double secs = Duration.between(started, Instant.now()).toMillis() / 1000.0;
                    progress.accept(String.format("%d/%d files, %d articles stored or queued, %.1f articles/s",
                            Math.min(files.size(), i + chunk), files.size(), keys.size(), keys.size() / Math.max(secs, 0.001)));
                }
            }
            batcher.flush();
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
        }
        if (batcher.stored > 0) {
            Derivations.Summary derived = Derivations.recompute(store, ref.iris());
            LOG.debug("Derived graph: {}", derived);
        }
        Instant ended = Instant.now();
        IngestReport report = new IngestReport(files.size(), batcher.stored, problems, batcher.claims, batcher.triples,
                Duration.between(started, ended).toMillis() / 1000.0);
        store.recordIngestRun(ref.iris(), new IngestRun(started, ended, files.size(), report.stored(),
                report.rejected(), report.failedInputs(), report.claims(), report.triples()));
        LOG.debug("Ingest: {}", report.summary());
        return report;
    }

    private static List<Path> expand(List<Path> inputs, List<Problem> problems) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            try {
                for (Path f : Articles.expand(List.of(input))) {
                    if (!files.contains(f)) {
                        files.add(f);
                    }
                }
            } catch (InputException e) {
                problems.add(new Problem(Problem.Kind.INPUT, input.toString(), e.getMessage()));
            }
        }
        return files;
    }

    private List<ArticlePreparer.FileResult> prepare(List<Path> slice, ForkJoinPool pool) {
        if (pool == null) {
            return slice.stream().map(preparer::prepareFile).toList();
        }
        try {
            return pool.submit(() -> slice.parallelStream().map(preparer::prepareFile).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClaimgraphException("ingest interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw c instanceof RuntimeException re ? re : new ClaimgraphException(String.valueOf(c), c);
        }
    }

    /** Collects prepared articles and writes them in batches, one transaction each. */
    private static final class Batcher {
        private final TdbStore store;
        private final List<ArticlePreparer.Prepared> pending = new ArrayList<>();
        private long pendingTriples;
        int stored;
        long claims;
        long triples;

        Batcher(TdbStore store) {
            this.store = store;
        }

        void add(ArticlePreparer.Prepared p) {
            pending.add(p);
            pendingTriples += p.graph().size();
            if (pending.size() >= BATCH_ARTICLES || pendingTriples >= BATCH_TRIPLES) {
                flush();
            }
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            store.replaceArticleGraphs(pending.stream().map(p -> new NamedGraph(p.graphName(), p.graph())).toList());
            for (ArticlePreparer.Prepared p : pending) {
                stored++;
                claims += p.claims();
                triples += p.graph().size();
            }
            pending.clear();
            pendingTriples = 0;
        }
    }
}
