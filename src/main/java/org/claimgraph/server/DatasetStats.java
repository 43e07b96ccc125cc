package org.claimgraph.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.tdb2.TDB2;

/**
 * The numbers the dataset description states, counted over every named graph: triples (quads), entities
 * (our {@code {base}id/} resources), classes and properties with their partitions, example resources, the
 * resource URLs for the sitemap, and a fingerprint that changes whenever the data does. Must be called
 * inside a read transaction.
 */
record DatasetStats(String fingerprint, long triples, long entities, long distinctSubjects,
        Map<Node, Long> classPartitions, Map<Node, Long> propertyPartitions, List<Node> examples,
        List<String> pages) {

    /** The most resource pages listed in the sitemap (the protocol's limit is 50,000 URLs per file). */
    static final int SITEMAP_CAP = 49_000;

    static DatasetStats count(DatasetGraph dsg, String base) {
        Node space = NodeFactory.createLiteralString(base + "id/");
        long triples = single(dsg, "void-triples.rq", space);
        long entities = single(dsg, "void-entities.rq", space);
        long subjects = single(dsg, "void-subjects.rq", space);
        Map<Node, Long> classes = partitions(dsg, "void-classes.rq", "class");
        Map<Node, Long> properties = partitions(dsg, "void-properties.rq", "property");
        List<Node> examples = new ArrayList<>();
        for (Binding row : rows(dsg, "void-examples.rq", space, 0)) {
            examples.add(row.get(Var.alloc("s")));
        }
        List<String> pages = new ArrayList<>();
        for (Binding row : rows(dsg, "sitemap.rq", space, SITEMAP_CAP)) {
            pages.add(row.get(Var.alloc("s")).getURI());
        }
        TreeSet<String> graphs = new TreeSet<>();
        dsg.listGraphNodes().forEachRemaining(g -> graphs.add(g.toString()));
        StringBuilder fp = new StringBuilder().append(triples).append('|').append(graphs.hashCode()).append('|');
        classes.forEach((c, n) -> fp.append(c).append('=').append(n).append(';'));
        properties.forEach((p, n) -> fp.append(p).append('=').append(n).append(';'));
        String fingerprint = org.claimgraph.rdf.Iris.sha256Hex(fp.toString() + String.join("\n", graphs));
        return new DatasetStats(fingerprint, triples, entities, subjects, classes, properties, examples, pages);
    }

    private static long single(DatasetGraph dsg, String name, Node space) {
        List<Binding> rows = rows(dsg, name, space, 0);
        Node n = rows.isEmpty() ? null : rows.get(0).get(Var.alloc("n"));
        return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
    }

    private static Map<Node, Long> partitions(DatasetGraph dsg, String name, String var) {
        Map<Node, Long> out = new LinkedHashMap<>();
        for (Binding row : rows(dsg, name, null, 0)) {
            out.put(row.get(Var.alloc(var)), Long.parseLong(row.get(Var.alloc("n")).getLiteralLexicalForm()));
        }
        return out;
    }

    private static List<Binding> rows(DatasetGraph dsg, String name, Node space, int cap) {
        Query query = QueryFactory.create(HtmlTemplate.resource("queries/" + name));
        var builder = QueryExec.dataset(dsg).query(query).set(TDB2.symUnionDefaultGraph, true);
        if (space != null) {
            builder = builder.substitution("space", space);
        }
        List<Binding> out = new ArrayList<>();
        try (QueryExec exec = builder.build()) {
            RowSet rs = exec.select();
            while (rs.hasNext() && (cap == 0 || out.size() < cap)) {
                out.add(rs.next());
            }
        }
        return out;
    }
}
