package org.claimgraph.server;

import java.util.Map;

import org.apache.jena.graph.Node;
import org.claimgraph.rdf.CG;

/**
 * Turns IRIs into links and nodes into HTML: our data IRIs become paths on this server (so pages work on
 * any host name), ontology terms point at {@code /ontology}, other http(s) IRIs stay as they are, and
 * anything else is shown as text only.
 */
final class Links {
    private final String base;

    Links(String base) {
        this.base = base;
    }

    /** The path of an IRI of our own, or the IRI itself. */
    String href(String iri) {
        if (iri.startsWith(base)) {
            return "/" + iri.substring(base.length());
        }
        if (iri.startsWith(CG.NS)) {
            return "/ontology#" + iri.substring(CG.NS.length());
        }
        return iri;
    }

    /** A node as HTML: a labelled link for an IRI, escaped text for a literal. */
    Html node(Node node, Map<Node, String> labels) {
        if (node.isURI()) {
            String label = labels.get(node);
            return Html.link(href(node.getURI()), label != null ? label : shortName(node.getURI()));
        }
        if (node.isLiteral()) {
            return Html.text(node.getLiteralLexicalForm());
        }
        return Html.text(node.toString());
    }

    /** The label of a node or its short name. */
    static String name(Node node, Map<Node, String> labels) {
        if (node == null) {
            return "";
        }
        String label = labels.get(node);
        if (label != null) {
            return label;
        }
        return node.isURI() ? shortName(node.getURI()) : node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }

    /** The last segment of an IRI (after '#' or '/'). */
    static String shortName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        String tail = cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
        return tail;
    }
}
