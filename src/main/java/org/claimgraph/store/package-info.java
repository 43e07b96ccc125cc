/**
 * The TDB2 store: one named graph per article plus the ontology, gazetteer and meta graphs, with a
 * union default graph for queries, and the derived graph ({@link org.claimgraph.store.Derivations}:
 * corroboration counts and contradictions computed over all articles). All writes go through {@code Txn.executeWrite}, batched.
 * Knows nothing of text processing, extraction or HTTP.
 */
package org.claimgraph.store;
