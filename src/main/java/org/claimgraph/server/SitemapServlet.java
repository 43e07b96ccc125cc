package org.claimgraph.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /robots.txt} and {@code /sitemap.xml}. Crawlers may read every page but not run queries; the
 * sitemap lists the fixed pages and every article, event, place, actor, person and outlet page, under the
 * configured base IRI.
 */
final class SitemapServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final List<String> FIXED = List.of("", "query", "ontology", "dumps/", ".well-known/void");
    private final transient Supplier<Publication> publication;
    private final String base;

    SitemapServlet(Supplier<Publication> publication, String base) {
        this.publication = publication;
        this.base = base;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getServletPath().equals("/robots.txt")) {
            send(resp, "text/plain; charset=utf-8", "User-agent: *\nDisallow: /sparql\nDisallow: /query\nAllow: /\n\n"
                    + "Sitemap: " + base + "sitemap.xml\n");
            return;
        }
        Publication p = publication.get();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path : FIXED) {
            url(xml, base + path);
        }
        if (p != null) {
            p.pages().forEach(page -> url(xml, page));
        }
        xml.append("</urlset>\n");
        send(resp, "application/xml; charset=utf-8", xml.toString());
    }

    private static void url(StringBuilder xml, String loc) {
        xml.append("  <url><loc>").append(HtmlTemplate.escape(loc)).append("</loc></url>\n");
    }

    private static void send(HttpServletResponse resp, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        resp.setContentType(type);
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }
}
