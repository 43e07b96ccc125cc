package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.Iris;
import org.claimgraph.store.TdbStore;
import org.claimgraph.validate.ArticleValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest recomputes the derived graph: syndicated copies count once, conflicting figures contradict. */
class DerivedGraphTest {
    private static final Path DIR = Path.of("src/test/resources/research");
    private static final ReferenceData REF = ReferenceData.bundled(Iris.defaults());

    @TempDir
    Path tmp;

    private static List<String> select(TdbStore store, String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> rows = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(store.dataset()).query(query).build()) {
                RowSet rs = qe.select();
                rs.forEachRemaining(b -> rows.add(String.join(" ", rs.getResultVars().stream()
                        .map(v -> b.get(v) == null ? "-" : b.get(v).isLiteral() ? b.get(v).getLiteralLexicalForm()
                                : b.get(v).getURI()).toList())));
            }
            return rows;
        });
    }

    /** Checks the derived graph's shapes only: the article shapes' class targets are dropped. */
    private static void assertDerivedGraphConforms(TdbStore store) {
        Graph shapes = GraphFactory.createDefaultGraph();
        ArticleValidator.bundledShapesGraph().find().forEachRemaining(t -> {
            if (!t.getPredicate().equals(SHACL.targetClass)) {
                shapes.add(t);
            }
        });
        Graph data = Txn.calculateRead(store.dataset(), () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            store.dataset().getUnionGraph().find().forEachRemaining(copy::add);
            return copy;
        });
        assertTrue(data.contains(Node.ANY, CG.corroboratingArticles.asNode(), Node.ANY));
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapes), data);
        assertTrue(report.conforms(), () -> report.getEntries().toString());
    }

    @Test
    void theSameArticleUnderTwoOutletNamesIsCountedOnce() {
        try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
            IngestReport r = new Ingest(REF, 1, s -> { }).run(List.of(DIR.resolve("qayyarah-alpha.txt"),
                    DIR.resolve("qayyarah-beta-copy.txt"), DIR.resolve("qayyarah-gamma-near-copy.txt"),
                    DIR.resolve("qayyarah-delta.txt")), store);
            assertEquals(4, r.stored(), r.summary());
            List<String> rows = select(store, """
                    PREFIX cg: <https://w3id.org/claimgraph/ns#>
                    SELECT (COUNT(DISTINCT ?a) AS ?raw) ?articles ?outlets WHERE {
                      GRAPH <http://localhost:3030/graph/derived> {
                        <http://localhost:3030/id/event/capture-qayyarah-2016-08> cg:corroboratingArticles ?articles ;
                            cg:corroboratingOutlets ?outlets }
                      ?c cg:about <http://localhost:3030/id/event/capture-qayyarah-2016-08> ; cg:statedIn ?a .
                    } GROUP BY ?articles ?outlets""");
            assertEquals(List.of("4 2 2"), rows, "four articles, three of them one syndicated text");
            assertDerivedGraphConforms(store);
        }
    }

    @Test
    void conflictingFiguresAreLinked() throws IOException {
        try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
            new Ingest(REF, 1, s -> { }).run(List.of(DIR.resolve("tal-afar-low.txt"), DIR.resolve("tal-afar-high.txt")), store);
            List<String> rows = select(store, """
                    PREFIX cg: <https://w3id.org/claimgraph/ns#>
                    SELECT ?lowMax ?highMin WHERE {
                      ?low cg:contradicts ?high .
                      ?low cg:measure cg:Fighters ; cg:maxValue ?lowMax .
                      ?high cg:measure cg:Fighters ; cg:minValue ?highMin .
                      FILTER (?lowMax < ?highMin)
                    }""");
            assertEquals(List.of("1500.0 3000.0"), rows);
            List<String> pairs = select(store, Files.readString(Path.of("queries/contradicting-figures.rq")));
            assertEquals(1, pairs.size(), "queries/contradicting-figures.rq lists the pair once: " + pairs);
            assertTrue(pairs.get(0).startsWith("Fighters Islamic State Tal Afar "), pairs.get(0));
            assertTrue(pairs.get(0).contains("1000.0 1500.0") && pairs.get(0).contains("3000.0 3000.0"), pairs.get(0));
            assertTrue(select(store, "SELECT ?a WHERE { ?a <https://w3id.org/claimgraph/ns#contradicts> ?a }").isEmpty(),
                    "nothing contradicts itself");
            assertDerivedGraphConforms(store);
        }
    }
}
