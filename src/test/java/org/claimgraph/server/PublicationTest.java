package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.claimgraph.store.TdbStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dumps, the VoID/DCAT description, the ontology page, the query editor page, robots.txt and the sitemap. */
class PublicationTest {
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    static TdbStore store;
    static ClaimgraphServer server;
    static Http http;
    static Fixture.Published published;

    @BeforeAll
    static void start() {
        store = Fixture.store(dir.resolve("db"));
        published = Fixture.Published.of(store, Duration.ofMinutes(2));
        server = published.server();
        http = published.http();
    }

    @AfterAll
    static void stop() {
        if (published != null) {
            published.close();
        } else if (store != null) {
            store.close();
        }
    }

    @Test
    void dumpsAreWrittenBesideTheDatabase() {
        for (String name : List.of("claimgraph.nq.gz", "claimgraph.trig.gz", "SHA256SUMS", "LICENSE.txt",
                "claimgraph-ontology.ttl", "claimgraph-shapes.ttl")) {
            assertTrue(Files.isRegularFile(dir.resolve("dumps").resolve(name)), name);
        }
    }

    @Test
    void dumpsPageListsFilesSizesChecksumsAndLicence() {
        HttpResponse<String> resp = http.get("dumps/");
        assertEquals(200, resp.statusCode());
        Document doc = Jsoup.parse(resp.body());
        assertTrue(doc.select("a[href=/dumps/claimgraph.nq.gz]").size() == 1);
        assertTrue(doc.select("a[href=/dumps/claimgraph.trig.gz]").size() == 1);
        assertTrue(doc.text().contains("CC BY 4.0") && doc.text().contains("GeoNames"));
        assertTrue(doc.text().contains("bytes"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"claimgraph.nq.gz", "claimgraph.trig.gz"})
    void aDumpReloadedIntoAFreshStoreIsIsomorphicAndMatchesItsChecksum(String name) throws Exception {
        HttpResponse<byte[]> resp = bytes("dumps/" + name);
        assertEquals(200, resp.statusCode());
        String type = resp.headers().firstValue("Content-Type").orElse("");
        assertEquals(name.endsWith("nq.gz") ? "application/n-quads" : "application/trig", type);
        assertEquals(resp.body().length, resp.headers().firstValueAsLong("Content-Length").orElse(-1));
        assertEquals(sums().get(name), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(resp.body())));

        try (TdbStore fresh = TdbStore.open(dir.resolve("reload-" + name))) {
            DatasetGraph copy = fresh.dataset();
            byte[] plain = new GZIPInputStream(in(resp.body())).readAllBytes();
            Txn.executeWrite(copy, () -> RDFParser.source(in(plain))
                    .lang(name.endsWith("nq.gz") ? Lang.NQUADS : Lang.TRIG).parse(copy));
            assertIsomorphic(store.dataset(), copy);
        }
    }

    @Test
    void sumsCoverEveryFileAndTheOntologyIsServed() throws Exception {
        Map<String, String> sums = sums();
        assertEquals(5, sums.size(), sums.toString());
        HttpResponse<byte[]> ontology = bytes("dumps/claimgraph-ontology.ttl");
        assertEquals("text/turtle", ontology.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals(sums.get("claimgraph-ontology.ttl"),
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(ontology.body())));
        assertEquals(404, http.get("dumps/tdb.lock").statusCode());
        int traversal = http.get("dumps/..%2Fdb%2Ftdb.lock").statusCode();
        assertTrue(traversal == 400 || traversal == 404, "refused: " + traversal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/n-triples"})
    void voidDescribesTheDataset(String accept) {
        HttpResponse<String> resp = http.get(".well-known/void", "Accept", accept);
        assertEquals(200, resp.statusCode(), resp.body());
        assertEquals(accept, ClaimgraphServerTest.mediaType(resp));
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(resp.body(), accept.equals("text/turtle") ? Lang.TURTLE
                : accept.equals("application/ld+json") ? Lang.JSONLD : Lang.NTRIPLES).parse(m);
        String q = """
                PREFIX void: <http://rdfs.org/ns/void#>
                PREFIX dcat: <http://www.w3.org/ns/dcat#>
                PREFIX spdx: <http://spdx.org/rdf/terms#>
                SELECT ?triples ?endpoint ?space ?size ?sum WHERE {
                  ?d a void:Dataset ; void:triples ?triples ; void:sparqlEndpoint ?endpoint ; void:uriSpace ?space ;
                     void:dataDump <http://localhost:3030/dumps/claimgraph.nq.gz> ;
                     void:exampleResource ?example ;
                     void:classPartition [ void:class <https://w3id.org/claimgraph/ns#Claim> ; void:entities 5 ] ;
                     void:propertyPartition [ void:property <https://w3id.org/claimgraph/ns#quote> ; void:triples 5 ] ;
                     dcat:distribution ?dist .
                  ?dist dcat:downloadURL <http://localhost:3030/dumps/claimgraph.nq.gz> ; dcat:byteSize ?size ;
                        dcat:mediaType ?type ; spdx:checksum [ spdx:checksumValue ?sum ] .
                } LIMIT 1""";
        try (QueryExecution qe = QueryExecution.create(q, m)) {
            var rs = qe.execSelect();
            assertTrue(rs.hasNext(), resp.body());
            var row = rs.next();
            long quads = Txn.calculateRead(store.dataset(), () -> {
                long n = 0;
                var it = store.dataset().find();
                while (it.hasNext()) {
                    it.next();
                    n++;
                }
                return n;
            });
            assertEquals(quads, row.getLiteral("triples").getLong());
            assertEquals("http://localhost:3030/sparql", row.getResource("endpoint").getURI());
            assertEquals("http://localhost:3030/id/", row.getLiteral("space").getString());
            try {
                assertEquals(Files.size(dir.resolve("dumps/claimgraph.nq.gz")), row.getLiteral("size").getLong());
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            assertEquals(sums().get("claimgraph.nq.gz"), row.getLiteral("sum").getLexicalForm());
        }
        assertTrue(m.contains(null, DCAT.distribution));
    }

    @Test
    void voidRefusesHtmlOnly() {
        assertEquals(406, http.get(".well-known/void", "Accept", "application/pdf").statusCode());
    }

    @Test
    void ontologyIsAPageAndRdf() {
        Document doc = Jsoup.parse(http.get("ontology", "Accept", "text/html").body());
        assertTrue(doc.getElementById("Capture") != null, "an anchor per term");
        assertTrue(doc.text().contains("Air/drone strike") && doc.text().contains("195"), "ACLED and CAMEO codes");
        HttpResponse<String> ttl = http.get("ontology", "Accept", "text/turtle");
        assertEquals("text/turtle", ClaimgraphServerTest.mediaType(ttl));
        Graph g = RDFParser.fromString(ttl.body(), Lang.TURTLE).toGraph();
        assertTrue(g.contains(NodeFactory.createURI("https://w3id.org/claimgraph/ns#Capture"), Node.ANY, Node.ANY));
        assertEquals("Accept", ttl.headers().firstValue("Vary").orElse(""));
    }

    @Test
    void queryEditorOffersTheBundledExamplesWithLocalYasgui() {
        Document doc = Jsoup.parse(http.get("query").body());
        assertFalse(doc.select("button.example").isEmpty(), "examples offered");
        assertTrue(doc.select("pre[hidden]").text().contains("cg:statedIn"));
        for (String src : doc.select("script[src]").eachAttr("src")) {
            assertTrue(src.startsWith("/assets/"), "served locally: " + src);
            assertEquals(200, http.get(src).statusCode(), src);
        }
        assertTrue(doc.select("script[src]").eachAttr("src").contains("/assets/yasgui/build/yasgui.min.js"));
    }

    @Test
    void robotsAndSitemap() {
        HttpResponse<String> robots = http.get("robots.txt");
        assertEquals(200, robots.statusCode());
        assertTrue(robots.body().contains("Sitemap: http://localhost:3030/sitemap.xml"));
        HttpResponse<String> sitemap = http.get("sitemap.xml");
        assertEquals("application/xml", ClaimgraphServerTest.mediaType(sitemap));
        Document xml = Jsoup.parse(sitemap.body(), "", org.jsoup.parser.Parser.xmlParser());
        List<String> locs = xml.select("loc").eachText();
        assertTrue(locs.contains("http://localhost:3030/id/article/palmyra-retaken"), locs.toString());
        assertTrue(locs.contains("http://localhost:3030/id/event/capture-palmyra-2016-03"));
        assertTrue(locs.contains("http://localhost:3030/id/place/palmyra"));
        assertTrue(locs.contains("http://localhost:3030/id/actor/islamic-state"));
        assertFalse(locs.contains("http://localhost:3030/id/claim/palmyra-retaken-1"), "claims are reached from articles");
    }

    @Test
    void serviceDescriptionIsKept() {
        HttpResponse<String> resp = http.get("sparql", "Accept", "text/turtle");
        assertEquals(200, resp.statusCode());
        assertTrue(resp.body().contains("sparql-service-description"), resp.body());
    }

    static void assertIsomorphic(DatasetGraph live, DatasetGraph copy) {
        Txn.executeRead(live, () -> Txn.executeRead(copy, () -> {
            List<Node> names = new java.util.ArrayList<>();
            live.listGraphNodes().forEachRemaining(names::add);
            List<Node> copyNames = new java.util.ArrayList<>();
            copy.listGraphNodes().forEachRemaining(copyNames::add);
            assertEquals(new java.util.HashSet<>(names), new java.util.HashSet<>(copyNames));
            for (Node g : names) {
                Graph a = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                live.getGraph(g).find().forEachRemaining(a::add);
                Graph b = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                copy.getGraph(g).find().forEachRemaining(b::add);
                assertTrue(a.isIsomorphicWith(b), "graph " + g + "\n" + a + "\n" + b);
            }
            Dataset d = org.apache.jena.query.DatasetFactory.wrap(copy);
            assertFalse(d.isEmpty());
        }));
    }

    Map<String, String> sums() {
        Map<String, String> out = new TreeMap<>();
        for (String line : http.get("dumps/SHA256SUMS").body().split("\n")) {
            if (!line.isBlank()) {
                String[] parts = line.split("  ", 2);
                out.put(parts[1], parts[0]);
            }
        }
        return out;
    }

    static HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static InputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
