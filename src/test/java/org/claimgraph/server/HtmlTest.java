package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Escaping builders, link filtering and evidence highlighting. */
class HtmlTest {
    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>", "//evil.example/x",
            "vbscript:x", "file:///etc/passwd", "urn:x"})
    void scriptAndOddUrlsAreNotLinked(String href) {
        assertNull(Html.safeHref(href));
        assertEquals("<span>x</span>", Html.link(href, "x").markup());
    }

    @Test
    void ownPathsAndWebUrlsAreLinkedEscaped() {
        assertEquals("<a href=\"/id/place/x?a=1&amp;b=&quot;\">&lt;b&gt;</a>", Html.link("/id/place/x?a=1&b=\"", "<b>").markup());
        assertEquals("<a href=\"https://example.org/a\">e</a>", Html.link("https://example.org/a", "e").markup());
    }

    @Test
    void tagNamesAndClassesMustBeOurs() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Html.tag("a onclick=x", Html.EMPTY));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Html.tag("p", "x\" onclick=\"y", Html.EMPTY));
    }

    @Test
    void highlightCountsCodePointsAndHandlesOverlapAndBadOffsets() {
        String text = "🔥 ab <cd> ef";
        List<ArticleSection.Evidence> evidence = List.of(new ArticleSection.Evidence(1, 2, 9),
                new ArticleSection.Evidence(2, 5, 12), new ArticleSection.Evidence(3, 40, 50));
        assertEquals("🔥 <mark><a href=\"#claim-1\">ab </a></mark><mark><a href=\"#claim-1\">&lt;cd&gt;</a></mark>"
                + "<mark><a href=\"#claim-2\"> ef</a></mark>", ArticleSection.highlight(text, evidence).markup());
    }

    @Test
    void anchorsEscapeTheirId() {
        assertEquals("<code id=\"a$1&quot;\" class=\"x\">t</code>", Html.anchored("code", "a$1\"", "x", Html.text("t")).markup());
    }

    @Test
    void exampleTitlesComeFromTheCommentHeader() {
        assertEquals("Who captured what", ExampleQueries.title("a.rq", "# Who captured what\n# more\nSELECT"));
        assertEquals("claims per place", ExampleQueries.title("claims-per-place.rq", "SELECT * {}"));
    }
}
