package org.claimgraph.server;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** The endpoint's SPARQL Service Description, from a Turtle template whose {@code <>} is the endpoint. */
final class ServiceDescription {
    private final String turtle = HtmlTemplate.resource("service-description.ttl");

    /** The description with the given endpoint URL as its subject. */
    Graph forEndpoint(String endpointUrl) {
        return RDFParser.fromString(turtle, Lang.TURTLE).base(endpointUrl).toGraph();
    }
}
