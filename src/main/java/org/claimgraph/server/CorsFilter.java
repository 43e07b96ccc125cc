package org.claimgraph.server;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Cross-origin reads from any origin: GET and POST (and their OPTIONS preflight) only. A preflight for any
 * other method gets no CORS headers, so browsers refuse it. No credentials are ever allowed.
 */
final class CorsFilter implements Filter {
    static final String ALLOWED_METHODS = "GET, POST, OPTIONS";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST");
    private static final String ALLOWED_HEADERS = "Accept, Content-Type, Origin";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String origin = req.getHeader("Origin");
        if (origin == null) {
            chain.doFilter(request, response);
            return;
        }
        String preflight = req.getHeader("Access-Control-Request-Method");
        if ("OPTIONS".equals(req.getMethod()) && preflight != null) {
            if (METHODS.contains(preflight.trim().toUpperCase(Locale.ROOT))) {
                resp.setHeader("Access-Control-Allow-Origin", "*");
                resp.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
                resp.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
                resp.setHeader("Access-Control-Max-Age", "3600");
                resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
            } else {
                resp.setStatus(HttpServletResponse.SC_FORBIDDEN);
            }
            return;
        }
        if (METHODS.contains(req.getMethod())) {
            resp.setHeader("Access-Control-Allow-Origin", "*");
            resp.setHeader("Access-Control-Expose-Headers", ClaimgraphServer.TRUNCATED_HEADER);
        }
        chain.doFilter(request, response);
    }
}
