package org.claimgraph.server;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.Prefixes;

/**
 * The HTML page of a resource: its label and IRI, a section for its kind, then every triple about it
 * (outbound) and every triple pointing at it (inbound), with labels instead of IRIs, a page of
 * {@value #PAGE_SIZE} of each at a time.
 */
final class ResourcePages {
    static final int PAGE_SIZE = 200;
    private static final PrefixMapping PREFIXES = Prefixes.mapping();

    private final GraphReader reader;
    private final Links links;
    private final String siteName;
    private final Map<String, Section> sections;

    ResourcePages(GraphReader reader, OntologyTerms ontology, String siteName) {
        this.reader = reader;
        this.links = new Links(reader.base());
        this.siteName = siteName;
        Section actor = new ActorSection(reader, links);
        this.sections = Map.of(
                "article", new ArticleSection(reader, links),
                "event", new EventSection(reader, links, ontology),
                "place", new PlaceSection(reader, links),
                "actor", actor, "person", actor, "outlet", actor,
                "graph", new GraphSection(reader, links));
    }

    /** The page for {@code iri}, at {@code path} ({@code id/kind/key} or {@code graph/…}), page index from 0. */
    String render(Node iri, String path, int page) {
        String[] parts = path.split("/");
        String kind = parts[0].equals("graph") ? "graph" : parts.length > 1 ? parts[1] : "";
        GraphReader.Slice<Triple> out = reader.outbound(iri, page * PAGE_SIZE, PAGE_SIZE);
        GraphReader.Slice<Triple> in = reader.inbound(iri, page * PAGE_SIZE, PAGE_SIZE);
        Set<Node> nodes = new HashSet<>();
        nodes.add(iri);
        out.items().forEach(t -> {
            nodes.add(t.getObject());
        });
        in.items().forEach(t -> nodes.add(t.getSubject()));
        Map<Node, String> labels = reader.labels(nodes);
        String title = Links.name(iri, labels);
        List<Html> body = new ArrayList<>();
        body.add(Html.tag("p", "iri", Html.text(iri.getURI())));
        body.add(types(out.items(), labels));
        body.add(formats(path));
        Section section = sections.get(kind);
        if (section != null && page == 0) {
            body.add(section.render(iri));
        }
        body.add(Html.tag("h2", Html.text("Properties")));
        body.add(outbound(out.items(), labels, kind));
        if (!in.items().isEmpty()) {
            body.add(Html.tag("h2", Html.text("Referred to by")));
            body.add(inbound(in.items(), labels));
        }
        body.add(pager(path, page, out.more() || in.more()));
        return Page.render(siteName, title, Html.join(body));
    }

    private Html types(List<Triple> out, Map<Node, String> labels) {
        List<Html> types = new ArrayList<>();
        for (Triple t : out) {
            if (t.getPredicate().equals(RDF.type.asNode())) {
                types.add(links.node(t.getObject(), labels));
            }
        }
        return types.isEmpty() ? Html.EMPTY : Html.tag("p", Html.concat(Html.text("Type: "), Tables.commas(types)));
    }

    private static Html formats(String path) {
        List<Html> items = new ArrayList<>();
        items.add(Html.text("Also as "));
        for (Representation r : Representation.ALL) {
            if (!r.isHtml()) {
                items.add(Html.link("/" + path + "." + r.suffix(), r.suffix()));
            }
        }
        return Html.tag("p", "formats", Html.join(items));
    }

    private Html outbound(List<Triple> triples, Map<Node, String> labels, String kind) {
        List<List<Html>> rows = new ArrayList<>();
        for (Triple t : triples) {
            boolean longText = t.getPredicate().equals(CG.text.asNode());
            Html value = longText && "article".equals(kind) ? Html.text("(the text is shown above)")
                    : links.node(t.getObject(), labels);
            rows.add(List.of(predicate(t.getPredicate()), value));
        }
        return Tables.table(List.of("property", "value"), rows);
    }

    private Html inbound(List<Triple> triples, Map<Node, String> labels) {
        List<List<Html>> rows = new ArrayList<>();
        for (Triple t : triples) {
            rows.add(List.of(links.node(t.getSubject(), labels), predicate(t.getPredicate())));
        }
        return Tables.table(List.of("resource", "property"), rows);
    }

    private Html predicate(Node p) {
        String uri = p.getURI();
        String shortForm = PREFIXES.shortForm(uri);
        return Html.link(links.href(uri), shortForm);
    }

    private static Html pager(String path, int page, boolean more) {
        List<Html> parts = new ArrayList<>();
        if (page > 0) {
            parts.add(Html.link("/" + path + "?page=" + page, "← previous"));
        }
        if (more) {
            parts.add(Html.link("/" + path + "?page=" + (page + 2), "next →"));
        }
        if (parts.isEmpty()) {
            return Html.EMPTY;
        }
        parts.add(Html.text("page " + (page + 1)));
        return Html.tag("p", "pager", Html.join(parts));
    }
}
