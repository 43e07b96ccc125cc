package org.claimgraph.server;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /sparql}: the SPARQL 1.1 Protocol for queries only (GET, POST form, POST
 * {@code application/sparql-query}). Each answer is computed completely before the first byte is written,
 * so a timeout is a clean 503 and never a truncated 200. Updates are refused.
 */
final class SparqlServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SparqlServlet.class);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int MAX_QUERY_CHARS = 1 << 20;
    private static final String SPARQL_QUERY = "application/sparql-query";
    private static final String SPARQL_UPDATE = "application/sparql-update";
    private static final String FORM = "application/x-www-form-urlencoded";
    static final String ALLOW = "GET, HEAD, POST, OPTIONS";

    private final transient QueryRunner runner;
    private final transient ServiceDescription serviceDescription;
    private final String baseIri;
    private final int rowCap;
    private final long timeoutMillis;

    SparqlServlet(QueryRunner runner, ServerConfig config) {
        this.runner = requireNonNull(runner, "runner");
        this.serviceDescription = new ServiceDescription();
        this.baseIri = config.baseIri();
        this.rowCap = config.rowCap();
        this.timeoutMillis = config.queryTimeout().toMillis();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getParameter("update") != null) {
            refuseUpdate(resp);
            return;
        }
        String[] queries = req.getParameterValues("query");
        if (queries == null) {
            serviceDescription(req, resp);
            return;
        }
        answer(queries, req, resp);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String type = mediaType(req.getContentType());
        if (SPARQL_UPDATE.equals(type) || (FORM.equals(type) && req.getParameter("update") != null)) {
            // read the refused body, so that the client's connection stays usable for its next request
            ReadOnlyFilter.drainOrClose(req, resp);
            refuseUpdate(resp);
            return;
        }
        if (SPARQL_QUERY.equals(type)) {
            Optional<String> body = readBody(req);
            if (body.isEmpty()) {
                error(resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                        "Query too long: at most " + MAX_QUERY_CHARS + " characters");
                return;
            }
            answer(new String[] {body.get()}, req, resp);
        } else if (FORM.equals(type)) {
            String[] queries = req.getParameterValues("query");
            answer(queries == null ? new String[0] : queries, req, resp);
        } else {
            ReadOnlyFilter.drainOrClose(req, resp);
            error(resp, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "POST a query as " + SPARQL_QUERY + " or as " + FORM + " with a 'query' parameter");
        }
    }

    @Override
    protected void doPut(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        notAllowed(resp);
    }

    @Override
    protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        notAllowed(resp);
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws jakarta.servlet.ServletException,
            IOException {
        if ("PATCH".equals(req.getMethod())) {
            notAllowed(resp);
            return;
        }
        super.service(req, resp);
    }

    private void answer(String[] queries, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (queries.length != 1 || queries[0].isBlank()) {
            error(resp, HttpServletResponse.SC_BAD_REQUEST, "Give exactly one non-empty 'query'");
            return;
        }
        Query query;
        try {
            query = QueryFactory.create(queries[0], baseIri, Syntax.syntaxARQ);
        } catch (QueryException e) {
            error(resp, HttpServletResponse.SC_BAD_REQUEST, "Query syntax error: " + e.getMessage());
            return;
        }
        if (query.isJsonType() || query.isUnknownType()) {
            error(resp, HttpServletResponse.SC_BAD_REQUEST, "Only SELECT, ASK, CONSTRUCT and DESCRIBE are answered");
            return;
        }
        boolean forResults = query.isSelectType() || query.isAskType();
        Optional<ResultFormat> format = ResultFormat.choose(forResults, req.getParameter("format"),
                req.getHeader("Accept"));
        if (format.isEmpty()) {
            error(resp, HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "No acceptable format; this query can be answered as " + ResultFormat.namesOf(forResults));
            return;
        }
        QueryOutcome outcome;
        try {
            outcome = runner.run(query, protocolDataset(req));
        } catch (QueryRunner.RefusedQueryException | QueryDeniedException e) {
            error(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        } catch (QueryCancelledException e) {
            error(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "Query cancelled after the " + timeoutMillis + " ms timeout; narrow it or add a LIMIT");
            return;
        } catch (RuntimeException e) {
            LOG.warn("Query failed: {}", e.toString());
            error(resp, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Query failed: " + e.getMessage());
            return;
        }
        write(outcome, format.get(), resp);
    }

    private void write(QueryOutcome outcome, ResultFormat format, HttpServletResponse resp) throws IOException {
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(format.contentType());
        resp.setHeader("Vary", "Accept");
        if (outcome.truncated()) {
            resp.setHeader(ClaimgraphServer.TRUNCATED_HEADER, Integer.toString(rowCap));
        }
        OutputStream out = resp.getOutputStream();
        if (outcome instanceof QueryOutcome.Rows rows) {
            ResultsWriter.create().lang(format.lang()).build()
                    .write(out, RowSetStream.create(rows.vars(), rows.rows().iterator()));
        } else if (outcome instanceof QueryOutcome.Bool bool) {
            ResultsWriter.create().lang(format.lang()).build().write(out, bool.value());
        } else if (outcome instanceof QueryOutcome.Triples triples) {
            RDFDataMgr.write(out, triples.graph(), format.rdfFormat());
        }
        out.flush();
    }

    private void serviceDescription(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<ResultFormat> format = ResultFormat.choose(false, req.getParameter("format"), req.getHeader("Accept"));
        if (format.isEmpty()) {
            error(resp, HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "The service description is available as " + ResultFormat.namesOf(false));
            return;
        }
        resp.setContentType(format.get().contentType());
        resp.setHeader("Vary", "Accept");
        RDFDataMgr.write(resp.getOutputStream(), serviceDescription.forEndpoint(req.getRequestURL().toString()),
                format.get().rdfFormat());
    }

    private static DatasetDescription protocolDataset(HttpServletRequest req) {
        String[] defaults = req.getParameterValues("default-graph-uri");
        String[] named = req.getParameterValues("named-graph-uri");
        if (defaults == null && named == null) {
            return null;
        }
        return DatasetDescription.create(defaults == null ? List.of() : List.of(defaults),
                named == null ? List.of() : List.of(named));
    }

    private static Optional<String> readBody(HttpServletRequest req) throws IOException {
        try (InputStream in = req.getInputStream()) {
            byte[] bytes = in.readNBytes(4 * MAX_QUERY_CHARS + 1);
            if (bytes.length > 4 * MAX_QUERY_CHARS) {
                return Optional.empty();
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            return text.length() > MAX_QUERY_CHARS ? Optional.empty() : Optional.of(text);
        }
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    private static void refuseUpdate(HttpServletResponse resp) throws IOException {
        error(resp, HttpServletResponse.SC_FORBIDDEN, "SPARQL Update is not accepted: this endpoint is read-only");
    }

    private static void notAllowed(HttpServletResponse resp) throws IOException {
        resp.setHeader("Allow", ALLOW);
        error(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "This endpoint is read-only: use GET or POST with a query");
    }

    /** A plain-text error of one line. */
    static void error(HttpServletResponse resp, int status, String message) throws IOException {
        String line = message == null ? "error" : WHITESPACE.matcher(message).replaceAll(" ").trim();
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        byte[] body = (line + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
