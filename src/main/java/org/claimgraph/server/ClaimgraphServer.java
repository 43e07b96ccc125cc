package org.claimgraph.server;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.claimgraph.store.TdbStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The claimgraph HTTP server: embedded Fuseki (Jetty) with a read-only {@code /sparql} endpoint over the
 * union of the dataset's named graphs, linked-data pages ({@code /id/…}, {@code /graph/…}), the home page,
 * the query editor, dumps, the VoID description, the ontology page, robots.txt and sitemap.xml,
 * {@code /$/ping}, and CORS for GET and POST. No dataset is registered with Fuseki itself, so no update,
 * Graph Store Protocol or admin endpoint exists; federated queries ({@code SERVICE}) are switched off for
 * the whole JVM.
 *
 * <pre>{@code
 * try (TdbStore store = TdbStore.open(db);
 *      ClaimgraphServer server = new ClaimgraphServer(store, ServerConfig.builder().port(0).build())) {
 *     server.start();
 *     URI endpoint = URI.create(server.url() + "sparql");
 * }
 * }</pre>
 */
public final class ClaimgraphServer implements AutoCloseable {
    /** Response header present when a result was cut at the row cap; its value is the cap. */
    public static final String TRUNCATED_HEADER = "X-Claimgraph-Truncated";
    private final CountDownLatch stopped = new CountDownLatch(1);

    private final ServerConfig config;
    private final FusekiServer fuseki;
    private final Publisher publisher;
    private CompletableFuture<Publication> firstPublication;
    private boolean started;

    /**
     * A server over a store, with dumps written to {@code config.dumpsDir()} or, by default, to a folder
     * {@code dumps} beside the database folder. The store stays owned by the caller.
     */
    public ClaimgraphServer(TdbStore store, ServerConfig config) {
        this(store.dataset(), store::dump, config.dumpsDir() != null ? config.dumpsDir()
                : store.directory().resolveSibling("dumps"), config);
    }

    /**
     * A server over a bare dataset: everything but dumps (the {@code /dumps/} page says so). The dataset
     * stays owned by the caller.
     */
    public ClaimgraphServer(DatasetGraph dataset, ServerConfig config) {
        this(dataset, null, null, config);
    }

    /** Builds the server; nothing listens until {@link #start()}. */
    private ClaimgraphServer(DatasetGraph dataset, DumpWriter dumps, Path dumpsDir, ServerConfig config) {
        requireNonNull(dataset, "dataset");
        this.config = requireNonNull(config, "config");
        this.publisher = new Publisher(dataset, dumps, dumpsDir, config.baseIri(), config.datasetName());
        disableFederation();
        QueryRunner runner = new QueryRunner(dataset, config);
        GraphReader reader = new GraphReader(dataset, runner, config.baseIri());
        OntologyTerms ontology = OntologyTerms.bundled();
        ResourceServlet resources = new ResourceServlet(reader, new ResourcePages(reader, ontology, config.datasetName()),
                config.datasetName());
        this.fuseki = FusekiServer.create()
                .port(config.port())
                .enablePing(true)
                .enableCors(false)
                .enableStats(false)
                .enableMetrics(false)
                .enableCompact(false)
                .enableTasks(false)
                .verbose(false)
                .addFilter("/*", new CorsFilter())
                .addFilter("/*", new ReadOnlyFilter())
                .addServlet("/sparql", new SparqlServlet(runner, config))
                .addServlet("/id/*", resources)
                .addServlet("/graph/*", resources)
                .addServlet("/assets/*", new AssetServlet())
                .addServlet("/dumps/*", new DumpsServlet(publisher::current, config.datasetName()))
                .addServlet("/.well-known/void", new VoidServlet(publisher::current))
                .addServlet("/robots.txt", new SitemapServlet(publisher::current, config.baseIri()))
                .addServlet("/sitemap.xml", new SitemapServlet(publisher::current, config.baseIri()))
                .addServlet("/ontology", new OntologyPage(ontology, config.datasetName()))
                .addServlet("/query", new QueryEditorPage(config.datasetName(), ExampleQueries.bundled()))
                .addServlet("", new HomePage(reader, config))
                .build();
        bind(config.host());
    }

    /**
     * Starts listening and, in the background, computes the dataset description and (re)writes the dumps
     * if the data changed since they were written; returns this server.
     */
    public synchronized ClaimgraphServer start() {
        if (!started) {
            fuseki.start();
            started = true;
            firstPublication = publisher.refresh();
        }
        return this;
    }

    /**
     * Recomputes the dataset description, sitemap and dumps after the data changed (for example after an
     * ingest into the open store); the future completes when they are served.
     */
    public CompletableFuture<Void> refreshPublication() {
        return publisher.refresh().thenApply(p -> null);
    }

    /**
     * Waits until the first dataset description and dumps are ready (they are computed in the background
     * after {@link #start()}).
     *
     * @throws IllegalStateException if not started, if publishing failed, or on timeout
     */
    public void awaitPublication(Duration timeout) {
        CompletableFuture<Publication> first;
        synchronized (this) {
            first = firstPublication;
        }
        if (first == null) {
            throw new IllegalStateException("the server has not been started");
        }
        try {
            first.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("publishing failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("publishing did not finish within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The port actually listened on (useful with port 0); only meaningful after {@link #start()}. */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The server's root URL, ending in '/', e.g. {@code http://127.0.0.1:3030/}. */
    public String url() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        if ("0.0.0.0".equals(host) || "[::]".equals(host)) {
            host = "localhost";
        }
        return "http://" + host + ":" + port() + "/";
    }

    public ServerConfig config() {
        return config;
    }

    /**
     * Stops listening, releases the port and waits for background publishing to finish; the dataset is not
     * closed.
     */
    public synchronized void stop() {
        if (started) {
            fuseki.stop();
            started = false;
        }
        publisher.awaitIdle();
        stopped.countDown();
    }

    @Override
    public void close() {
        try {
            stop();
        } finally {
            publisher.close();
        }
    }

    /** Blocks until {@link #stop()} has been called (at once if it already has), or the thread is interrupted. */
    public void join() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void bind(String host) {
        for (Connector connector : fuseki.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector network) {
                network.setHost(host);
            }
        }
    }

    /** SERVICE would let anyone make this machine fetch URLs (SSRF): refuse it everywhere in this JVM. */
    private static void disableFederation() {
        ARQ.getContext().set(ARQ.httpServiceAllowed, false);
        ARQ.globalServiceAllowed = false;
    }
}
