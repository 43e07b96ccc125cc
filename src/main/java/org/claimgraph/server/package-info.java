/**
 * The HTTP face of the graph: an embedded Fuseki server with a read-only SPARQL endpoint over the
 * union of all named graphs, a home page, ping and CORS for reads. It takes an open {@code DatasetGraph}
 * and a {@link org.claimgraph.server.ServerConfig}; it knows nothing of extraction, ingest or the CLI.
 */
package org.claimgraph.server;
