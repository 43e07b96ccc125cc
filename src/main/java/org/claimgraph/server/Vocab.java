package org.claimgraph.server;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The VoID and SPDX terms of the dataset description (Jena has DCAT and Dublin Core built in). */
final class Vocab {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String SPDX = "http://spdx.org/rdf/terms#";

    static final Resource Dataset = ResourceFactory.createResource(VOID + "Dataset");
    static final Property triples = p(VOID, "triples");
    static final Property entities = p(VOID, "entities");
    static final Property classes = p(VOID, "classes");
    static final Property properties = p(VOID, "properties");
    static final Property distinctSubjects = p(VOID, "distinctSubjects");
    static final Property sparqlEndpoint = p(VOID, "sparqlEndpoint");
    static final Property dataDump = p(VOID, "dataDump");
    static final Property uriSpace = p(VOID, "uriSpace");
    static final Property exampleResource = p(VOID, "exampleResource");
    static final Property vocabulary = p(VOID, "vocabulary");
    static final Property classPartition = p(VOID, "classPartition");
    static final Property propertyPartition = p(VOID, "propertyPartition");
    static final Property voidClass = p(VOID, "class");
    static final Property voidProperty = p(VOID, "property");
    static final Property feature = p(VOID, "feature");

    static final Resource Checksum = ResourceFactory.createResource(SPDX + "Checksum");
    static final Resource sha256 = ResourceFactory.createResource(SPDX + "checksumAlgorithm_sha256");
    static final Property checksum = p(SPDX, "checksum");
    static final Property algorithm = p(SPDX, "algorithm");
    static final Property checksumValue = p(SPDX, "checksumValue");

    private Vocab() {
    }

    private static Property p(String ns, String local) {
        return ResourceFactory.createProperty(ns + local);
    }
}
