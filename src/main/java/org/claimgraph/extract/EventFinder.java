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
            "^\\s*(?:(?:the|this|that|its|their) (?:\\p{Ll}[\\w-]* ){0,2}(?:city|town|village|base|area|airport|airbase)(?!\\s+of\\b)|it|there)\\b");
    private static final Pattern SCENE = Pattern.compile("\\b(?:the|this) (?:\\p{Ll}[\\w-]* ){0,2}(?:city|town|village|base|airport|airbase)\\b(?!\\s+of\\b)|\\bthere\\b");
    private static final Pattern AIR_CONTEXT = Pattern.compile(
            "(?i)\\b(?:aircraft|jets?|warplanes?|planes|bombers|air|aerial|drones?|helicopters?|coalition)\\b");
    private static final Pattern SUPPRESS_IN_AGENT = Pattern.compile(
            "(?i)\\b(?:to|by)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,4}$");
    private static final Pattern PERSON_OBJECT = Pattern.compile("^\\s+(?:\\p{Lu}\\p{Ll}+\\s){1,2}\\p{Lu}\\p{Ll}+");
    private static final Pattern DETERMINER = Pattern.compile(
            "(?i)\\b(?:the|a|an|its|their|his|her|this|that|these|those|our|whose)\\s+(?:(?!to\\b|and\\b|or\\b|will\\b|would\\b|could\\b)[\\w'\u2019-]+\\s+){0,2}$");
    private static final Pattern PARTICIPLE_ADJECTIVE = Pattern.compile("(?i)\\b(?:the|a|an)\\s+$");
    private static final Pattern NEXT_NOUN = Pattern.compile("^\\s+(?!of\\b|on\\b|in\\b|to\\b|into\\b|from\\b)\\p{Ll}+");
    private static final Pattern CIVILIANS = Pattern.compile(
            "(?i)\\b(?:residents|civilians|families|people|refugees|villagers|inhabitants|displaced|thousands|tens of thousands)\\b");
    private static final Pattern DESTINATION = Pattern.compile("(?i)\\b(?:to|toward|towards|into|for|from)\\s+(?:the\\s+)?$");
    private static final Pattern ORIGIN = Pattern.compile("(?i)\\bfrom\\s+(?:the\\s+)?$");
    private static final Pattern SIEGE_BROKEN = Pattern.compile(
            "(?i)\\b(?:break|breaks|broke|breaking|broken|end|ends|ended|ending|lift|lifts|lifted|lifting|relieve|relieved|relieving)\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+)?(?:[\\w-]+\\s+){0,3}$");
    private static final Pattern REFERENCE_POINT = Pattern.compile(
            "(?i)\\b(?:(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)(?:ern)?|outskirts) of\\s+$"
            + "|\\b(?:kilometres|kilometers|km|miles)\\s+(?:\\w+\\s+){0,3}(?:of|from)\\s+$");
    private static final Pattern ATTRIBUTION_CUE = Pattern.compile(
            "(?i)\\b(?:according to|said|says|told|reported|a spokesman|officials)\\b");
    private static final Pattern RECENT = Pattern.compile(
            "(?i)\\b(?:has|have|is|are|now|currently|presently|continues?|continuing|this week)\\b");
    private static final Pattern OPINION_SECTION = Pattern.compile("(?m)^\\s*My (?:Comment|Take|Opinion|View)s?:");
    private static final Pattern TEASER = Pattern.compile("(?:\\.\\.\\.|\u2026)\\s*$");

    private final EntityMatcher matcher;
    private final DateResolver dates = new DateResolver();
    private final ModalityDetector modality = new ModalityDetector();
    private final Attribution attribution = new Attribution();
    private final RegionalActors regional;

    public EventFinder(EntityMatcher matcher) {
        this.matcher = matcher;
        this.regional = new RegionalActors(matcher.index());
    }

    @Override
    public List<Claim> find(AnalyzedText at) {
        String text = at.text();
        Salience salience = new Salience(text, at.mentions());
        var sec = OPINION_SECTION.matcher(text);
        int opinionFrom = sec.find() ? sec.start() : Integer.MAX_VALUE;
        List<Claim> out = new ArrayList<>();
        Narrative narrative = new Narrative();
        for (Span sentence : at.sentences()) {
            narrative.enter(text, sentence);
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
                out.addAll(claims(c, found, source, narrative));
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
        if (h == 0 || hit.def().type() != EventType.ASSAULT) {
            return false;
        }
        Hit prev = hits.get(h - 1);
        if (prev.end() < clause.start() || prev.def().type() != EventType.CAPTURE) {
            return false;
        }
        return SUPPRESS_IN_AGENT.matcher(text.substring(prev.end(), hit.start())).find();
    }

    /** The time a paragraph's story is at: the last explicit event date, inherited by undated past events. */
    private static final class Narrative {
        private int paragraph = -1;
        private DateRange date;

        void enter(String text, Span sentence) {
            int p = text.lastIndexOf('\n', sentence.start());
            if (p != paragraph) {
                paragraph = p;
                date = null;
            }
        }

        /** The month (or the range) of the paragraph's last explicit date, or null. */
        DateRange inherited() {
            if (date == null || !date.isBounded()) {
                return null;
            }
            var from = date.notBefore();
            var to = date.notAfter();
            if (from.getYear() == to.getYear() && from.getMonthValue() == to.getMonthValue()) {
                return DateRange.month(from.getYear(), from.getMonthValue(), null);
            }
            return new DateRange(from, to, null);
        }
    }

    private List<Claim> claims(Context c, List<DateResolver.Found> found, Attribution.Source source, Narrative narrative) {
        String text = c.text();
        Hit hit = c.hit();
        Span trigger = new Span(hit.start(), hit.end());
        EventType type = hit.def().type();
        Frame frame = hit.def().frame();
        String word = text.substring(hit.start(), hit.end()).toLowerCase(Locale.ROOT);
        String before = text.substring(c.clause().start(), hit.start());
        if (frame == Frame.ACTIVE && PARTICIPLE_ADJECTIVE.matcher(before).find() && word.endsWith("ing")
                && NEXT_NOUN.matcher(text.substring(hit.end(), c.scopeEnd())).find()) {
            return List.of();
        }
        frame = effectiveFrame(text, c.clause(), hit);
        boolean passive = (frame == Frame.ACTIVE || frame == Frame.OBJECT_INSIDE)
                && PASSIVE.matcher(text.substring(c.clause().start(), hit.start())).find()
                && PARTICIPLE.matcher(word.split(" ")[0]).matches();
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
        List<Mention> supporters = new ArrayList<>(Roles.supporters(text, c.clause(), c.mentions()));
        supporters.addAll(objectsOfEarlierVerbs(c));
        Mention agent;
        Mention target = null;
        int scopeEnd = c.scopeEnd();
        switch (frame) {
            case LOSS -> {
                target = Roles.subjectBefore(text, c.clause(), hit.start(), c.mentions(), supporters);
                agent = Roles.toAgent(text, hit.end(), c.clause().end(), c.mentions(), supporters);
            }
            case FELL -> agent = Roles.directObject(text, hit.end(), c.clause().end(), c.mentions());
            case NOMINAL, WEAK -> {
                agent = Roles.adjectival(text, hit.start(), c.mentions(), false);
                if (agent == null) {
                    agent = Roles.byAgent(text, hit.end(), scopeEnd, c.mentions(), supporters);
                }
                if (agent == null) {
                    agent = Roles.subjectBefore(text, c.clause(), hit.start(), c.mentions(), supporters);
                }
                target = Roles.objectAfter(text, hit.end(), scopeEnd, c.mentions());
            }
            default -> {
                if (passive && frame == Frame.OBJECT_INSIDE) {
                    agent = Roles.byAgent(text, hit.end(), c.clause().end(), c.mentions(), supporters);
                    target = Roles.subjectBefore(text, c.clause(), hit.start(), c.mentions(), supporters);
                } else if (passive) {
                    agent = Roles.byAgent(text, hit.end(), c.clause().end(), c.mentions(), supporters);
                    target = Roles.subjectBefore(text, c.clause(), hit.start(), c.mentions(), supporters);
                } else {
                    agent = Roles.subjectBefore(text, c.clause(), hit.start(), c.mentions(), supporters);
                    if (frame == Frame.OBJECT_INSIDE) {
                        target = Roles.directObject(text, hit.start() + word.indexOf(' ') + 1, hit.end(), c.mentions());
                    } else if (type == EventType.SURRENDER) {
                        target = Roles.toAgent(text, hit.end(), scopeEnd, c.mentions(), supporters);
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
        if (agent != null && !passive && frame != Frame.FELL && frame != Frame.LOSS) {
            EntityRef closer = c.salience().resolveGroupWord(text, Math.max(agent.span().end(), hit.start() - 50), hit.start());
            if (closer != null) {
                agentRef = closer;
            }
        }
        if (type == EventType.SIEGE && SIEGE_BROKEN.matcher(text.substring(Math.max(c.sentence().start(), hit.start() - 40), hit.start())).find()) {
            target = agent;
            agent = Roles.byAgent(text, hit.end(), scopeEnd, c.mentions(), supporters);
            agentRef = Roles.ref(agent);
        }
        if (agentRef == null && (type == EventType.BOMBING || type == EventType.EXECUTION) && !passive
                && c.salience().group() != null && paragraphMentions(c, c.salience().group())) {
            agentRef = c.salience().group();
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
        if (type == EventType.WITHDRAWAL && agentRef == null
                || type == EventType.WITHDRAWAL && CIVILIANS.matcher(text.substring(Math.max(c.clause().start(), hit.start() - 60), hit.start())).find()) {
            return List.of();
        }
        List<Mention> places = places(c, frame, passive, nominal);
        if (type == EventType.WITHDRAWAL) {
            places = places.stream().filter(p -> !DESTINATION.matcher(text.substring(Math.max(0, p.span().start() - 30), p.span().start())).find()
                    || ORIGIN.matcher(text.substring(Math.max(0, p.span().start() - 30), p.span().start())).find()).toList();
        } else if (type != EventType.CAPTURE) {
            places = places.stream().filter(p -> !ORIGIN.matcher(text.substring(Math.max(0, p.span().start() - 30), p.span().start())).find()).toList();
        }
        if (places.isEmpty()) {
            return List.of();
        }
        DateRange shared = explicitDate(c, found);
        if (shared != null && mod.happened()) {
            narrative.date = shared;
        } else if (shared == null) {
            DateRange inherited = RECENT.matcher(text.substring(c.clause().start(), c.scopeEnd())).find() ? null : narrative.inherited();
            shared = inherited != null ? inherited : defaultDate(c);
        }
        List<Claim> out = new ArrayList<>();
        for (int p = 0; p < places.size(); p++) {
            Mention place = places.get(p);
            DateRange date = shared;
            if (places.size() > 1) {
                int until = p + 1 < places.size() ? places.get(p + 1).span().start() : c.scopeEnd();
                for (DateResolver.Found f : found) {
                    if (f.span().start() >= place.span().end() && f.span().end() <= until) {
                        date = f.range();
                        break;
                    }
                }
            }
            if (place.entity().kind() == EntityKind.COUNTRY
                    && (type != EventType.AIRSTRIKE || frame == Frame.WEAK || !c.clause().contains(place.span()))) {
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

    /** Whether the paragraph of the claim names this actor. */
    private static boolean paragraphMentions(Context c, EntityRef actor) {
        String text = c.text();
        int from = text.lastIndexOf('\n', c.sentence().start());
        int to = text.indexOf('\n', c.sentence().end());
        Span para = new Span(from < 0 ? 0 : from, to < 0 ? text.length() : to);
        for (Mention m : c.salience().mentions()) {
            if (para.contains(m.span()) && m.entity().equals(actor)) {
                return true;
            }
        }
        return false;
    }

    /** A verb-like trigger used as a noun after a determiner ("their advance") is nominal. */
    private static Frame effectiveFrame(String text, Span clause, Hit hit) {
        Frame frame = hit.def().frame();
        if (frame != Frame.ACTIVE) {
            return frame;
        }
        String word = text.substring(hit.start(), hit.end()).toLowerCase(Locale.ROOT);
        String before = text.substring(Math.max(clause.start(), hit.start() - 60), hit.start());
        if (!word.endsWith("ed") && !word.endsWith("ing") && DETERMINER.matcher(before).find()) {
            return Frame.NOMINAL;
        }
        return frame;
    }

    /** Actors right after an earlier verb trigger of the clause are its objects, not this trigger's subject. */
    private static List<Mention> objectsOfEarlierVerbs(Context c) {
        List<Mention> out = new ArrayList<>();
        for (int k = c.index() - 1; k >= 0; k--) {
            Hit prev = c.hits().get(k);
            if (prev.end() <= c.clause().start()) {
                break;
            }
            Frame f = effectiveFrame(c.text(), c.clause(), prev);
            if (f == Frame.NOMINAL || f == Frame.WEAK) {
                continue;
            }
            for (Mention m : c.mentions()) {
                if (m.span().start() >= prev.end() && m.span().end() <= c.hit().start()) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    private List<Mention> places(Context c, Frame frame, boolean passive, boolean nominal) {
        String text = c.text();
        Hit hit = c.hit();
        Span clause = c.clause();
        List<Mention> ms = new ArrayList<>();
        for (Mention m : c.mentions()) {
            String before = text.substring(Math.max(0, m.span().start() - 40), m.span().start());
            boolean reference = REFERENCE_POINT.matcher(before).find();
            boolean inAttribution = m.span().start() > hit.end()
                    && ATTRIBUTION_CUE.matcher(text.substring(hit.end(), m.span().start())).find();
            if (!(Roles.isPlace(m) && (reference || inAttribution))) {
                ms.add(m);
            }
        }
        if (passive || frame == Frame.FELL) {
            Mention subject = Roles.placeBefore(clause.start(), hit.start(), ms, false);
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
        if (SCENE.matcher(c.clause().of(text)).find()) {
            Mention salient = c.salience().lastPlaceBefore(hit.start());
            if (salient != null) {
                return List.of(salient);
            }
        }
        if (frame == Frame.WEAK) {
            return List.of();
        }
        Mention inSentence = null;
        for (Mention m : ms) {
            if (Roles.isPlace(m) && m.entity().kind() != EntityKind.COUNTRY
                    && !DESTINATION.matcher(text.substring(Math.max(0, m.span().start() - 30), m.span().start())).find()) {
                if (m.span().start() > hit.end() && inSentence != null) {
                    break;
                }
                inSentence = m;
            }
        }
        if (inSentence != null) {
            return Roles.coordinationGroup(text, inSentence, ms);
        }
        Mention topic = paragraphTopic(c);
        return topic == null ? List.of() : List.of(topic);
    }

    /** The settlement the paragraph so far names most often (at least twice), or null. */
    private static Mention paragraphTopic(Context c) {
        String text = c.text();
        int from = text.lastIndexOf('\n', c.sentence().start());
        java.util.Map<EntityRef, Integer> counts = new java.util.HashMap<>();
        Mention best = null;
        int bestCount = 0;
        for (Mention m : c.salience().mentions()) {
            if (m.span().start() <= from || m.span().start() >= c.hit().start()) {
                continue;
            }
            if (m.entity().kind() == EntityKind.SETTLEMENT) {
                int n = counts.merge(m.entity(), 1, Integer::sum);
                if (n > bestCount) {
                    best = m;
                    bestCount = n;
                }
            }
        }
        return bestCount >= 2 ? best : null;
    }

    private static DateRange explicitDate(Context c, List<DateResolver.Found> found) {
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
        return before == null ? null : before.range();
    }

    private static DateRange defaultDate(Context c) {
        int to = c.scopeEnd();
        LocalDate pub = c.published();
        if (pub != null && RECENT.matcher(c.text().substring(c.clause().start(), to)).find()) {
            return new DateRange(pub.minusDays(30), pub, null);
        }
        return DateResolver.undated(pub);
    }

    /** Generic names ("government forces", "Kurdish forces") resolved by the country of the place. */
    private EntityRef regional(String text, Mention m, EntityRef ref, EntityRef place) {
        if (m == null || ref == null) {
            return ref;
        }
        return regional.resolve(m.span().of(text), place).orElse(ref);
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
