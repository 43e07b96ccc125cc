package org.claimgraph.rdf;

import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes written into graphs and shown in query results. */
public final class Prefixes {
    private static final Map<String, String> PREFIXES = Map.of(
            CG.PREFIX, CG.NS,
            "rdf", RDF.getURI(),
            "rdfs", RDFS.getURI(),
            "xsd", XSD.NS,
            "owl", OWL.NS,
            "skos", SKOS.getURI(),
            "dct", DCTerms.NS,
            "schema", Schema.NS,
            "prov", Prov.NS,
            "geo", "http://www.opengis.net/ont/geosparql#");

    private Prefixes() {
    }

    public static Map<String, String> all() {
        return PREFIXES;
    }

    public static void addTo(Model m) {
        m.setNsPrefixes(PREFIXES);
    }

    public static PrefixMapping mapping() {
        return PrefixMapping.Factory.create().setNsPrefixes(PREFIXES).lock();
    }
}
