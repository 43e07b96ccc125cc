/**
 * RDF: the {@code cg:} vocabulary, the one place that mints IRIs, the mapping of extraction
 * records to one named graph per article, and loading of ontology and gazetteer files.
 * Knows nothing of text processing, storage or HTTP.
 */
package org.claimgraph.rdf;
