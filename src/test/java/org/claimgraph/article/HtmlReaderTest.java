package org.claimgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.claimgraph.model.Article;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    @Test
    void metadataComesFromOpenGraphAndArticleTags() {
        Article a = Fixtures.read("page.html");
        assertEquals("Canal reopens after repairs", a.title());
        assertEquals(LocalDate.of(2019, 4, 12), a.published());
        assertEquals("Lowland Daily", a.publisher());
        assertEquals("Jane de Roe", a.author());
        assertEquals("https://lowland.example/news/canal-reopens", a.url());
        assertEquals("page.html", a.sourceName());
        assertEquals("page", a.key());
    }

    @Test
    void textIsTheArticleBodyWithoutPageFurniture() {
        String text = Fixtures.read("page.html").text();
        assertEquals("Canal reopens after repairs\n\n"
                + "The old canal reopened to boats on Thursday after eight months of repairs to its locks and banks,"
                + " the waterways authority said.\n\n"
                + "About 120 boats passed through the first lock on the opening day, the authority’s spokeswoman said.",
                text);
    }

    @Test
    void withoutArticleElementTheLargestTextBlockIsTheBody() {
        Article a = Fixtures.read("no-article.htm");
        assertEquals("Market day returns", a.title());
        assertTrue(a.text().startsWith("Market day returns\n\nThe weekly market returned"), a.text());
        assertTrue(a.text().contains("Stallholders said trade was brisk despite the rain."));
        assertFalse(a.text().contains("Weather: showers"));
        assertFalse(a.text().contains("Home"));
    }

    @Test
    void jsonLdDateIsUsedWhenNoMetaTagGivesOne() {
        HtmlReader.Page page = HtmlReader.parse("<html><head><script type=\"application/ld+json\">"
                + "{\"@graph\":[{\"@type\":\"NewsArticle\",\"datePublished\": \"2020-02-29T10:00:00Z\"}]}</script>"
                + "</head><body><main><h1>Leap day fair</h1><p>A fair was held.</p></main></body></html>");
        assertEquals(LocalDate.of(2020, 2, 29), page.metadata().published());
        assertEquals("Leap day fair", page.metadata().title());
    }

    @Test
    void bylineInTheArticleHeaderGivesTheAuthorAndStaysOutOfTheText() {
        Article a = Fixtures.read("byline-in-header.html");
        assertEquals("Jane Moe", a.author());
        assertEquals(LocalDate.of(2021, 10, 2), a.published());
        assertEquals("Harbour wall repaired\n\nBuilders finished repairing the harbour wall on Friday, a month after a"
                + " storm knocked a hole in it.\n\nThe harbour master said boats could use the inner basin again.",
                a.text());
    }

    @Test
    void timeElementGivesTheDate() {
        HtmlReader.Page page = HtmlReader.parse("<html><body><article><h1>Night market</h1>"
                + "<time datetime=\"2015-07-04\">4 July</time><p>Stalls opened at dusk.</p></article></body></html>");
        assertEquals(LocalDate.of(2015, 7, 4), page.metadata().published());
    }
}
