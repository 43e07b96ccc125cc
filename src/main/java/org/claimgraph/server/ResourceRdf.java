package org.claimgraph.server;

import java.util.Iterator;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.claimgraph.rdf.Prefixes;

/**
 * The RDF served for a resource: every triple with it as subject, the triples of its own fragment IRIs
 * ({@code …#geometry}), triples pointing at it (up to a cap), and the labels of the resources it links to.
 * For a graph IRI, the named graph itself.
 */
final class ResourceRdf {
    /** The most inbound triples one description carries; the SPARQL endpoint gives the rest. */
    static final int INBOUND_CAP = 10_000;
    private final GraphReader reader;

    ResourceRdf(GraphReader reader) {
        this.reader = reader;
    }

    Graph describe(Node iri) {
        return Txn.calculateRead(reader.dataset(), () -> {
            Graph out = GraphFactory.createDefaultGraph();
            out.getPrefixMapping().setNsPrefixes(Prefixes.mapping());
            if (reader.dataset().containsGraph(iri) && !reader.dataset().getGraph(iri).isEmpty()) {
                reader.dataset().getGraph(iri).find().forEachRemaining(out::add);
                return out;
            }
            Graph union = reader.dataset().getUnionGraph();
            String fragmentPrefix = iri.getURI() + "#";
            union.find(iri, Node.ANY, Node.ANY).forEachRemaining(t -> {
                out.add(t);
                Node o = t.getObject();
                if (o.isURI() && o.getURI().startsWith(fragmentPrefix)) {
                    union.find(o, Node.ANY, Node.ANY).forEachRemaining(out::add);
                }
                label(union, o, out);
            });
            Iterator<Triple> in = union.find(Node.ANY, Node.ANY, iri);
            for (int i = 0; i < INBOUND_CAP && in.hasNext(); i++) {
                Triple t = in.next();
                out.add(t);
                label(union, t.getSubject(), out);
            }
            return out;
        });
    }

    private static void label(Graph union, Node node, Graph out) {
        if (node.isURI()) {
            union.find(node, org.apache.jena.vocabulary.SKOS.prefLabel.asNode(), Node.ANY).forEachRemaining(out::add);
            union.find(node, org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY).forEachRemaining(out::add);
        }
    }
}
