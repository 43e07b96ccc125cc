package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.ingest.IngestReport.Problem;
import org.claimgraph.rdf.Iris;
import org.claimgraph.store.TdbStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTest {
    static final Path HOME = Path.of(System.getProperty("claimgraph.home", "."));
    static final Path SEEDS = HOME.resolve("../shared/seeds");
    static final Path BAD = HOME.resolve("src/test/resources/ingest/bad");
    private static ReferenceData ref;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() {
        ref = ReferenceData.bundled(Iris.defaults());
    }

    @Test
    void ingestsTheSeedsAndReingestGivesTheSameDataset() {
        Ingest ingest = new Ingest(ref, 2, line -> { });
        try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
            IngestReport first = ingest.run(List.of(SEEDS), store);
            assertEquals(5, first.stored(), () -> first.problems().toString());
            assertEquals(0, first.exitCode());
            assertTrue(first.claims() > 0);
            assertEquals(5, store.stats().articles());
            List<String> graphs = contentGraphs(store);
            var before = new ArrayList<org.apache.jena.graph.Graph>();
            graphs.forEach(g -> before.add(store.graph(g)));
            IngestReport second = ingest.run(List.of(SEEDS), store);
            assertEquals(5, second.stored());
            assertEquals(graphs, contentGraphs(store));
            for (int i = 0; i < graphs.size(); i++) {
                assertTrue(before.get(i).isIsomorphicWith(store.graph(graphs.get(i))), graphs.get(i));
            }
        }
    }

    @Test
    void badInputsAreReportedAndTheGoodOnesStored() {
        Ingest ingest = new Ingest(ref, 1, line -> { });
        try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
            IngestReport r = ingest.run(List.of(BAD, tmp.resolve("no-such-file.txt")), store);
            assertEquals(1, r.exitCode());
            assertEquals(3, r.stored(), () -> r.problems().toString());
            assertEquals(3, store.stats().articles());
            String all = r.problems().stream().map(Problem::toString).reduce("", (a, b) -> a + b + "\n");
            for (String name : List.of("empty.txt", "binary.txt", "latin1.txt", "feed.jsonl", "no-such-file.txt")) {
                assertTrue(all.contains(name), () -> name + " not reported in:\n" + all);
            }
            assertTrue(all.contains("line 2") || all.contains(":2"), all);
        }
    }

    @Test
    void aKnownPersonSpelledAnotherWayIsStoredNotDescribedTwice() throws Exception {
        // "Abdul Wahab al-Saadi" is an alternative spelling of a gazetteer person; built from the text as a new
        // person it would give the known IRI a second preferred label, and SHACL would reject the article
        Path article = tmp.resolve("saadi.txt");
        java.nio.file.Files.writeString(article, "Fallujah commander gives toll\n\nPublished 28 June 2016\n\n"
                + "Lt. Gen. Abdul Wahab al-Saadi, the commander of the operation, told state television that the battle for "
                + "Fallujah was over. Later Gen. al-Saadi told a local channel that about 2,500 militants had been killed.\n");
        try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
            IngestReport r = new Ingest(ref, 1, line -> { }).run(List.of(article), store);
            assertEquals(1, r.stored(), () -> r.problems().toString());
        }
    }

    private static List<String> contentGraphs(TdbStore store) {
        return store.graphNames().stream().filter(g -> !g.equals(Iris.defaults().metaGraph())).toList();
    }


}
