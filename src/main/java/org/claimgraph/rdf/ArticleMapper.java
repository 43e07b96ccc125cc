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
import org.claimgraph.model.EventType;
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
        Map<String, EventRoles> events = new HashMap<>();
        for (Claim claim : extraction.claims()) {
            mapClaim(m, a, article, claim, offsets, events);
        }
        return m;
    }

    private void mapClaim(Model m, Article a, Resource article, Claim c, Offsets offsets, Map<String, EventRoles> events) {
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

    private Resource mapClaimed(Model m, Article a, Claimed about, String content, Map<String, EventRoles> events) {
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
     * The agents and targets that the claims of one article have put on one event node so far, and the day each
     * agent took the place on, where a claim told one.
     */
    private record EventRoles(java.util.Set<String> agents, java.util.Set<String> targets,
                              Map<String, LocalDate> captureDays) {
        /** How many days apart two captures by different forces must be told to be a take and a retake. */
        private static final int RETAKE_DAYS = 3;

        EventRoles() {
            this(new java.util.HashSet<>(), new java.util.HashSet<>(), new HashMap<>());
        }

        /**
         * Whether the event would have one actor as both agent and target with these roles added, or would be a capture
         * by two forces on days told apart ("the group took the dam on 7 August", "the Peshmerga retook it on 17 August").
         */
        boolean conflicts(Event e) {
            if (e.agent() != null && targets.contains(key(e.agent())) || e.target() != null && agents.contains(key(e.target()))) {
                return true;
            }
            if (e.type() != EventType.CAPTURE || e.agent() == null || !e.date().isOneDay()) {
                return false;
            }
            String agent = key(e.agent());
            return captureDays.entrySet().stream().anyMatch(d -> !d.getKey().equals(agent)
                    && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(d.getValue(), e.date().notBefore())) >= RETAKE_DAYS);
        }

        void add(Event e) {
            if (e.agent() != null) {
                agents.add(key(e.agent()));
                if (e.type() == EventType.CAPTURE && e.date().isOneDay()) {
                    captureDays.putIfAbsent(key(e.agent()), e.date().notBefore());
                }
            }
            if (e.target() != null) {
                targets.add(key(e.target()));
            }
        }

        private static String key(EntityRef r) {
            return r.kind().iriKind() + "/" + r.key();
        }
    }

    /**
     * The event's shared IRI, unless earlier claims of this article put roles on it that this one
     * swaps (Palmyra taken by one side and retaken by the other in the same year): that is a
     * different event, told apart by its agent, so no event node has one actor as agent and target.
     */
    private String eventIri(Event e, Article a, String content, Map<String, EventRoles> events) {
        String iri = iris.event(e, a.key(), content);
        EventRoles roles = events.computeIfAbsent(iri, k -> new EventRoles());
        if (roles.conflicts(e)) {
            String suffix = e.agent() != null ? e.agent().key() : "by-" + Iris.shortHash(String.valueOf(e.target()));
            iri = iri + "-" + suffix;
            roles = events.computeIfAbsent(iri, k -> new EventRoles());
            if (roles.conflicts(e)) {
                iri = iri + "-" + Iris.shortHash(content);
                roles = events.computeIfAbsent(iri, k -> new EventRoles());
            }
        }
        roles.add(e);
        return iri;
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
