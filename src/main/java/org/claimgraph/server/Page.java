package org.claimgraph.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

/** The common frame of every HTML page: head, navigation, main content, footer. */
final class Page {
    private static final HtmlTemplate FRAME = HtmlTemplate.load("page.html");

    private Page() {
    }

    /** A full page; {@code head} and {@code scripts} hold our own stylesheet and script elements. */
    static String render(String siteName, String title, Html body, Html head, Html scripts) {
        return FRAME.render(Map.of("site", siteName, "title", title, "body", body, "head", head, "scripts", scripts));
    }

    static String render(String siteName, String title, Html body) {
        return render(siteName, title, body, Html.EMPTY, Html.EMPTY);
    }

    /** Sends a page with the given status. */
    static void send(HttpServletResponse resp, int status, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data: https://*.tile.openstreetmap.org;"
                + " style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }
}
