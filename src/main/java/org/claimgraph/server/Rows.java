package org.claimgraph.server;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/** Small helpers for the rows of page queries: values by name, grouping by a key, all IRIs for labels. */
final class Rows {
    private Rows() {
    }

    static Node get(Binding row, String var) {
        return row.get(Var.alloc(var));
    }

    static String text(Binding row, String var) {
        Node n = get(row, var);
        return n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    /** The rows grouped by the value of {@code key}, in first-seen order. */
    static Map<Node, List<Binding>> groupBy(List<Binding> rows, String key) {
        Map<Node, List<Binding>> groups = new LinkedHashMap<>();
        for (Binding row : rows) {
            Node k = get(row, key);
            if (k != null) {
                groups.computeIfAbsent(k, x -> new ArrayList<>()).add(row);
            }
        }
        return groups;
    }

    /** The distinct values of {@code var} in the rows. */
    static Set<Node> values(Collection<Binding> rows, String var) {
        Set<Node> out = new LinkedHashSet<>();
        for (Binding row : rows) {
            Node n = get(row, var);
            if (n != null) {
                out.add(n);
            }
        }
        return out;
    }

    /** Every IRI bound anywhere in the rows, for label look-up. */
    static Set<Node> iris(Collection<Binding> rows) {
        Set<Node> out = new LinkedHashSet<>();
        for (Binding row : rows) {
            row.forEach((v, n) -> {
                if (n.isURI()) {
                    out.add(n);
                }
            });
        }
        return out;
    }
}
