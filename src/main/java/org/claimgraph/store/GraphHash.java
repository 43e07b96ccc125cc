package org.claimgraph.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.util.FmtUtils;
import org.claimgraph.rdf.Iris;

/** A content hash of a graph that does not depend on blank node labels or triple order. */
final class GraphHash {
    private GraphHash() {
    }

    static String of(Graph g) {
        List<String> lines = new ArrayList<>(g.size());
        g.find().forEachRemaining(t -> lines.add(line(t)));
        lines.sort(null);
        return Iris.sha256Hex(String.join("\n", lines));
    }

    private static String line(Triple t) {
        return str(t.getSubject()) + ' ' + str(t.getPredicate()) + ' ' + str(t.getObject());
    }

    private static String str(Node n) {
        return n.isBlank() ? "_:" : FmtUtils.stringForNode(n);
    }
}
