package org.claimgraph.server;

import org.apache.jena.graph.Node;

/** The part of a resource page that depends on what kind of thing it is (article, event, place, actor). */
interface Section {
    /** The section's HTML for the resource. */
    Html render(Node iri);
}
