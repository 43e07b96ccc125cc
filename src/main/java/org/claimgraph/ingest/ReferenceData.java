package org.claimgraph.ingest;

import static java.util.Objects.requireNonNull;

import org.apache.jena.rdf.model.Model;
import org.claimgraph.model.Gazetteer;
import org.claimgraph.rdf.GazetteerLoader;
import org.claimgraph.rdf.Iris;

/**
 * The bundled reference data under one base IRI: the ontology and gazetteer graphs, and the
 * gazetteer as extraction sees it. Read-only once loaded; shared by threads.
 */
public record ReferenceData(Iris iris, Model ontology, Model gazetteerModel, Gazetteer gazetteer) {
    public ReferenceData {
        requireNonNull(iris, "iris");
        requireNonNull(ontology, "ontology");
        requireNonNull(gazetteerModel, "gazetteerModel");
        requireNonNull(gazetteer, "gazetteer");
    }

    /** Loads the bundled ontology and gazetteer with the given base IRI. */
    public static ReferenceData bundled(Iris iris) {
        Model gaz = GazetteerLoader.loadGazetteer(iris.base());
        return new ReferenceData(iris, GazetteerLoader.loadOntology(), gaz, GazetteerLoader.toGazetteer(gaz, iris.base()));
    }
}
