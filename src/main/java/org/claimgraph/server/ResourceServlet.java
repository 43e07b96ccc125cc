package org.claimgraph.server;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Linked data at {@code /id/…} and {@code /graph/…}, for any host name: the path {@code /id/place/palmyra}
 * is the resource {@code {base}id/place/palmyra}.
 * <ul>
 * <li>At the resource's own URL: {@code 200} with content negotiation on {@code Accept} (HTML, Turtle,
 * JSON-LD, N-Triples, RDF/XML), {@code Vary: Accept}, and {@code Content-Location} naming the document
 * served; {@code 406} when nothing acceptable can be served.</li>
 * <li>With a suffix ({@code .html .ttl .jsonld .nt .rdf}): {@code 200}, that document, whatever the
 * {@code Accept} header; {@code 406} for another suffix.</li>
 * <li>At the resource's URL with {@code ?format=ttl} (any suffix name): {@code 303 See Other} to the
 * suffixed document.</li>
 * <li>{@code 404} (a page, for browsers) for an IRI the graph does not mention.</li>
 * </ul>
 */
final class ResourceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern SAFE_PATH = Pattern.compile("(id|graph)/[A-Za-z0-9._~%!$&'()*+,;=:@/-]+");

    private final transient GraphReader reader;
    private final transient ResourceRdf rdf;
    private final transient ResourcePages pages;
    private final String siteName;

    ResourceServlet(GraphReader reader, ResourcePages pages, String siteName) {
        this.reader = requireNonNull(reader, "reader");
        this.rdf = new ResourceRdf(reader);
        this.pages = requireNonNull(pages, "pages");
        this.siteName = siteName;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String rel = req.getRequestURI().substring(req.getContextPath().length() + 1);
        if (!SAFE_PATH.matcher(rel).matches()) {
            notFound(req, resp, rel);
            return;
        }
        String last = rel.substring(rel.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        Representation fixed = null;
        String resourcePath = rel;
        if (dot > 0) {
            String suffix = last.substring(dot + 1);
            String stripped = rel.substring(0, rel.length() - suffix.length() - 1);
            Optional<Representation> bySuffix = Representation.bySuffix(suffix);
            if (bySuffix.isPresent()) {
                fixed = bySuffix.get();
                resourcePath = stripped;
            } else if (!reader.exists(iri(rel)) && reader.exists(iri(stripped))) {
                SparqlServlet.error(resp, HttpServletResponse.SC_NOT_ACCEPTABLE,
                        "No document ." + suffix + "; this resource is served as .html, .ttl, .jsonld, .nt and .rdf");
                return;
            }
        }
        Node iri = iri(resourcePath);
        if (!reader.exists(iri)) {
            notFound(req, resp, resourcePath);
            return;
        }
        String format = req.getParameter("format");
        if (fixed == null && format != null) {
            seeOther(resp, req, resourcePath, format);
            return;
        }
        Representation chosen = fixed;
        if (chosen == null) {
            resp.setHeader("Vary", "Accept");
            Optional<Representation> negotiated = Representation.byAccept(req.getHeader("Accept"));
            if (negotiated.isEmpty()) {
                SparqlServlet.error(resp, HttpServletResponse.SC_NOT_ACCEPTABLE,
                        "Not available in the formats accepted; ask for text/html, text/turtle, application/ld+json,"
                                + " application/n-triples or application/rdf+xml");
                return;
            }
            chosen = negotiated.get();
            resp.setHeader("Content-Location", "/" + resourcePath + "." + chosen.suffix());
        }
        if (chosen.isHtml()) {
            Page.send(resp, HttpServletResponse.SC_OK, pages.render(iri, resourcePath, page(req)));
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(chosen.contentType());
        OutputStream out = resp.getOutputStream();
        RDFDataMgr.write(out, rdf.describe(iri), chosen.rdf().rdfFormat());
        out.flush();
    }

    private void seeOther(HttpServletResponse resp, HttpServletRequest req, String path, String format) throws IOException {
        Optional<Representation> target = Representation.bySuffix(format.strip());
        if (target.isEmpty()) {
            SparqlServlet.error(resp, HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "Unknown format; use html, ttl, jsonld, nt or rdf");
            return;
        }
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", req.getContextPath() + "/" + path + "." + target.get().suffix());
        resp.setContentLength(0);
    }

    private void notFound(HttpServletRequest req, HttpServletResponse resp, String path) throws IOException {
        Optional<Representation> wanted = Representation.byAccept(req.getHeader("Accept"));
        if (wanted.isPresent() && wanted.get().isHtml()) {
            Html body = Html.concat(
                    Html.tag("p", Html.text("Nothing in this graph is called " + reader.base() + path + ".")),
                    Html.tag("p", Html.concat(Html.text("Try the "), Html.link("/", "home page"),
                            Html.text(" and its search, or the "), Html.link("/query", "query editor"), Html.text("."))));
            Page.send(resp, HttpServletResponse.SC_NOT_FOUND, Page.render(siteName, "Not found", body));
        } else {
            SparqlServlet.error(resp, HttpServletResponse.SC_NOT_FOUND, "No resource " + reader.base() + path);
        }
    }

    private Node iri(String path) {
        return NodeFactory.createURI(reader.base() + path);
    }

    private static int page(HttpServletRequest req) {
        String p = req.getParameter("page");
        try {
            return p == null ? 0 : Math.max(0, Math.min(1_000_000, Integer.parseInt(p.strip()) - 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
