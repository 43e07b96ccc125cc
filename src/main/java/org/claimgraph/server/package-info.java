/**
 * The HTTP face of the graph: an embedded Fuseki server with a read-only SPARQL endpoint over the union of
 * all named graphs, linked-data pages and RDF for every resource, the home page and search, the query editor,
 * dumps, the VoID/DCAT description, the ontology page, robots.txt and sitemap.xml. Pages are built from
 * templates and {@link org.claimgraph.server.Html} fragments that escape every value. It takes an open store
 * (or a bare {@code DatasetGraph}) and a {@link org.claimgraph.server.ServerConfig}; it knows nothing of
 * extraction, ingest or the CLI.
 */
package org.claimgraph.server;
