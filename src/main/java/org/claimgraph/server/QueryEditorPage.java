package org.claimgraph.server;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /query}: YASGUI (served from its webjar) on {@code /sparql}, results as a table, and every bundled
 * example query one click away. The examples are in the page as escaped text; our script hands them to
 * the editor.
 */
final class QueryEditorPage extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final HtmlTemplate TEMPLATE = HtmlTemplate.load("query.html");
    private final String siteName;
    private final transient List<ExampleQueries.Example> examples;

    QueryEditorPage(String siteName, List<ExampleQueries.Example> examples) {
        this.siteName = siteName;
        this.examples = List.copyOf(examples);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        List<Html> items = new ArrayList<>();
        int i = 0;
        for (ExampleQueries.Example e : examples) {
            i++;
            items.add(Html.trusted("<li><button type=\"button\" class=\"example\" data-example=\"example-" + i + "\">"
                    + Html.text(e.title()) + "</button> <span class=\"note\">" + Html.text(e.name()) + "</span>"
                    + "<pre hidden id=\"example-" + i + "\">" + Html.text(e.text()) + "</pre></li>"));
        }
        Html list = items.isEmpty()
                ? Html.tag("p", Html.text("No example queries are bundled with this build; write your own below."))
                : Html.tag("ul", "examples", Html.join(items));
        Html head = Html.trusted("<link rel=\"stylesheet\" href=\"/assets/yasgui/build/yasgui.min.css\">");
        Html scripts = Html.trusted("<script src=\"/assets/yasgui/build/yasgui.min.js\"></script>\n"
                + "<script src=\"/assets/claimgraph/query-editor.js\"></script>");
        Page.send(resp, HttpServletResponse.SC_OK, Page.render(siteName, "Query editor",
                TEMPLATE.fragment(Map.of("examples", list)), head, scripts));
    }
}
