package org.claimgraph.server;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.binding.Binding;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /}: what the graph holds (articles, claims, events by type, places, actors), the latest articles,
 * a search over labels, titles and quotes ({@code ?q=}), and links to everything else.
 */
final class HomePage extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String EXAMPLE = HtmlTemplate.resource("home-example.rq").strip();
    static final int MAX_SEARCH_CHARS = 200;

    private final transient GraphReader reader;
    private final transient Links links;
    private final transient HtmlTemplate template = HtmlTemplate.load("home.html");
    private final String datasetName;

    HomePage(GraphReader reader, ServerConfig config) {
        this.reader = requireNonNull(reader, "reader");
        this.links = new Links(config.baseIri());
        this.datasetName = config.datasetName();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!"/".equals(req.getServletPath()) && !req.getServletPath().isEmpty() || req.getPathInfo() != null
                && !"/".equals(req.getPathInfo())) {
            SparqlServlet.error(resp, HttpServletResponse.SC_NOT_FOUND, "Nothing at " + req.getRequestURI());
            return;
        }
        String q = req.getParameter("q");
        q = q == null ? "" : q.strip();
        if (q.length() > MAX_SEARCH_CHARS) {
            q = q.substring(0, MAX_SEARCH_CHARS);
        }
        String endpoint = req.getContextPath() + "/sparql";
        Map<String, Object> values = new HashMap<>();
        Binding counts = first(safeSelect("home-stats.rq", Map.of()));
        for (String name : List.of("articles", "claims", "events", "places", "actors")) {
            values.put(name, count(counts, name));
        }
        values.put("q", q);
        values.put("results", q.isEmpty() ? Html.EMPTY : search(q));
        values.put("eventTypes", eventTypes());
        values.put("latest", latest());
        values.put("endpoint", endpoint);
        values.put("exampleLink", endpoint + "?query=" + URLEncoder.encode(EXAMPLE, StandardCharsets.UTF_8));
        values.put("exampleQuery", EXAMPLE);
        Page.send(resp, HttpServletResponse.SC_OK, Page.render(datasetName, datasetName, template.fragment(values)));
    }

    /** Search results: the user's words reach the query only as a literal bound to ?text. */
    private Html search(String q) {
        List<Binding> rows = safeSelect("search.rq", Map.of("text", NodeFactory.createLiteralString(q)));
        Map<Node, String> labels = reader.labels(Rows.iris(rows));
        List<Html> items = new ArrayList<>();
        for (Map.Entry<Node, List<Binding>> hit : Rows.groupBy(rows, "hit").entrySet()) {
            String quote = Rows.text(hit.getValue().get(0), "quote");
            Html link = links.node(hit.getKey(), labels);
            items.add(quote.isEmpty() ? link : Html.concat(link, Html.text(": “" + quote + "”")));
        }
        Html heading = Html.tag("h2", Html.text("Results for “" + q + "” (" + items.size() + ")"));
        return Html.concat(heading, items.isEmpty() ? Html.tag("p", Html.text("Nothing found.")) : Tables.list(items));
    }

    private Html eventTypes() {
        List<Binding> rows = safeSelect("home-event-types.rq", Map.of());
        Map<Node, String> labels = reader.labels(Rows.iris(rows));
        List<List<Html>> table = new ArrayList<>();
        for (Binding row : rows) {
            table.add(List.of(links.node(Rows.get(row, "type"), labels), Html.text(Rows.text(row, "events"))));
        }
        return table.isEmpty() ? Html.tag("p", Html.text("No events yet.")) : Tables.table(List.of("type", "events"), table);
    }

    private Html latest() {
        List<Binding> rows = safeSelect("home-latest.rq", Map.of());
        Map<Node, String> labels = reader.labels(Rows.iris(rows));
        List<List<Html>> table = new ArrayList<>();
        for (Binding row : rows) {
            Node article = Rows.get(row, "article");
            String title = Rows.text(row, "title");
            table.add(List.of(Html.text(Rows.text(row, "published")),
                    Html.link(links.href(article.getURI()), title.isEmpty() ? Links.name(article, labels) : title),
                    Rows.get(row, "publisher") == null ? Html.EMPTY : links.node(Rows.get(row, "publisher"), labels)));
        }
        return table.isEmpty() ? Html.tag("p", Html.text("No articles yet."))
                : Tables.table(List.of("published", "title", "outlet"), table);
    }

    private List<Binding> safeSelect(String query, Map<String, Node> bindings) {
        try {
            return reader.select(query, bindings);
        } catch (QueryCancelledException e) {
            return List.of();
        }
    }

    private static Binding first(List<Binding> rows) {
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static String count(Binding counts, String variable) {
        Node n = counts == null ? null : Rows.get(counts, variable);
        return n != null && n.isLiteral() ? n.getLiteralLexicalForm() : "unknown (count timed out)";
    }
}
