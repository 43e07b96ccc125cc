package org.claimgraph.server;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.DCTerms;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.Schema;

/**
 * An article: its metadata, its text with the evidence of every claim highlighted and linked to the claim
 * (cg:start / cg:end count Unicode code points), and the table of its claims.
 */
final class ArticleSection implements Section {
    private static final List<Node> META = List.of(DCTerms.title.asNode(), Schema.datePublished.asNode(),
            Schema.publisher.asNode(), Schema.author.asNode(), CG.cites.asNode(), CG.sourceName.asNode(),
            org.apache.jena.rdf.model.ResourceFactory.createProperty(Schema.NS + "url").asNode());

    private final GraphReader reader;
    private final Links links;

    ArticleSection(GraphReader reader, Links links) {
        this.reader = reader;
        this.links = links;
    }

    /** One claim's span, numbered in text order. */
    record Evidence(int number, int start, int end) {
    }

    @Override
    public Html render(Node iri) {
        List<Triple> facts = reader.outbound(iri, 0, 1000).items();
        Map<Node, List<Binding>> claims = Rows.groupBy(reader.select("article-claims.rq", Map.of("this", iri)), "claim");
        Set<Node> toLabel = new HashSet<>();
        facts.forEach(t -> toLabel.add(t.getObject()));
        claims.values().forEach(rows -> toLabel.addAll(Rows.iris(rows)));
        Map<Node, String> labels = reader.labels(toLabel);
        String text = facts.stream().filter(t -> t.getPredicate().equals(CG.text.asNode()) && t.getObject().isLiteral())
                .map(t -> t.getObject().getLiteralLexicalForm()).findFirst().orElse("");
        List<Evidence> evidence = new ArrayList<>();
        List<List<Html>> rows = new ArrayList<>();
        int number = 0;
        for (Map.Entry<Node, List<Binding>> claim : claims.entrySet()) {
            number++;
            List<Binding> r = claim.getValue();
            Binding first = r.get(0);
            int start = integer(Rows.get(first, "start"));
            int end = integer(Rows.get(first, "end"));
            if (start >= 0 && end > start) {
                evidence.add(new Evidence(number, start, end));
            }
            rows.add(List.of(
                    Html.anchored("span", "claim-" + number, null, links.node(claim.getKey(), Map.of(claim.getKey(), "#" + number))),
                    nodes(Rows.values(r, "aboutType"), labels),
                    nodes(Rows.values(r, "about"), labels),
                    Html.tag("span", "modality", nodes(Rows.values(r, "modality"), labels)),
                    attribution(r, labels),
                    Html.text(Rows.text(first, "quote"))));
        }
        return Html.concat(
                metadata(facts, labels),
                Html.tag("h2", Html.text("Text")),
                Html.tag("div", "article-text", highlight(text, evidence)),
                Html.tag("h2", Html.text("Claims (" + claims.size() + ")")),
                Tables.table(List.of("claim", "type", "about", "modality", "attributed to", "evidence"), rows));
    }

    private Html metadata(List<Triple> facts, Map<Node, String> labels) {
        List<List<Html>> rows = new ArrayList<>();
        for (Node p : META) {
            List<Html> values = new ArrayList<>();
            facts.stream().filter(t -> t.getPredicate().equals(p)).forEach(t -> values.add(links.node(t.getObject(), labels)));
            if (!values.isEmpty()) {
                rows.add(List.of(Html.text(Links.shortName(p.getURI())), Tables.commas(values)));
            }
        }
        return rows.isEmpty() ? Html.EMPTY : Tables.table(List.of("about the article", ""), rows);
    }

    private Html attribution(List<Binding> rows, Map<Node, String> labels) {
        Set<Node> by = Rows.values(rows, "attributedTo");
        Set<Node> via = Rows.values(rows, "via");
        if (by.isEmpty() && via.isEmpty()) {
            return Html.text("the article itself");
        }
        Html who = nodes(by, labels);
        return via.isEmpty() ? who : Html.concat(who, Html.text(by.isEmpty() ? "via " : " via "), nodes(via, labels));
    }

    private Html nodes(Set<Node> nodes, Map<Node, String> labels) {
        List<Html> out = new ArrayList<>();
        nodes.forEach(n -> out.add(links.node(n, labels)));
        return Tables.commas(out);
    }

    /**
     * The text cut at every evidence boundary; each piece covered by evidence is marked and links to the
     * first claim (in text order) that covers it. Offsets outside the text are ignored.
     */
    static Html highlight(String text, List<Evidence> evidence) {
        int[] cps = text.codePoints().toArray();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, cps.length));
        List<Evidence> valid = new ArrayList<>();
        for (Evidence e : evidence) {
            if (e.end() <= cps.length) {
                valid.add(e);
                cuts.add(e.start());
                cuts.add(e.end());
            }
        }
        List<Html> out = new ArrayList<>();
        Integer from = null;
        for (int cut : cuts) {
            if (from != null && cut > from) {
                Html piece = Html.text(new String(cps, from, cut - from));
                Evidence covering = null;
                for (Evidence e : valid) {
                    if (e.start() <= from && e.end() >= cut) {
                        covering = e;
                        break;
                    }
                }
                out.add(covering == null ? piece : Html.tag("mark", Html.link("#claim-" + covering.number(), piece)));
            }
            from = cut;
        }
        return Html.join(out);
    }

    private static int integer(Node n) {
        if (n == null || !n.isLiteral()) {
            return -1;
        }
        try {
            return Integer.parseInt(n.getLiteralLexicalForm().strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
