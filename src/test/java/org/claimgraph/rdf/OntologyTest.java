package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.claimgraph.model.EventType;
import org.claimgraph.model.Measure;
import org.claimgraph.model.Modality;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class OntologyTest {
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static Model ont;

    /** The classes of DESIGN.md section 3 and the terms this ontology adds. */
    static Stream<String> classes() {
        return Stream.of("Article", "Claim", "Event", "Measurement", "Statement", "Actor", "ArmedGroup",
                "StateForce", "Coalition", "Organization", "Person", "MediaOutlet", "Place", "Settlement",
                "Region", "Country", "IngestRun", "Capture", "Withdrawal", "Airstrike", "Bombing", "Assault",
                "Siege", "Clash", "Killing", "Execution", "Surrender", "Destruction", "Detention");
    }

    /** The properties of DESIGN.md section 3 and the terms this ontology adds. */
    static Stream<String> properties() {
        return Stream.of("statedIn", "quote", "start", "end", "about", "attributedTo", "via", "modality",
                "confidence", "agent", "target", "supportedBy", "place", "notBefore", "notAfter", "dateText",
                "measure", "minValue", "maxValue", "subject", "speaker", "memberOf", "role", "text", "sha256",
                "sourceName", "cites", "locatedIn", "population", "contradicts", "corroboratingArticles",
                "corroboratingOutlets", "cameoCode", "acledSubEventType");
    }

    @BeforeAll
    static void load() {
        ont = GazetteerLoader.loadOntology();
    }

    @Test
    void headerNamesTitleVersionAndLicence() {
        Resource o = ont.createResource("https://w3id.org/claimgraph/ns");
        assertTrue(ont.contains(o, RDF.type, OWL.Ontology));
        assertTrue(o.hasProperty(DCTerms.title));
        assertTrue(o.hasProperty(OWL.versionInfo));
        assertTrue(o.hasProperty(DCTerms.license));
    }

    @ParameterizedTest
    @MethodSource("classes")
    void classIsDeclaredWithLabelAndComment(String name) {
        Resource c = CG.resource(name).inModel(ont);
        assertTrue(ont.contains(c, RDF.type, OWL.Class), name + " is not an owl:Class");
        assertEnglish(c, RDFS.label);
        assertEnglish(c, RDFS.comment);
    }

    @ParameterizedTest
    @MethodSource("properties")
    void propertyIsDeclaredWithLabelCommentDomainAndRange(String name) {
        Resource p = CG.resource(name).inModel(ont);
        assertTrue(ont.contains(p, RDF.type, OWL.ObjectProperty) || ont.contains(p, RDF.type, OWL.DatatypeProperty)
                || ont.contains(p, RDF.type, OWL.AnnotationProperty), name + " is not declared as a property");
        assertEnglish(p, RDFS.label);
        assertEnglish(p, RDFS.comment);
        assertTrue(p.hasProperty(RDFS.domain), name + " has no domain");
        assertTrue(p.hasProperty(RDFS.range), name + " has no range");
    }

    @Test
    void everyConstantOfTheVocabularyClassIsDeclared() throws IllegalAccessException {
        List<String> missing = new ArrayList<>();
        for (Field f : CG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                Resource r = (Resource) f.get(null);
                if (!ont.contains(r, RDF.type)) {
                    missing.add(r.getLocalName());
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void eventTypeIsAnEventWithCameoAndAcledCodes(EventType type) {
        Resource c = CG.resource(type.localName()).inModel(ont);
        assertTrue(ont.contains(c, RDFS.subClassOf, CG.Event));
        List<Statement> cameo = c.listProperties(CG.cameoCode).toList();
        assertFalse(cameo.isEmpty(), type + " has no CAMEO code");
        for (Statement s : cameo) {
            assertTrue(s.getString().matches("\\d{2,4}"), type + ": bad CAMEO code " + s.getString());
        }
        assertFalse(c.listProperties(CG.acledSubEventType).toList().isEmpty(), type + " has no ACLED sub-event type");
    }

    @Test
    void exactlyTheTwelveEventTypesAreSubclassesOfEvent() {
        Set<Resource> subclasses = ont.listSubjectsWithProperty(RDFS.subClassOf, CG.Event).toSet();
        assertEquals(EventType.values().length, subclasses.size());
    }

    @ParameterizedTest
    @EnumSource(Modality.class)
    void modalityIsAConceptOfItsScheme(Modality m) {
        assertConcept(CG.resource(m.localName()).inModel(ont), CG.resource("Modalities"));
    }

    @ParameterizedTest
    @EnumSource(Measure.class)
    void measureIsAConceptOfItsScheme(Measure m) {
        assertConcept(CG.resource(m.localName()).inModel(ont), CG.resource("Measures"));
    }

    @Test
    void specialTermsHaveTheirDeclaredShape() {
        assertTrue(ont.contains(CG.IngestRun, RDFS.subClassOf, ont.createResource(PROV + "Activity")));
        assertTrue(ont.contains(CG.contradicts, RDF.type, OWL.SymmetricProperty));
        assertTrue(ont.contains(CG.population, RDFS.range, XSD.integer));
        assertTrue(ont.contains(CG.corroboratingArticles, RDFS.range, XSD.integer));
        assertTrue(ont.contains(CG.corroboratingOutlets, RDFS.range, XSD.integer));
        assertTrue(ont.contains(CG.confidence, RDFS.range, XSD.decimal));
        assertTrue(ont.contains(CG.notBefore, RDFS.range, XSD.date));
    }

    @Test
    void alignmentsPointOnlyAtStandardVocabularies() {
        Set<String> allowed = Set.of(CG.NS, PROV, "http://schema.org/", "http://semanticweb.cs.vu.nl/2009/11/sem/",
                "http://www.opengis.net/ont/geosparql#", "http://www.w3.org/2003/01/geo/wgs84_pos#",
                DCTerms.NS, SKOS.uri, "http://www.w3.org/ns/oa#", "http://xmlns.com/foaf/0.1/");
        int alignments = 0;
        for (Property p : List.of(RDFS.subClassOf, RDFS.subPropertyOf, SKOS.closeMatch)) {
            for (Statement s : ont.listStatements(null, p, (RDFNode) null).toList()) {
                Resource target = s.getResource();
                assertTrue(target.isURIResource() && allowed.contains(target.getNameSpace()),
                        s.getSubject().getLocalName() + " is aligned with an unexpected term " + target);
                if (!target.getNameSpace().equals(CG.NS)) {
                    alignments++;
                }
            }
        }
        assertTrue(alignments > 40, "only " + alignments + " alignments to other vocabularies");
    }

    private static void assertConcept(Resource concept, Resource scheme) {
        assertTrue(ont.contains(concept, RDF.type, SKOS.Concept), concept + " is not a skos:Concept");
        assertTrue(ont.contains(concept, SKOS.inScheme, scheme), concept + " is not in " + scheme);
        assertTrue(ont.contains(scheme, RDF.type, SKOS.ConceptScheme));
        assertEnglish(concept, SKOS.prefLabel);
        assertEnglish(concept, SKOS.definition);
    }

    private static void assertEnglish(Resource r, Property p) {
        Statement s = r.getProperty(p);
        assertTrue(s != null && s.getObject().isLiteral() && "en".equals(s.getLanguage())
                && !s.getString().isBlank(), r.getLocalName() + " has no English " + p.getLocalName());
    }
}
