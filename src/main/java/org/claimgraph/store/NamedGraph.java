package org.claimgraph.store;

import static java.util.Objects.requireNonNull;

import org.apache.jena.graph.Graph;

/** A graph and the IRI of the named graph it belongs in. */
public record NamedGraph(String name, Graph graph) {
    public NamedGraph {
        requireNonNull(name, "name");
        requireNonNull(graph, "graph");
    }
}
