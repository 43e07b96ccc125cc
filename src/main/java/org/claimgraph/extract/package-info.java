/**
 * Extraction: sentences, names of actors and places, event triggers with their roles, dates,
 * quantities, quoted statements, attribution and modality, turned into {@code model} claims.
 * {@link org.claimgraph.extract.Extractor} composes the steps; {@link org.claimgraph.extract.ClaimFinder}s
 * (events, measurements, statements) read one {@link org.claimgraph.extract.AnalyzedText} each.
 * Knows nothing of RDF, storage or HTTP; reads the gazetteer as a plain {@code model.Gazetteer}.
 */
package org.claimgraph.extract;
