package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.CG;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The read side of {@code /sparql}, the home page and ping, over HTTP against a real TDB2 store. */
class ClaimgraphServerTest {
    static final String PREFIXES = "PREFIX cg: <https://w3id.org/claimgraph/ns#>\n"
            + "PREFIX dct: <http://purl.org/dc/terms/>\n";
    static final String CLAIMS = PREFIXES
            + "SELECT ?claim ?title WHERE { ?claim a cg:Claim ; cg:statedIn ?a . ?a dct:title ?title } ORDER BY ?claim";
    static final int ROW_CAP = 5;

    @TempDir
    static Path dir;
    static DatasetGraph dsg;
    static ClaimgraphServer server;
    static Http http;

    @BeforeAll
    static void start() {
        dsg = TestData.fixtureStore(dir);
        server = new ClaimgraphServer(dsg, ServerConfig.builder().port(0).rowCap(ROW_CAP)
                .datasetName("Claims <test> & \"co\"").build());
        server.start();
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        try {
            if (server != null) {
                server.stop();
            }
        } finally {
            TestData.release(dsg);
        }
    }

    @Test
    void listensOnLoopbackOnAnEphemeralPort() {
        assertTrue(server.port() > 0);
        assertTrue(server.url().startsWith("http://127.0.0.1:" + server.port() + "/"), server.url());
    }

    @Test
    void selectOverTheUnionSeesBothNamedGraphs() {
        HttpResponse<String> resp = http.query(CLAIMS, "application/sparql-results+json");
        assertEquals(200, resp.statusCode(), resp.body());
        assertEquals("application/sparql-results+json", mediaType(resp));
        ResultSet rs = ResultSetMgr.read(stream(resp.body()), ResultSetLang.RS_JSON);
        Set<String> titles = new HashSet<>();
        rs.forEachRemaining(row -> titles.add(row.getLiteral("title").getString()));
        assertEquals(Set.of("Army units re-enter desert town", "Notes on the dam front"), titles);
    }

    @Test
    void graphPatternStillNamesEachGraph() {
        HttpResponse<String> resp = http.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "application/json");
        assertEquals(200, resp.statusCode(), resp.body());
        Set<String> graphs = new HashSet<>();
        ResultSetMgr.read(stream(resp.body()), ResultSetLang.RS_JSON)
                .forEachRemaining(row -> graphs.add(row.getResource("g").getURI()));
        assertEquals(Set.of(TestData.BASE + "graph/article/desert-town-report", TestData.BASE + "graph/article/dam-blog"),
                graphs);
    }

    static Stream<Arguments> selectFormats() {
        return Stream.of(
                Arguments.of("application/sparql-results+xml", null, "application/sparql-results+xml", "<sparql"),
                Arguments.of("text/csv", null, "text/csv", "claim,title"),
                Arguments.of("text/tab-separated-values", null, "text/tab-separated-values", "?claim\t?title"),
                Arguments.of("*/*", "xml", "application/sparql-results+xml", "<sparql"),
                Arguments.of("text/html", "csv", "text/csv", "claim,title"),
                Arguments.of("text/plain", "tsv", "text/tab-separated-values", "?claim\t?title"),
                Arguments.of("*/*", null, "application/sparql-results+json", "\"bindings\""),
                Arguments.of("text/csv;q=0.5, application/sparql-results+xml", null, "application/sparql-results+xml",
                        "<sparql"));
    }

    @ParameterizedTest
    @MethodSource("selectFormats")
    void selectResultsInEveryFormat(String accept, String format, String expectedType, String marker) {
        String path = "/sparql?query=" + Http.enc(CLAIMS) + (format == null ? "" : "&format=" + format);
        HttpResponse<String> resp = http.get(path, "Accept", accept);
        assertEquals(200, resp.statusCode(), resp.body());
        assertEquals(expectedType, mediaType(resp));
        assertTrue(resp.body().contains(marker), resp.body());
        assertTrue(resp.body().contains("Army units re-enter desert town"), resp.body());
        assertTrue(resp.body().contains("Notes on the dam front"), resp.body());
    }

    @Test
    void unacceptableFormatIs406() {
        assertEquals(406, http.query(CLAIMS, "image/png").statusCode());
        assertEquals(406, http.get("/sparql?format=png&query=" + Http.enc(CLAIMS)).statusCode());
    }

    @Test
    void askAnswersTrueAndFalse() {
        HttpResponse<String> yes = http.query(PREFIXES + "ASK { ?e a cg:Withdrawal }", "application/sparql-results+json");
        HttpResponse<String> no = http.query(PREFIXES + "ASK { ?e a cg:Airstrike }", "application/sparql-results+xml");
        assertEquals(200, yes.statusCode(), yes.body());
        assertTrue(ResultSetMgr.readBoolean(stream(yes.body()), ResultSetLang.RS_JSON));
        assertEquals("application/sparql-results+xml", mediaType(no));
        assertFalse(ResultSetMgr.readBoolean(stream(no.body()), ResultSetLang.RS_XML));
    }

    static Stream<Arguments> graphFormats() {
        return Stream.of(
                Arguments.of("text/turtle", Lang.TURTLE),
                Arguments.of("application/ld+json", Lang.JSONLD),
                Arguments.of("application/n-triples", Lang.NTRIPLES),
                Arguments.of("application/rdf+xml", Lang.RDFXML));
    }

    @ParameterizedTest
    @MethodSource("graphFormats")
    void constructParsesBackInEveryFormat(String accept, Lang lang) {
        String construct = PREFIXES + "CONSTRUCT { ?e cg:place ?p } WHERE { ?e cg:place ?p }";
        HttpResponse<String> resp = http.query(construct, accept);
        assertEquals(200, resp.statusCode(), resp.body());
        assertEquals(accept, mediaType(resp));
        Graph graph = RDFParser.fromString(resp.body(), lang).toGraph();
        assertEquals(2, graph.size());
        assertTrue(graph.contains(NodeFactory.createURI(TestData.BASE + "id/event/dam-withdrawal"),
                CG.place.asNode(), NodeFactory.createURI(TestData.BASE + "id/place/al-tabqa")));
    }

    @Test
    void describeAnswersAsTurtleByDefault() {
        HttpResponse<String> resp = http.get("/sparql?query=" + Http.enc("DESCRIBE <" + TestData.BASE + "id/event/dam-withdrawal>"));
        assertEquals(200, resp.statusCode(), resp.body());
        assertEquals("text/turtle", mediaType(resp));
        Graph graph = RDFParser.fromString(resp.body(), Lang.TURTLE).toGraph();
        assertEquals(3, graph.size(), resp.body());
        assertTrue(graph.contains(NodeFactory.createURI(TestData.BASE + "id/event/dam-withdrawal"), RDF.type.asNode(),
                CG.resource("Withdrawal").asNode()), resp.body());
    }

    @Test
    void postFormAndPostQueryBodyAreAnswered() {
        HttpResponse<String> form = http.post("/sparql", "application/x-www-form-urlencoded",
                "query=" + Http.enc(CLAIMS), "Accept", "text/csv");
        HttpResponse<String> direct = http.post("/sparql", "application/sparql-query", CLAIMS, "Accept", "text/csv");
        assertEquals(200, form.statusCode(), form.body());
        assertEquals(200, direct.statusCode(), direct.body());
        assertEquals(3, form.body().strip().split("\r?\n").length, form.body());
        assertEquals(form.body(), direct.body());
    }

    @Test
    void syntaxErrorIs400WithOneLine() {
        HttpResponse<String> resp = http.query("SELECT ?x WHERE { ?x ?y }", "application/json");
        assertEquals(400, resp.statusCode());
        assertEquals("text/plain", mediaType(resp));
        assertTrue(resp.body().startsWith("Query syntax error"), resp.body());
        assertEquals(1, resp.body().strip().lines().count(), resp.body());
    }

    @Test
    void resultsAreCutAtTheRowCapAndSaySo() {
        HttpResponse<String> many = http.query("SELECT * WHERE { ?s ?p ?o }", "text/csv");
        assertEquals(200, many.statusCode());
        assertEquals(String.valueOf(ROW_CAP), many.headers().firstValue(ClaimgraphServer.TRUNCATED_HEADER).orElse(""));
        assertEquals(ROW_CAP + 1, many.body().strip().split("\r?\n").length);
        HttpResponse<String> few = http.query(CLAIMS, "text/csv");
        assertTrue(few.headers().firstValue(ClaimgraphServer.TRUNCATED_HEADER).isEmpty());
    }

    @Test
    void bareGetDescribesTheService() {
        HttpResponse<String> resp = http.get("/sparql", "Accept", "text/turtle");
        assertEquals(200, resp.statusCode(), resp.body());
        Graph graph = RDFParser.fromString(resp.body(), Lang.TURTLE).toGraph();
        assertTrue(graph.contains(NodeFactory.createURI(http.uri("/sparql").toString()), RDF.type.asNode(),
                NodeFactory.createURI("http://www.w3.org/ns/sparql-service-description#Service")), resp.body());
    }

    @Test
    void pingAnswers() {
        assertEquals(200, http.get("/$/ping").statusCode());
    }

    @Test
    void homePageShowsEscapedNameAndCounts() {
        HttpResponse<String> resp = http.get("/");
        assertEquals(200, resp.statusCode(), resp.body());
        assertEquals("text/html", mediaType(resp));
        assertTrue(resp.body().contains("Claims &lt;test&gt; &amp; &quot;co&quot;"), resp.body());
        assertFalse(resp.body().contains("<test>"), resp.body());
        assertTrue(resp.body().contains("Articles: <strong>2</strong>"), resp.body());
        assertTrue(resp.body().contains("Claims: <strong>2</strong>"), resp.body());
        assertTrue(resp.body().contains("href=\"/sparql?query="), resp.body());
    }

    @Test
    void unknownPathsAreNotFound() {
        assertEquals(404, http.get("/nothing-here").statusCode());
    }

    @Test
    void corsPreflightAllowsReadsOnly() {
        for (String method : List.of("GET", "POST")) {
            HttpResponse<String> ok = http.method("OPTIONS", "/sparql", null, "Origin", "https://example.org",
                    "Access-Control-Request-Method", method);
            assertTrue(ok.statusCode() / 100 == 2, method + " " + ok.statusCode());
            assertEquals("*", ok.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            String allowed = ok.headers().firstValue("Access-Control-Allow-Methods").orElse("");
            assertTrue(allowed.contains(method), allowed);
            assertFalse(allowed.contains("PUT") || allowed.contains("DELETE"), allowed);
        }
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            HttpResponse<String> refused = http.method("OPTIONS", "/sparql", null, "Origin", "https://example.org",
                    "Access-Control-Request-Method", method);
            assertTrue(refused.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), method);
            assertTrue(refused.headers().firstValue("Access-Control-Allow-Methods").isEmpty(), method);
        }
        HttpResponse<String> get = http.get("/sparql?query=" + Http.enc(CLAIMS), "Origin", "https://example.org");
        assertEquals("*", get.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    static String mediaType(HttpResponse<String> resp) {
        String type = resp.headers().firstValue("Content-Type").orElse("");
        int semi = type.indexOf(';');
        return (semi < 0 ? type : type.substring(0, semi)).trim();
    }

    static ByteArrayInputStream stream(String body) {
        return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
    }
}
