package org.claimgraph.server;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.engine.binding.Binding;
import org.claimgraph.rdf.CG;

/**
 * A place: its coordinates on a Leaflet map (served from this server; tiles only when the browser is
 * online), the regions it lies in, and a timeline of the events there.
 */
final class PlaceSection implements Section {
    private static final Node LAT = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/2003/01/geo/wgs84_pos#lat");
    private static final Node LONG = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/2003/01/geo/wgs84_pos#long");
    private static final int MAX_REGION_DEPTH = 6;
    private static final HtmlTemplate MAP = HtmlTemplate.load("place-map.html");

    private final GraphReader reader;
    private final Links links;

    PlaceSection(GraphReader reader, Links links) {
        this.reader = reader;
        this.links = links;
    }

    @Override
    public Html render(Node iri) {
        List<Triple> facts = reader.outbound(iri, 0, 1000).items();
        List<Node> regions = regions(iri);
        List<Binding> events = reader.select("place-events.rq", Map.of("this", iri));
        Set<Node> toLabel = new HashSet<>(Rows.iris(events));
        toLabel.addAll(regions);
        toLabel.add(iri);
        Map<Node, String> labels = reader.labels(toLabel);
        List<Html> parts = new ArrayList<>();
        String lat = EventSection.literal(facts, LAT);
        String lon = EventSection.literal(facts, LONG);
        if (isNumber(lat) && isNumber(lon)) {
            parts.add(MAP.fragment(Map.of("lat", lat, "lon", lon, "label", Links.name(iri, labels))));
        }
        if (!regions.isEmpty()) {
            List<Html> chain = new ArrayList<>();
            regions.forEach(r -> chain.add(links.node(r, labels)));
            parts.add(Html.tag("p", Html.concat(Html.text("Lies in: "), Tables.commas(chain))));
        }
        parts.add(Html.tag("h2", Html.text("Timeline of events here (" + events.size() + ")")));
        List<List<Html>> rows = new ArrayList<>();
        for (Binding row : events) {
            rows.add(List.of(
                    Html.text(Tables.range(Rows.text(row, "notBefore"), Rows.text(row, "notAfter"))),
                    Html.text(Rows.text(row, "dateText")),
                    links.node(Rows.get(row, "type"), labels),
                    links.node(Rows.get(row, "event"), labels),
                    Html.text(Rows.text(row, "claims"))));
        }
        parts.add(Tables.table(List.of("when", "as written", "type", "event", "claims"), rows));
        return Html.join(parts);
    }

    /** The chain of cg:locatedIn, nearest first. */
    private List<Node> regions(Node place) {
        List<Node> chain = new ArrayList<>();
        Node current = place;
        for (int i = 0; i < MAX_REGION_DEPTH; i++) {
            Node next = null;
            for (Triple t : reader.outbound(current, 0, 1000).items()) {
                if (t.getPredicate().equals(CG.locatedIn.asNode()) && t.getObject().isURI() && !chain.contains(t.getObject())) {
                    next = t.getObject();
                    break;
                }
            }
            if (next == null) {
                break;
            }
            chain.add(next);
            current = next;
        }
        return chain;
    }

    private static boolean isNumber(String s) {
        try {
            double d = Double.parseDouble(s);
            return Double.isFinite(d);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
