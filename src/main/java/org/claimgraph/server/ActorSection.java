package org.claimgraph.server;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.rdf.CG;

/**
 * An actor, person or outlet: aliases, the events it took part in as agent, target or supporter over
 * time, the quantities claimed about it, and the claims attributed to it or citing it.
 */
final class ActorSection implements Section {
    private final GraphReader reader;
    private final Links links;

    ActorSection(GraphReader reader, Links links) {
        this.reader = reader;
        this.links = links;
    }

    @Override
    public Html render(Node iri) {
        List<Triple> facts = reader.outbound(iri, 0, 1000).items();
        Map<String, Node> self = Map.of("this", iri);
        List<Binding> events = reader.select("actor-events.rq", self);
        List<Binding> measurements = reader.select("actor-measurements.rq", self);
        List<Binding> claims = reader.select("actor-claims.rq", self);
        Set<Node> toLabel = new HashSet<>(Rows.iris(events));
        toLabel.addAll(Rows.iris(measurements));
        toLabel.addAll(Rows.iris(claims));
        facts.forEach(t -> toLabel.add(t.getObject()));
        Map<Node, String> labels = reader.labels(toLabel);
        List<Html> parts = new ArrayList<>();
        List<Html> aliases = new ArrayList<>();
        facts.stream().filter(t -> t.getPredicate().equals(SKOS.altLabel.asNode()))
                .forEach(t -> aliases.add(Html.text(t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm() : "")));
        if (!aliases.isEmpty()) {
            parts.add(Html.tag("p", Html.concat(Html.text("Also called: "), Tables.commas(aliases))));
        }
        List<Html> memberOf = new ArrayList<>();
        facts.stream().filter(t -> t.getPredicate().equals(CG.memberOf.asNode()))
                .forEach(t -> memberOf.add(links.node(t.getObject(), labels)));
        if (!memberOf.isEmpty()) {
            String role = EventSection.literal(facts, CG.role.asNode());
            parts.add(Html.tag("p", Html.concat(Html.text(role.isEmpty() ? "Member of " : role + " of "), Tables.commas(memberOf))));
        }
        parts.add(Html.tag("h2", Html.text("Events (" + events.size() + ")")));
        List<List<Html>> rows = new ArrayList<>();
        for (Binding row : events) {
            rows.add(List.of(Html.text(Tables.range(Rows.text(row, "notBefore"), Rows.text(row, "notAfter"))),
                    Html.text(Rows.text(row, "role")), links.node(Rows.get(row, "type"), labels),
                    links.node(Rows.get(row, "event"), labels), optional(Rows.get(row, "place"), labels)));
        }
        parts.add(Tables.table(List.of("when", "as", "type", "event", "place"), rows));
        if (!measurements.isEmpty()) {
            parts.add(Html.tag("h2", Html.text("Quantities claimed about it")));
            List<List<Html>> mrows = new ArrayList<>();
            for (Binding row : measurements) {
                mrows.add(List.of(Html.text(Tables.range(Rows.text(row, "notBefore"), Rows.text(row, "notAfter"))),
                        optional(Rows.get(row, "measure"), labels),
                        Html.text(Tables.range(Rows.text(row, "min"), Rows.text(row, "max"))),
                        optional(Rows.get(row, "place"), labels), links.node(Rows.get(row, "m"), labels),
                        optional(Rows.get(row, "article"), labels)));
            }
            parts.add(Tables.table(List.of("when", "measure", "value", "place", "measurement", "article"), mrows));
        }
        if (!claims.isEmpty()) {
            parts.add(Html.tag("h2", Html.text("Claims from or through it")));
            List<List<Html>> crows = new ArrayList<>();
            for (Binding row : claims) {
                crows.add(List.of(Html.text(Rows.text(row, "how")), Html.text(Rows.text(row, "quote")),
                        optional(Rows.get(row, "modality"), labels), optional(Rows.get(row, "article"), labels)));
            }
            parts.add(Tables.table(List.of("how", "quote", "modality", "article"), crows));
        }
        return Html.join(parts);
    }

    private Html optional(Node n, Map<Node, String> labels) {
        return n == null ? Html.EMPTY : links.node(n, labels);
    }
}
