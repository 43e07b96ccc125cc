package org.claimgraph.server;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.Prefixes;

/** Builds the VoID + DCAT description of the dataset from its counts and the files in the dumps folder. */
final class VoidDescription {
    static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    private static final String IANA = "https://www.iana.org/assignments/media-types/";

    private VoidDescription() {
    }

    /** The description; {@code files} is empty when the server offers no dumps. */
    static Model build(String base, String title, DatasetStats stats, List<DumpFile> files, Instant modified) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.mapping());
        m.setNsPrefix("void", Vocab.VOID);
        m.setNsPrefix("dcat", DCAT.NS);
        m.setNsPrefix("spdx", Vocab.SPDX);
        String doc = base + ".well-known/void";
        Resource ds = m.createResource(doc + "#dataset")
                .addProperty(RDF.type, Vocab.Dataset)
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, title, "en")
                .addProperty(DCTerms.description, "Claims extracted from news articles about armed conflict: who said"
                        + " that what happened, where, when, to whom, citing whom, and how sure they were.", "en")
                .addProperty(DCTerms.license, m.createResource(LICENSE))
                .addProperty(DCTerms.rights, "Texts and extracted claims: CC BY 4.0. Place names and coordinates"
                        + " from GeoNames: CC BY 4.0.", "en")
                .addLiteral(DCTerms.modified, m.createTypedLiteral(modified.toString(), XSDDatatype.XSDdateTime))
                .addProperty(Vocab.sparqlEndpoint, m.createResource(base + "sparql"))
                .addProperty(Vocab.uriSpace, base + "id/")
                .addProperty(Vocab.vocabulary, m.createResource("https://w3id.org/claimgraph/ns#"))
                .addProperty(DCAT.landingPage, m.createResource(base))
                .addLiteral(Vocab.triples, count(m, stats.triples()))
                .addLiteral(Vocab.entities, count(m, stats.entities()))
                .addLiteral(Vocab.distinctSubjects, count(m, stats.distinctSubjects()))
                .addLiteral(Vocab.classes, count(m, stats.classPartitions().size()))
                .addLiteral(Vocab.properties, count(m, stats.propertyPartitions().size()));
        m.createResource(doc).addProperty(RDF.type, m.createResource(Vocab.VOID + "DatasetDescription"))
                .addProperty(m.createProperty("http://xmlns.com/foaf/0.1/primaryTopic"), ds);
        for (Node example : stats.examples()) {
            ds.addProperty(Vocab.exampleResource, m.createResource(example.getURI()));
        }
        for (Map.Entry<Node, Long> c : stats.classPartitions().entrySet()) {
            if (c.getKey().isURI()) {
                ds.addProperty(Vocab.classPartition, m.createResource()
                        .addProperty(Vocab.voidClass, m.createResource(c.getKey().getURI()))
                        .addLiteral(Vocab.entities, count(m, c.getValue())));
            }
        }
        for (Map.Entry<Node, Long> p : stats.propertyPartitions().entrySet()) {
            ds.addProperty(Vocab.propertyPartition, m.createResource()
                    .addProperty(Vocab.voidProperty, m.createResource(p.getKey().getURI()))
                    .addLiteral(Vocab.triples, count(m, p.getValue())));
        }
        for (DumpFile f : files) {
            String url = base + "dumps/" + f.name();
            if (f.name().equals(DumpFolder.NQUADS) || f.name().equals(DumpFolder.TRIG)) {
                ds.addProperty(Vocab.dataDump, m.createResource(url));
            }
            Resource dist = m.createResource(doc + "#" + f.name().replace('.', '-'))
                    .addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCTerms.title, f.description(), "en")
                    .addProperty(DCAT.downloadURL, m.createResource(url))
                    .addProperty(DCAT.accessURL, m.createResource(base + "dumps/"))
                    .addProperty(DCAT.mediaType, m.createResource(IANA + f.mediaType()))
                    .addLiteral(DCAT.byteSize, m.createTypedLiteral(Long.toString(f.bytes()), XSDDatatype.XSDnonNegativeInteger))
                    .addProperty(DCTerms.license, m.createResource(LICENSE))
                    .addProperty(Vocab.checksum, m.createResource()
                            .addProperty(RDF.type, Vocab.Checksum)
                            .addProperty(Vocab.algorithm, Vocab.sha256)
                            .addLiteral(Vocab.checksumValue, m.createTypedLiteral(f.sha256(), XSDDatatype.XSDhexBinary)));
            if (f.name().endsWith(".gz")) {
                dist.addProperty(DCAT.compressFormat, m.createResource(IANA + "application/gzip"));
            }
            ds.addProperty(DCAT.distribution, dist);
        }
        ds.addProperty(DCAT.theme, m.createResource(CG.NS));
        return m;
    }

    private static org.apache.jena.rdf.model.Literal count(Model m, long n) {
        return m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
