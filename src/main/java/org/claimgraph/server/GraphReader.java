package org.claimgraph.server;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Read-only access for the HTML and RDF pages: the triples around a resource (from the union of all
 * named graphs), labels, and the page queries kept as {@code .rq} files beside this class. User input
 * reaches a query only as a node bound to a variable ({@code ?this}, {@code ?text}), never as query text.
 */
final class GraphReader {
    private static final List<Node> LABEL_PROPERTIES = List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode(),
            DCTerms.title.asNode());
    private final DatasetGraph dataset;
    private final QueryRunner runner;
    private final String base;
    private final Map<String, Query> queries = new ConcurrentHashMap<>();

    GraphReader(DatasetGraph dataset, QueryRunner runner, String base) {
        this.dataset = requireNonNull(dataset, "dataset");
        this.runner = requireNonNull(runner, "runner");
        this.base = requireNonNull(base, "base");
    }

    String base() {
        return base;
    }

    DatasetGraph dataset() {
        return dataset;
    }

    /** Whether the IRI is the subject or object of any triple, or names a graph. */
    boolean exists(Node node) {
        return Txn.calculateRead(dataset, () -> {
            Graph union = dataset.getUnionGraph();
            return union.contains(node, Node.ANY, Node.ANY) || union.contains(Node.ANY, Node.ANY, node)
                    || dataset.containsGraph(node);
        });
    }

    /** Triples with the node as subject, from {@code offset}, at most {@code limit}. */
    Slice<Triple> outbound(Node node, int offset, int limit) {
        return slice(node, true, offset, limit);
    }

    /** Triples with the node as object, from {@code offset}, at most {@code limit}. */
    Slice<Triple> inbound(Node node, int offset, int limit) {
        return slice(node, false, offset, limit);
    }

    private Slice<Triple> slice(Node node, boolean out, int offset, int limit) {
        return Txn.calculateRead(dataset, () -> {
            Graph union = dataset.getUnionGraph();
            Iterator<Triple> it = out ? union.find(node, Node.ANY, Node.ANY) : union.find(Node.ANY, Node.ANY, node);
            return Slice.of(it, offset, limit);
        });
    }

    /** Triples of one named graph, from {@code offset}, at most {@code limit}. */
    Slice<Triple> graph(Node graphName, int offset, int limit) {
        return Txn.calculateRead(dataset, () -> Slice.of(
                dataset.getGraph(graphName).find(Node.ANY, Node.ANY, Node.ANY), offset, limit));
    }

    /** A readable label for each IRI: skos:prefLabel (English first), rdfs:label or dct:title. */
    Map<Node, String> labels(Collection<Node> nodes) {
        Collection<Node> iris = new LinkedHashSet<>();
        nodes.stream().filter(n -> n != null && n.isURI()).forEach(iris::add);
        if (iris.isEmpty()) {
            return Map.of();
        }
        return Txn.calculateRead(dataset, () -> {
            Graph union = dataset.getUnionGraph();
            Map<Node, String> labels = new HashMap<>();
            for (Node iri : iris) {
                String label = label(union, iri);
                if (label != null) {
                    labels.put(iri, label);
                }
            }
            return labels;
        });
    }

    private static String label(Graph graph, Node iri) {
        for (Node p : LABEL_PROPERTIES) {
            String fallback = null;
            Iterator<Triple> it = graph.find(iri, p, Node.ANY);
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (!o.isLiteral()) {
                    continue;
                }
                String lang = o.getLiteralLanguage();
                if (lang.isEmpty() || lang.startsWith("en")) {
                    return o.getLiteralLexicalForm();
                }
                fallback = fallback == null ? o.getLiteralLexicalForm() : fallback;
            }
            if (fallback != null) {
                return fallback;
            }
        }
        return null;
    }

    /**
     * Runs the page query {@code name} (a {@code .rq} file beside this class) with the given variables
     * bound; rows are materialised within the query timeout.
     */
    List<Binding> select(String name, Map<String, Node> bindings) {
        Query query = queries.computeIfAbsent(name, n -> QueryFactory.create(HtmlTemplate.resource("queries/" + n)));
        org.apache.jena.sparql.engine.binding.BindingBuilder builder = Binding.builder();
        bindings.forEach((k, v) -> builder.add(Var.alloc(k), v));
        QueryOutcome outcome = runner.runWith(query, builder.build());
        return outcome instanceof QueryOutcome.Rows rows ? rows.rows() : List.of();
    }

    /** A page of items and whether more follow. */
    record Slice<T>(List<T> items, int offset, boolean more) {
        static <T> Slice<T> of(Iterator<T> it, int offset, int limit) {
            int skipped = 0;
            while (skipped < offset && it.hasNext()) {
                it.next();
                skipped++;
            }
            List<T> items = new ArrayList<>();
            while (items.size() < limit && it.hasNext()) {
                items.add(it.next());
            }
            return new Slice<>(items, offset, it.hasNext());
        }
    }
}
