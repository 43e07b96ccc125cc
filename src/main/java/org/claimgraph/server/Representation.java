package org.claimgraph.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

/**
 * What a linked-data URL can be served as: an HTML page or one of four RDF formats, chosen by a suffix
 * ({@code .html .ttl .jsonld .nt .rdf}) or by the {@code Accept} header.
 */
record Representation(String suffix, ResultFormat rdf) {
    static final Representation HTML = new Representation("html", null);
    static final List<Representation> ALL = List.of(HTML,
            new Representation("ttl", ResultFormat.TURTLE),
            new Representation("jsonld", ResultFormat.JSONLD),
            new Representation("nt", ResultFormat.NTRIPLES),
            new Representation("rdf", ResultFormat.RDFXML));
    private static final List<String> HTML_TYPES = List.of("text/html", "application/xhtml+xml");
    private static final List<String> RDF_ONLY_TYPES = List.of("text/turtle", "application/x-turtle",
            "application/ld+json", "application/n-triples", "application/rdf+xml");

    boolean isHtml() {
        return rdf == null;
    }

    String contentType() {
        return isHtml() ? "text/html; charset=utf-8" : rdf.contentType();
    }

    /** The representation for a suffix or format name (without the dot), if we serve it. */
    static Optional<Representation> bySuffix(String suffix) {
        String s = suffix.toLowerCase(Locale.ROOT);
        return ALL.stream().filter(r -> r.suffix.equals(s)).findFirst();
    }

    /**
     * The representation for an {@code Accept} header; HTML when there is none or it accepts anything.
     * Empty when nothing acceptable can be served (406).
     */
    static Optional<Representation> byAccept(String accept) {
        return byAccept(accept, true);
    }

    /** As {@link #byAccept(String)}, with or without HTML on offer (RDF-only documents). */
    static Optional<Representation> byAccept(String accept, boolean htmlOffered) {
        List<String> offered = new ArrayList<>();
        if (htmlOffered) {
            offered.addAll(HTML_TYPES);
        }
        offered.addAll(RDF_ONLY_TYPES);
        if (accept == null || accept.isBlank()) {
            return Optional.of(htmlOffered ? HTML : ALL.get(1));
        }
        MediaType match = AcceptList.match(new AcceptList(accept), AcceptList.create(offered.toArray(String[]::new)));
        if (match == null) {
            return Optional.empty();
        }
        String type = match.getContentTypeStr();
        if (HTML_TYPES.contains(type)) {
            return Optional.of(HTML);
        }
        return ALL.stream().filter(r -> !r.isHtml() && r.rdf.contentType().startsWith(type + ";")
                || !r.isHtml() && synonym(r, type)).findFirst();
    }

    private static boolean synonym(Representation r, String type) {
        return r.rdf == ResultFormat.TURTLE && type.equals("application/x-turtle");
    }
}
