package org.claimgraph.server;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * The formats the endpoint writes: four for results (SELECT, ASK) and four for graphs (CONSTRUCT,
 * DESCRIBE), chosen by a {@code format} parameter (a short name or a media type) or else by {@code Accept}.
 * The first media type of each format is the one it is served as; the others are accepted synonyms.
 */
enum ResultFormat {
    JSON(true, ResultSetLang.RS_JSON, null, List.of("json", "srj"),
            "application/sparql-results+json", "application/json"),
    XML(true, ResultSetLang.RS_XML, null, List.of("xml", "srx"),
            "application/sparql-results+xml", "application/xml", "text/xml"),
    CSV(true, ResultSetLang.RS_CSV, null, List.of("csv"), "text/csv"),
    TSV(true, ResultSetLang.RS_TSV, null, List.of("tsv"), "text/tab-separated-values"),
    TURTLE(false, Lang.TURTLE, RDFFormat.TURTLE_PRETTY, List.of("turtle", "ttl"),
            "text/turtle", "application/x-turtle"),
    JSONLD(false, Lang.JSONLD, RDFFormat.JSONLD_PRETTY, List.of("jsonld", "json-ld"), "application/ld+json"),
    NTRIPLES(false, Lang.NTRIPLES, RDFFormat.NTRIPLES, List.of("ntriples", "nt"),
            "application/n-triples", "text/plain"),
    RDFXML(false, Lang.RDFXML, RDFFormat.RDFXML_PLAIN, List.of("rdfxml", "rdf"), "application/rdf+xml");

    private final boolean forResults;
    private final Lang lang;
    private final RDFFormat rdfFormat;
    private final List<String> names;
    private final List<String> mediaTypes;

    ResultFormat(boolean forResults, Lang lang, RDFFormat rdfFormat, List<String> names, String... mediaTypes) {
        this.forResults = forResults;
        this.lang = lang;
        this.rdfFormat = rdfFormat;
        this.names = names;
        this.mediaTypes = List.of(mediaTypes);
    }

    /** The content type header value. */
    String contentType() {
        return mediaTypes.get(0) + "; charset=utf-8";
    }

    /** The result-set language (results formats). */
    Lang lang() {
        return lang;
    }

    /** The RDF writer format (graph formats). */
    RDFFormat rdfFormat() {
        return rdfFormat;
    }

    /** All formats of one kind, for error messages. */
    static String namesOf(boolean forResults) {
        return String.join(", ", kind(forResults).map(f -> f.names.get(0)).toList());
    }

    /**
     * The format for a response; {@code forResults} selects results (SELECT, ASK) or graphs. Empty when
     * the client asks only for formats this endpoint cannot write.
     */
    static Optional<ResultFormat> choose(boolean forResults, String formatParam, String accept) {
        if (formatParam != null && !formatParam.isBlank()) {
            String wanted = formatParam.trim().toLowerCase(Locale.ROOT);
            return kind(forResults).filter(f -> f.names.contains(wanted) || f.mediaTypes.contains(wanted)).findFirst();
        }
        if (accept == null || accept.isBlank()) {
            return kind(forResults).findFirst();
        }
        String[] offered = kind(forResults).flatMap(f -> f.mediaTypes.stream()).toArray(String[]::new);
        MediaType match = AcceptList.match(new AcceptList(accept), AcceptList.create(offered));
        if (match == null) {
            return Optional.empty();
        }
        String type = match.getContentTypeStr();
        return kind(forResults).filter(f -> f.mediaTypes.contains(type)).findFirst();
    }

    private static Stream<ResultFormat> kind(boolean forResults) {
        return Arrays.stream(values()).filter(f -> f.forResults == forResults);
    }
}
