package org.claimgraph.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.claimgraph.extract.TriggerLexicon.Frame;
import org.claimgraph.extract.TriggerLexicon.Hit;
import org.claimgraph.model.EventType;
import org.claimgraph.model.Span;

/**
 * Triggers that name no event of their own: an assault noun inside the agent phrase of a loss, bombs
 * that a strike hits (weapons), standing descriptions ("the coalition fighting it"), ways or
 * measures taken ("the roads taken by pilgrims") and an event named as a time ("during the advance").
 */
final class TriggerFilter {
    private static final Pattern SUPPRESS_IN_AGENT = Pattern.compile(
            "(?i)\\b(?:to|by)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,4}$");
    /** "the coalition fighting it": a standing description, not a clash. */
    private static final Pattern REDUCED_RELATIVE = Pattern.compile(
            "(?i)\\b(?:coalition|alliance|forces|troops|countries|nations|states|groups|militias|fighters|governments?)\\s+fighting$");
    private static final Pattern REDUCED_RELATIVE_END = Pattern.compile(
            "(?i)\\s+(?:it|them|him|her|the group|the militants|the jihadists|(?:the\\s+)?(?:Islamic State|ISIS|ISIL|IS|Daesh))\\b");

    /** "the roads taken by pilgrims", "the steps taken by the council": a way or a measure taken, not a place. */
    private static final Pattern TAKEN_WAY = Pattern.compile(
            "(?i)\\b(?:roads?|routes?|paths?|way|journey|steps|decisions?|measures|actions?|precautions|approach|course|stance)\\s+$");

    private static final Pattern IDIOM_TAKE = Pattern.compile("(?i)(?:take|takes|taking|taken|took)\\s+(?:(?:your|their|his|her|our|my|its)\\s+time"
            + "|part\\b|place\\b|care\\b|note\\b|a (?:look|seat|break|walk|photo|picture)\\b|photos?\\b|pictures?\\b"
            // "two guesthouses in Arsal take walkers": guests taken in
            + "|(?:walkers|guests|visitors|bookings|reservations|passengers|customers|orders|questions|calls)\\b"
            // "the guesthouse took me in without a booking": a person given shelter
            + "|(?:me|us|him|her|them|you) (?:in|on|home|along|aside)\\b"
            // "taking 251 hostages": people seized (a detention), no place taken
            + "|(?:[\\d,]+ |dozens of |hundreds of |scores of |several |some )?(?:more )?(?:hostages|prisoners|captives)\\b"
            // "took their revenge on the villages": a reprisal, no place taken
            + "|(?:(?:their|its|his|her|our|my) )?revenge\\b)");

    /** "imagery of the base, taken before and after the strike": pictures taken, not a place. */
    private static final Pattern PICTURES_TAKEN = Pattern.compile(
            "(?i)\\b(?:imagery|images?|photos?|photographs?|pictures?|footage|videos?|samples?|screenshots?|negatives|slides"
            + "|recordings?|readings?|measurements|testimon(?:y|ies))\\b[^.;]{0,40}$");
    /** A game's words: a side that "attacked for ninety minutes and still lost on penalties" fought no battle. */
    private static final Pattern SPORT = Pattern.compile("(?i)\\b(?:on penalties|penalty (?:kick|shoot-?out)|half-time|kick-off"
            + "|league table|goalkeepers?|scored (?:a |the |an? \\w+ )?goals?|cup final|(?:lost|won|drew) \\d{1,2}[-\u2013]\\d{1,2}"
            // "the under-16 netball team laid siege to the Harwick Cup", "stormed to a 6-2 win"
            + "|(?:net|foot|basket|hand|volley)ball|rugby|cricket|hockey|five-a-side|(?-i:Cup)"
            + "|\\d{1,2}[-\u2013]\\d{1,2} (?:win|victory|defeat|loss|draw))\\b");
    /** The words of a market report: "bulls", "in London trading", "share prices". */
    private static final Pattern MARKET = Pattern.compile("(?i)\\b(?:bulls|bears|traders|in (?:[\\w-]+ ){0,2}trading|stock markets?"
            + "|share prices?|futures|bond yields?)\\b");
    /** A dictionary's word class right after the word: " (n.)", " (v.)", " (noun)". */
    private static final Pattern HEADWORD = Pattern.compile("\\s*\\((?:n|v|vb|adj|noun|verb)\\.?\\)");
    /** A building burnt or blown up, whatever game is played in it. */
    private static final Pattern BURNT = Pattern.compile("(?i)(?:set|burn|torch|blew|blown|blow)");
    /** "captured the bread man of Siversk better than anyone", "captured the moment on film": a likeness, not a capture. */
    private static final Pattern ON_FILM = Pattern.compile("(?i)\\s+(?:[\\w'\u2019-]+\\s+){1,6}?(?:on (?:film|camera|tape|video)"
            + "|better than (?:anyone|anybody|most)|in (?:his|her|their|a|one) (?:photos?|photographs?|pictures?|lens|films?|paintings?))\\b");
    /** "claimed in a video that his fighters had taken Bakhmut": what a picture shows someone had taken, a place. */
    private static final Pattern CLAIMED_TAKEN = Pattern.compile("(?i)\\bthat\\b[^.;]*\\b(?:had|has|have)\\s+$");
    /** "captured the team prize", "took the title", "seized the initiative": a prize or a chance won, no place taken. */
    private static final Pattern PRIZE_TAKEN = Pattern.compile("(?i)\\s+(?:the|a|an|their|his|her|its|our|my|your)\\s+(?:[\\w-]+\\s+){0,2}?"
            + "(?:prizes?|title|trophy|cup|medals?|championship|crown|points|lead|awards?|imagination|hearts?|attention|mood"
            + "|moment|spirit|headlines|initiative|record)\\b");
    /** "A heatwave besieged the orchards", "storms hit the coast": weather as the subject right before the verb. */
    private static final Pattern WEATHER_SUBJECT = Pattern.compile("(?i)\\b(?:heat ?waves?|heat|drought|floods?|flooding|storms?"
            + "|snow(?:storms?)?|blizzards?|rains?|downpours?|hail|frost|fog|dust ?storms?|sandstorms?|winds?|cyclones?|hurricanes?"
            + "|typhoons?|wildfires?|locusts?)\\s+(?:\\w+ly\\s+)?$");

    /** "The job on the Frankfurt runner was killed": a process or a plan stopped, no one dead. */
    private static final Pattern THING_KILLED = Pattern.compile("(?i)\\b(?:jobs?|process(?:es)?|tasks?|builds?|servers?|containers?"
            + "|scripts?|quer(?:y|ies)|sessions?|apps?|applications?|programs?|bills?|deals?|plans?|projects?|proposals?|ideas?"
            + "|stor(?:y|ies)|engines?|runners?|threads?|pipelines?)(?:\\s+(?:on|in|of|for|at)\\s+(?:the\\s+|a\\s+)?[\\w-]+(?:\\s+[\\w-]+)?)?"
            + "\\s+(?:was|were|got|has been|had been|have been|is|are)\\s+(?:\\w+ly\\s+)?$");
    /** "has killed schedule reliability", "killed any hope of a deal": a hope or a trend ended, no one dead. */
    private static final Pattern HOPE_KILLED = Pattern.compile("(?i)\\s+(?:[\\w-]+\\s+){0,2}?(?:reliability|hopes?|chances?"
            + "|momentum|prospects?|appetite|enthusiasm|morale|mood|conversation|debate)\\b");
    /** "smashed our first funding milestone", "shattered the record": a mark passed, nothing destroyed. */
    private static final Pattern MARK_BROKEN = Pattern.compile("(?i)\\s+(?:the|a|an|their|his|her|its|our|my|your|every)\\s+"
            + "(?:[\\w-]+\\s+){0,3}?(?:milestones?|records?|targets?|goals?|expectations|barriers?|ceilings?|forecasts?)\\b");
    /** A cook's words: "Fry the onions slowly until they surrender", "knead the dough until it gives up". */
    private static final Pattern KITCHEN = Pattern.compile("(?i)\\b(?:fry|frying|simmer|simmered|simmering"
            + "|knead|kneaded|kneading|saut[eé](?:ed|ing)?|whisk|whisked|dough|ladle|tbsp|tsp)\\b");
    /** "I can take Minova and Kavumu": one person taking on a task, no place taken. */
    private static final Pattern FIRST_PERSON = Pattern.compile("(?<![\\w'’])I(?:\\s+(?:can|could|will|shall|would|might|may)(?:\\s+also)?|'ll|’ll)?\\s+$");

    /** "Cleared the Black Sea", "cleared customs": a ship's passage or a formality, no place taken. */
    private static final Pattern CLEARED_PASSAGE = Pattern.compile("(?i)cleared\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:Sea|Strait|Straits"
            + "|Bosporus|Bosphorus|Dardanelles|Channel|Canal|harbou?r|port|customs|berth|anchorage|breakwater|locks?)\\b");
    /** "destroyed two drones", "destroyed 14 missiles": weapons brought down in flight, nothing on the ground destroyed. */
    private static final Pattern WEAPONS_DOWNED = Pattern.compile("(?i)\\s+(?:all\\s+)?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten"
            + "|dozens of|several|both|the|all the)?\\s*(?:incoming\\s+|enemy\\s+|Ukrainian\\s+|Russian\\s+)?(?:drones|drone|missiles?|rockets|UAVs?|Shaheds?)\\b");

    /** "captured Humvees", "seized weapons and ammunition": taken gear named by the participle before it. */
    private static final Pattern CAPTURED_GEAR = Pattern.compile("(?i)(?:captured|seized|looted|stolen)\\s+(?:[\\w-]+\\s+)?"
            + "(?:humvees?|vehicles|tanks|weapons|arms|ammunition|equipment|pick-?ups|trucks|armou?red cars|rifles|documents)\\b");
    /** Military materiel destroyed: "two ISIL tactical vehicles", "15 fighting positions", "an ISIL weapons cache". */
    private static final Pattern MATERIEL = Pattern.compile("(?i)\\s+(?:[\\w-]+\\s+){0,4}?(?:vehicles?|fighting positions?"
            + "|positions?|caches?|weapons?|machine guns?|guns?|bunkers?|tanks?|excavators?|bulldozers?|mortars?|artillery"
            + "|launchers?|rockets?|boats?|staging (?:areas?|locations?)|assembly areas?|VBIEDs?|equipment|depots?|nodes?"
            + "|trucks?|technicals?|checkpoints?|command-and-control|tunnels?)\\b");

    /** At most a word or two between two triggers of one type, no list or clause between them. */
    private static final Pattern SAME_EVENT_GAP = Pattern.compile("\\s+(?:\\w+\\s+)?");
    /** ", nine " before "strikes that day": the count of what the verb before told, not another event. */
    private static final Pattern COUNTED_AGAIN = Pattern.compile("(?i)[^.;!?]*,\\s+(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|a dozen|dozens of|several)\\s+(?:\\w+\\s+)?");

    /** An aircraft as the subject right before a verb: "the plane ", "a Syrian Sukhoi jet ", "two drones ". */
    private static final Pattern AIRCRAFT_SUBJECT = Pattern.compile("(?i)\\b(?:plane|jet|aircraft|warplane|drone|helicopter|airliner)s?"
            + "\\s+(?:\\w+ly\\s+)?$");

    /** "during the advance", "after the fighting": an event told before, named as a time. */
    private static final Pattern TIME_OF_EVENT = Pattern.compile(
            "(?i)\\b(?:during|after|before|since|throughout|amid|until)\\s+(?:the|this|that|their|its)\\s+"
            + "(?:(?:final|first|last|main|ground|recent|whole|entire|initial|later|earlier|federal|\\w+-(?:day|week|month)|\\w+-led)\\s+)?$");
    /** "The attacks came weeks after ...": events just told, placed in time against another, not told again. */
    private static final Pattern TOLD_AGAIN_BEFORE = Pattern.compile("(?i)\\W*(?:the|these|those|both|the two) (?:[\\w-]+ )?");
    private static final Pattern TOLD_AGAIN_AFTER = Pattern.compile("(?i)\\s+(?:came|come|followed|occurred|happened)\\s+"
            + "(?:(?:just|only|barely|some|about|a|an|one|two|three|four|five|six|several|few|days?|weeks?|months?|years?|hours?)\\s+)*"
            + "(?:after|before|as|amid|while|when)\\b");
    /** A short quoted label on a thing: "\"air raid\" delay cachet", "\"Faw liberated\" handstamp". */
    private static final Pattern QUOTED_LABEL = Pattern.compile("(?i)[\"\u201c][^\"\u201c\u201d\\n]{1,30}[\"\u201d]\\s+(?:[\\w-]+\\s+)?"
            + "(?:cachets?|handstamps?|stamps?|overprints?|postmarks?|labels?|banners?|signs?|slogans?|posters?|badges?|patch(?:es)?"
            + "|decals?|markings?|inscriptions?|stickers?|captions?)\\b");

    /** How far before a trigger the quotation mark that opens a label may stand. */
    private static final int LABEL_REACH = 30;

    /** The nearest quotation mark at or before offset, no more than reach characters back; else -1. */
    private static int openingQuoteBefore(String text, int offset, int reach) {
        for (int i = Math.min(offset, text.length() - 1); i >= Math.max(0, offset - reach); i--) {
            char ch = text.charAt(i);
            if (ch == '"' || ch == '\u201c') {
                return i;
            }
        }
        return -1;
    }

    /** "authorised targeted air strikes": strikes decided on, told when they are flown. */
    private static final Pattern AUTHORISED = Pattern.compile("(?i)\\b(?:authori[sz]ed|authori[sz]es|authori[sz]ing|approved|approves"
            + "|sanctioned)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}$");
    /** Nothing after the noun but the end of its clause: no "on Mosul", "for the city". */
    private static final Pattern NO_COMPLEMENT = Pattern.compile("^\\s*(?:[.,;:)!?]|$)");

    /** "(archive documentary, 102 min)" after a title in a programme: a film and its running time, not an event. */
    private static final Pattern LISTED_WORK = Pattern.compile("(?i)\\([^()\\n]*\\b(?:documentary|docudrama|film)\\b[^()\\n]*"
            + "\\b\\d{1,3}\\s*(?:min|mins|minutes)\\b[^()\\n]*\\)");

    private TriggerFilter() {
    }

    /**
     * The hits without the flights among them ("the plane crossed about two kilometres into the Golan Heights"): no
     * ground attack, and no trigger that would keep the place from the downing told before it.
     */
    static List<Hit> withoutFlights(String text, List<Hit> hits, Span sentence) {
        if (hits.stream().noneMatch(h -> h.def().type() == EventType.ASSAULT)) {
            return hits;
        }
        return hits.stream().filter(h -> h.def().type() != EventType.ASSAULT || !AIRCRAFT_SUBJECT.matcher(text)
                .region(Math.max(sentence.start(), h.start() - 40), h.start()).find()).toList();
    }

    /** An assault noun inside the agent phrase of a loss ("lose it to a regime advance") is no event. */
    static boolean suppressed(String text, List<Hit> hits, int h, Span clause) {
        Hit hit = hits.get(h);
        if (hit.end() < text.length() && text.charAt(hit.end()) == '=' || hit.start() > 0 && text.charAt(hit.start() - 1) == '=') {
            // "Reverted destroyed=yes on the pontoon crossing": a map's tag, not an event
            return true;
        }
        if (hit.def().type() == EventType.CAPTURE && CAPTURED_GEAR.matcher(text).region(hit.start(), Math.min(clause.end(), hit.end() + 40)).lookingAt()) {
            // "in pick-ups and captured Humvees": what the fighters rode in, taken earlier, not a place taken
            return true;
        }
        if (codeWord(text, hit, clause)) {
            // "coded as CAPTURE (25 April), SIEGE of the hospital and WITHDRAWAL": a codebook's category, not an event
            return true;
        }
        int lineEnd = text.indexOf('\n', hit.end());
        if (LISTED_WORK.matcher(text).region(hit.end(), lineEnd < 0 ? text.length() : lineEnd).find()) {
            // "• Winter in Mostar: a city under siege (documentary, 95 min) — Sat 4 May": a film's title in a programme
            return true;
        }
        int quote = openingQuoteBefore(text, hit.start(), LABEL_REACH);
        if (quote >= 0 && QUOTED_LABEL.matcher(text).region(quote, Math.min(text.length(), hit.end() + 60)).lookingAt()) {
            // "an express cover bearing a red \"air raid\" delay cachet": the words of a label, no event
            return true;
        }
        if (hit.def().type() == EventType.AIRSTRIKE && hit.def().frame() == TriggerLexicon.Frame.NOMINAL
                && AUTHORISED.matcher(text).region(Math.max(clause.start(), hit.start() - 40), hit.start()).find()) {
            // "Barack Obama authorised targeted air strikes in northern Iraq": a decision, not a strike
            return true;
        }
        if (hit.def().frame() != TriggerLexicon.Frame.ACTIVE
                && TOLD_AGAIN_BEFORE.matcher(text).region(clause.start(), hit.start()).matches()
                && TOLD_AGAIN_AFTER.matcher(text).region(hit.end(), clause.end()).lookingAt()) {
            // "The attacks came weeks after US special forces captured ...": the rocket attacks told before
            return true;
        }
        if (TIME_OF_EVENT.matcher(text).region(Math.max(clause.start(), hit.start() - 40), hit.start()).find()
                && NO_COMPLEMENT.matcher(text).region(hit.end(), clause.end()).lookingAt()) {
            // "Coalition aircraft struck positions around Shirqat during the advance."
            return true;
        }
        if (hit.def().type() == EventType.BOMBING && weaponObject(text, hits, h, clause)) {
            return true;
        }
        if (hit.def().type() == EventType.DESTRUCTION && struckMateriel(text, hits, h, clause)) {
            return true;
        }
        if (hit.def().type() == EventType.CLASH && REDUCED_RELATIVE.matcher(text).region(Math.max(clause.start(), hit.end() - 40), hit.end()).find()
                && REDUCED_RELATIVE_END.matcher(text).region(hit.end(), clause.end()).lookingAt()) {
            return true;
        }
        if (h > 0 && hits.get(h - 1).def().type() == hit.def().type() && hits.get(h - 1).end() >= clause.start()
                && SAME_EVENT_GAP.matcher(text).region(hits.get(h - 1).end(), hit.start()).matches()) {
            // "a suicide bomber blows himself up": the noun and its verb tell one event
            return true;
        }
        if (h > 0 && hits.get(h - 1).def().type() == hit.def().type()
                && COUNTED_AGAIN.matcher(text).region(hits.get(h - 1).end(), hit.start()).matches()) {
            // "began striking positions around the dam on 16 August, nine strikes that day"
            return true;
        }
        if (hit.def().type() == EventType.CAPTURE
                && IDIOM_TAKE.matcher(text).region(hit.start(), Math.min(clause.end(), hit.end() + 30)).lookingAt()) {
            // "Please take your time", "took part in", "takes place": no place taken
            return true;
        }
        if (hit.def().type() == EventType.CAPTURE && CLEARED_PASSAGE.matcher(text).region(hit.start(), clause.end()).lookingAt()) {
            // "Entered Bosporus, pilot on board. Cleared the Black Sea."
            return true;
        }
        if (hit.def().type() == EventType.DESTRUCTION && WEAPONS_DOWNED.matcher(text).region(hit.end(), clause.end()).lookingAt()) {
            // "says it repelled the attack and destroyed two drones"
            return true;
        }
        if (hit.def().type() == EventType.KILLING
                && THING_KILLED.matcher(text).region(Math.max(clause.start(), hit.start() - 60), hit.start()).find()) {
            // "The job on the Frankfurt runner was killed after 6h 00m"
            return true;
        }
        if (hit.def().type() == EventType.CAPTURE
                && FIRST_PERSON.matcher(text).region(Math.max(clause.start(), hit.start() - 20), hit.start()).find()) {
            // "I can take Minova and Kavumu; someone else please do Goma's outskirts"
            return true;
        }
        if (hit.def().type() == EventType.CAPTURE && hit.def().frame() == Frame.ACTIVE
                && PRIZE_TAKEN.matcher(text).region(hit.end(), clause.end()).lookingAt()) {
            // "We captured the team prize at Ravensholm"
            return true;
        }
        if (hit.def().frame() == Frame.ACTIVE && (hit.def().type() == EventType.SIEGE || hit.def().type() == EventType.ASSAULT
                || hit.def().type() == EventType.AIRSTRIKE || hit.def().type() == EventType.DESTRUCTION)
                && WEATHER_SUBJECT.matcher(text).region(Math.max(clause.start(), hit.start() - 30), hit.start()).find()) {
            // "A heatwave besieged Jalalabad's orchards": the weather, not a force
            return true;
        }
        if (hit.def().type() == EventType.KILLING && hit.def().frame() == Frame.ACTIVE
                && HOPE_KILLED.matcher(text).region(hit.end(), clause.end()).lookingAt()) {
            // "Port congestion has killed schedule reliability"
            return true;
        }
        if (hit.def().type() == EventType.DESTRUCTION && MARK_BROKEN.matcher(text).region(hit.end(), clause.end()).lookingAt()) {
            // "we smashed our first funding milestone in under three weeks"
            return true;
        }
        if (hit.def().type() != EventType.KILLING && MARKET.matcher(text).region(clause.start(), clause.end()).find()) {
            // "Crude bulls surrendered again in London trading last week": prices, not armies
            return true;
        }
        if (HEADWORD.matcher(text).region(hit.end(), clause.end()).lookingAt()) {
            // a glossary's entry: "air strike (n.) - pambobomba mula sa himpapawid"
            return true;
        }
        if (KITCHEN.matcher(text).region(clause.start(), clause.end()).find()) {
            // a recipe's method: "Fry the onions slowly until they surrender"
            return true;
        }
        if (hit.def().type() != EventType.KILLING && SPORT.matcher(text).region(clause.start(), clause.end()).find()
                && !(hit.def().type() == EventType.DESTRUCTION && BURNT.matcher(text).region(hit.start(), hit.end()).lookingAt())) {
            // "Last year the Adamawa side attacked for ninety minutes and still lost on penalties" (but "the ice hockey
            // club's arena was looted and set on fire" is a building burnt)
            return true;
        }
        if (hit.def().type() == EventType.CAPTURE && text.regionMatches(true, hit.start(), "captur", 0, 6)
                && (pictureTaken(text, hit) || ON_FILM.matcher(text).region(hit.end(), clause.end()).lookingAt())) {
            // "satellite images captured over Monywa", "He captured the bread man of Siversk better than anyone"
            return true;
        }
        if (hit.def().type() == EventType.CAPTURE && text.regionMatches(true, hit.start(), "take", 0, 4)
                && (TAKEN_WAY.matcher(text).region(Math.max(clause.start(), hit.start() - 20), hit.start()).find()
                || text.regionMatches(true, hit.start(), "taken", 0, 5) && pictureTaken(text, hit))) {
            return true;
        }
        if (h == 0 || hit.def().type() != EventType.ASSAULT) {
            return false;
        }
        Hit prev = hits.get(h - 1);
        if (prev.end() < clause.start() || prev.def().type() != EventType.CAPTURE) {
            return false;
        }
        return SUPPRESS_IN_AGENT.matcher(text.substring(prev.end(), hit.start())).find();
    }

    /**
     * Whether what was taken or captured is a picture ("imagery of the base, taken before the strike", "satellite images
     * captured over Monywa"), not what a picture shows someone had taken ("claimed in a video that his fighters had taken
     * Bakhmut").
     */
    private static boolean pictureTaken(String text, Hit hit) {
        int from = Math.max(0, hit.start() - 60);
        return PICTURES_TAKEN.matcher(text).region(from, hit.start()).find()
                && !CLAIMED_TAKEN.matcher(text).region(from, hit.start()).find();
    }

    /** A trigger word written in capitals (five letters or more) in a clause otherwise written in lower case. */
    private static boolean codeWord(String text, Hit hit, Span clause) {
        int letters = 0;
        for (int i = hit.start(); i < hit.end(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        if (letters < 5) {
            return false;
        }
        int lower = 0;
        for (int i = clause.start(); i < clause.end() && lower < CODE_CONTEXT; i++) {
            lower += Character.isLowerCase(text.charAt(i)) ? 1 : 0;
        }
        return lower >= CODE_CONTEXT;
    }

    /** How many lower-case letters a clause needs around a word in capitals for the word to be a code. */
    private static final int CODE_CONTEXT = 20;

    /**
     * "three strikes engaged three ISIL tactical units and destroyed an ISIL vehicle": what a strike of the clause
     * destroyed is military materiel, the strike's effect, not a destruction of its own (a bridge or a house is one).
     */
    private static boolean struckMateriel(String text, List<Hit> hits, int h, Span clause) {
        Hit hit = hits.get(h);
        return earlierNear(hits, h, clause, k -> k.def().type() == EventType.AIRSTRIKE)
                && MATERIEL.matcher(text).region(hit.end(), Math.min(text.length(), hit.end() + 80)).lookingAt();
    }

    /** Bombs that an earlier strike or destruction of the clause hit are weapons, not bombings: "struck car bombs". */
    private static boolean weaponObject(String text, List<Hit> hits, int h, Span clause) {
        return earlierNear(hits, h, clause, k -> (k.def().type() == EventType.AIRSTRIKE || k.def().type() == EventType.DESTRUCTION)
                && k.def().frame() != Frame.NOMINAL);
    }

    /** Whether an earlier trigger of the clause, of the kind asked for, ends less than 150 characters before this one. */
    private static boolean earlierNear(List<Hit> hits, int h, Span clause, java.util.function.Predicate<Hit> kind) {
        for (int k = h - 1; k >= 0 && hits.get(k).end() > clause.start(); k--) {
            if (kind.test(hits.get(k)) && hits.get(h).start() - hits.get(k).end() < 150) {
                return true;
            }
        }
        return false;
    }
}
