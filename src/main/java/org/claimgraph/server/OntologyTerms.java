package org.claimgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.rdf.BundledFiles;
import org.claimgraph.rdf.CG;

/** The bundled ontology, read once: labels, comments and the CAMEO / ACLED codes of event types. */
final class OntologyTerms {
    private final Model model;

    private OntologyTerms(Model model) {
        this.model = model;
    }

    static OntologyTerms bundled() {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = BundledFiles.open(BundledFiles.ONTOLOGY)) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OntologyTerms(m);
    }

    Model model() {
        return model;
    }

    String label(String iri) {
        return string(model.createResource(iri), RDFS.label);
    }

    String comment(String iri) {
        return string(model.createResource(iri), RDFS.comment);
    }

    List<String> cameoCodes(String iri) {
        return strings(model.createResource(iri), CG.cameoCode);
    }

    List<String> acledTypes(String iri) {
        return strings(model.createResource(iri), CG.acledSubEventType);
    }

    private String string(Resource r, org.apache.jena.rdf.model.Property p) {
        List<String> values = strings(r, p);
        return values.isEmpty() ? null : values.get(0);
    }

    private List<String> strings(Resource r, org.apache.jena.rdf.model.Property p) {
        List<String> out = new ArrayList<>();
        model.listObjectsOfProperty(r, p).forEach((RDFNode n) -> {
            if (n.isLiteral()) {
                out.add(n.asLiteral().getLexicalForm());
            }
        });
        out.sort(null);
        return out;
    }
}
