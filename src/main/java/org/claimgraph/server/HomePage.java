package org.claimgraph.server;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /}: a small HTML page with the dataset's name, its size and a first query to try. */
final class HomePage extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Query COUNTS = QueryFactory.create(HtmlTemplate.resource("home-counts.rq"));
    private static final String EXAMPLE = HtmlTemplate.resource("home-example.rq").strip();

    private final transient QueryRunner runner;
    private final transient HtmlTemplate template = HtmlTemplate.load("home.html");
    private final String datasetName;

    HomePage(QueryRunner runner, ServerConfig config) {
        this.runner = requireNonNull(runner, "runner");
        this.datasetName = config.datasetName();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String endpoint = req.getContextPath() + "/sparql";
        Binding counts = counts();
        String html = template.render(Map.of(
                "name", datasetName,
                "articles", count(counts, "articles"),
                "claims", count(counts, "claims"),
                "endpoint", endpoint,
                "exampleLink", endpoint + "?query=" + URLEncoder.encode(EXAMPLE, StandardCharsets.UTF_8),
                "exampleQuery", EXAMPLE));
        resp.setContentType("text/html; charset=utf-8");
        resp.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }

    private Binding counts() {
        try {
            QueryOutcome.Rows rows = (QueryOutcome.Rows) runner.run(COUNTS, null);
            return rows.rows().isEmpty() ? BindingFactory.empty() : rows.rows().get(0);
        } catch (QueryCancelledException e) {
            return BindingFactory.empty();
        }
    }

    private static String count(Binding counts, String variable) {
        Node n = counts.get(Var.alloc(variable));
        return n != null && n.isLiteral() ? n.getLiteralLexicalForm() : "unknown (count timed out)";
    }
}
