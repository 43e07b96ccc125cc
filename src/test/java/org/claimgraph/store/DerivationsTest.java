package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.GazetteerLoader;
import org.claimgraph.rdf.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DerivationsTest {
    private static final Iris IRIS = Iris.defaults();

    @TempDir
    Path tmp;

    private static Node id(String path) {
        return NodeFactory.createURI(IRIS.id(path.substring(0, path.indexOf('/')), path.substring(path.indexOf('/') + 1)));
    }

    private Graph derive() {
        DatasetGraph fixture = DatasetGraphFactory.create();
        RDFParser.source(Path.of("src/test/resources/research/negation.trig")).lang(Lang.TRIG).parse(fixture);
        List<NamedGraph> graphs = new ArrayList<>();
        fixture.listGraphNodes().forEachRemaining(gn -> graphs.add(new NamedGraph(gn.getURI(), fixture.getGraph(gn))));
        try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
            store.ensureReferenceGraphs(IRIS, GazetteerLoader.loadOntology().getGraph(), GraphFactory.createDefaultGraph());
            store.replaceArticleGraphs(graphs);
            Derivations.Summary first = Derivations.recompute(store, IRIS);
            Derivations.Summary again = Derivations.recompute(store, IRIS);
            assertEquals(first, again, "recomputing replaces the derived graph instead of adding to it");
            return store.graph(IRIS.derivedGraph());
        }
    }

    @Test
    void aDenialContradictsTheClaimThatItHappenedBothWays() {
        Graph g = derive();
        Node contradicts = CG.contradicts.asNode();
        assertTrue(g.contains(id("claim/one-a"), contradicts, id("claim/two-a")));
        assertTrue(g.contains(id("claim/two-a"), contradicts, id("claim/one-a")));
        assertFalse(g.contains(id("claim/two-b"), contradicts, Node.ANY), "a prediction is not a denial");
        assertFalse(g.contains(Node.ANY, contradicts, id("claim/two-b")));
    }

    @Test
    void figuresOfOverlappingTimeWhoseRangesDoNotMeetContradict() {
        Graph g = derive();
        Node contradicts = CG.contradicts.asNode();
        assertTrue(g.contains(id("measurement/one-m"), contradicts, id("measurement/two-m")), "40-50 against at least 120");
        assertTrue(g.contains(id("measurement/two-m"), contradicts, id("measurement/one-m")));
        assertFalse(g.contains(id("measurement/two-n"), contradicts, Node.ANY), "January is not May");
    }

    @Test
    void onlyAffirmingClaimsCorroborate() {
        Graph g = derive();
        Node event = id("event/capture-x-2016-05");
        assertTrue(g.contains(event, CG.corroboratingArticles.asNode(), integer(1)));
        assertTrue(g.contains(event, CG.corroboratingOutlets.asNode(), integer(1)));
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
    }
}
