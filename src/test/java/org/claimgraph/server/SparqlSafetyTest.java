package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.sun.net.httpserver.HttpServer;

/** What the endpoint must refuse: updates, graph writes, federation, and queries that run too long. */
class SparqlSafetyTest {
    private static final String INSERT = "PREFIX cg: <https://w3id.org/claimgraph/ns#>\n"
            + "INSERT DATA { GRAPH <http://localhost:3030/graph/evil> { <urn:x> a cg:Claim } }";
    private static final String DROP = "DROP ALL";

    @TempDir
    Path dir;

    @Test
    void updatesAndGraphWritesAreRefusedAndChangeNothing() {
        DatasetGraph dsg = TestData.fixtureStore(dir);
        ClaimgraphServer server = new ClaimgraphServer(dsg, ServerConfig.builder().port(0).build());
        try {
            server.start();
            Http http = new Http(server);
            long before = quadCount(dsg);
            List<HttpResponse<String>> attempts = List.of(
                    http.post("/sparql", "application/sparql-update", INSERT),
                    http.post("/sparql", "application/sparql-update", DROP),
                    http.post("/sparql", "application/x-www-form-urlencoded", "update=" + Http.enc(INSERT)),
                    http.get("/sparql?update=" + Http.enc(DROP)),
                    http.post("/update", "application/sparql-update", INSERT),
                    http.post("/claimgraph/update", "application/sparql-update", INSERT),
                    http.post("/claimgraph", "application/sparql-update", INSERT),
                    http.post("/ds/update", "application/sparql-update", INSERT),
                    http.post("/", "application/sparql-update", INSERT),
                    http.method("PUT", "/sparql?graph=" + Http.enc("http://localhost:3030/graph/evil"),
                            "<urn:x> <urn:p> <urn:o> .", "Content-Type", "text/turtle"),
                    http.method("POST", "/sparql?graph=" + Http.enc("http://localhost:3030/graph/evil"),
                            "<urn:x> <urn:p> <urn:o> .", "Content-Type", "text/turtle"),
                    http.method("DELETE", "/sparql?graph=" + Http.enc("http://localhost:3030/graph/article/dam-blog"), null),
                    http.method("PUT", "/data?default", "<urn:x> <urn:p> <urn:o> .", "Content-Type", "text/turtle"),
                    http.method("PATCH", "/sparql", INSERT, "Content-Type", "application/sparql-update"));
            for (HttpResponse<String> resp : attempts) {
                int status = resp.statusCode();
                assertTrue(status >= 400 && status < 500,
                        resp.request().method() + " " + resp.uri() + " answered " + status + ": " + resp.body());
            }
            assertEquals(before, quadCount(dsg));
            HttpResponse<String> ask = http.query("ASK { GRAPH <http://localhost:3030/graph/article/dam-blog> { ?s ?p ?o } }",
                    "application/sparql-results+json");
            assertTrue(ask.body().contains("true"), ask.body());
        } finally {
            server.stop();
            TestData.release(dsg);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * WHERE { SERVICE <%s> { ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <%s> { ?s ?p ?o } } }",
        "SELECT * WHERE { SERVICE SILENT <%s> { ?s ?p ?o } }",
        "ASK { { SELECT ?s WHERE { SERVICE <%s> { ?s ?p ?o } } } }",
    })
    void federatedQueriesNeverLeaveTheServer(String template) throws IOException {
        DatasetGraph dsg = TestData.fixtureStore(dir);
        ClaimgraphServer server = new ClaimgraphServer(dsg, ServerConfig.builder().port(0).build());
        AtomicInteger hits = new AtomicInteger();
        HttpServer remote = recordingServer(hits);
        try {
            remote.start();
            server.start();
            String remoteUrl = "http://127.0.0.1:" + remote.getAddress().getPort() + "/sparql";
            HttpResponse<String> resp = new Http(server).query(String.format(template, remoteUrl),
                    "application/sparql-results+json");
            assertTrue(resp.statusCode() >= 400 && resp.statusCode() < 500, resp.statusCode() + " " + resp.body());
            assertEquals(0, hits.get(), "the SERVICE target was contacted");
        } finally {
            server.stop();
            remote.stop(0);
            TestData.release(dsg);
        }
    }

    @Test
    void fromClausesAndProtocolGraphsReadOnlyTheStore() throws IOException {
        DatasetGraph dsg = TestData.fixtureStore(dir);
        ClaimgraphServer server = new ClaimgraphServer(dsg, ServerConfig.builder().port(0).build());
        AtomicInteger hits = new AtomicInteger();
        HttpServer remote = recordingServer(hits);
        try {
            remote.start();
            server.start();
            Http http = new Http(server);
            String remoteGraph = "http://127.0.0.1:" + remote.getAddress().getPort() + "/data.ttl";
            HttpResponse<String> fromRemote = http.query("SELECT * FROM <" + remoteGraph + "> WHERE { ?s ?p ?o }", "text/csv");
            assertEquals(200, fromRemote.statusCode(), fromRemote.body());
            assertEquals("s,p,o", fromRemote.body().strip());
            HttpResponse<String> protocol = http.get("/sparql?default-graph-uri=" + Http.enc(remoteGraph) + "&query="
                    + Http.enc("SELECT * WHERE { ?s ?p ?o }"), "Accept", "text/csv");
            assertEquals(200, protocol.statusCode(), protocol.body());
            assertEquals("s,p,o", protocol.body().strip());
            HttpResponse<String> fromStore = http.query("SELECT ?t FROM <http://localhost:3030/graph/article/dam-blog> "
                    + "WHERE { ?a <http://purl.org/dc/terms/title> ?t }", "text/csv");
            assertEquals("t\r\nNotes on the dam front", fromStore.body().strip());
            assertEquals(0, hits.get(), "a FROM graph was fetched over HTTP");
        } finally {
            server.stop();
            remote.stop(0);
            TestData.release(dsg);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h . ?i ?t ?j }",
        "SELECT * WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h . ?i ?t ?j }",
        "CONSTRUCT { ?a ?p ?j } WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h . ?i ?t ?j }",
    })
    void queriesThatCannotFinishAre503(String query) {
        DatasetGraph dsg = TestData.fixtureStore(dir);
        TestData.addFiller(dsg, 3000);
        ServerConfig config = ServerConfig.builder().port(0).queryTimeout(Duration.ofMillis(300)).rowCap(50_000_000).build();
        ClaimgraphServer server = new ClaimgraphServer(dsg, config);
        try {
            server.start();
            HttpResponse<String> resp = new Http(server).query(query, "*/*");
            assertNotEquals(200, resp.statusCode(), "a timed-out query must not look like a success");
            assertEquals(503, resp.statusCode(), resp.body());
            assertTrue(resp.body().contains("timeout"), resp.body());
        } finally {
            server.stop();
            TestData.release(dsg);
        }
    }

    private static long quadCount(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (var it = dsg.find(); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }

    /** A loopback HTTP server that counts every request it gets. */
    private static HttpServer recordingServer(AtomicInteger hits) {
        try {
            HttpServer remote = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            remote.createContext("/", exchange -> {
                hits.incrementAndGet();
                exchange.sendResponseHeaders(500, -1);
                exchange.close();
            });
            return remote;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
