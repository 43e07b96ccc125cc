package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.claimgraph.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dumps and the description follow the data: rewritten when it changes, left alone when it does not. */
class RepublishTest {
    @TempDir
    Path dir;

    static long triples(Http http) {
        org.apache.jena.rdf.model.Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(http.get(".well-known/void", "Accept", "text/turtle").body(),
                org.apache.jena.riot.Lang.TURTLE).parse(m);
        return m.listObjectsOfProperty(m.createResource(Fixture.BASE + ".well-known/void#dataset"), Vocab.triples)
                .next().asLiteral().getLong();
    }

    @Test
    void dumpsAreRewrittenOnlyWhenTheDataChanges() throws Exception {
        Path dumps = dir.resolve("elsewhere");
        try (TdbStore store = Fixture.store(dir.resolve("db"))) {
            ServerConfig config = ServerConfig.builder().port(0).dumpsDir(dumps).build();
            Path nq = dumps.resolve(DumpFolder.NQUADS);
            FileTime first;
            String firstSum;
            try (ClaimgraphServer server = new ClaimgraphServer(store, config).start()) {
                server.awaitPublication(Duration.ofMinutes(2));
                first = Files.getLastModifiedTime(nq);
                firstSum = DumpFolder.sha256(nq);
            }
            try (ClaimgraphServer again = new ClaimgraphServer(store, config).start()) {
                again.awaitPublication(Duration.ofMinutes(2));
                assertEquals(first, Files.getLastModifiedTime(nq), "same data: the dump is not rewritten");
                Http http = new Http(again);
                long before = triples(http);

                Txn.executeWrite(store.dataset(), () -> store.dataset().add(
                        NodeFactory.createURI(Fixture.BASE + "graph/article/late"),
                        NodeFactory.createURI(Fixture.BASE + "id/article/late"),
                        NodeFactory.createURI("http://purl.org/dc/terms/title"),
                        NodeFactory.createLiteralString("A late article")));
                again.refreshPublication().get(2, TimeUnit.MINUTES);
                assertNotEquals(firstSum, DumpFolder.sha256(nq), "new data: the dump is rewritten");
                assertTrue(http.get("dumps/SHA256SUMS").body().contains(DumpFolder.sha256(nq)));
                assertEquals(before + 1, triples(http), "the description counts the new triple");
            }
        }
    }
}
