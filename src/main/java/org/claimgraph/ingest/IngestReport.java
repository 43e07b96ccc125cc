package org.claimgraph.ingest;

import java.util.List;

/**
 * What an ingest run did.
 *
 * @param files    article files found
 * @param stored   articles stored
 * @param problems every input that failed to be read and every article rejected, with the reason
 * @param claims   claims in the stored articles
 * @param triples  triples in the stored article graphs
 */
public record IngestReport(int files, int stored, List<Problem> problems, long claims, long triples, double seconds) {
    public IngestReport {
        problems = List.copyOf(problems);
    }

    /** Exit status: 0 when every input was read and every article stored, 1 otherwise. */
    public int exitCode() {
        return problems.isEmpty() ? 0 : 1;
    }

    public long rejected() {
        return problems.stream().filter(p -> p.kind() == Problem.Kind.REJECTED).count();
    }

    public long failedInputs() {
        return problems.stream().filter(p -> p.kind() == Problem.Kind.INPUT).count();
    }

    /** One line: "stored 5 articles (12 claims, 1,234 triples) in 3.2 s; rejected 0; unreadable inputs 0". */
    public String summary() {
        return String.format("stored %d article%s (%d claims, %d triples) in %.1f s; rejected %d; unreadable inputs %d",
                stored, stored == 1 ? "" : "s", claims, triples, seconds, rejected(), failedInputs());
    }

    /**
     * One thing that went wrong.
     *
     * @param source the file (with line, for JSON Lines) or article
     * @param reason what was wrong and what to do
     */
    public record Problem(Kind kind, String source, String reason) {
        public enum Kind { INPUT, REJECTED }

        @Override
        public String toString() {
            String where = reason.startsWith(source + ":") ? "" : source + ": ";
            return (kind == Kind.INPUT ? "unreadable: " : "rejected: ") + where + reason;
        }
    }
}
