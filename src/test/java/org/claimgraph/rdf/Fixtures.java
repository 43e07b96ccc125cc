package org.claimgraph.rdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.claimgraph.model.Article;
import org.claimgraph.model.Claim;
import org.claimgraph.model.DateRange;
import org.claimgraph.model.EntityKind;
import org.claimgraph.model.EntityRef;
import org.claimgraph.model.Event;
import org.claimgraph.model.EventType;
import org.claimgraph.model.Extraction;
import org.claimgraph.model.Measure;
import org.claimgraph.model.Measurement;
import org.claimgraph.model.Modality;
import org.claimgraph.model.Span;
import org.claimgraph.model.Statement;

/** Hand-built extractions and small graphs shared by the rdf, validate, store and ingest tests. */
public final class Fixtures {
    public static final EntityRef ISIS = new EntityRef("islamic-state", "Islamic State", EntityKind.ARMED_GROUP, true);
    public static final EntityRef SAA = new EntityRef("syrian-army", "Syrian Army", EntityKind.STATE_FORCE, true);
    public static final EntityRef PALMYRA = new EntityRef("palmyra", "Palmyra", EntityKind.SETTLEMENT, true);
    public static final EntityRef WIRE = new EntityRef("example-wire", "Example Wire", EntityKind.MEDIA_OUTLET, false);
    public static final EntityRef WRITER = new EntityRef("jane-r-doe", "Jane R. Doe", EntityKind.PERSON, false);
    public static final EntityRef SPOKESMAN = new EntityRef("john-q-roe", "John Q. Roe", EntityKind.PERSON, false);
    public static final EntityRef NEW_VILLAGE = new EntityRef("qaryatayn-east", "Qaryatayn East", EntityKind.SETTLEMENT, false);

    private Fixtures() {
    }

    /** An article whose text has an emoji (two UTF-16 units, one code point) before every claim span. */
    public static Extraction extraction(String key) {
        String text = "Flash \uD83D\uDD25 news. Syrian troops retook Palmyra from IS in March 2016. "
                + "About 350 fighters were killed near Qaryatayn East. "
                + "\"We will return,\" said John Q. Roe, a spokesman for IS.";
        Article a = new Article(key + ".txt", key, text, "Palmyra retaken", LocalDate.of(2016, 3, 28),
                "Example Wire", "Jane R. Doe", "https://example.org/news/" + key);
        Span s1 = span(text, "Syrian troops retook Palmyra from IS in March 2016.");
        Span s2 = span(text, "About 350 fighters were killed near Qaryatayn East.");
        Span s3 = span(text, "\"We will return,\"");
        Event capture = new Event(EventType.CAPTURE, PALMYRA, SAA, ISIS, List.of(),
                DateRange.month(2016, 3, "March 2016"));
        Measurement deaths = new Measurement(Measure.DEATHS, new BigDecimal("350"), new BigDecimal("350"), ISIS,
                NEW_VILLAGE, new DateRange(null, LocalDate.of(2016, 3, 28), null));
        Statement said = new Statement(SPOKESMAN, "spokesman", ISIS, DateRange.day(LocalDate.of(2016, 3, 28), null));
        return new Extraction(a, WIRE, WRITER, List.of(WIRE), List.of(
                new Claim(s1, capture, Modality.ASSERTED, 0.9, null, null),
                new Claim(s2, deaths, Modality.REPORTED, 0.75, ISIS, WIRE),
                new Claim(s3, said, Modality.REPORTED, 0.8, SPOKESMAN, null)));
    }

    public static Span span(String text, String part) {
        int i = text.indexOf(part);
        if (i < 0) {
            throw new IllegalArgumentException("not in text: " + part);
        }
        return new Span(i, i + part.length());
    }

    public static Graph testOntology() {
        return RDFDataMgr.loadGraph("validate/ontology.ttl");
    }

    public static Graph testGazetteer() {
        return RDFDataMgr.loadGraph("validate/gazetteer.ttl");
    }
}
