package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.claimgraph.ingest.Ingest;
import org.claimgraph.ingest.ReferenceData;
import org.claimgraph.rdf.Iris;
import org.claimgraph.store.TdbStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled example corpus, ingested by the real pipeline, then published: every resource page the
 * sitemap lists answers as HTML and as Turtle, and every article page highlights its claims.
 */
class IngestedExamplesTest {
    @TempDir
    static Path dir;
    static TdbStore store;
    static ClaimgraphServer server;
    static Http http;
    static Fixture.Published published;

    @BeforeAll
    static void start() {
        store = TdbStore.open(dir.resolve("db"));
        Path examples = Path.of(System.getProperty("claimgraph.home", "."), "examples", "articles");
        new Ingest(ReferenceData.bundled(Iris.defaults()), 1, line -> { }).run(List.of(examples), store);
        published = Fixture.Published.of(store, Duration.ofMinutes(5));
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
    void everyListedPageAnswersAsHtmlAndTurtle() {
        List<String> locs = Jsoup.parse(http.get("sitemap.xml").body(), "", org.jsoup.parser.Parser.xmlParser())
                .select("loc").eachText();
        List<String> pages = locs.stream().filter(l -> l.startsWith(Fixture.BASE + "id/"))
                .map(l -> l.substring(Fixture.BASE.length())).toList();
        assertTrue(pages.stream().filter(p -> p.startsWith("id/article/")).count() >= 10, pages.toString());
        List<String> failures = new ArrayList<>();
        for (String page : pages.stream().filter(p -> !p.startsWith("id/place/") || p.hashCode() % 20 == 0).toList()) {
            HttpResponse<String> html = http.get(page, "Accept", "text/html");
            if (html.statusCode() != 200) {
                failures.add(page + " html " + html.statusCode());
            }
            HttpResponse<String> ttl = http.get(page + ".ttl");
            if (ttl.statusCode() != 200 || LinkedDataTest.parse(ttl.body(), Lang.TURTLE).isEmpty()) {
                failures.add(page + " ttl " + ttl.statusCode());
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void articlePagesHighlightTheirClaims() {
        List<String> articles = Jsoup.parse(http.get("sitemap.xml").body(), "", org.jsoup.parser.Parser.xmlParser())
                .select("loc").eachText().stream().filter(l -> l.startsWith(Fixture.BASE + "id/article/"))
                .map(l -> l.substring(Fixture.BASE.length())).toList();
        int marked = 0;
        for (String article : articles) {
            Document doc = Jsoup.parse(http.get(article, "Accept", "text/html").body());
            marked += doc.select(".article-text mark").size();
            for (var mark : doc.select(".article-text mark a")) {
                assertFalse(doc.getElementById(mark.attr("href").substring(1)) == null, "claim anchor " + mark);
            }
        }
        assertTrue(marked > articles.size(), "evidence highlighted: " + marked);
    }
}
