package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class HtmlTemplateTest {

    @Test
    void escapesMarkupAndQuotes() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;",
                HtmlTemplate.escape("<script>alert('x')</script> & \"q\""));
    }

    @Test
    void homeTemplateFillsEverySlotEscaped() {
        Map<String, Object> values = new java.util.HashMap<>(Map.of(
                "q", "<b>n</b>", "articles", "1", "claims", "2", "endpoint", "/sparql",
                "exampleLink", "/sparql?query=a&b=\"c\"", "exampleQuery", "SELECT * { ?s ?p \"<x>\" }"));
        values.putAll(Map.of("events", "3", "places", "4", "actors", "5", "results", Html.text("<i>"),
                "eventTypes", Html.EMPTY, "latest", Html.EMPTY));
        String html = HtmlTemplate.load("home.html").render(values);
        assertTrue(html.contains("value=\"&lt;b&gt;n&lt;/b&gt;\""), html);
        assertTrue(html.contains("&lt;i&gt;"), html);
        assertTrue(html.contains("href=\"/sparql?query=a&amp;b=&quot;c&quot;\""), html);
        assertTrue(html.contains("?p &quot;&lt;x&gt;&quot;"), html);
        assertTrue(!html.contains("{{"), html);
    }

    @Test
    void missingValueIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> HtmlTemplate.load("home.html").render(Map.of("name", "x")));
    }
}
