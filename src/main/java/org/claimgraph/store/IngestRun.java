package org.claimgraph.store;

import java.time.Instant;

/** What one ingest run did, as recorded in the meta graph ({@code cg:IngestRun}). */
public record IngestRun(Instant started, Instant ended, long files, long articlesStored, long articlesRejected,
                        long filesFailed, long claims, long triples) {
}
