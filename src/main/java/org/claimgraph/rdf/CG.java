package org.claimgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of the claimgraph ontology ({@code cg:}), as Jena resources. */
public final class CG {
    public static final String NS = "https://w3id.org/claimgraph/ns#";
    public static final String PREFIX = "cg";

    private CG() {
    }

    public static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    public static Property property(String localName) {
        return ResourceFactory.createProperty(NS + localName);
    }

    // Classes
    public static final Resource Article = resource("Article");
    public static final Resource Claim = resource("Claim");
    public static final Resource Event = resource("Event");
    public static final Resource Measurement = resource("Measurement");
    public static final Resource Statement = resource("Statement");
    public static final Resource Actor = resource("Actor");
    public static final Resource ArmedGroup = resource("ArmedGroup");
    public static final Resource StateForce = resource("StateForce");
    public static final Resource Coalition = resource("Coalition");
    public static final Resource Organization = resource("Organization");
    public static final Resource Person = resource("Person");
    public static final Resource MediaOutlet = resource("MediaOutlet");
    public static final Resource Place = resource("Place");
    public static final Resource Settlement = resource("Settlement");
    public static final Resource Region = resource("Region");
    public static final Resource Country = resource("Country");
    public static final Resource IngestRun = resource("IngestRun");

    // Claim properties
    public static final Property statedIn = property("statedIn");
    public static final Property quote = property("quote");
    public static final Property start = property("start");
    public static final Property end = property("end");
    public static final Property about = property("about");
    public static final Property attributedTo = property("attributedTo");
    public static final Property via = property("via");
    public static final Property modality = property("modality");
    public static final Property confidence = property("confidence");

    // Event, measurement and statement properties
    public static final Property agent = property("agent");
    public static final Property target = property("target");
    public static final Property supportedBy = property("supportedBy");
    public static final Property place = property("place");
    public static final Property notBefore = property("notBefore");
    public static final Property notAfter = property("notAfter");
    public static final Property dateText = property("dateText");
    public static final Property measure = property("measure");
    public static final Property minValue = property("minValue");
    public static final Property maxValue = property("maxValue");
    public static final Property subject = property("subject");
    public static final Property speaker = property("speaker");
    public static final Property memberOf = property("memberOf");
    public static final Property role = property("role");

    // Article and place properties
    public static final Property text = property("text");
    public static final Property sha256 = property("sha256");
    public static final Property sourceName = property("sourceName");
    public static final Property cites = property("cites");
    public static final Property locatedIn = property("locatedIn");
    public static final Property population = property("population");

    // Event type annotations, disagreement and materialised counts
    public static final Property cameoCode = property("cameoCode");
    public static final Property acledSubEventType = property("acledSubEventType");
    public static final Property contradicts = property("contradicts");
    public static final Property corroboratingArticles = property("corroboratingArticles");
    public static final Property corroboratingOutlets = property("corroboratingOutlets");
}
