package org.claimgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/** Temporary TDB2 datasets for the server tests. */
final class TestData {
    static final String BASE = "http://localhost:3030/";
    static final String FIXTURE = "/server/two-articles.trig";

    private TestData() {
    }

    /** A TDB2 dataset in {@code dir} holding the two-article fixture. */
    static DatasetGraph fixtureStore(Path dir) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        Txn.executeWrite(dsg, () -> {
            try (InputStream in = TestData.class.getResourceAsStream(FIXTURE)) {
                RDFParser.source(in).lang(Lang.TRIG).parse(dsg);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return dsg;
    }

    /** Adds {@code n} triples to a named graph of their own, for queries that must run long. */
    static void addFiller(DatasetGraph dsg, int n) {
        Node graph = NodeFactory.createURI(BASE + "graph/filler");
        Node p = NodeFactory.createURI(BASE + "filler#p");
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < n; i++) {
                dsg.add(graph, NodeFactory.createURI(BASE + "filler/" + i), p, NodeFactory.createURI(BASE + "filler/" + (i + 1)));
            }
        });
    }

    /** Closes the dataset and releases its files. */
    static void release(DatasetGraph dsg) {
        if (dsg != null) {
            TDBInternal.expel(dsg);
        }
    }
}
