package org.claimgraph.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.claimgraph.model.EntityKind;
import org.claimgraph.model.EventType;

/**
 * Whether a force that "entered" a town took it: "Taliban fighters entered Kabul", "on 18 December, entered the city",
 * "entered the centre of Bashiqa" did; troops that entered its outskirts, relieved its defenders ("entered Amerli,
 * ending a siege") or "entered Zumar but pulled out again" did not.
 */
final class TownEntry {
    private TownEntry() {
    }

    /** Whether the "entered" of this trigger took the town it names. */
    static boolean takesTown(TriggerContext c) {
        String text = c.text();
        return enteredTown(text, c.hit().end(), c.mentions()) && !siegeBroken(c) && !besiegedBefore(c)
                && !LEFT_AGAIN.matcher(text).region(c.hit().end(), c.sentence().end()).find();
    }

    /**
     * "for the next ten weeks Amerli was under siege" ... "broke through and entered Amerli": a town told as besieged
     * before it was entered, whether by its relief or by its besiegers ("entered Kobane again"): an assault on it.
     */
    private static boolean besiegedBefore(TriggerContext c) {
        String text = c.text();
        int at = Words.firstNonSpace(text, c.hit().end());
        for (Mention m : c.mentions()) {
            if (m.span().start() == at) {
                String name = Pattern.quote(m.span().of(text));
                return Pattern.compile("(?i)\\b(?:siege of|besieged|besieging|encircled)\\s+(?:the\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:town|city|village)\\s+of\\s+)?" + name
                        + "\\b|\\b" + name + "\\s+(?:was|remained|had been|has been|is)\\s+(?:still\\s+)?(?:under siege|besieged|encircled)")
                        .matcher(text).region(0, c.hit().start()).find();
            }
        }
        return false;
    }

    /** "entered Zumar in September but pulled out again": an entry undone, no town taken. */
    private static final Pattern LEFT_AGAIN = Pattern.compile("(?i)\\bbut\\s+(?:[\\w-]+\\s+){0,3}?(?:pulled out|pulled back|withdrew"
            + "|retreated|fell back|were (?:driven|pushed|forced) (?:out|back)|had to (?:withdraw|pull out|leave))\\b");

    /** Whether the sentence tells of a siege ended: "ending a siege that had left the town short of food". */
    private static boolean siegeBroken(TriggerContext c) {
        return c.hits().stream().anyMatch(h -> h.def().type() == EventType.SIEGE && h.start() >= c.sentence().start()
                && h.end() <= c.sentence().end() && EventFinder.SIEGE_BROKEN.matcher(c.text()).region(Math.max(c.sentence().start(), h.start() - 40), h.start()).find());
    }

    /** A town's name, or "the city", "the town", right after "entered"; not its outskirts, its quarters or a building. */
    private static boolean enteredTown(String text, int after, List<Mention> mentions) {
        int at = Words.firstNonSpace(text, after);
        var centre = ENTERED_CENTRE_OF.matcher(text).region(at, text.length());
        if (centre.lookingAt()) {
            // "entered the centre of Bashiqa": the town's heart, and the town with it
            at = centre.end();
        }
        if (ENTERED_TOWN_WORD.matcher(text).region(at, text.length()).lookingAt()) {
            return true;
        }
        for (Mention m : mentions) {
            if (m.span().start() == at || m.span().start() == at + 4 && text.startsWith("the ", at)) {
                return m.entity().kind() == EntityKind.SETTLEMENT
                        && !ENTERED_PART_AFTER.matcher(text).region(m.span().end(), text.length()).lookingAt();
            }
        }
        return false;
    }

    private static final Pattern ENTERED_CENTRE_OF = Pattern.compile("the (?:centre|center|heart) of\\s+");
    private static final Pattern ENTERED_TOWN_WORD = Pattern.compile("the (?:city|town|village)\\b(?!\\s*(?:'s|’s|limits|outskirts|suburbs)\\b)");
    /** "entered Baiji's refinery", "entered Raqqa's outskirts": a part of the town, not the town. */
    private static final Pattern ENTERED_PART_AFTER = Pattern.compile("(?:'s|’s)|\\s+(?:city\\s+)?(?:outskirts|suburbs|refinery|airport|prison|base|neighbou?rhoods?|districts?)\\b");
}
