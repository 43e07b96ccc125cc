package org.claimgraph.server;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/** A named graph: the resources it describes (first {@value #SUBJECTS} of them), with labels. */
final class GraphSection implements Section {
    static final int SUBJECTS = 500;
    private final GraphReader reader;
    private final Links links;

    GraphSection(GraphReader reader, Links links) {
        this.reader = reader;
        this.links = links;
    }

    @Override
    public Html render(Node iri) {
        Set<Node> subjects = new LinkedHashSet<>();
        int offset = 0;
        while (subjects.size() < SUBJECTS) {
            GraphReader.Slice<Triple> slice = reader.graph(iri, offset, 5000);
            slice.items().forEach(t -> subjects.add(t.getSubject()));
            if (!slice.more()) {
                break;
            }
            offset += slice.items().size();
        }
        Map<Node, String> labels = reader.labels(subjects);
        List<Html> items = new ArrayList<>();
        subjects.stream().limit(SUBJECTS).forEach(s -> items.add(links.node(s, labels)));
        return Html.concat(Html.tag("h2", Html.text("Resources described in this graph")),
                items.isEmpty() ? Html.tag("p", Html.text("This graph is empty.")) : Tables.list(items));
    }
}
