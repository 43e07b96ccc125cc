package org.claimgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The whole site is read-only: GET, HEAD and OPTIONS everywhere, POST only for queries at /sparql.
 * Anything else is answered 405 here, before any servlet sees it. The refused request's body is read
 * and dropped first (up to a bound), so the connection stays usable for the client's next request.
 */
final class ReadOnlyFilter implements Filter {
    static final String ALLOW = "GET, HEAD, POST, OPTIONS";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final int MAX_DRAIN = 1 << 20;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String method = req.getMethod();
        boolean queryPost = "POST".equals(method) && "/sparql".equals(req.getRequestURI());
        if (READS.contains(method) || queryPost) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse resp = (HttpServletResponse) response;
        drainOrClose(req, resp);
        resp.setHeader("Allow", "/sparql".equals(req.getRequestURI()) ? ALLOW : "GET, HEAD, OPTIONS");
        SparqlServlet.error(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                "This server is read-only: " + method + " is not accepted here; query with GET or POST at /sparql");
    }

    /**
     * Reads and drops the body of a request about to be refused, so that the connection can carry the client's next
     * request; when the body is larger than the bound, asks for the connection to be closed instead.
     */
    static void drainOrClose(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!drain(req)) {
            resp.setHeader("Connection", "close");
        }
    }

    /** Reads and drops the request body; false when it is larger than the bound. */
    private static boolean drain(HttpServletRequest req) throws IOException {
        byte[] buffer = new byte[8192];
        long total = 0;
        try (InputStream in = req.getInputStream()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > MAX_DRAIN) {
                    return false;
                }
            }
        }
        return true;
    }
}
