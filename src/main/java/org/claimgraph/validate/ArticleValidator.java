package org.claimgraph.validate;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.TargetType;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.model.ClaimgraphException;
import org.claimgraph.rdf.Prefixes;

/**
 * Validates article graphs against the bundled SHACL shapes (parsed once). An article's data graph
 * is its own graph united with the ontology (so {@code sh:class} follows {@code rdfs:subClassOf})
 * and the gazetteer (so references to reference actors and places resolve); only the article's own
 * subjects are focus nodes, so the gazetteer is not re-validated for every article. Thread-safe.
 */
public final class ArticleValidator {
    /** Classpath location of the bundled shapes. */
    public static final String SHAPES_RESOURCE = "claimgraph/shapes/claimgraph-shapes.ttl";

    private final Shapes shapes;
    private final Graph ontology;
    private final Graph gazetteer;
    private final Map<Node, Set<Node>> superClasses = new ConcurrentHashMap<>();

    public ArticleValidator(Shapes shapes, Graph ontology, Graph gazetteer) {
        this.shapes = requireNonNull(shapes, "shapes");
        this.ontology = requireNonNull(ontology, "ontology");
        this.gazetteer = requireNonNull(gazetteer, "gazetteer");
    }

    /** A validator with the bundled shapes. */
    public static ArticleValidator withBundledShapes(Graph ontology, Graph gazetteer) {
        return new ArticleValidator(bundledShapes(), ontology, gazetteer);
    }

    public static Shapes bundledShapes() {
        return Shapes.parse(bundledShapesGraph());
    }

    public static Graph bundledShapesGraph() {
        try (InputStream in = ArticleValidator.class.getClassLoader().getResourceAsStream(SHAPES_RESOURCE)) {
            if (in == null) {
                throw new ClaimgraphException("SHACL shapes not found on the classpath at " + SHAPES_RESOURCE
                        + ": rebuild the jar (mvn clean package)");
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return g;
        } catch (IOException e) {
            throw new ClaimgraphException("cannot read " + SHAPES_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Validates one article's graph; the focus nodes are the subjects of that graph. */
    public ValidationResult validate(Graph articleGraph) {
        Graph data = union(articleGraph, ontology, gazetteer);
        Set<Node> subjects = new LinkedHashSet<>();
        articleGraph.find().forEachRemaining(t -> subjects.add(t.getSubject()));
        ValidationContext cxt = ValidationContext.create(shapes, data);
        for (Node focus : subjects) {
            Set<Node> classes = classesOf(focus, data);
            for (Shape shape : shapes.getTargetShapes()) {
                if (targets(shape, focus, classes, data)) {
                    VLib.validateShape(cxt, data, shape, focus);
                }
            }
        }
        List<Violation> out = new ArrayList<>();
        if (cxt.hasViolation()) {
            cxt.generateReport().getEntries().forEach(e -> out.add(violation(e)));
        }
        return new ValidationResult(sorted(out));
    }

    /** Whether the shape targets the node; class targets are answered from the node's cached class closure. */
    private static boolean targets(Shape shape, Node focus, Set<Node> classes, Graph data) {
        for (Target t : shape.getTargets()) {
            if (t.getTargetType() == TargetType.targetClass) {
                if (classes.contains(t.getObject())) {
                    return true;
                }
            } else if (VLib.isFocusNode(t, focus, data)) {
                return true;
            }
        }
        return false;
    }

    /** The node's types and all their superclasses (per the ontology). */
    private Set<Node> classesOf(Node node, Graph data) {
        Set<Node> out = new HashSet<>();
        data.find(node, RDF.type.asNode(), Node.ANY)
                .forEachRemaining(t -> out.addAll(superClasses.computeIfAbsent(t.getObject(), this::closure)));
        return out;
    }

    private Set<Node> closure(Node cls) {
        Set<Node> seen = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>(java.util.List.of(cls));
        while (!todo.isEmpty()) {
            Node c = todo.pop();
            if (seen.add(c)) {
                ontology.find(c, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(t -> todo.push(t.getObject()));
            }
        }
        return Set.copyOf(seen);
    }

    /** Validates the whole gazetteer (every node a shape targets), with the ontology as context. */
    public ValidationResult validateGazetteer() {
        ValidationReport report = ShaclValidator.get().validate(shapes, union(gazetteer, ontology));
        List<Violation> out = new ArrayList<>();
        report.getEntries().forEach(e -> out.add(violation(e)));
        return new ValidationResult(sorted(out));
    }

    private static Graph union(Graph... graphs) {
        MultiUnion u = new MultiUnion(graphs);
        u.setBaseGraph(graphs[0]);
        return u;
    }

    private static List<Violation> sorted(List<Violation> v) {
        v.sort(Comparator.comparing(Violation::focusNode).thenComparing(x -> String.valueOf(x.path()))
                .thenComparing(Violation::message));
        return v;
    }

    private static Violation violation(ReportEntry e) {
        var pm = Prefixes.mapping();
        String path = e.resultPath() == null ? null : e.resultPath().toString(new org.apache.jena.sparql.core.Prologue(pm));
        String shape = e.source() == null ? null : str(e.source());
        String message = e.message() != null ? e.message() : String.valueOf(e.sourceConstraintComponent());
        return new Violation(str(e.focusNode()), path, message, shape, e.value() == null ? null : str(e.value()));
    }

    private static String str(Node n) {
        if (n.isURI()) {
            return n.getURI();
        }
        if (n.isBlank()) {
            return "_:" + n.getBlankNodeLabel();
        }
        return FmtUtils.stringForNode(n, Prefixes.mapping());
    }
}
