package org.claimgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /dumps/}: a page listing the downloads with sizes, checksums and the licence, and each file as a
 * static download with its media type and {@code Content-Length}. Only the files of the current
 * publication are served; {@code 503} until the first one is ready.
 */
final class DumpsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final HtmlTemplate TEMPLATE = HtmlTemplate.load("dumps.html");
    private final transient Supplier<Publication> publication;
    private final String siteName;

    DumpsServlet(Supplier<Publication> publication, String siteName) {
        this.publication = publication;
        this.siteName = siteName;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        if (req.getPathInfo() == null) {
            resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            resp.setHeader("Location", req.getContextPath() + "/dumps/");
            return;
        }
        Publication p = publication.get();
        if (p == null) {
            resp.setHeader("Retry-After", "10");
            SparqlServlet.error(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "The dumps are being prepared; try again in a few seconds");
            return;
        }
        if (name.isEmpty()) {
            listing(p, resp);
            return;
        }
        var file = p.file(name);
        if (file.isEmpty()) {
            SparqlServlet.error(resp, HttpServletResponse.SC_NOT_FOUND, "No download called " + name);
            return;
        }
        try (FileChannel channel = FileChannel.open(p.folder().file(name), StandardOpenOption.READ);
                InputStream in = Channels.newInputStream(channel)) {
            resp.setStatus(HttpServletResponse.SC_OK);
            String type = file.get().mediaType();
            resp.setContentType(type.startsWith("text/") ? type + "; charset=utf-8" : type);
            resp.setContentLengthLong(channel.size());
            resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
            if (!"HEAD".equals(req.getMethod())) {
                OutputStream out = resp.getOutputStream();
                in.transferTo(out);
            }
        }
    }

    private void listing(Publication p, HttpServletResponse resp) throws IOException {
        Html body;
        if (p.files().isEmpty()) {
            body = Html.tag("p", Html.text("This server offers no dumps (it was started without a dumps folder)."
                    + " Use the SPARQL endpoint, or 'claimgraph dump'."));
        } else {
            List<List<Html>> rows = new ArrayList<>();
            for (DumpFile f : p.files()) {
                rows.add(List.of(Html.link("/dumps/" + f.name(), f.name()), Html.text(f.description()),
                        Html.text(f.mediaType()), Html.text(String.format("%,d bytes", f.bytes())),
                        Html.tag("code", Html.text(f.sha256()))));
            }
            body = TEMPLATE.fragment(Map.of("files",
                    Tables.table(List.of("file", "what", "media type", "size", "SHA-256"), rows),
                    "computed", p.computed().toString()));
        }
        Page.send(resp, HttpServletResponse.SC_OK, Page.render(siteName, "Downloads", body));
    }
}
