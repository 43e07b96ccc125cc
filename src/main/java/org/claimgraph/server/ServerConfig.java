package org.claimgraph.server;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Settings of a {@link ClaimgraphServer}. Built with {@link #builder()}; every setting has a safe default:
 * port 3030 on the loopback address, base IRI {@code http://localhost:3030/}, a 30 s query timeout and a cap
 * of 100,000 result rows (or triples) per response. {@code dumpsDir} is where downloadable dumps are
 * written; null means the default, a folder {@code dumps} beside the database (or no dumps when the server
 * is given a bare dataset).
 */
public record ServerConfig(int port, String host, String baseIri, String datasetName, Duration queryTimeout,
        int rowCap, Path dumpsDir) {

    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final String DEFAULT_BASE_IRI = "http://localhost:3030/";
    public static final String DEFAULT_DATASET_NAME = "claimgraph";
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_ROW_CAP = 100_000;
    private static final Pattern BASE_IRI = Pattern.compile("https?://[^\\s<>\"{}|\\\\^`]+/");

    public ServerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535 (0 = any free port): " + port);
        }
        requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        requireNonNull(baseIri, "baseIri");
        if (!BASE_IRI.matcher(baseIri).matches()) {
            throw new IllegalArgumentException("base IRI must be an http(s) IRI ending in '/': " + baseIri);
        }
        requireNonNull(datasetName, "datasetName");
        if (datasetName.isBlank()) {
            throw new IllegalArgumentException("datasetName must not be blank");
        }
        requireNonNull(queryTimeout, "queryTimeout");
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("query timeout must be positive: " + queryTimeout);
        }
        if (rowCap < 1) {
            throw new IllegalArgumentException("row cap must be at least 1: " + rowCap);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from the defaults. */
    public static final class Builder {
        private int port = DEFAULT_PORT;
        private String host = DEFAULT_HOST;
        private String baseIri = DEFAULT_BASE_IRI;
        private String datasetName = DEFAULT_DATASET_NAME;
        private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
        private int rowCap = DEFAULT_ROW_CAP;
        private Path dumpsDir;

        private Builder() {
        }

        /** The TCP port; 0 picks any free port (read it back with {@link ClaimgraphServer#port()}). */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The address to bind, default {@value ServerConfig#DEFAULT_HOST}; "0.0.0.0" listens everywhere. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** The base of data IRIs ({@code {base}id/{kind}/{key}}), ending in '/'. */
        public Builder baseIri(String baseIri) {
            this.baseIri = baseIri;
            return this;
        }

        /** The dataset's name as shown on the home page. */
        public Builder datasetName(String datasetName) {
            this.datasetName = datasetName;
            return this;
        }

        /** The longest a query may run before it is cancelled and answered 503. */
        public Builder queryTimeout(Duration queryTimeout) {
            this.queryTimeout = queryTimeout;
            return this;
        }

        /** The most rows (SELECT) or triples (CONSTRUCT, DESCRIBE) one response carries. */
        public Builder rowCap(int rowCap) {
            this.rowCap = rowCap;
            return this;
        }

        /** The folder for dumps, SHA256SUMS and the dataset description's files; null for the default. */
        public Builder dumpsDir(Path dumpsDir) {
            this.dumpsDir = dumpsDir;
            return this;
        }

        public ServerConfig build() {
            return new ServerConfig(port, host, baseIri, datasetName, queryTimeout, rowCap, dumpsDir);
        }
    }
}
