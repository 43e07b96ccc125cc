package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.claimgraph.store.TdbStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Dereferencing {@code /id/…} and {@code /graph/…}: content negotiation, suffixes, 303, 406, 404 and the pages. */
class LinkedDataTest {
    static final List<String> RESOURCES = List.of("id/article/palmyra-retaken", "id/claim/palmyra-retaken-1",
            "id/event/capture-palmyra-2016-03", "id/measurement/palmyra-retaken-deaths",
            "id/statement/palmyra-retaken-secure", "id/place/palmyra", "id/actor/islamic-state",
            "id/person/mary-major", "id/outlet/example-wire", "graph/article/palmyra-retaken");
    /** Suffix, media type, Jena language. */
    static final List<Object[]> FORMATS = List.of(
            new Object[] {"ttl", "text/turtle", Lang.TURTLE},
            new Object[] {"jsonld", "application/ld+json", Lang.JSONLD},
            new Object[] {"nt", "application/n-triples", Lang.NTRIPLES},
            new Object[] {"rdf", "application/rdf+xml", Lang.RDFXML});

    @TempDir
    static Path dir;
    static TdbStore store;
    static ClaimgraphServer server;
    static Http http;

    @BeforeAll
    static void start() {
        store = Fixture.store(dir.resolve("db"));
        server = new ClaimgraphServer(store.dataset(), ServerConfig.builder().port(0).build()).start();
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        try {
            if (server != null) {
                server.stop();
            }
        } finally {
            store.close();
        }
    }

    static Stream<Arguments> resourcesAndFormats() {
        List<Arguments> out = new ArrayList<>();
        for (String r : RESOURCES) {
            for (Object[] f : FORMATS) {
                out.add(Arguments.of(r, f[0], f[1], f[2]));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} as {2} by Accept")
    @MethodSource("resourcesAndFormats")
    void negotiatesEachFormatAtTheResourceItself(String path, String suffix, String mediaType, Lang lang) {
        HttpResponse<String> resp = http.get(path, "Accept", mediaType);
        assertEquals(200, resp.statusCode(), resp.body());
        assertEquals(mediaType, ClaimgraphServerTest.mediaType(resp));
        assertEquals("Accept", resp.headers().firstValue("Vary").orElse(""));
        assertEquals("/" + path + "." + suffix, resp.headers().firstValue("Content-Location").orElse(""));
        assertDescribes(path, parse(resp.body(), lang));
    }

    @ParameterizedTest(name = "{0}.{1} by suffix")
    @MethodSource("resourcesAndFormats")
    void servesEachSuffixedDocumentWhateverTheAcceptHeader(String path, String suffix, String mediaType, Lang lang) {
        HttpResponse<String> resp = http.get(path + "." + suffix, "Accept", "text/html");
        assertEquals(200, resp.statusCode(), resp.body());
        assertEquals(mediaType, ClaimgraphServerTest.mediaType(resp));
        assertDescribes(path, parse(resp.body(), lang));
    }

    @ParameterizedTest(name = "{0} as HTML")
    @MethodSource("resources")
    void browsersGetAPageWithLabelsNotIris(String path) {
        HttpResponse<String> resp = http.get(path, "Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertEquals(200, resp.statusCode(), resp.body());
        assertEquals("text/html", ClaimgraphServerTest.mediaType(resp));
        Document doc = Jsoup.parse(resp.body());
        assertFalse(doc.select("h1").text().startsWith("http"), doc.select("h1").text());
        assertFalse(doc.select("a[href^=/id/]").isEmpty(), "links to other resources");
        for (Element a : doc.select("a[href^=/id/]")) {
            assertFalse(a.text().startsWith("http://"), "link text is a label: " + a.text());
        }
    }

    static Stream<String> resources() {
        return RESOURCES.stream();
    }

    @Test
    void formatParameterIsAnsweredWithSeeOtherToTheDocument() {
        HttpResponse<String> resp = http.get("id/place/palmyra?format=ttl");
        assertEquals(303, resp.statusCode());
        assertEquals("/id/place/palmyra.ttl", resp.headers().firstValue("Location").orElse(""));
        assertEquals(406, http.get("id/place/palmyra?format=pdf").statusCode());
    }

    @Test
    void unservableFormatsAre406() {
        assertEquals(406, http.get("id/place/palmyra", "Accept", "application/pdf").statusCode());
        assertEquals(406, http.get("id/place/palmyra.pdf").statusCode());
    }

    @Test
    void unknownIrisAre404WithAPageForBrowsers() {
        HttpResponse<String> page = http.get("id/place/atlantis", "Accept", "text/html");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("Not found"), page.body());
        HttpResponse<String> rdf = http.get("id/place/atlantis.ttl");
        assertEquals(404, rdf.statusCode());
        assertEquals(404, http.get("id/place/%3Cscript%3E", "Accept", "text/html").statusCode());
    }

    @Test
    void noAcceptHeaderGetsHtml() {
        HttpResponse<String> resp = http.get("id/event/capture-palmyra-2016-03", "Accept", "*/*");
        assertEquals(200, resp.statusCode());
        assertEquals("text/html", ClaimgraphServerTest.mediaType(resp));
    }

    @Test
    void articlePageHighlightsEvidenceByCodePointOffsets() {
        Document doc = Jsoup.parse(http.get("id/article/palmyra-retaken", "Accept", "text/html").body());
        List<String> marked = doc.select(".article-text mark").eachText();
        assertEquals(List.of("Syrian troops retook Palmyra from Islamic State fighters on Sunday",
                "About 400 militants were killed in the fighting", "\"The city is secure,\" said Mary Major"), marked);
        Element link = doc.selectFirst(".article-text mark a");
        String target = link.attr("href").substring(1);
        assertTrue(doc.getElementById(target) != null, "the highlight links to its claim");
        assertTrue(doc.select(".modality").text().contains("reported"), "modality shown");
        assertTrue(doc.text().contains("Mary Major"), "attribution shown");
    }

    @Test
    void eventPageCountsIndependentSources() {
        Document doc = Jsoup.parse(http.get("id/event/capture-palmyra-2016-03", "Accept", "text/html").body());
        assertTrue(doc.select(".summary").text().contains("2 claims in 2 articles from 2 independent sources"),
                doc.select(".summary").text());
        assertTrue(doc.text().contains("CAMEO 192"), "event type codes shown");
        assertTrue(doc.text().contains("Example Wire") && doc.text().contains("Desert Post"));
        assertTrue(doc.text().contains("Syrian Arab Army"));
    }

    @Test
    void placePageHasAMapRegionsAndATimeline() {
        Document doc = Jsoup.parse(http.get("id/place/palmyra", "Accept", "text/html").body());
        Element map = doc.getElementById("map");
        assertEquals(34.5624, Double.parseDouble(map.attr("data-lat")), 1e-9);
        assertTrue(doc.select("script[src]").eachAttr("src").contains("/assets/leaflet/dist/leaflet.js"));
        assertTrue(doc.text().contains("Homs Governorate") && doc.text().contains("Syria"));
        assertTrue(doc.text().contains("Airstrike near Palmyra") && doc.text().contains("Capture of Palmyra"));
        assertEquals(200, http.get("assets/leaflet/dist/leaflet.js").statusCode());
    }

    @Test
    void actorPageShowsAliasesEventsAndMeasurements() {
        Document doc = Jsoup.parse(http.get("id/actor/islamic-state", "Accept", "text/html").body());
        assertTrue(doc.text().contains("ISIS") && doc.text().contains("Daesh"), "aliases");
        assertTrue(doc.text().contains("target"), "role in events");
        assertTrue(doc.text().contains("Deaths: 400"), "measurement");
    }

    @Test
    void anyHostNameMapsToTheConfiguredBase() {
        String resp = rawGet("/id/place/palmyra.nt", "data.example.org");
        assertTrue(resp.startsWith("HTTP/1.1 200"), resp);
        assertTrue(resp.contains("<" + Fixture.BASE + "id/place/palmyra>"), resp);
    }

    /** A GET with a Host header of our choosing (java.net.http does not allow setting it). */
    static String rawGet(String path, String host) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Graph parse(String body, Lang lang) {
        return RDFParser.fromString(body, lang).base(Fixture.BASE).toGraph();
    }

    static void assertDescribes(String path, Graph graph) {
        Node iri = NodeFactory.createURI(Fixture.BASE + path);
        boolean about = path.startsWith("graph/") ? !graph.isEmpty() : graph.contains(iri, Node.ANY, Node.ANY);
        assertTrue(about, "the document describes " + iri + ": " + graph);
    }
}
