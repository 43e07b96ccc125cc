/**
 * The domain records passed between the pipeline stages: articles, claims and what claims are about.
 * Plain immutable Java values; nothing here knows about text processing, RDF, storage or HTTP.
 */
package org.claimgraph.model;
