package org.claimgraph.rdf;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.claimgraph.model.Article;
import org.claimgraph.model.EntityRef;
import org.claimgraph.model.Event;

/**
 * The one place that mints IRIs: data IRIs {@code {base}id/{kind}/{key}} and the named graphs
 * {@code {base}graph/...}. The same inputs always give the same IRIs.
 */
public final class Iris {
    public static final String DEFAULT_BASE = "http://localhost:3030/";

    private final String base;

    public Iris(String base) {
        requireNonNull(base, "base");
        if (!base.endsWith("/")) {
            throw new IllegalArgumentException("base IRI must end with '/': " + base);
        }
        if (!base.matches("(?i)https?://[^\\s<>\"{}|\\\\^`]+")) {
            throw new IllegalArgumentException("base IRI must be an http(s) IRI without spaces: " + base);
        }
        this.base = base;
    }

    public static Iris defaults() {
        return new Iris(DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    /** {@code {base}id/{kind}/{key}}. */
    public String id(String kind, String key) {
        return base + "id/" + kind + "/" + key;
    }

    public String article(Article article) {
        return id("article", article.key());
    }

    public String entity(EntityRef ref) {
        return id(ref.kind().iriKind(), ref.key());
    }

    /**
     * The event's IRI: shared by every article that reports the same event (same identity key);
     * a hash of the article and the claim's content when the event has no identity key.
     */
    public String event(Event event, String articleKey, String claimContent) {
        String key = event.identityKey();
        if (key == null) {
            return id("event", articleKey + "-" + shortHash(claimContent));
        }
        return id("event", event.identifiableAcrossArticles() ? key : articleKey + "-" + key);
    }

    /** IRI of a claim, measurement or statement: the article key plus a short hash of its content. */
    public String local(String kind, String articleKey, String content) {
        return id(kind, articleKey + "-" + shortHash(content));
    }

    public String articleGraph(String articleKey) {
        return base + "graph/article/" + articleKey;
    }

    public String gazetteerGraph() {
        return base + "graph/gazetteer";
    }

    public String ontologyGraph() {
        return base + "graph/ontology";
    }

    public String metaGraph() {
        return base + "graph/meta";
    }

    /** Facts computed over all articles (corroboration counts, contradictions), rebuilt after every ingest. */
    public String derivedGraph() {
        return base + "graph/derived";
    }

    /** The article key of an article graph IRI, or null if the IRI is not one. */
    public String articleKeyOfGraph(String graphIri) {
        String prefix = base + "graph/article/";
        return graphIri.startsWith(prefix) ? graphIri.substring(prefix.length()) : null;
    }

    /** The first 12 hex digits of the SHA-256 of the text: stable across runs and machines. */
    public static String shortHash(String text) {
        return sha256Hex(text).substring(0, 12);
    }

    public static String sha256Hex(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
