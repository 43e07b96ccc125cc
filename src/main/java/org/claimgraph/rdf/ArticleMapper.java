package org.claimgraph.rdf;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.model.Article;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Claimed;
import org.claimgraph.model.DateRange;
import org.claimgraph.model.EntityKind;
import org.claimgraph.model.EntityRef;
import org.claimgraph.model.Event;
import org.claimgraph.model.Extraction;
import org.claimgraph.model.Measurement;
import org.claimgraph.model.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps one {@link Extraction} to the RDF of its article's named graph. Deterministic: the same
 * extraction always gives the same triples. Offsets become code point offsets, as SPARQL counts.
 */
public final class ArticleMapper {
    private static final Pattern WEB_IRI = Pattern.compile("(?i)https?://[^\\s<>\"{}|\\\\^`]+");

    private static final Logger LOG = LoggerFactory.getLogger(ArticleMapper.class);

    private final Iris iris;

    public ArticleMapper(Iris iris) {
        this.iris = requireNonNull(iris, "iris");
    }

    public Iris iris() {
        return iris;
    }

    /** The IRI of the named graph the extraction's triples belong in. */
    public String graphName(Extraction extraction) {
        return iris.articleGraph(extraction.article().key());
    }

    public Model map(Extraction extraction) {
        requireNonNull(extraction, "extraction");
        Model m = ModelFactory.createDefaultModel();
        Prefixes.addTo(m);
        Article a = extraction.article();
        Resource article = m.createResource(iris.article(a), CG.Article);
        article.addProperty(CG.sourceName, a.sourceName());
        article.addProperty(CG.text, a.text());
        article.addProperty(CG.sha256, Iris.sha256Hex(a.text()));
        if (a.title() != null && !a.title().isBlank()) {
            article.addProperty(DCTerms.title, a.title());
        }
        if (a.published() != null) {
            article.addLiteral(Schema.datePublished, date(a.published()));
        }
        if (a.url() != null && !a.url().isBlank()) {
            if (WEB_IRI.matcher(a.url()).matches()) {
                article.addProperty(Schema.url, m.createResource(a.url()));
            } else {
                article.addLiteral(Schema.url, m.createTypedLiteral(a.url(), XSDDatatype.XSDanyURI));
            }
        }
        linkEntity(m, article, Schema.publisher, extraction.publisher());
        linkEntity(m, article, Schema.author, extraction.author());
        for (EntityRef cited : extraction.cites()) {
            linkEntity(m, article, CG.cites, cited);
        }
        Offsets offsets = new Offsets(a.text());
        Map<String, Event> events = new HashMap<>();
        for (Claim claim : extraction.claims()) {
            mapClaim(m, a, article, claim, offsets, events);
        }
        return m;
    }

    private void mapClaim(Model m, Article a, Resource article, Claim c, Offsets offsets, Map<String, Event> events) {
        String spanKey = c.evidence().start() + "-" + c.evidence().end();
        Resource claim = m.createResource(iris.local("claim", a.key(), spanKey + "|" + c), CG.Claim);
        claim.addProperty(CG.statedIn, article);
        claim.addProperty(CG.quote, c.evidence().of(a.text()));
        claim.addLiteral(CG.start, integer(offsets.codePoint(c.evidence().start())));
        claim.addLiteral(CG.end, integer(offsets.codePoint(c.evidence().end())));
        claim.addProperty(CG.modality, CG.resource(c.modality().localName()));
        claim.addLiteral(CG.confidence, decimal(new BigDecimal(Double.toString(c.confidence()))));
        linkActor(m, claim, CG.attributedTo, c.attributedTo());
        linkEntity(m, claim, CG.via, c.via());
        String content = spanKey + "|" + c.about();
        claim.addProperty(CG.about, mapClaimed(m, a, c.about(), content, events));
    }

    private Resource mapClaimed(Model m, Article a, Claimed about, String content, Map<String, Event> events) {
        if (about instanceof Event e) {
            return mapEvent(m, a, e, eventIri(e, a, content, events));
        }
        if (about instanceof Measurement ms) {
            return mapMeasurement(m, a, ms, content);
        }
        return mapStatement(m, a, (Statement) about, content);
    }

    /**
     * Two claims of one article about the same event share its IRI; the first claim in text order
     * fixes its date bounds, so the event keeps one consistent range.
     */
    private Resource mapEvent(Model m, Article a, Event e, String iri) {
        Resource event = m.createResource(iri, CG.resource(e.type().localName()));
        event.addProperty(RDFS.label, EventLabels.label(e), "en");
        linkActor(m, event, CG.agent, e.agent());
        linkActor(m, event, CG.target, e.target());
        for (EntityRef supporter : e.supportedBy()) {
            linkActor(m, event, CG.supportedBy, supporter);
        }
        linkEntity(m, event, CG.place, e.place());
        if (!event.hasProperty(CG.notBefore) && !event.hasProperty(CG.notAfter)) {
            addDates(event, e.date());
        } else if (e.date().text() != null && !e.date().text().isBlank()) {
            event.addProperty(CG.dateText, e.date().text());
        }
        return event;
    }

    private Resource mapMeasurement(Model m, Article a, Measurement ms, String content) {
        Resource r = m.createResource(iris.local("measurement", a.key(), content), CG.Measurement);
        r.addProperty(CG.measure, CG.resource(ms.measure().localName()));
        if (ms.min() != null) {
            r.addLiteral(CG.minValue, decimal(ms.min()));
        }
        if (ms.max() != null) {
            r.addLiteral(CG.maxValue, decimal(ms.max()));
        }
        r.addProperty(RDFS.label, EventLabels.label(ms), "en");
        linkActor(m, r, CG.subject, ms.subject());
        linkPlace(m, r, ms.place());
        addDates(r, ms.date());
        return r;
    }

    private Resource mapStatement(Model m, Article a, Statement s, String content) {
        Resource r = m.createResource(iris.local("statement", a.key(), content), CG.Statement);
        r.addProperty(RDFS.label, "Statement by " + s.speaker().label(), "en");
        Resource speaker = linkEntity(m, r, CG.speaker, s.speaker());
        if (s.speaker().kind() == EntityKind.PERSON && s.role() != null && !s.role().isBlank()) {
            speaker.addProperty(CG.role, s.role());
        }
        linkActor(m, speaker, CG.memberOf, s.affiliation());
        addDates(r, s.date());
        return r;
    }

    /**
     * The event's shared IRI, unless an earlier claim of this article put another event with swapped
     * roles on it (Palmyra taken by one side and retaken by the other in the same year): that one is
     * a different event, told apart by its agent.
     */
    private String eventIri(Event e, Article a, String content, Map<String, Event> events) {
        String iri = iris.event(e, a.key(), content);
        Event first = events.putIfAbsent(iri, e);
        if (first == null || !swapped(first, e)) {
            return iri;
        }
        String suffix = e.agent() != null ? e.agent().key() : "by-" + Iris.shortHash(String.valueOf(e.target()));
        String distinct = iri + "-" + suffix;
        events.putIfAbsent(distinct, e);
        return distinct;
    }

    private static boolean swapped(Event a, Event b) {
        return same(a.agent(), b.target()) || same(a.target(), b.agent());
    }

    private static boolean same(EntityRef x, EntityRef y) {
        return x != null && y != null && x.kind().iriKind().equals(y.kind().iriKind()) && x.key().equals(y.key());
    }

    /**
     * Links an actor role (agent, target, subject, attribution, affiliation). A reference that is
     * not an actor cannot fill one under the contract; it is left out rather than losing the article.
     */
    private Resource linkActor(Model m, Resource subject, Property p, EntityRef ref) {
        if (ref != null && !ref.kind().isActor()) {
            LOG.debug("{} {}: {} is a place, not an actor; left out", subject, p.getLocalName(), ref.key());
            return null;
        }
        return linkEntity(m, subject, p, ref);
    }

    private void linkPlace(Model m, Resource subject, EntityRef ref) {
        if (ref != null && !ref.kind().isPlace()) {
            LOG.debug("{} place: {} is not a place; left out", subject, ref.key());
            return;
        }
        linkEntity(m, subject, CG.place, ref);
    }

    /** Links subject to the entity; describes the entity (type, label) unless the gazetteer does. */
    private Resource linkEntity(Model m, Resource subject, Property p, EntityRef ref) {
        if (ref == null) {
            return null;
        }
        Resource entity = m.createResource(iris.entity(ref));
        subject.addProperty(p, entity);
        if (!ref.known()) {
            entity.addProperty(RDF.type, CG.resource(ref.kind().className()));
            entity.addProperty(SKOS.prefLabel, ref.label(), "en");
        }
        return entity;
    }

    private static void addDates(Resource r, DateRange d) {
        if (d.notBefore() != null) {
            r.addLiteral(CG.notBefore, date(d.notBefore()));
        }
        if (d.notAfter() != null) {
            r.addLiteral(CG.notAfter, date(d.notAfter()));
        }
        if (d.text() != null && !d.text().isBlank()) {
            r.addProperty(CG.dateText, d.text());
        }
    }

    static Literal date(LocalDate d) {
        return ResourceFactory.createTypedLiteral(d.toString(), XSDDatatype.XSDdate);
    }

    static Literal integer(long n) {
        return ResourceFactory.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /** An xsd:decimal in canonical form ("350.0", "0.75"), as TDB2 gives it back. */
    static Literal decimal(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        String lex = s.scale() <= 0 ? s.setScale(0).toPlainString() + ".0" : s.toPlainString();
        return ResourceFactory.createTypedLiteral(lex, XSDDatatype.XSDdecimal);
    }

    /** UTF-16 offsets to code point offsets; free when the text has no surrogate pairs. */
    private static final class Offsets {
        private final String text;
        private final boolean simple;

        Offsets(String text) {
            this.text = text;
            this.simple = text.length() == text.codePointCount(0, text.length());
        }

        int codePoint(int utf16) {
            return simple ? utf16 : text.codePointCount(0, utf16);
        }
    }
}
