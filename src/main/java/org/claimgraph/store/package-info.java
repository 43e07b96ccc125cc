/**
 * The TDB2 store: one named graph per article plus the ontology, gazetteer and meta graphs, with a
 * union default graph for queries. All writes go through {@code Txn.executeWrite}, batched.
 * Knows nothing of text processing, extraction or HTTP.
 */
package org.claimgraph.store;
