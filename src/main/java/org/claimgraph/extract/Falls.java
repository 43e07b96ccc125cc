package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.claimgraph.model.Claim;
import org.claimgraph.model.DateRange;
import org.claimgraph.model.EntityKind;
import org.claimgraph.model.EntityRef;
import org.claimgraph.model.Event;
import org.claimgraph.model.EventType;
import org.claimgraph.model.Span;

/**
 * Towns that fell in a campaign told as a list: "Kunduz fell two days later", "Herat fell on 12 August and Kandahar the
 * following morning". A fall names its town and its time, and often neither its taker nor a verb of its own.
 */
final class Falls {
    private Falls() {
    }

    /**
     * "Zaranj ... the day the Taliban took the city." then "Kunduz fell two days later" and, a paragraph on, "Herat fell
     * on 12 August": a town that fell to no one named fell to whoever took the last town of this paragraph or the one
     * before, the campaign's taker.
     */
    static List<Claim> withCampaignTaker(String text, List<Claim> made, List<Claim> before) {
        if (made.isEmpty()) {
            return made;
        }
        int last = EventFinder.paragraphStart(text, made.get(0).evidence().start()) - 1;
        while (last > 0 && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        int from = EventFinder.paragraphStart(text, Math.max(0, last));
        EntityRef taker = null;
        for (int k = before.size() - 1; k >= 0 && before.get(k).evidence().start() >= from; k--) {
            if (before.get(k).about() instanceof Event e && e.type() == EventType.CAPTURE && e.agent() != null
                    && before.get(k).modality().happened()) {
                taker = e.agent();
                break;
            }
        }
        if (taker == null) {
            return made;
        }
        List<Claim> out = new ArrayList<>(made.size());
        for (Claim k : made) {
            if (k.about() instanceof Event e && e.type() == EventType.CAPTURE && e.agent() == null && !taker.equals(e.target())) {
                k = new Claim(k.evidence(), new Event(e.type(), e.place(), taker, e.target(), e.supportedBy(), e.date()),
                        k.modality(), k.confidence(), k.attributedTo(), k.via());
            }
            out.add(k);
        }
        return out;
    }

    /**
     * "Herat fell on 12 August and Kandahar the following morning", "Kidal fell on 30 March and Gao the following
     * day": a second town that fell, told with its own time and no verb of its own; its fall is the first one's,
     * a day or more later.
     */
    static List<Claim> elided(TriggerContext c, List<Claim> made, List<DateResolver.Found> found) {
        Claim first = made.stream().filter(k -> k.about() instanceof Event e && e.type() == EventType.CAPTURE).findFirst().orElse(null);
        if (first == null) {
            return List.of();
        }
        Event fall = (Event) first.about();
        String text = c.text();
        List<Claim> out = new ArrayList<>();
        for (Mention m : c.mentions()) {
            if (m.entity().kind() != EntityKind.SETTLEMENT || m.span().start() <= c.hit().end() || m.entity().equals(fall.place())) {
                continue;
            }
            var and = ELIDED_AND.matcher(text).region(Math.max(c.hit().end(), m.span().start() - 14), m.span().start());
            if (!and.find()) {
                continue;
            }
            DateRange date = null;
            // "and Kunduz followed on 8 August": the verb that says the second fall is the first one's
            var followed = FOLLOWED.matcher(text).region(m.span().end(), c.sentence().end());
            int after = followed.lookingAt() ? followed.end() : m.span().end();
            var later = DAYS_LATER.matcher(text).region(after, c.sentence().end());
            if (later.lookingAt() && fall.date().isOneDay()) {
                int days = later.group(1) == null ? 1 : DateResolver.count(later.group(1));
                date = DateRange.day(fall.date().notBefore().plusDays(days), null);
            } else {
                for (DateResolver.Found f : found) {
                    if (f.span().start() == after + 4 && text.startsWith(" on ", after)
                            && END_OF_CONJUNCT.matcher(text).region(f.span().end(), c.sentence().end()).lookingAt()) {
                        date = f.range();
                    }
                }
            }
            if (date != null) {
                int from = and.start();
                while (text.charAt(from) == ',' || Character.isWhitespace(text.charAt(from))) {
                    from++;
                }
                Span evidence = new Span(from, Math.min(c.sentence().end(), m.span().end() + 30));
                out.add(new Claim(evidence, new Event(EventType.CAPTURE, m.entity(), fall.agent(), fall.target(), fall.supportedBy(), date),
                        first.modality(), first.confidence(), first.attributedTo(), first.via()));
            }
        }
        return out;
    }

    /** " and " right before the second town (a comma allowed): "... on 30 March and Gao". */
    private static final Pattern ELIDED_AND = Pattern.compile(",?\\s+and\\s+(?:the\\s+(?:town|city)\\s+of\\s+)?$");
    /** "the following morning", "the next day", "two days later", then the end of the clause. */
    private static final Pattern DAYS_LATER = Pattern.compile("(?i)\\s+(?:(?:the\\s+)?(?:following|next)\\s+(?:day|morning|afternoon|evening|night)"
            + "|(?:a|(one|two|three|four|five|six|seven))\\s+days?\\s+later)\\s*(?:[.;,]|$)");
    private static final Pattern FOLLOWED = Pattern.compile("\\s+followed(?=\\s)");
    private static final Pattern END_OF_CONJUNCT = Pattern.compile("\\s*(?:[.;,]|$)");
}
