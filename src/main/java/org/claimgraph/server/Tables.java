package org.claimgraph.server;

import java.util.ArrayList;
import java.util.List;

/** HTML tables and lists from escaped cells. */
final class Tables {
    private Tables() {
    }

    static Html table(List<String> headings, List<List<Html>> rows) {
        List<Html> head = new ArrayList<>();
        for (String h : headings) {
            head.add(Html.tag("th", Html.text(h)));
        }
        List<Html> body = new ArrayList<>();
        for (List<Html> row : rows) {
            List<Html> cells = new ArrayList<>();
            for (Html cell : row) {
                cells.add(Html.tag("td", cell));
            }
            body.add(Html.tag("tr", Html.join(cells)));
        }
        return Html.tag("table", Html.concat(Html.tag("thead", Html.tag("tr", Html.join(head))),
                Html.tag("tbody", Html.join(body))));
    }

    static Html list(List<Html> items) {
        List<Html> li = new ArrayList<>();
        for (Html item : items) {
            li.add(Html.tag("li", item));
        }
        return Html.tag("ul", Html.join(li));
    }

    /** Values separated by commas. */
    static Html commas(List<Html> items) {
        List<Html> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.add(Html.text(", "));
            }
            out.add(items.get(i));
        }
        return Html.join(out);
    }

    /** A date range "2016-03-01 – 2016-03-31", one date when both bounds agree, or "". */
    static String range(String from, String to) {
        if (from.isEmpty() && to.isEmpty()) {
            return "";
        }
        if (from.equals(to)) {
            return from;
        }
        return (from.isEmpty() ? "…" : from) + " – " + (to.isEmpty() ? "…" : to);
    }
}
