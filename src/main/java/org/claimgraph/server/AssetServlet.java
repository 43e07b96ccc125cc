package org.claimgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /assets/…}: our stylesheet and scripts, Leaflet and YASGUI, all from the classpath (the two
 * libraries from their webjars), so no page depends on a CDN. Only these three trees are reachable.
 */
final class AssetServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "png", "image/png",
            "svg", "image/svg+xml", "map", "application/json", "woff2", "font/woff2", "woff", "font/woff",
            "ttf", "font/ttf", "html", "text/html; charset=utf-8");
    private final Map<String, String> roots = Map.of(
            "claimgraph", "org/claimgraph/server/static/",
            "leaflet", webjar("leaflet"),
            "yasgui", webjar("zazuko__yasgui"));

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        int slash = path.indexOf('/');
        String root = slash > 0 ? roots.get(path.substring(0, slash)) : null;
        String ext = path.substring(path.lastIndexOf('.') + 1);
        if (root == null || !SAFE.matcher(path).matches() || !TYPES.containsKey(ext)) {
            SparqlServlet.error(resp, HttpServletResponse.SC_NOT_FOUND, "No such asset");
            return;
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(root + path.substring(slash + 1))) {
            if (in == null) {
                SparqlServlet.error(resp, HttpServletResponse.SC_NOT_FOUND, "No such asset");
                return;
            }
            byte[] bytes = in.readAllBytes();
            resp.setContentType(TYPES.get(ext));
            resp.setHeader("Cache-Control", "public, max-age=86400");
            resp.setHeader("X-Content-Type-Options", "nosniff");
            resp.setContentLength(bytes.length);
            resp.getOutputStream().write(bytes);
        }
    }

    /** The classpath folder of a webjar's files, from the version in its Maven metadata. */
    static String webjar(String artifact) {
        String props = "META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        try (InputStream in = AssetServlet.class.getClassLoader().getResourceAsStream(props)) {
            if (in == null) {
                throw new IllegalStateException("Webjar " + artifact + " is missing from the classpath; rebuild the jar");
            }
            Properties p = new Properties();
            p.load(in);
            return "META-INF/resources/webjars/" + artifact + "/" + p.getProperty("version") + "/";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
