package org.claimgraph.rdf;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.model.ClaimgraphException;
import org.claimgraph.model.EntityKind;
import org.claimgraph.model.EntityRef;
import org.claimgraph.model.Gazetteer;
import org.claimgraph.model.GazetteerEntry;

/**
 * Loads the bundled ontology and gazetteer, and turns the gazetteer graph into the
 * {@link Gazetteer} that extraction uses. Gazetteer files use relative IRIs
 * ({@code <id/place/palmyra>}) that are resolved against the base given here; nothing that depends
 * on the base is cached.
 */
public final class GazetteerLoader {
    /** W3C Basic Geo namespace. */
    public static final String WGS = "http://www.w3.org/2003/01/geo/wgs84_pos#";

    private static final Map<Resource, EntityKind> KINDS = kinds();

    private GazetteerLoader() {
    }

    /** All gazetteer files, parsed with {@code base} (e.g. {@code http://localhost:3030/}). */
    public static Model loadGazetteer(String base) {
        requireNonNull(base, "base");
        Model model = ModelFactory.createDefaultModel();
        for (String file : BundledFiles.GAZETTEER_FILES) {
            parseInto(model, file, base);
        }
        return model;
    }

    /** Shorthand for {@code toGazetteer(loadGazetteer(base), base)}. */
    public static Gazetteer gazetteer(String base) {
        return toGazetteer(loadGazetteer(base), base);
    }

    /** The ontology ({@code cg:} terms, concept schemes and alignments). */
    public static Model loadOntology() {
        Model model = ModelFactory.createDefaultModel();
        parseInto(model, BundledFiles.ONTOLOGY, CG.NS);
        return model;
    }

    /** Parses one bundled Turtle file into {@code model}, resolving relative IRIs against {@code base}. */
    static void parseInto(Model model, String file, String base) {
        try (InputStream in = BundledFiles.open(file)) {
            RDFParser.source(in).lang(Lang.TURTLE).base(base).parse(model);
        } catch (RiotException e) {
            throw new ClaimgraphException("cannot parse bundled file " + file + ": " + e.getMessage()
                    + " (fix the Turtle syntax at the line given)", e);
        } catch (IOException e) {
            throw new ClaimgraphException("cannot read bundled file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Builds the gazetteer: one entry per resource typed with an entity class, under {@code base}.
     * The key is the IRI's last path segment, the label its English {@code skos:prefLabel}.
     */
    public static Gazetteer toGazetteer(Model gazetteerModel, String base) {
        requireNonNull(gazetteerModel, "gazetteerModel");
        requireNonNull(base, "base");
        List<GazetteerEntry> entries = new ArrayList<>();
        for (Map.Entry<Resource, EntityKind> k : KINDS.entrySet()) {
            gazetteerModel.listSubjectsWithProperty(RDF.type, k.getKey()).forEachRemaining(subject -> {
                if (subject.isURIResource() && subject.getURI().startsWith(base + "id/")) {
                    entries.add(entry(subject, k.getValue(), base));
                }
            });
        }
        entries.sort(Comparator.comparing((GazetteerEntry e) -> e.ref().kind().iriKind())
                .thenComparing(e -> e.ref().key()));
        return new Gazetteer(entries);
    }

    private static GazetteerEntry entry(Resource subject, EntityKind kind, String base) {
        String iri = subject.getURI();
        String expectedPrefix = base + "id/" + kind.iriKind() + "/";
        if (!iri.startsWith(expectedPrefix)) {
            throw new ClaimgraphException("gazetteer entity " + iri + " is a cg:" + kind.className()
                    + " but its IRI does not start with " + expectedPrefix);
        }
        String key = iri.substring(expectedPrefix.length());
        String label = prefLabel(subject)
                .orElseThrow(() -> new ClaimgraphException("gazetteer entity " + iri + " has no English skos:prefLabel"));
        List<String> alt = new ArrayList<>();
        subject.listProperties(SKOS.altLabel).forEachRemaining(s -> alt.add(s.getString()));
        alt.sort(null);
        String within = null;
        Statement in = subject.getProperty(CG.locatedIn);
        if (in != null && in.getObject().isURIResource()) {
            String target = in.getResource().getURI();
            within = target.substring(target.lastIndexOf('/') + 1);
        }
        Double lat = number(subject, subject.getModel().createProperty(WGS + "lat"));
        Double lon = number(subject, subject.getModel().createProperty(WGS + "long"));
        Double population = number(subject, CG.population);
        return new GazetteerEntry(new EntityRef(key, label, kind, true), alt, within, lat, lon,
                population == null ? 0L : population.longValue());
    }

    private static Optional<String> prefLabel(Resource subject) {
        String fallback = null;
        for (Statement s : subject.listProperties(SKOS.prefLabel).toList()) {
            Literal l = s.getLiteral();
            if (l.getLanguage().equalsIgnoreCase("en")) {
                return Optional.of(l.getLexicalForm());
            }
            fallback = l.getLexicalForm();
        }
        return Optional.ofNullable(fallback);
    }

    private static Double number(Resource subject, Property p) {
        Statement s = subject.getProperty(p);
        if (s == null) {
            return null;
        }
        RDFNode o = s.getObject();
        if (!o.isLiteral()) {
            return null;
        }
        try {
            return Double.valueOf(o.asLiteral().getLexicalForm());
        } catch (NumberFormatException e) {
            throw new ClaimgraphException("gazetteer entity " + subject.getURI() + ": " + p.getLocalName()
                    + " is not a number: '" + o.asLiteral().getLexicalForm() + "'", e);
        }
    }

    private static Map<Resource, EntityKind> kinds() {
        Map<Resource, EntityKind> m = new LinkedHashMap<>();
        for (EntityKind k : EntityKind.values()) {
            m.put(CG.resource(k.className()), k);
        }
        return Collections.unmodifiableMap(m);
    }
}
