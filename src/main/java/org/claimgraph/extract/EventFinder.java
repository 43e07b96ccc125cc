package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.claimgraph.model.Claim;
import org.claimgraph.model.DateRange;
import org.claimgraph.model.EntityKind;
import org.claimgraph.model.EntityRef;
import org.claimgraph.model.Event;
import org.claimgraph.model.EventType;
import org.claimgraph.model.Modality;
import org.claimgraph.model.Span;
import org.claimgraph.extract.TriggerLexicon.Frame;
import org.claimgraph.extract.TriggerLexicon.Hit;

/**
 * Event claims: triggers of the twelve types, their agent, target, supporters, place and date
 * found in the clause around them, with modality and attribution. One claim per place when places
 * are coordinated ("al Thawrah and Ash Shaddadi").
 */
public final class EventFinder implements ClaimFinder {
    private static final Pattern PASSIVE = Pattern.compile(
            "(?i)\\b(?:was|were|been|being|be|is|are|got|get)\\s+(?:\\w+ly\\s+)?$");
    private static final Pattern PARTICIPLE = Pattern.compile("(?i).*(?:ed|en|wn|un|ck)$");
    private static final Pattern ANAPHOR = Pattern.compile(
            "(?i)^\\s*(?:(?:the|this|that) (?:\\w+ ){0,2}(?:city|town|village|base|area|airport)|it|there)\\b");
    private static final Pattern SCENE = Pattern.compile("(?i)\\b(?:the|this) (?:\\w+ ){0,2}(?:city|town|village)\\b|\\bthere\\b");
    private static final Pattern AIR_CONTEXT = Pattern.compile(
            "(?i)\\b(?:aircraft|jets?|warplanes?|planes|bombers|air|aerial|drones?|helicopters?|coalition)\\b");
    private static final Pattern SUPPRESS_IN_AGENT = Pattern.compile(
            "(?i)\\b(?:to|by)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,4}$");
    private static final Pattern PERSON_OBJECT = Pattern.compile("^\\s+(?:\\p{Lu}\\p{Ll}+\\s){1,2}\\p{Lu}\\p{Ll}+");
    private static final Pattern RECENT = Pattern.compile(
            "(?i)\\b(?:has|have|is|are|now|currently|presently|continues?|continuing|this week)\\b");
    private static final Pattern OPINION_SECTION = Pattern.compile("(?m)^\\s*My (?:Comment|Take|Opinion|View)s?:");
    private static final Pattern TEASER = Pattern.compile("(?:\\.\\.\\.|\u2026)\\s*$");

    private final EntityMatcher matcher;
    private final DateResolver dates = new DateResolver();
    private final ModalityDetector modality = new ModalityDetector();
    private final Attribution attribution = new Attribution();

    public EventFinder(EntityMatcher matcher) {
        this.matcher = matcher;
    }

    @Override
    public List<Claim> find(AnalyzedText at) {
        String text = at.text();
        Salience salience = new Salience(text, at.mentions());
        var sec = OPINION_SECTION.matcher(text);
        int opinionFrom = sec.find() ? sec.start() : Integer.MAX_VALUE;
        List<Claim> out = new ArrayList<>();
        for (Span sentence : at.sentences()) {
            if (TEASER.matcher(sentence.of(text)).find()) {
                continue;
            }
            List<Mention> mentions = at.mentionsIn(sentence);
            List<Hit> hits = TriggerLexicon.find(text, sentence.start(), sentence.end());
            if (hits.isEmpty()) {
                continue;
            }
            List<Span> clauses = Clauses.split(text, sentence);
            List<DateResolver.Found> found = dates.find(text, sentence.start(), sentence.end(), at.published());
            Attribution.Source source = attribution.find(text, sentence, mentions);
            for (int h = 0; h < hits.size(); h++) {
                Hit hit = hits.get(h);
                Span clause = Clauses.containing(clauses, hit.start());
                if (suppressed(text, hits, h, clause)) {
                    continue;
                }
                Context c = new Context(text, sentence, clause, hits, h, mentions, salience, at.published(),
                        sentence.start() >= opinionFrom);
                out.addAll(claims(c, found, source));
            }
        }
        return out;
    }

    private record Context(String text, Span sentence, Span clause, List<Hit> hits, int index, List<Mention> mentions,
                           Salience salience, LocalDate published, boolean opinion) {
        Hit hit() {
            return hits.get(index);
        }

        int scopeEnd() {
            int end = clause.end();
            for (int k = index + 1; k < hits.size(); k++) {
                if (hits.get(k).start() >= hit().end()) {
                    return Math.min(end, hits.get(k).start());
                }
            }
            return end;
        }

        int scopeStart() {
            int start = clause.start();
            return index > 0 ? Math.max(start, hits.get(index - 1).end()) : start;
        }
    }

    /** An assault noun inside the agent phrase of a loss ("lose it to a regime advance") is no event. */
    private static boolean suppressed(String text, List<Hit> hits, int h, Span clause) {
        Hit hit = hits.get(h);
        if (h == 0 || hit.def().type() != EventType.ASSAULT || hit.def().frame() == Frame.ACTIVE) {
            return false;
        }
        Hit prev = hits.get(h - 1);
        if (prev.end() < clause.start() || prev.def().type() != EventType.CAPTURE) {
            return false;
        }
        return SUPPRESS_IN_AGENT.matcher(text.substring(prev.end(), hit.start())).find();
    }

    private List<Claim> claims(Context c, List<DateResolver.Found> found, Attribution.Source source) {
        String text = c.text();
        Hit hit = c.hit();
        Span trigger = new Span(hit.start(), hit.end());
        EventType type = hit.def().type();
        Frame frame = hit.def().frame();
        String word = text.substring(hit.start(), hit.end()).toLowerCase(Locale.ROOT);
        boolean passive = frame == Frame.ACTIVE && PASSIVE.matcher(text.substring(c.clause().start(), hit.start())).find()
                && PARTICIPLE.matcher(word).matches();
        boolean nominal = frame == Frame.NOMINAL || frame == Frame.WEAK
                || word.endsWith("ing") && !PASSIVE.matcher(text.substring(c.clause().start(), hit.start())).find()
                    && text.substring(c.clause().start(), hit.start()).matches("(?is).*\\b(?:of|its|their|the|by)\\s+$|\\s*");
        if (type == EventType.CAPTURE && frame == Frame.ACTIVE
                && PERSON_OBJECT.matcher(text.substring(hit.end(), c.scopeEnd())).find()
                && Roles.placesAfter(text, hit.end(), Math.min(c.scopeEnd(), hit.end() + 25), c.mentions()).isEmpty()) {
            type = EventType.DETENTION;
        }
        boolean attempt = modality.attempted(text, c.clause(), trigger);
        if (attempt && type == EventType.CAPTURE) {
            type = EventType.ASSAULT;
        }
        if (type == EventType.AIRSTRIKE && frame == Frame.WEAK && !AIR_CONTEXT.matcher(c.sentence().of(text)).find()) {
            return List.of();
        }
        Modality mod = attempt && type == EventType.ASSAULT ? Modality.ASSERTED
                : modality.detect(text, c.sentence(), c.clause(), trigger, nominal, c.opinion());
        if (mod == Modality.ASSERTED && source.attributedTo() != null || mod == Modality.ASSERTED && source.via() != null) {
            mod = Modality.REPORTED;
        }
        List<Mention> supporters = Roles.supporters(text, c.clause(), c.mentions());
        Mention agent;
        Mention target = null;
        int scopeEnd = c.scopeEnd();
        switch (frame) {
            case LOSS -> {
                target = Roles.subjectBefore(text, c.clause(), hit.start(), c.mentions(), supporters);
                agent = Roles.toAgent(text, hit.end(), c.clause().end(), c.mentions());
            }
            case FELL -> agent = Roles.toAgent(text, hit.end(), c.clause().end(), c.mentions());
            case NOMINAL, WEAK -> {
                agent = Roles.adjectival(text, hit.start(), c.mentions(), false);
                if (agent == null) {
                    agent = Roles.byAgent(text, hit.end(), scopeEnd, c.mentions());
                }
                if (agent == null) {
                    agent = Roles.subjectBefore(text, c.clause(), hit.start(), c.mentions(), supporters);
                }
                target = Roles.objectAfter(text, hit.end(), scopeEnd, c.mentions());
            }
            default -> {
                if (passive) {
                    agent = Roles.byAgent(text, hit.end(), c.clause().end(), c.mentions());
                    target = Roles.subjectBefore(text, c.clause(), hit.start(), c.mentions(), supporters);
                } else {
                    agent = Roles.subjectBefore(text, c.clause(), hit.start(), c.mentions(), supporters);
                    if (frame == Frame.OBJECT_INSIDE) {
                        target = Roles.directObject(text, hit.start() + word.indexOf(' ') + 1, hit.end(), c.mentions());
                    } else if (type == EventType.SURRENDER) {
                        target = Roles.toAgent(text, hit.end(), scopeEnd, c.mentions());
                    } else {
                        target = Roles.objectAfter(text, hit.end(), scopeEnd, c.mentions());
                        if (target == null) {
                            target = Roles.directObject(text, hit.end(), scopeEnd, c.mentions());
                        }
                    }
                }
            }
        }
        EntityRef agentRef = Roles.ref(agent);
        if (agentRef == null && !(passive || frame == Frame.FELL || frame == Frame.LOSS)) {
            agentRef = c.salience().resolve(text, c.clause().start(), hit.start());
        }
        EntityRef targetRef = Roles.ref(target);
        if (targetRef == null) {
            String right = text.substring(hit.end(), scopeEnd);
            int from = right.toLowerCase(Locale.ROOT).indexOf("from ");
            if (frame == Frame.OBJECT_INSIDE) {
                targetRef = c.salience().resolve(text, hit.start(), hit.end());
            } else if (from >= 0 && type == EventType.CAPTURE) {
                targetRef = c.salience().resolve(text, hit.end() + from, Math.min(scopeEnd, hit.end() + from + 20));
            } else if (frame == Frame.LOSS) {
                targetRef = c.salience().resolve(text, c.clause().start(), hit.start());
            }
        }
        if (targetRef != null && targetRef.equals(agentRef) && type != EventType.EXECUTION) {
            targetRef = null;
        }
        List<Mention> places = places(c, frame, passive, nominal);
        if (places.isEmpty()) {
            return List.of();
        }
        DateRange date = date(c, found);
        List<Claim> out = new ArrayList<>();
        for (Mention place : places) {
            if (place.entity().kind() == EntityKind.COUNTRY && (frame == Frame.WEAK || !c.clause().contains(place.span()))) {
                continue;
            }
            EntityRef a = regional(text, agent, agentRef, place.entity());
            EntityRef t = regional(text, target, targetRef, place.entity());
            List<EntityRef> sup = new ArrayList<>();
            for (Mention s : supporters) {
                EntityRef r = regional(text, s, s.entity(), place.entity());
                if (!r.equals(a) && !sup.contains(r)) {
                    sup.add(r);
                }
            }
            Event event = new Event(type, place.entity(), a, t, sup, date);
            double confidence = (a != null ? 0.8 : 0.6) - (mod == Modality.HEDGED ? 0.2 : 0.0) - (frame == Frame.WEAK ? 0.1 : 0.0);
            out.add(new Claim(tight(text, c.clause()), event, mod, confidence, source.attributedTo(), source.via()));
        }
        return out;
    }

    private List<Mention> places(Context c, Frame frame, boolean passive, boolean nominal) {
        String text = c.text();
        Hit hit = c.hit();
        List<Mention> ms = c.mentions();
        Span clause = c.clause();
        if (passive || frame == Frame.FELL) {
            Mention subject = Roles.placeBefore(clause.start(), hit.start(), ms, true);
            if (subject != null) {
                return List.of(subject);
            }
        }
        if (frame == Frame.NOMINAL || frame == Frame.WEAK) {
            Mention adj = Roles.adjectival(text, hit.start(), ms, true);
            if (adj != null) {
                return List.of(adj);
            }
        }
        if (ANAPHOR.matcher(text.substring(hit.end(), c.scopeEnd())).find()) {
            Mention salient = c.salience().lastPlaceBefore(hit.start());
            if (salient != null) {
                return List.of(salient);
            }
        }
        List<Mention> right = Roles.placesAfter(text, hit.end(), c.scopeEnd(), ms);
        if (!right.isEmpty()) {
            return right;
        }
        Mention left = Roles.placeBefore(c.scopeStart(), hit.start(), ms, false);
        if (left == null) {
            left = Roles.placeBefore(clause.start(), hit.start(), ms, false);
        }
        if (left != null) {
            return List.of(left);
        }
        if (frame == Frame.WEAK) {
            return List.of();
        }
        Mention inSentence = null;
        for (Mention m : ms) {
            if (Roles.isPlace(m) && m.entity().kind() != EntityKind.COUNTRY) {
                inSentence = m;
                if (m.span().start() > hit.end()) {
                    break;
                }
            }
        }
        if (inSentence != null) {
            return List.of(inSentence);
        }
        if (SCENE.matcher(c.sentence().of(text)).find()) {
            Mention salient = c.salience().lastPlaceBefore(hit.start());
            if (salient != null) {
                return List.of(salient);
            }
        }
        return List.of();
    }

    private static DateRange date(Context c, List<DateResolver.Found> found) {
        Hit hit = c.hit();
        int from = c.scopeStart();
        int to = c.scopeEnd();
        for (DateResolver.Found f : found) {
            if (f.span().start() >= hit.end() && f.span().end() <= to) {
                return f.range();
            }
        }
        DateResolver.Found before = null;
        for (DateResolver.Found f : found) {
            if (f.span().start() >= from && f.span().end() <= hit.start()) {
                before = f;
            }
        }
        if (before != null) {
            return before.range();
        }
        LocalDate pub = c.published();
        if (pub != null && RECENT.matcher(c.text().substring(c.clause().start(), to)).find()) {
            return new DateRange(pub.minusDays(30), pub, null);
        }
        return DateResolver.undated(pub);
    }

    /** "Kurdish forces" in Syria are the SDF; elsewhere the name resolves as the gazetteer says. */
    private EntityRef regional(String text, Mention m, EntityRef ref, EntityRef place) {
        if (m == null || ref == null || !text.startsWith("Kurdish", m.span().start())) {
            return ref;
        }
        boolean syria = matcher.index().countryOf(place).map(cty -> Names.norm(cty.label()).equals("syria")).orElse(false);
        if (!syria) {
            return ref;
        }
        return matcher.index().lookup("Syrian Democratic Forces").map(NameIndex.Named::ref).orElse(ref);
    }

    private static Span tight(String text, Span clause) {
        int s = clause.start();
        int e = clause.end();
        while (s < e && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == ',')) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        return new Span(s, e);
    }
}
