package org.claimgraph.cli;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.claimgraph.model.Article;
import org.claimgraph.model.Claim;
import org.claimgraph.model.DateRange;
import org.claimgraph.model.EntityRef;
import org.claimgraph.model.Event;
import org.claimgraph.model.Extraction;
import org.claimgraph.model.Measurement;
import org.claimgraph.model.Statement;
import org.claimgraph.validate.ValidationResult;
import org.claimgraph.validate.Violation;

/** Renders an extraction as JSON that shows, for each claim, its evidence and why it was made. */
final class ExtractionJson {
    private ExtractionJson() {
    }

    static JsonObject article(Extraction x, String graph, ValidationResult validation) {
        Article a = x.article();
        JsonObject o = new JsonObject();
        o.put("source", a.sourceName());
        o.put("key", a.key());
        o.put("graph", graph);
        putIf(o, "title", a.title());
        putIf(o, "published", a.published() == null ? null : a.published().toString());
        putIf(o, "url", a.url());
        putEntity(o, "publisher", x.publisher());
        putEntity(o, "author", x.author());
        JsonArray cites = new JsonArray();
        x.cites().forEach(c -> cites.add(entity(c)));
        o.put("cites", cites);
        o.put("textLength", a.text().length());
        o.put("valid", validation.conforms());
        if (!validation.conforms()) {
            JsonArray v = new JsonArray();
            for (Violation viol : validation.violations()) {
                JsonObject jo = new JsonObject();
                jo.put("focusNode", viol.focusNode());
                putIf(jo, "path", viol.path());
                jo.put("message", viol.message());
                putIf(jo, "value", viol.value());
                v.add(jo);
            }
            o.put("violations", v);
        }
        JsonArray claims = new JsonArray();
        for (Claim c : x.claims()) {
            claims.add(claim(a.text(), c));
        }
        o.put("claims", claims);
        return o;
    }

    private static JsonObject claim(String text, Claim c) {
        JsonObject o = new JsonObject();
        JsonObject ev = new JsonObject();
        ev.put("text", c.evidence().of(text));
        ev.put("start", c.evidence().start());
        ev.put("end", c.evidence().end());
        ev.put("startCodePoint", text.codePointCount(0, c.evidence().start()));
        ev.put("endCodePoint", text.codePointCount(0, c.evidence().end()));
        o.put("evidence", ev);
        o.put("modality", c.modality().localName());
        o.put("confidence", org.apache.jena.atlas.json.JsonNumber.value(c.confidence()));
        putEntity(o, "attributedTo", c.attributedTo());
        putEntity(o, "via", c.via());
        JsonObject roles = new JsonObject();
        if (c.about() instanceof Event e) {
            o.put("kind", "event");
            o.put("type", e.type().localName());
            putIf(o, "eventKey", e.identityKey());
            putEntity(roles, "agent", e.agent());
            putEntity(roles, "target", e.target());
            if (!e.supportedBy().isEmpty()) {
                JsonArray sup = new JsonArray();
                e.supportedBy().forEach(s -> sup.add(entity(s)));
                roles.put("supportedBy", sup);
            }
            putEntity(roles, "place", e.place());
            o.put("date", date(e.date()));
        } else if (c.about() instanceof Measurement m) {
            o.put("kind", "measurement");
            o.put("type", m.measure().localName());
            putIf(o, "min", m.min() == null ? null : m.min().toPlainString());
            putIf(o, "max", m.max() == null ? null : m.max().toPlainString());
            putEntity(roles, "subject", m.subject());
            putEntity(roles, "place", m.place());
            o.put("date", date(m.date()));
        } else if (c.about() instanceof Statement s) {
            o.put("kind", "statement");
            o.put("type", "Statement");
            putEntity(roles, "speaker", s.speaker());
            putIf(roles, "role", s.role());
            putEntity(roles, "affiliation", s.affiliation());
            o.put("date", date(s.date()));
        }
        o.put("roles", roles);
        return o;
    }

    private static JsonObject date(DateRange d) {
        JsonObject o = new JsonObject();
        putIf(o, "notBefore", d.notBefore() == null ? null : d.notBefore().toString());
        putIf(o, "notAfter", d.notAfter() == null ? null : d.notAfter().toString());
        putIf(o, "text", d.text());
        return o;
    }

    private static JsonObject entity(EntityRef r) {
        JsonObject o = new JsonObject();
        o.put("key", r.key());
        o.put("label", r.label());
        o.put("kind", r.kind().className());
        o.put("known", r.known());
        return o;
    }

    private static void putEntity(JsonObject o, String name, EntityRef r) {
        if (r != null) {
            o.put(name, entity(r));
        }
    }

    private static void putIf(JsonObject o, String name, String value) {
        if (value != null) {
            o.put(name, value);
        }
    }
}
