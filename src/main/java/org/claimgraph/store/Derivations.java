package org.claimgraph.store;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.Schema;

/**
 * Computes, over the union of all article graphs, the facts no single article states, and writes
 * them into the derived graph ({@link Iris#derivedGraph()}) in one write transaction, replacing
 * what was there:
 * <ul>
 * <li>{@code cg:corroboratingArticles} / {@code cg:corroboratingOutlets} on every event: how many
 * distinct articles, and distinct outlets, make an asserted, reported or hedged claim about it.
 * Syndicated copies (same or near-identical text, see {@link Syndication}) count as one article;
 * a claim's outlet is the outlet it cites ({@code cg:via}), else its article's publisher, else the
 * (unnamed) article itself.</li>
 * <li>{@code cg:contradicts}, both ways, between a claim that an event happened and a
 * {@code cg:Negated} claim about the same event; and between measurements of the same measure,
 * subject and place whose times overlap and whose value ranges do not (an undated figure counts as
 * holding in the month up to its article's publication).</li>
 * </ul>
 */
public final class Derivations {
    private static final Node TYPE = RDF.type.asNode();
    private static final Set<Node> AFFIRMING = Set.of(CG.resource("Asserted").asNode(),
            CG.resource("Reported").asNode(), CG.resource("Hedged").asNode());
    private static final Node NEGATED = CG.resource("Negated").asNode();
    /** How far back a figure reaches before the date it is given for (or its article's publication). */
    static final int UNDATED_WINDOW_DAYS = 31;

    private Derivations() {
    }

    /** What a recomputation wrote. */
    public record Summary(int events, int syndicatedArticles, int contradictions) {
    }

    /** Recomputes the derived graph of the store in its own write transaction. */
    public static Summary recompute(TdbStore store, Iris iris) {
        requireNonNull(store, "store");
        requireNonNull(iris, "iris");
        DatasetGraph dsg = store.dataset();
        Node gn = NodeFactory.createURI(iris.derivedGraph());
        return Txn.calculateWrite(dsg, () -> {
            dsg.deleteAny(gn, Node.ANY, Node.ANY, Node.ANY);
            Graph union = dsg.getUnionGraph();
            List<Triple> out = new ArrayList<>();
            Map<Node, String> cluster = clusters(union);
            int events = corroboration(union, cluster, out);
            int contradictions = negations(union, out) + measurements(union, out);
            out.forEach(t -> dsg.add(gn, t.getSubject(), t.getPredicate(), t.getObject()));
            int syndicated = (int) cluster.entrySet().stream().filter(e -> !e.getKey().getURI().equals(e.getValue())).count();
            return new Summary(events, syndicated, contradictions);
        });
    }

    /** Each article to the IRI of its syndication cluster's representative. */
    private static Map<Node, String> clusters(Graph union) {
        List<Syndication.Text> texts = new ArrayList<>();
        Map<String, Node> byIri = new HashMap<>();
        union.find(Node.ANY, TYPE, CG.Article.asNode()).forEachRemaining(t -> {
            Node a = t.getSubject();
            if (a.isURI() && byIri.putIfAbsent(a.getURI(), a) == null) {
                texts.add(new Syndication.Text(a.getURI(), lexical(union, a, CG.sha256.asNode()),
                        String.valueOf(lexical(union, a, CG.text.asNode()))));
            }
        });
        Map<Node, String> out = new HashMap<>();
        Syndication.clusters(texts).forEach((id, rep) -> out.put(byIri.get(id), rep));
        return out;
    }

    private static int corroboration(Graph union, Map<Node, String> cluster, List<Triple> out) {
        Set<Node> events = new HashSet<>();
        union.find(Node.ANY, RDFS.subClassOf.asNode(), CG.Event.asNode()).forEachRemaining(sc ->
                union.find(Node.ANY, TYPE, sc.getSubject()).forEachRemaining(t -> events.add(t.getSubject())));
        for (Node e : events) {
            Set<String> articles = new HashSet<>();
            Set<String> outlets = new HashSet<>();
            union.find(Node.ANY, CG.about.asNode(), e).forEachRemaining(t -> {
                Node claim = t.getSubject();
                if (!AFFIRMING.contains(object(union, claim, CG.modality.asNode()))) {
                    return;
                }
                Node article = object(union, claim, CG.statedIn.asNode());
                if (article == null) {
                    return;
                }
                String rep = cluster.getOrDefault(article, article.toString());
                articles.add(rep);
                outlets.add(outlet(union, claim, rep));
            });
            out.add(Triple.create(e, CG.corroboratingArticles.asNode(), integer(articles.size())));
            out.add(Triple.create(e, CG.corroboratingOutlets.asNode(), integer(outlets.size())));
        }
        return events.size();
    }

    /** The cited outlet, else the publisher of the cluster's representative article, else that article. */
    private static String outlet(Graph union, Node claim, String representative) {
        Node via = object(union, claim, CG.via.asNode());
        if (via != null) {
            return via.toString();
        }
        Node publisher = object(union, NodeFactory.createURI(representative), Schema.publisher.asNode());
        return publisher != null ? publisher.toString() : "article " + representative;
    }

    private static int negations(Graph union, List<Triple> out) {
        int n = 0;
        for (Triple neg : union.find(Node.ANY, CG.modality.asNode(), NEGATED).toList()) {
            Node denial = neg.getSubject();
            Node about = object(union, denial, CG.about.asNode());
            if (about == null || union.contains(about, TYPE, CG.Measurement.asNode())
                    || union.contains(about, TYPE, CG.Statement.asNode())) {
                continue;
            }
            for (Triple t : union.find(Node.ANY, CG.about.asNode(), about).toList()) {
                Node claim = t.getSubject();
                if (AFFIRMING.contains(object(union, claim, CG.modality.asNode()))) {
                    link(denial, claim, out);
                    n++;
                }
            }
        }
        return n;
    }

    private static int measurements(Graph union, List<Triple> out) {
        Map<List<Node>, List<Figure>> groups = new HashMap<>();
        union.find(Node.ANY, TYPE, CG.Measurement.asNode()).forEachRemaining(t -> {
            Figure f = Figure.of(union, t.getSubject());
            if (f != null) {
                groups.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f);
            }
        });
        int n = 0;
        for (List<Figure> group : groups.values()) {
            group.sort(Comparator.comparing(Figure::from).thenComparing(f -> f.node().toString()));
            for (int i = 0; i < group.size(); i++) {
                Figure a = group.get(i);
                for (int j = i + 1; j < group.size() && !group.get(j).from().isAfter(a.to()); j++) {
                    Figure b = group.get(j);
                    if (!b.to().isBefore(a.from()) && !a.valuesOverlap(b)) {
                        link(a.node(), b.node(), out);
                        n++;
                    }
                }
            }
        }
        return n;
    }

    private static void link(Node a, Node b, List<Triple> out) {
        out.add(Triple.create(a, CG.contradicts.asNode(), b));
        out.add(Triple.create(b, CG.contradicts.asNode(), a));
    }

    /**
     * A measurement reduced to what comparison needs: the thing measured (measure, subject, place),
     * the time it holds for, and its value range (open ends as null).
     */
    private record Figure(Node node, List<Node> key, LocalDate from, LocalDate to, BigDecimal min, BigDecimal max) {
        /**
         * Null when the measurement has no subject, or no time at all. A figure is taken to hold from a
         * month (UNDATED_WINDOW_DAYS) before its start (or, with no start, its end or its article's
         * publication date) to its end: a count said on one day describes the weeks before it too.
         */
        static Figure of(Graph g, Node m) {
            Node measure = object(g, m, CG.measure.asNode());
            Node subject = object(g, m, CG.subject.asNode());
            if (measure == null || subject == null) {
                return null;
            }
            Node place = object(g, m, CG.place.asNode());
            LocalDate nb = date(object(g, m, CG.notBefore.asNode()));
            LocalDate na = date(object(g, m, CG.notAfter.asNode()));
            LocalDate published = null;
            for (Triple t : g.find(Node.ANY, CG.about.asNode(), m).toList()) {
                Node article = object(g, t.getSubject(), CG.statedIn.asNode());
                published = article != null ? date(object(g, article, Schema.datePublished.asNode())) : null;
                if (published != null) {
                    break;
                }
            }
            LocalDate end = first(na, published);
            LocalDate start = first(nb, end);
            LocalDate from = start == null ? null : start.minusDays(UNDATED_WINDOW_DAYS);
            LocalDate to = first(na, published != null && from != null && !published.isBefore(from) ? published : null, from);
            if (from == null) {
                return null;
            }
            List<Node> key = place == null ? List.of(measure, subject) : List.of(measure, subject, place);
            return new Figure(m, key, from, to, decimal(object(g, m, CG.minValue.asNode())),
                    decimal(object(g, m, CG.maxValue.asNode())));
        }

        /** Value ranges as intervals, a missing bound open ("at least 400" is [400, infinity)). */
        boolean valuesOverlap(Figure o) {
            return atMost(min, o.max) && atMost(o.min, max);
        }

        private static boolean atMost(BigDecimal lo, BigDecimal hi) {
            return lo == null || hi == null || lo.compareTo(hi) <= 0;
        }
    }

    private static LocalDate first(LocalDate... ds) {
        for (LocalDate d : ds) {
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static Node object(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static String lexical(Graph g, Node s, Node p) {
        Node o = object(g, s, p);
        return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : null;
    }

    private static LocalDate date(Node n) {
        try {
            return n != null && n.isLiteral() ? LocalDate.parse(n.getLiteralLexicalForm()) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static BigDecimal decimal(Node n) {
        try {
            return n != null && n.isLiteral() ? new BigDecimal(n.getLiteralLexicalForm()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
