/**
 * SHACL validation: the gate between mapping and storage. Checks one article's graph (with the
 * ontology and gazetteer as context) against the bundled shapes and reports what is wrong, where.
 * Knows nothing of text processing, storage or HTTP.
 */
package org.claimgraph.validate;
