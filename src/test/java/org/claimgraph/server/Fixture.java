package org.claimgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.claimgraph.rdf.BundledFiles;
import org.claimgraph.store.TdbStore;

/** A TDB2 store holding the publishing fixture ({@code publish/graph.trig}) and the bundled ontology. */
final class Fixture {
    static final String BASE = "http://localhost:3030/";

    private Fixture() {
    }

    /** Opens a store in {@code dir} and loads the fixture plus the given extra TriG resources. */
    static TdbStore store(Path dir, String... extraTrig) {
        TdbStore store = TdbStore.open(dir);
        DatasetGraph dsg = store.dataset();
        Txn.executeWrite(dsg, () -> {
            load(dsg, "/publish/graph.trig");
            for (String extra : extraTrig) {
                load(dsg, extra);
            }
            try (InputStream in = BundledFiles.open(BundledFiles.ONTOLOGY)) {
                RDFParser.source(in).lang(Lang.TURTLE).parse(dsg.getGraph(NodeFactory.createURI(BASE + "graph/ontology")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return store;
    }

    /** A store served on a free loopback port, its dumps and dataset description written. */
    record Published(TdbStore store, ClaimgraphServer server, Http http) implements AutoCloseable {
        /** Serves the store and waits up to {@code wait} for the first publication. */
        static Published of(TdbStore store, Duration wait) {
            ClaimgraphServer server = new ClaimgraphServer(store, ServerConfig.builder().port(0).build()).start();
            server.awaitPublication(wait);
            return new Published(store, server, new Http(server));
        }

        /** Stops the server, then closes the store. */
        @Override
        public void close() {
            try {
                server.close();
            } finally {
                store.close();
            }
        }
    }

    private static void load(DatasetGraph dsg, String resource) {
        try (InputStream in = Fixture.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            RDFParser.source(in).lang(Lang.TRIG).parse(dsg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
