package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NiceIterator;
import org.claimgraph.model.ClaimgraphException;
import org.claimgraph.rdf.ArticleMapper;
import org.claimgraph.rdf.Fixtures;
import org.claimgraph.rdf.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TdbStoreTest {
    private static final Iris IRIS = Iris.defaults();
    private static final ArticleMapper MAPPER = new ArticleMapper(IRIS);

    @TempDir
    Path tmp;

    private static NamedGraph article(String key) {
        var x = Fixtures.extraction(key);
        return new NamedGraph(MAPPER.graphName(x), MAPPER.map(x).getGraph());
    }

    @Test
    void replacesAnArticleGraph() {
        try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
            assertFalse(store.hasArticles());
            NamedGraph a1 = article("a1");
            store.replaceArticleGraphs(List.of(a1));
            assertTrue(store.hasArticles());
            Graph smaller = GraphFactory.createDefaultGraph();
            Graph full = a1.graph();
            full.find().forEachRemaining(t -> {
                if (!t.getPredicate().getURI().endsWith("#text")) {
                    smaller.add(t);
                }
            });
            store.replaceArticleGraphs(List.of(new NamedGraph(a1.name(), smaller)));
            assertTrue(store.graph(a1.name()).isIsomorphicWith(smaller));
        }
    }

    @Test
    void aFailingBatchLeavesNothingHalfWritten() {
        try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
            NamedGraph a1 = article("a1");
            store.replaceArticleGraphs(List.of(a1));
            NamedGraph b2 = article("b2");
            NamedGraph broken = new NamedGraph(a1.name(), new FailingGraph(b2.graph()));
            assertThrows(IllegalStateException.class, () -> store.replaceArticleGraphs(List.of(b2, broken)));
            assertTrue(store.graph(a1.name()).isIsomorphicWith(a1.graph()), "a1 unchanged");
            assertEquals(0, store.graph(b2.name()).size(), "b2 not stored");
            assertEquals(1, store.stats().articles());
        }
    }

    @Test
    void statsCountWhatIsStored() {
        try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
            store.ensureReferenceGraphs(IRIS, Fixtures.testOntology(), Fixtures.testGazetteer());
            store.replaceArticleGraphs(List.of(article("a1"), article("b2")));
            StoreStats s = store.stats();
            assertEquals(2, s.articles());
            assertEquals(6, s.claims());
            assertEquals(1, s.events(), "both articles report one shared event");
            assertEquals(1L, s.eventsByType().get("Capture"));
            assertEquals(2, s.measurements());
            assertEquals(2, s.statements());
            assertEquals(4, s.places(), "three gazetteer places and one new one");
            assertEquals(2 + 3, s.actors(), "two gazetteer actors, two people, one outlet");
            assertEquals(5, s.graphs(), "two articles, ontology, gazetteer, meta");
            assertTrue(s.quads() > 50);
        }
    }

    @Test
    void queriesSeeTheUnionOfNamedGraphs() {
        try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
            store.replaceArticleGraphs(List.of(article("a1")));
            DatasetGraph dsg = store.dataset();
            long n = Txn.calculateRead(dsg, () -> {
                try (QueryExec qe = QueryExec.dataset(dsg)
                        .query("SELECT * { ?c <https://w3id.org/claimgraph/ns#statedIn> ?a }").build()) {
                    return qe.select().materialize().rewindable().size();
                }
            });
            assertEquals(3, n);
        }
    }

    @Test
    void referenceGraphsAreReloadedOnlyWhenTheyChange() {
        try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
            assertTrue(store.ensureReferenceGraphs(IRIS, Fixtures.testOntology(), Fixtures.testGazetteer()));
            assertFalse(store.ensureReferenceGraphs(IRIS, Fixtures.testOntology(), Fixtures.testGazetteer()));
            Graph gaz = Fixtures.testGazetteer();
            gaz.add(Triple.create(NodeFactory.createURI("http://localhost:3030/id/place/x"),
                    NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel"), NodeFactory.createLiteralLang("X", "en")));
            assertTrue(store.ensureReferenceGraphs(IRIS, Fixtures.testOntology(), gaz));
            assertTrue(store.graph(IRIS.gazetteerGraph()).isIsomorphicWith(gaz));
        }
    }

    @ParameterizedTest
    @EnumSource(DumpFormat.class)
    void dumpThenReloadIsIsomorphic(DumpFormat format) throws IOException {
        try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
            store.ensureReferenceGraphs(IRIS, Fixtures.testOntology(), Fixtures.testGazetteer());
            store.replaceArticleGraphs(List.of(article("a1"), article("b2")));
            store.recordIngestRun(IRIS, new IngestRun(Instant.parse("2026-01-01T00:00:00Z"),
                    Instant.parse("2026-01-01T00:00:05Z"), 2, 2, 0, 0, 6, 100));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.dump(format, out);
            InputStream in = new ByteArrayInputStream(out.toByteArray());
            if (format.gzip()) {
                in = new GZIPInputStream(in);
            }
            Lang lang = switch (format) {
                case NQ_GZ -> Lang.NQUADS;
                case TRIG_GZ -> Lang.TRIG;
                case TTL_GZ -> Lang.TURTLE;
                case JSONLD -> Lang.JSONLD;
            };
            DatasetGraph back = DatasetGraphFactory.createTxnMem();
            RDFParser.source(in).lang(lang).parse(back);
            try (TdbStore fresh = TdbStore.open(tmp.resolve("fresh"))) {
                List<NamedGraph> graphs = new java.util.ArrayList<>();
                if (format.dataset()) {
                    back.listGraphNodes().forEachRemaining(g -> graphs.add(new NamedGraph(g.getURI(), back.getGraph(g))));
                } else {
                    graphs.add(new NamedGraph("http://example.org/union", back.getDefaultGraph()));
                }
                fresh.replaceArticleGraphs(graphs);
                Txn.executeRead(store.dataset(), () -> Txn.executeRead(fresh.dataset(), () -> {
                    if (format.dataset()) {
                        assertEquals(store.graphNames(), fresh.graphNames());
                        for (String g : store.graphNames()) {
                            Node gn = NodeFactory.createURI(g);
                            assertTrue(store.dataset().getGraph(gn).isIsomorphicWith(fresh.dataset().getGraph(gn)), g);
                        }
                    } else {
                        assertTrue(store.dataset().getUnionGraph().isIsomorphicWith(fresh.dataset().getUnionGraph()));
                    }
                }));
            }
        }
    }

    @Test
    void reopensAfterClose() {
        Path db = tmp.resolve("db");
        try (TdbStore store = TdbStore.open(db)) {
            store.replaceArticleGraphs(List.of(article("a1")));
        }
        try (TdbStore store = TdbStore.openExisting(db)) {
            assertEquals(1, store.stats().articles());
            store.compact();
            assertEquals(1, store.stats().articles());
        }
    }

    @Test
    void refusesFoldersThatAreNotDatabases() throws IOException {
        Path other = Files.createDirectories(tmp.resolve("photos"));
        Files.writeString(other.resolve("cat.jpg"), "meow");
        var e = assertThrows(ClaimgraphException.class, () -> TdbStore.open(other));
        assertTrue(e.getMessage().contains("not a claimgraph (TDB2) database"), e.getMessage());
        var missing = assertThrows(ClaimgraphException.class, () -> TdbStore.openExisting(tmp.resolve("none")));
        assertTrue(missing.getMessage().contains("claimgraph ingest"), missing.getMessage());
        var file = assertThrows(ClaimgraphException.class, () -> TdbStore.open(other.resolve("cat.jpg")));
        assertTrue(file.getMessage().contains("is a file"), file.getMessage());
    }

    /** A graph that fails halfway through being read, as a broken batch member would. */
    private static final class FailingGraph extends GraphBase {
        private final Graph inner;

        FailingGraph(Graph inner) {
            this.inner = inner;
        }

        @Override
        protected ExtendedIterator<Triple> graphBaseFind(Triple m) {
            var it = inner.find(m);
            return new NiceIterator<>() {
                int n;

                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public Triple next() {
                    if (++n > 5) {
                        throw new IllegalStateException("disk full, say");
                    }
                    return it.next();
                }
            };
        }
    }
}
