package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.claimgraph.ingest.IngestReport.Problem;
import org.junit.jupiter.api.Test;

class IngestReportTest {
    @Test
    void problemNamesItsSourceOnce() {
        Problem named = new Problem(Problem.Kind.INPUT, "/in/a.txt", "/in/a.txt: is empty; give a file with article text");
        assertEquals("unreadable: /in/a.txt: is empty; give a file with article text", named.toString());
    }

    @Test
    void problemAddsItsSourceWhenTheReasonLacksIt() {
        Problem bare = new Problem(Problem.Kind.REJECTED, "a.txt", "cg:quote differs from the text");
        assertEquals("rejected: a.txt: cg:quote differs from the text", bare.toString());
    }
}
