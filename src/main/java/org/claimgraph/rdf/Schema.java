package org.claimgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The few schema.org terms the graph uses ({@code schema:} = {@code http://schema.org/}). */
public final class Schema {
    public static final String NS = "http://schema.org/";

    public static final Property datePublished = ResourceFactory.createProperty(NS + "datePublished");
    public static final Property publisher = ResourceFactory.createProperty(NS + "publisher");
    public static final Property author = ResourceFactory.createProperty(NS + "author");
    public static final Property url = ResourceFactory.createProperty(NS + "url");

    private Schema() {
    }
}
