package org.claimgraph.server;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.CG;

/**
 * An event: its type (with CAMEO and ACLED codes), place, actors and dates, and every claim about it from
 * every article, so a reader sees how many independent sources report it.
 */
final class EventSection implements Section {
    private final GraphReader reader;
    private final Links links;
    private final OntologyTerms ontology;

    EventSection(GraphReader reader, Links links, OntologyTerms ontology) {
        this.reader = reader;
        this.links = links;
        this.ontology = ontology;
    }

    @Override
    public Html render(Node iri) {
        List<Triple> facts = reader.outbound(iri, 0, 1000).items();
        List<Binding> claims = reader.select("event-claims.rq", Map.of("this", iri));
        Set<Node> toLabel = new HashSet<>(Rows.iris(claims));
        facts.forEach(t -> toLabel.add(t.getObject()));
        Map<Node, String> labels = reader.labels(toLabel);
        List<List<Html>> rows = new ArrayList<>();
        rows.add(List.of(Html.text("type"), types(facts, labels)));
        for (String p : List.of("place", "agent", "target", "supportedBy")) {
            rows.add(List.of(Html.text(p), values(facts, CG.property(p).asNode(), labels)));
        }
        rows.add(List.of(Html.text("when"), Html.text(Tables.range(literal(facts, CG.notBefore.asNode()),
                literal(facts, CG.notAfter.asNode())))));
        rows.add(List.of(Html.text("as written"), values(facts, CG.dateText.asNode(), labels)));
        return Html.concat(Tables.table(List.of("the event", ""), rows), sources(claims, labels));
    }

    private Html sources(List<Binding> claims, Map<Node, String> labels) {
        Map<Node, List<Binding>> byClaim = Rows.groupBy(claims, "claim");
        Set<Node> articles = Rows.values(claims, "article");
        Set<Node> outlets = new LinkedHashSet<>();
        for (Node article : articles) {
            Set<Node> publishers = Rows.values(claims.stream().filter(r -> article.equals(Rows.get(r, "article"))).toList(),
                    "publisher");
            outlets.add(publishers.isEmpty() ? article : publishers.iterator().next());
        }
        String summary = byClaim.size() + (byClaim.size() == 1 ? " claim" : " claims") + " in " + articles.size()
                + (articles.size() == 1 ? " article" : " articles") + " from " + outlets.size()
                + (outlets.size() == 1 ? " independent source" : " independent sources") + ".";
        List<List<Html>> rows = new ArrayList<>();
        for (List<Binding> r : byClaim.values()) {
            Binding first = r.get(0);
            Node article = Rows.get(first, "article");
            String title = Rows.text(first, "title");
            rows.add(List.of(
                    Html.text(Rows.text(first, "quote")),
                    Html.link(links.href(article.getURI()), title.isEmpty() ? Links.name(article, labels) : title),
                    Html.text(Rows.text(first, "published")),
                    nodes(Rows.values(r, "publisher"), labels),
                    nodes(Rows.values(r, "attributedTo"), labels),
                    nodes(Rows.values(r, "via"), labels),
                    Html.tag("span", "modality", nodes(Rows.values(r, "modality"), labels)),
                    links.node(Rows.get(first, "claim"), Map.of(Rows.get(first, "claim"), "claim"))));
        }
        return Html.concat(Html.tag("h2", Html.text("What the sources say")),
                Html.tag("p", "summary", Html.text(summary)),
                Tables.table(List.of("quote", "article", "published", "outlet", "attributed to", "via", "modality", ""), rows));
    }

    private Html types(List<Triple> facts, Map<Node, String> labels) {
        List<Html> out = new ArrayList<>();
        for (Triple t : facts) {
            if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) {
                String uri = t.getObject().getURI();
                List<String> cameo = ontology.cameoCodes(uri);
                List<String> acled = ontology.acledTypes(uri);
                String codes = (cameo.isEmpty() ? "" : " CAMEO " + String.join(", ", cameo))
                        + (acled.isEmpty() ? "" : "; ACLED " + String.join(", ", acled));
                out.add(Html.concat(links.node(t.getObject(), labels), Html.text(codes.isEmpty() ? "" : " (" + codes.strip() + ")")));
            }
        }
        return Tables.commas(out);
    }

    private Html values(List<Triple> facts, Node p, Map<Node, String> labels) {
        List<Html> out = new ArrayList<>();
        facts.stream().filter(t -> t.getPredicate().equals(p)).forEach(t -> out.add(links.node(t.getObject(), labels)));
        return Tables.commas(out);
    }

    private Html nodes(Set<Node> nodes, Map<Node, String> labels) {
        List<Html> out = new ArrayList<>();
        nodes.forEach(n -> out.add(links.node(n, labels)));
        return Tables.commas(out);
    }

    static String literal(List<Triple> facts, Node p) {
        return facts.stream().filter(t -> t.getPredicate().equals(p) && t.getObject().isLiteral())
                .map(t -> t.getObject().getLiteralLexicalForm()).findFirst().orElse("");
    }
}
