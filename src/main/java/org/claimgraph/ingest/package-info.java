/**
 * The ingest pipeline in one place: expand inputs, read, extract, map, validate, store in batches,
 * and report what was stored and what was rejected and why. Knows nothing of the command line or HTTP.
 */
package org.claimgraph.ingest;
