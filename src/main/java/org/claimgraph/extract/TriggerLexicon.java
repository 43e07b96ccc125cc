package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.model.EventType;

/**
 * The words that signal the twelve event types, with how their roles are laid out. All triggers are
 * compiled into one pattern, matched once per sentence.
 */
final class TriggerLexicon {
    /** How a trigger's roles sit around it. */
    enum Frame {
        /** agent before, patient/object after: "the SDF retook Raqqa". */
        ACTIVE,
        /** the object is inside the trigger phrase: "pushed ISIS fighters out of Raqqa". */
        OBJECT_INSIDE,
        /** loser before, gainer after "to": "they lost Tikrit to the army". */
        LOSS,
        /** place before, gainer after "to": "Tikrit fell to ISIS". */
        FELL,
        /** a noun: agent adjectival before or after "by", target after "against/on". */
        NOMINAL,
        /** a weak noun or verb that needs its place in the same clause, not a whole country. */
        WEAK
    }

    /** One trigger: its type and frame. */
    record Def(EventType type, Frame frame, String regex) {
    }

    /** A trigger found in a sentence. */
    record Hit(Def def, int start, int end) {
    }

    private static final List<Def> DEFS = List.of(
        // Capture
        new Def(EventType.CAPTURE, Frame.OBJECT_INSIDE,
            "(?:push|pushed|pushing|drove|drive|driven|driving|forced|forcing|expelled|expelling|ousted|ousting|removed|removing|kicked)"
            + " (?:[\\w\u2019'-]+ ){0,5}?(?:out of|from)"),
        new Def(EventType.CAPTURE, Frame.LOSS, "(?:lost|lose|loses|losing)(?! ground| momentum| fighters| men| territory| \\d)"),
        new Def(EventType.CAPTURE, Frame.NOMINAL, "(?:the |its |their )?(?:loss|fall|recapture|capture|seizure|liberation|takeover) of"),
        new Def(EventType.CAPTURE, Frame.FELL, "(?:fell|falling|fall|falls) (?:back )?(?:in)?to"),
        new Def(EventType.CAPTURE, Frame.ACTIVE,
            "(?:retook|retake|retakes|retaken|retaking|recaptured|recapture|recaptures|recapturing|captured|capture|captures|capturing"
            + "|seized|seize|seizes|seizing|overran|overrun|overruns|overrunning|liberated|liberate|liberates|liberating"
            + "|took back|take back|taken back|taking back|takes back|took over|take over|taken over|takes over|taking over"
            + "|took control of|take control of|taken control of|taking control of|seized control of|takeover"
            + "|took(?! part| place| out)|take(?! part| place| out| years| weeks| months| time)|taken(?! out| part| place| into)|takes(?! part| place)|regained|regain|reclaimed|reclaiming|won back|cleared|clearing|secured|secure)"),
        // Withdrawal
        new Def(EventType.WITHDRAWAL, Frame.ACTIVE,
            "(?:withdrew|withdrawn|withdraw|withdraws|withdrawing|withdrawal|pulled out|pull out|pulling out|pulls out"
            + "|pulled back|pull back|pulling back|fled|flee|flees|fleeing|abandoned|abandon|abandons|abandoning"
            + "|retreated|retreat|retreating|retreats|ceded|cede|cedes|ceding|evacuated|slipped away|slip away)"),
        // Airstrike
        new Def(EventType.AIRSTRIKE, Frame.NOMINAL,
            "(?:airstrikes?|air strikes?|air raids?|air campaign|air support|aerial bombardment|bombing raids?|strike campaign)"),
        new Def(EventType.AIRSTRIKE, Frame.ACTIVE, "(?:bombed|bomb|bombs|bombarded|pounded|pound|pounding)"),
        new Def(EventType.AIRSTRIKE, Frame.WEAK, "(?:struck|strikes|striking|hitting|conducted strikes)"),
        // Bombing
        new Def(EventType.BOMBING, Frame.NOMINAL,
            "(?:suicide (?:car )?bomb(?:ing|ings|ers?|s)?|car bombs?|truck bombs?|bombings?|blew themselves up|blasts?|explosions?"
            + "|IEDs?|improvised explosive devices?|terror(?:ist)? attacks?|suicide attacks?)"),
        // Assault
        new Def(EventType.ASSAULT, Frame.NOMINAL,
            "(?:offensives?|counter-?offensive|counter-?attacks?|assaults?|onslaught|incursions?|advance on|advance against"
            + "|advance toward|advance towards|advance into|advance in|operation to (?:retake|recapture|liberate)|push (?:on|into|toward|towards)|attacks? on)"),
        new Def(EventType.ASSAULT, Frame.ACTIVE,
            "(?:advanced|advancing|advances|advance|attacked|attacking|stormed|storming|pushed into|pushing into|moved on|fought (?:their|its) way into"
            + "|broke through|broke into|entered)"),
        new Def(EventType.ASSAULT, Frame.WEAK, "(?:attacks?|operation|campaign)"),
        // Siege
        new Def(EventType.SIEGE, Frame.ACTIVE, "(?:besieging|besieged|besiege|besieges|encircled|encircling|lay siege to|laid siege to|blockaded)"),
        new Def(EventType.SIEGE, Frame.NOMINAL, "(?:siege|blockade)"),
        // Clash
        new Def(EventType.CLASH, Frame.ACTIVE, "(?:clashed|clash|clashes|clashing|exchanged fire|skirmished)"),
        new Def(EventType.CLASH, Frame.WEAK, "(?:fighting|fought|battles?|firefights?)"),
        // Killing
        new Def(EventType.KILLING, Frame.ACTIVE,
            "(?:killed|killing|kills|kill|massacred|massacre|shot dead|slaughtered|murdered|eliminated|shooting)"),
        // Execution
        new Def(EventType.EXECUTION, Frame.ACTIVE,
            "(?:executed|executing|executes|execute|executions?|beheaded|beheading|beheadings|behead)"),
        // Surrender
        new Def(EventType.SURRENDER, Frame.ACTIVE,
            "(?:surrendered|surrendering|surrenders|surrender|laid down their arms|gave themselves up)"),
        // Destruction
        new Def(EventType.DESTRUCTION, Frame.ACTIVE,
            "(?:destroyed|destroying|destroys|destroy|destruction of|demolished|demolishing|bulldozed|bulldozing|blew up|blown up"
            + "|blowing up|smashed|smashing|razed|razing|set fire to|set on fire|torched|reduced to rubble|dynamited)"),
        // Detention
        new Def(EventType.DETENTION, Frame.ACTIVE,
            "(?:arrested|arresting|arrests?|detained|detaining|detains|detain|detention|abducted|abducting|abduction|kidnapped"
            + "|kidnapping|rounded up|taken hostage|held hostage|hostages)")
    );

    private static final Pattern ALL;

    static {
        StringBuilder b = new StringBuilder("(?i)\\b(?:");
        for (int i = 0; i < DEFS.size(); i++) {
            if (i > 0) {
                b.append('|');
            }
            b.append("(?<t").append(i).append('>').append(DEFS.get(i).regex()).append(')');
        }
        b.append(")\\b");
        ALL = Pattern.compile(b.toString());
    }

    private TriggerLexicon() {
    }

    /** The triggers in text[from, to), in text order, without overlaps. */
    static List<Hit> find(String text, int from, int to) {
        List<Hit> out = new ArrayList<>();
        Matcher m = ALL.matcher(text).region(from, to);
        while (m.find()) {
            for (int i = 0; i < DEFS.size(); i++) {
                if (m.start("t" + i) >= 0) {
                    out.add(new Hit(DEFS.get(i), m.start(), m.end()));
                    break;
                }
            }
        }
        return out;
    }
}
