package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.claimgraph.store.TdbStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An article whose title, text, quote and labels carry {@code <script>}, an {@code onerror} image, an event
 * handler attribute and {@code javascript:} links: no page may contain script from the data.
 */
class EscapingTest {
    @TempDir
    static Path dir;
    static TdbStore store;
    static ClaimgraphServer server;
    static Http http;
    static Fixture.Published published;

    @BeforeAll
    static void start() {
        store = Fixture.store(dir.resolve("db"), "/publish/hostile.trig");
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

    @ParameterizedTest
    @ValueSource(strings = {"/", "/?q=script", "/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/?q=onerror",
            "/id/article/hostile", "/id/article/hostile.html", "/id/claim/hostile-1", "/id/event/hostile-assault",
            "/id/actor/hostile-group", "/id/place/hostile-town", "/id/outlet/hostile-outlet",
            "/graph/article/hostile", "/id/article/hostile?page=2", "/ontology", "/query", "/dumps/",
            "/id/article/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/id/article/nothing%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E"})
    void noPageRunsScriptFromTheData(String path) {
        HttpResponse<String> resp = http.get(path, "Accept", "text/html");
        assertTrue(resp.statusCode() == 200 || resp.statusCode() == 404 || resp.statusCode() == 400,
                path + " " + resp.statusCode());
        String body = resp.body();
        assertFalse(body.contains("<script>alert"), body);
        assertFalse(body.toLowerCase(Locale.ROOT).contains("<img"), body);
        assertFalse(body.toLowerCase(Locale.ROOT).contains("<svg"), body);
        assertFalse(body.toLowerCase(Locale.ROOT).contains("<iframe"), body);
        Document doc = Jsoup.parse(body);
        for (Element script : doc.select("script")) {
            assertTrue(script.attr("src").startsWith("/assets/"), "only our own scripts: " + script);
            assertTrue(script.data().isBlank(), "no inline script: " + script);
        }
        for (Element el : doc.getAllElements()) {
            for (Attribute a : el.attributes()) {
                assertFalse(a.getKey().toLowerCase(Locale.ROOT).startsWith("on"), "event handler " + a + " in " + el);
                String v = a.getValue().strip().toLowerCase(Locale.ROOT);
                assertFalse(v.startsWith("javascript:") || v.startsWith("data:text/html"), "script URL " + a + " in " + el);
            }
        }
        for (String tag : new String[] {"img", "svg", "iframe", "object", "embed", "b"}) {
            assertTrue(doc.select(tag).isEmpty(), tag + " element from the data");
        }
    }

    @Test
    void hostileTextIsShownAsText() {
        Document doc = Jsoup.parse(http.get("/id/article/hostile", "Accept", "text/html").body());
        assertTrue(doc.select("h1").text().contains("<script>alert('title')</script>"), doc.select("h1").text());
        assertEquals("Fighters \"><img src=x onerror=alert('text-img')> attacked", doc.select(".article-text mark").text());
        assertTrue(doc.select(".article-text").text().contains("javascript:alert('bare')"));
        assertTrue(doc.select("a[href^=javascript]").isEmpty());
    }

    @Test
    void searchPassesTheWordsAsALiteral() {
        HttpResponse<String> resp = http.get("/?q=" + Http.enc("\" } } SELECT * WHERE { ?s ?p ?o } #"));
        assertEquals(200, resp.statusCode());
        assertTrue(Jsoup.parse(resp.body()).text().contains("Nothing found."), resp.body());
        Document found = Jsoup.parse(http.get("/?q=" + Http.enc("<script>alert('actor')")).body());
        assertTrue(found.select("a[href=/id/actor/hostile-group]").size() == 1, found.html());
        Document palmyra = Jsoup.parse(http.get("/?q=tadmur").body());
        assertTrue(palmyra.select("a[href=/id/place/palmyra]").size() == 1, "aliases are searched");
    }
}
