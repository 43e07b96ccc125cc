/**
 * Extraction: sentences, names of actors and places, event triggers with their roles, dates,
 * quantities, quoted statements, attribution and modality, turned into {@code model} claims.
 * Knows nothing of RDF, storage or HTTP; reads the gazetteer as a plain {@code model.Gazetteer}.
 */
package org.claimgraph.extract;
