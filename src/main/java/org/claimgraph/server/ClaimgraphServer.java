package org.claimgraph.server;

import static java.util.Objects.requireNonNull;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The claimgraph HTTP server: embedded Fuseki (Jetty) with a read-only {@code /sparql} endpoint over the
 * union of the dataset's named graphs, a home page at {@code /}, {@code /$/ping}, and CORS for GET and POST.
 * No dataset is registered with Fuseki itself, so no update, Graph Store Protocol or admin endpoint
 * exists; federated queries ({@code SERVICE}) are switched off for the whole JVM.
 *
 * <pre>{@code
 * try (ClaimgraphServer server = new ClaimgraphServer(dsg, ServerConfig.builder().port(0).build())) {
 *     server.start();
 *     URI endpoint = URI.create(server.url() + "sparql");
 * }
 * }</pre>
 */
public final class ClaimgraphServer implements AutoCloseable {
    /** Response header present when a result was cut at the row cap; its value is the cap. */
    public static final String TRUNCATED_HEADER = "X-Claimgraph-Truncated";

    private final ServerConfig config;
    private final FusekiServer fuseki;
    private boolean started;

    /** Builds the server; nothing listens until {@link #start()}. The dataset stays owned by the caller. */
    public ClaimgraphServer(DatasetGraph dataset, ServerConfig config) {
        requireNonNull(dataset, "dataset");
        this.config = requireNonNull(config, "config");
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
                .addServlet("/sparql", new SparqlServlet(runner, config))
                .addServlet("/id/*", resources)
                .addServlet("/graph/*", resources)
                .addServlet("/assets/*", new AssetServlet())
                .addServlet("", new HomePage(reader, config))
                .build();
        bind(config.host());
    }

    /** Starts listening; returns this server. */
    public synchronized ClaimgraphServer start() {
        if (!started) {
            fuseki.start();
            started = true;
        }
        return this;
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

    /** Stops listening and releases the port; the dataset is not closed. */
    public synchronized void stop() {
        if (started) {
            fuseki.stop();
            started = false;
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
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
