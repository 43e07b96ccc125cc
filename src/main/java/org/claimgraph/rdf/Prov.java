package org.claimgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The PROV-O terms used to describe ingest runs in the meta graph. */
public final class Prov {
    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Property startedAtTime = ResourceFactory.createProperty(NS + "startedAtTime");
    public static final Property endedAtTime = ResourceFactory.createProperty(NS + "endedAtTime");

    private Prov() {
    }
}
