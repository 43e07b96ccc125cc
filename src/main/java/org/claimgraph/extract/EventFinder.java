package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
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
            // "the island was shelled and taken by Russian forces": the second participle is passive too
            "(?i)\\b(?:was|were|been|being|be|is|are|got|get)\\s+(?:\\w+ly\\s+)?(?:[\\w-]+(?:ed|en)\\s+(?:and|or)\\s+)?$");
    /** "drove them out": those who held a place, put out of it (see {@link TriggerLexicon}). */
    private static final Pattern DROVE_THEM_OUT = Pattern.compile("(?i)(?:drove|driven|pushed|forced|kicked|threw|thrown) (?:them|the)\\b");
    /** "lost to the militants": whom a place was lost to, named after the verb. */
    private static final Pattern LOST_TO = Pattern.compile("(?i)\\s+(?:\\S+\\s+){0,3}?to\\b");
    /** A clause that tells what came after the time its sentence tells: "before French troops drove them out". */
    private static final Pattern LATER_CLAUSE = Pattern.compile("(?i)\\b(?:before|until|till)\\s");
    /** "The district was handed over on 1 December": a place handed over is left, whoever held it. */
    private static final Pattern HANDOVER = Pattern.compile("(?i)(?:handed|hands|handing|hand) (?:over|back)");
    /** What may open a sentence before its participle: nothing, or "Announced as". */
    private static final Pattern OPENING_PARTICIPLE = Pattern.compile("(?i)[\\W&&[^,]]*(?:(?:announced|reported|confirmed|claimed) as\\s+)?");
    private static final Pattern BY_NEXT = Pattern.compile("\\s+by\\b");
    /** A count of people right before a participle: "reporting four officers killed", "with 20 civilians wounded". */
    private static final Pattern COUNTED_PEOPLE = Pattern.compile("(?i)\\b(?:\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten"
            + "|dozens of|scores of|hundreds of|several|many)\\s+(?:[\\w-]+\\s+)?(?:people|civilians|officers|policemen|soldiers"
            + "|fighters|children|women|men|residents|villagers|police officers)\\s+$");
    /** What follows a participle that has no object: a stop, a place, a time ("four officers killed in Port-au-Prince today"). */
    private static final Pattern NOTHING_DONE_AFTER = Pattern.compile("(?i)\\s*(?:[,.;:)]|$|(?:in|at|on|near|when|during|by|since|after"
            + "|as|this|last|today|yesterday|overnight)\\b)");

    /** What people suffer, so that a count of them before its participle is no subject: killed, executed, detained. */
    private static final java.util.Set<EventType> SUFFERED_TYPES = java.util.EnumSet.of(EventType.KILLING, EventType.EXECUTION,
            EventType.DETENTION);

    /** "The police union is reporting four officers killed in Port-au-Prince": the people counted suffered it. */
    private static boolean countedSufferers(String text, Span clause, Hit hit) {
        return COUNTED_PEOPLE.matcher(text).region(Math.max(clause.start(), hit.start() - 50), hit.start()).find()
                && NOTHING_DONE_AFTER.matcher(text).region(hit.end(), clause.end()).lookingAt();
    }

    private static final Pattern PARTICIPLE = Pattern.compile("(?i).*(?:ed|en|wn|un|ck)$|cut|hit|caught|(?:shot|brought) down");
    private static final Pattern AIR_CONTEXT = Pattern.compile(
            "(?i)\\b(?:aircraft|jets?|warplanes?|planes?|airliners?|airlines|(?<!suicide )bombers|air|aerial|aerospace|drones?|helicopters?|coalition|missiles?)\\b"
            + "|(?<![\\w/-])(?-i:" + Aircraft.MODEL + ")(?![\\w/-])");
    /** Relief or visitors as the subject just before a verb: "The first aid convoy entered", "UN inspectors entered". */
    private static final Pattern AID_SUBJECT = Pattern.compile("(?i)\\b(?:aid|relief|humanitarian|food|medical|UN|Red Cross|Red Crescent)"
            + "(?: [\\w-]+){0,2} (?:convoys?|trucks|lorries|teams?|workers|inspectors|delegations?|agencies|officials)"
            + "(?: [\\w-]+){0,3}\\s+(?:\\w+ly\\s+)?$|\\b(?:journalists|reporters|inspectors|residents|families|civilians|refugees)\\s+(?:\\w+ly\\s+)?$");
    /** People as the subject of a passive capture: "its pilot ... was captured", "two journalists were seized". */
    private static final Pattern CAPTIVE_SUBJECT = Pattern.compile("(?i)\\b(?:pilots?|soldiers?|journalists?|reporters?|photographers?"
            + "|aid workers?|hostages?|officers?|conscripts?|cadets?|nurses?|doctors?|priests?|nuns?|teachers?|students?|crew"
            + "|(?-i:(?:Lieutenant|Captain|Major|Colonel|Sergeant|Private|Corporal)\\s+\\p{Lu}[\\p{L}-]+))\\b[^.;]{0,80}?\\s"
            + "(?:was|were|had been|have been)\\s+(?:\\w+ly\\s+)?$");
    /** People right before "captured", with no verb between: "and two pilots ". */
    private static final Pattern CAPTIVE_RIGHT_BEFORE = Pattern.compile("(?i)\\b(?:pilots?|airmen|crew(?:men)?|sailors|journalists"
            + "|hostages|conscripts)\\s+$");
    /** No object after the verb, as after a passive: "captured.", "captured, and", "captured by". */
    private static final Pattern NOTHING_TAKEN_AFTER = Pattern.compile("(?i)\\s*(?:[.,;:)]|$|(?:and|by|in|on|near|at|when|after)\\b)");
    /** A force owned by a pronoun as the subject right before the verb: "its fighters ", "their own troops then ". */
    private static final Pattern POSSESSED_FORCE = Pattern.compile("(?i)(?:^|[,;]\\s*|\\b(?:hours|day|morning|night|then|later|and)\\s+)"
            + "(?:its|their)\\s+(?:own\\s+)?(?:fighters|forces|troops|men|units|militants|soldiers|gunmen)\\s+(?:\\w+ly\\s+|then\\s+)?$");
    /** A possessive pronoun just before a noun trigger: "launching its offensive", "their own assault". */
    private static final Pattern OWN_BEFORE = Pattern.compile("(?i)\\b(?:its|their)\\s+(?:own\\s+|new\\s+|final\\s+|long-awaited\\s+)?$");
    /** The verbs of a hold: "held Goma for about ten days". */
    private static final Pattern HELD = Pattern.compile("held|controlled|occupied");
    /** How long a hold lasted, right after its place: " Goma for about ten days". */
    private static final Pattern HELD_FOR = Pattern.compile("\\s+[^,;.]{1,40}?\\s+for\\s+(?:[\\w-]+\\s+){1,3}?(?:days?|weeks?|months?|years?)\\b");
    /** "walked into the centre of Bukavu", "rolled into Kherson": entering told by how the force came. */
    private static final Pattern WENT_INTO = Pattern.compile("(?:drove|rolled|marched|walked) into");
    /** An entry met by no defence, a few words after its verb: "entered it largely unopposed", "without a fight". */
    private static final Pattern UNOPPOSED = Pattern.compile("^(?:\\s+[\\w'’-]+){0,5}?\\s+(?:(?:largely|virtually|almost|mostly) )?"
            + "(?:unopposed|" + ModalityDetector.NO_RESISTANCE + ")\\b");
    /** The words of an aircraft shot down, which only a sentence about the air makes a destruction. */
    static final Pattern SHOT_DOWN = Pattern.compile("(?i)(?:shot|shoot|brought|bring|down)");
    /** An object that only points back: " one of them", " it", " them". */
    private static final Pattern PRONOUN_OBJECT = Pattern.compile("(?i)\\s+(?:(?:one|two|three|some|all|each|both|most) of them|it|them)\\b");
    private static final Pattern PERSON_OBJECT = Pattern.compile("^\\s+(?:\\p{Lu}\\p{Ll}+\\s){1,2}\\p{Lu}\\p{Ll}+");
    private static final Pattern DETERMINER = Pattern.compile(
            "(?i)\\b(?:the|a|an|its|their|his|her|this|that|these|those|our|whose)\\s+(?:(?!to\\b|and\\b|or\\b|will\\b|would\\b|could\\b)[\\w'\u2019-]+\\s+){0,2}$");
    private static final Pattern PARTICIPLE_ADJECTIVE = Pattern.compile("(?i)\\b(?:the|a|an)\\s+$");
    private static final Pattern NEXT_NOUN = Pattern.compile("^\\s+(?!of\\b|on\\b|in\\b|to\\b|into\\b|from\\b)\\p{Ll}+");
    /** A state that bombs from the air, named as the subject of "began bombing". */
    private static final Pattern AIR_POWER = Pattern.compile("\\b(?:Russia|Russian|Russians|Russia's)\\s+(?:[\\p{Ll}-]+\\s+){0,3}$");
    /** "are bombing", "kept bombing", "began bombing": a verb in the progressive, or one that starts or goes on, before its "-ing". */
    private static final Pattern PROGRESSIVE = Pattern.compile("(?i)\\b(?:am|is|are|was|were|been|be|kept|keep|keeps|began|begin|begun"
            + "|begins|started|start|starts|continued|continue|continues|resumed|resume|resumes)\\s+(?:\\w+ly\\s+)?$");
    /** People who leave a place without withdrawing from it; not "their families", who go with the fighters. */
    private static final Pattern CIVILIANS = Pattern.compile(
            "(?i)\\b(?:residents|civilians|(?<!their |its )families|people|refugees|villagers|inhabitants|displaced|thousands|tens of thousands)\\b");
    /** Fighters named by their kind only, as the subject that withdraws: "the fighters", "many of the militants". */
    private static final Pattern THE_FIGHTERS = Pattern.compile("(?i)\\b(?:the|its|their|many|most|remaining|retreating|surviving)\\s+"
            + "(?:of\\s+the\\s+)?(?:remaining\\s+|last\\s+)?(?:fighters|militants|insurgents|jihadists|gunmen|islamists)\\b[^,;]{0,40}$");
    /** How far back the armed group of "the fighters" is looked for, in characters. */
    private static final int FIGHTERS_REACH = 1500;
    /** "from the ", "from Bza'a and ": the place a force left, coordinated ones included. */
    private static final Pattern ORIGIN = Pattern.compile("\\b(?i:from)\\s+(?:(?i:the)\\s+)?" + EventPlaces.EARLIER_CONJUNCTS + "$");
    static final Pattern SIEGE_BROKEN = Pattern.compile(
            "(?i)\\b(?:break|breaks|broke|breaking|broken|end|ends|ended|ending|lift|lifts|lifted|lifting|relieve|relieved|relieving)\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+)?(?:[\\w-]+\\s+){0,3}$");
    private static final Pattern BY_GROUP_WORD = Pattern.compile(
            "(?i)[^,;]{0,40}?\\bby\\s+(?:the\\s+)?(?:militants|jihadists|extremists|insurgents|terrorists|gunmen|group)\\b");
    private static final Pattern POLICE_BEFORE = Pattern.compile(
            "(?i)\\b(?<!federal )(?<!military )(?<!border )(?:police|policemen|officers|detectives|agents|security services"
            + "|counter-terrorism police)\\s+(?:\\w+ly\\s+)?$");
    /** "launched its Jazira Storm operation": an operation that was started is an assault of its own. */
    private static final Pattern LAUNCHED = Pattern.compile(
            "(?i)\\b(?:launched|launches|launching|began|begun|started|opened|kicked off)\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+|their\\s+)(?:[\\w'\u2019-]+\\s+){0,4}$");
    /** A retaking, as a verb or a noun ("the liberation of"). */
    private static final Pattern RETAKING = Pattern.compile(
            "(?:(?:the|its|their) )?(?:liberat|retak|retook|recaptur|regain|reclaim|won back|took back|take back|taken back|clear|recapture)");
    /** A push with only a direction or an adverb before "from": nobody is named as pushed out. */
    private static final Pattern MOVEMENT_ONLY = Pattern.compile(
            "(?i)\\S+ (?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|northwards?|southwards?|eastwards?"
            + "|westwards?|on|onwards?|ahead|forward|further|deeper|out|off|back|away|inland|then|later|quickly|rapidly|also) ){1,3}(?:out of|from)");
    /** " between", " broke out in Khartoum between": where a clash's two sides follow. */
    private static final Pattern BETWEEN = Pattern.compile("(?i)\\s+(?:\\w+\\s+){0,2}?(?:(?:in|on|near|around|across)\\s+[^,;.]{1,40}?\\s+)?between\\b");
    private static final Pattern COUNTED = Pattern.compile(
            "(?i)\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|scores of|several|multiple"
            + "|a (?:series|string|wave|number|round) of)\\s+(?:more\\s+|new\\s+|separate\\s+)?$");
    /** What a strike of a strike report did: "a strike destroyed an ISIS headquarters". */
    private static final Pattern STRIKE_DID = Pattern.compile("\\s+(?:destroyed|engaged|damaged|targeted|struck)\\b");
    private static final Pattern OTHER_SUBJECT = Pattern.compile(
            "(?i)\\b(?:they|the militants|militants|fighters|jihadists|troops|soldiers|forces|the group|gunmen)\\b");
    /** Generic words that always name the forces of the country's own government, never a foreign army. */
    private static final Pattern OWN_GOVERNMENT = Pattern.compile("(?i)\\b(?:government|federal|regime|loyalist|police)");
    private static final Pattern AND_BEFORE = Pattern.compile("\\band\\s+(?:the\\s+)?$");
    /** A sentence opening with a time clause whose subject is a pronoun: "As they withdrew, ", "When it retreated, ". */
    private static final Pattern LEADING_PRONOUN = Pattern.compile(
            "(?:As|When|While|After|Before|Once|Until)\\s+(?:they|it)\\s+[^,;.]{1,80},\\s+(?:the\\s+)?");
    /** A noun's event done by a state's generic forces: "on Ramadi was led by the army", "was carried out by troops". */
    private static final Pattern LED_BY_FORCE = Pattern.compile("(?i)\\s+(?:(?:on|against|of|for|in)\\s+)?(?:[\\w'’-]+\\s+){0,3}?"
            + "(?:was|were|is|are|has been|had been)\\s+(?:\\w+ly\\s+)?(?:led|carried out|launched|conducted|spearheaded|mounted)\\s+by\\s+"
            + "(" + RegionalActors.GOVERNMENT_FORCES.pattern().replace("(?i)", "") + ")");
    /** "and", "and the" between two coordinated subjects, or list items between them (", local police and "). */
    private static final Pattern AND_THEN = Pattern.compile(
            "(?i)\\s*(?:,\\s*(?:(?!(?:which|who|that|while|when)\\b)[\\w-]+\\s+){0,2}(?!(?:which|who|that|while|when|and)\\b)[\\w-]+)*"
            + ",?\\s+and\\s+(?:the\\s+)?");
    /** Auxiliaries and adverbs between a subject and its verb. */
    private static final Pattern RIGHT_BEFORE_VERB = Pattern.compile(
            "(?i)(?:\\s+(?:had|have|has|then|later|also|soon|quickly|finally|eventually|swiftly|themselves))*\\s+");
    /** What opens a new subject: "and", "but", "then", "while", a comma or the clause's start. */
    private static final Pattern BEGINS_SUBJECT = Pattern.compile(
            "(?i)(?:\\b(?:and|but|then|while|as|when)|[,;])\\s+(?:(?:the|two|three|four|five|several|some|many|\\d+)\\s+)?$");
    private static final Pattern LOSS_NOUN = Pattern.compile("(?i)(?:the |its |their )?loss\\b");
    private static final Pattern AFTER_COMMA = Pattern.compile("\\s*,");
    /** A government speaking: whoever it says liberated a town are its forces. */
    private static final Pattern GOVERNMENT_VOICE = Pattern.compile("(?i)\\b(?:(?:the )?prime minister|(?:the )?government"
            + "|(?:the )?defen[cs]e ministry|ministry of defen[cs]e|joint operations command|(?:the )?general command"
            + "|military spokesm[ae]n|army spokesm[ae]n|the army|the military|state (?:television|tv|media))\\b[^.;]*\\b(?:announced"
            + "|declared|said|says|announces|declares|to declare|to announce)\\b");
    /** Before an -ing word used as a noun or adjective: "of", "their", "by"; "a much smaller" (attacking force). */
    private static final Pattern ING_AS_NOUN = Pattern.compile(
            "(?is).*\\b(?:of|its|their|the|by)\\s+|.*\\b(?:a|an)\\s+(?:much\\s+|far\\s+|very\\s+)?[\\w-]+(?:er|est|ll)\\s+|\\s*");
    private static final Pattern NATURAL_DISASTER = Pattern.compile("(?i)\\b(?:earthquakes?|quakes?|hurricanes?|cyclones?"
            + "|typhoons?|tsunamis?|floods?|flooding|landslides?|mudslides?|wildfires?|tornado(?:es)?|avalanches?)\\b");
    private static final Pattern SHELLING = Pattern.compile("(?i)(?:(?:fired|launched) (?:[\\w-]+ ){0,3})?(?:shell|mortar|rocket|artillery)");
    /** What may come before a clause's subject: "", "But ", "On Sunday, ", "Then ". */
    private static final Pattern SUBJECT_OPENING = Pattern.compile(
            "(?i)[\\s\\W]*(?:(?:and|but|then|later|meanwhile|so|yet|at dawn|(?:on|by|in|at)(?: [\\w-]+){1,3}"
            // "Yesterday morning military aircraft bombed", "Last night troops shelled": a day counted from the telling
            + "|(?:early |late |earlier |later )?(?:yesterday|today|tonight|overnight|last night|this (?:morning|afternoon|evening|week))"
            + "(?: (?:morning|afternoon|evening|night))?"
            // "By the middle of April", "In the last week of December": a time told with its month
            + "|(?:by|in|at|during) the (?:[\\w-]+ ){1,3}of (?-i:\\p{Lu})\\w+"
            // "on the morning of 11 April 2023 a military jet bombed": a time told to the day or the year
            + "|(?:on|in|at|during|by)(?: [\\w-]+){1,6}? (?:\\d{1,2}|(?:19|20)\\d{2}))[\\s,]+)?(?:(?:a|an)\\s+)?");
    /** "ceding territory", "giving up ground": a trend over a region, not leaving a town. */
    private static final Pattern GENERIC_GROUND = Pattern.compile("(?i)\\s+(?:\\w+\\s+)?(?:territory|ground|land|areas|terrain)\\b");
    private static final Pattern OPINION_SECTION = Pattern.compile("(?m)^\\s*My (?:Comment|Take|Opinion|View)s?:");
    /** A note added to a story later, opening its paragraph: "Update, 21 May 2023:", "UPDATED (3 June 2024)". */
    private static final Pattern UPDATE_STAMP = Pattern.compile("\\s*(?i:updated?|editor['\u2019]s note|correction|addendum|postscript)"
            + "\\s*[,:(\u2013\u2014-]?\\s*");
    /** What closes an update's stamp after its date: "Update, 21 May 2023: ...". */
    private static final Pattern STAMP_END = Pattern.compile("\\s*[:)\u2013\u2014-]");
    /** An item's label before its heading: "Letter 2. ", "Postcard. ", "Entry 14: ", "Day 3 - ". */
    static final String ITEM_LABEL_TEXT = "\\s*(?-i:\\p{Lu})\\p{Ll}{2,15}(?:\\s+(?:\\d{1,3}|[IVXLC]{1,5}))?\\s*[.:\u2013\u2014\u00b7|-]\\s+";
    private static final Pattern ITEM_LABEL = Pattern.compile(ITEM_LABEL_TEXT);
    /**
     * What a date heading may hold besides its date: a post number and a time ("1/ 10 Dec 2016 · 09:12"), or the place
     * a picture's caption or a film's card opens with ("Hills west of Palmyra, 25 March 2016", "WEST MOSUL - 19 FEBRUARY
     * 2017"), or the year an anniversary page heads an entry with ("2014 · Five years ago today").
     */
    private static final Pattern HEADING_REST = Pattern.compile("(?:" + ITEM_LABEL_TEXT + ")?(?:(?-i:\\p{Lu})[\\p{L}'’ ,-]{1,50}?(?:,|\\s[-–—·|]))?(?:\\s*(?:19|20)\\d{2}(?=\\s*[·|:–—-]))?"
            + "\\s*(?:(?:\\d{1,3}|[IVXLC]{1,5})\\s*[/.)]\\s*|v?\\d{1,3}(?:\\.\\d{1,3}){1,3}\\s+)?[-–—·|,:]?\\s*"
            // "Date:  Wednesday 27 February 2019, morning", "Date:  Wednesday 27 February 2019, c. 10:10 local": a record's field
            + "(?:(?:c\\.\\s*|about\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*(?:[ap]\\.?m\\.?|GMT|UTC|local))?|morning|afternoon|evening|night|dawn)?\\s*[.:]?\\s*"
            // "Update, 27 July 2018 - Government response": the label of what the entry is
            + "(?:[-–—|]\\s*(?-i:\\p{Lu})[\\p{L}'’ ]{1,40})?", Pattern.CASE_INSENSITIVE);
    /**
     * A post's head in a forum thread or a comment list: "#2 Sham_Lion Posted 25/07/2018 09:02", "#4 admin posted on
     * 25/07/2018 [MODERATOR]". Its date dates the post, and is the "today" of what the post tells.
     */
    private static final Pattern POST_HEADER = Pattern.compile("\\s*(?:#\\d{1,5}\\s+)?(?:\\S+\\s+)?(?i:posted|updated|wrote|replied|edited|reviewed|commented|answered|asked)"
            + "(?:\\s+(?i:on|at))?\\s+[^\\n]*?(?:\\d{1,2}[:.]\\d{2}(?:\\s*(?i:[ap]\\.?m\\.?))?)?\\s*(?:\\[[^\\]\\n]{1,20}])?\\s*");
    /** Those besieged, told as inside the place of the scene: "the fighters inside", "the defenders there". */
    private static final Pattern STILL_INSIDE = Pattern.compile("(?<=\\p{L}\\s)(?:inside|there|within)\\s+(?:were|was|had|have|are|is)\\b");
    /** A log entry's head after its date: " · KOB · duty pharmacist", " | Erbil hub". */
    private static final Pattern ENTRY_TAIL = Pattern.compile("(?:\\s*(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?)?"
            + "\\s*(?:[·|]\\s*[\\p{L}\\d'’ -]{1,30}?\\s*){1,3}");
    /** What is left of such a heading without its date: "Phase 1 - over the river ()". */
    private static final Pattern BRACKETED_REST = Pattern.compile("\\s*\\p{Lu}[^()\\n]{1,60}?\\(\\s*\\)\\s*");
    /** A heading's date in brackets at its end: "Phase 1 - over the river (31 May 2016)". */
    private static final Pattern BRACKETED_TAIL = Pattern.compile("\\([^()\\n]{3,40}\\)\\s*$");
    /** A date in square brackets opening a line: "[2015-11-24] ", "[2017-04-04 / 2017-04-07] ". */
    private static final Pattern BRACKETED_DATE = Pattern.compile("\\[[\\d./ -]{8,25}]\\s");
    /** Aircraft as the attacker: " by government helicopters", " by Russian jets". */
    private static final Pattern BY_AIRCRAFT = Pattern.compile("\\s+by\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:helicopters?|aircraft"
            + "|jets|warplanes|planes|drones|air force)\\b");
    /** "since the operation began": an event named as the start of a state, not the time the story is at. */
    private static final Pattern SINCE_EVENT = Pattern.compile("(?i)\\bsince\\s+(?:(?:the|its|their|a|an)\\s+)?(?:[\\w-]+\\s+){0,3}$");
    /** "the attack", "this offensive": an event told before, named again. */
    private static final Pattern DEFINITE_BEFORE = Pattern.compile("(?i)\\b(?:the|this|that|its|their)\\s+(?:[\\w-]+\\s+)?$");
    private static final Pattern BARREL_BOMB = Pattern.compile("(?i)\\bbarrel[- ]bomb");
    /** The opening of a scene's date: "It is", "It's", "It was". */
    private static final Pattern SCENE_DATE = Pattern.compile("\\s*(?:It is|It's|It\u2019s|It was)\\s+(?=\\S)");
    /** An item's dateline: "DAMASCUS, 17 March 2017 (SANA) -", "HOMS, Syria, March 3, 2017 -". */
    private static final Pattern DATELINE = Pattern.compile("\\s*\\p{Lu}[\\p{Lu}' -]{2,30},(?:\\s+\\p{Lu}[\\p{L}' -]{2,30},)?\\s+"
            + "[\\p{L}\\d.,' ]{6,30}?(?:\\s*\\([^()\\n]{1,40}\\))?\\s*[–—-]\\s");
    /** What may stand between a relative clause and the actor it hangs on: a comma, or allies coordinated with the actor. */
    private static final Pattern COMMA_GAP = Pattern.compile("(?:\\s+(?:and|with)\\s+(?:its\\s+|their\\s+)?allied\\s+(?:[\\w'\u2019-]+\\s+){0,2}?"
            + "(?:militias?|forces|groups|fighters|units|tribes|factions))?[\\s,)]*");
    /**
     * A relative clause whose subject is the phrase it hangs on, or that phrase's forces: ", which declared ...", ", who
     * took ...", ", whose jets began bombing ...".
     */
    private static final Pattern RELATIVE_OPENING = Pattern.compile("[\\s,]*(?:which|who|whose\\s+(?:jets|aircraft|planes|warplanes"
            + "|drones|fighters|forces|troops|men|units|gunmen|militants))\\s+(?!(?:[\\w-]+\\s+){0,2}?(?:was|were|had been|has been|is|are)\\b)");
    /** A sentence opened by a year alone: "2017 was the year", "In 2016, ...", not "2014–2017" or "2017/18". */
    private static final Pattern YEAR_OPENING = Pattern.compile("\\s*(?:(?:In|By|During|Throughout)\\s+)?((?:19|20)\\d\\d)\\b(?!\\s*[-–/.:]\\s*\\d)");
    /**
     * What may stand before a date that opens a sentence: an item's number, "On", "In", and the part of the day or of
     * the month ("On the morning of 24 February 2022 ...", "In the last days of March 2022 ...").
     */
    private static final Pattern DATE_OPENING = Pattern.compile("\\s*(?:" + EventDates.ITEM_NUMBER + ")?(?:(?:On|In|By|During)\\s+)?"
            + "(?:the\\s+(?:(?:early|small)\\s+hours|morning|afternoon|evening|night|(?:first|last)\\s+days?)\\s+of\\s+)?");
    /** How long a date that opens a sentence may be: "Saturday the twenty-first of September 2019". */
    private static final int OPENING_DATE_CHARS = 45;
    /** A sentence that may open with its day: "On 22 March ...", "22 March: ...". */
    private static final Pattern OPENING_DAY = Pattern.compile("\\s*(?:On\\s+|\\d)");
    /** A paragraph opened by its day, maybe after a dateline's place: "SOUTHWEST ASIA - On Saturday, Dec. 26, ...". */
    private static final Pattern DAY_LEAD = Pattern.compile("\\s*(?:\\p{Lu}[\\p{Lu}' ,-]{2,40}\\s[–—-]\\s+)?On\\s+(?=\\S)");
    /** A release's lead opened by where it is from, in capitals: "SOUTHWEST ASIA – ". */
    private static final Pattern CAPS_LEAD = Pattern.compile("\\s*\\p{Lu}[\\p{Lu}' ,-]{2,40}\\s[–—-]\\s+(?=\\p{Lu})");
    /** A section heading in capitals, a few words on its own line: "SURRENDERS", "CIVILIAN CASUALTIES". */
    private static final Pattern HEADING = Pattern.compile("\\s*[\\p{Lu}&/-]+(?:\\s+[\\p{Lu}&/-]+){0,3}\\s*:?\\s*");
    /**
     * A paragraph opened by an item's number or letter and a report's marking, if any, then words up to a colon or a
     * dash, where its date may stand: "6/ 20 February: ...", "28 January - ...", "B. 22-23 SEP: ...", "2. (U)
     * 020900ZOCT17: ...". The date itself is looked for only where this matches.
     */
    private static final Pattern NUMBERED_ITEM = Pattern.compile("\\s*(?:[•▪◦*]\\s*)?(?:" + EventDates.ITEM_NUMBER
            + "|\\p{Lu}[.)]\\s+)?(?:\\((?:U|C|S|SBU|FOUO)\\)\\s*)?"
            + "(?=[^:\\n]{1,60}?(?::|\\s[\u2013\u2014-]\\s))");
    /**
     * What may stand between an item's opening and its date: nothing, the day of the week ("Thu 8/11"), or the first
     * day of a range ("22-" in "22-23 SEP").
     */
    private static final Pattern DAY_RANGE_START = Pattern.compile("(?i:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?"
            + "(?:\\d{1,2}\\s?[-–]\\s?)?");
    /** What ends a date that heads an item: a colon or a dash, maybe after the range's last day ("28/10 → 31/10:"). */
    private static final Pattern ITEM_DATE_END = Pattern.compile("\\s*(?:(?:→|[\u2013\u2014-]|to)\\s*\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\s*)?"
            + "(?::|\\s[\u2013\u2014-]\\s)");
    /**
     * The stamp that opens a message in a chat export: "[24/06/2018, 09:48] Field desk: ...", "24/06/2018, 09:48 - Field
     * desk: ...". Matched after the date: the time, then the bracket or the dash.
     */
    private static final Pattern STAMP_TIME = Pattern.compile(",?\\s*\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s?(?i:[ap]\\.?m\\.?))?"
            + "(?:]|\\s[-\u2013]\\s)");
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
        Salience salience = new Salience(text, at.mentions(), matcher.index()::population);
        var sec = OPINION_SECTION.matcher(text);
        int opinionFrom = sec.find() ? sec.start() : Integer.MAX_VALUE;
        List<Claim> out = new ArrayList<>();
        EventDates.Narrative narrative = new EventDates.Narrative();
        int agreedAt = -1;
        boolean agreed = false;
        int historyAt = -1;
        boolean historyAgreed = false;
        Outlook outlook = new Outlook(text);
        for (Span sentence : at.sentences()) {
            narrative.enter(text, sentence);
            if (TEASER.matcher(sentence.of(text)).find() || HEADING.matcher(sentence.of(text)).matches()
                    || CheckedClaims.onTrial(text, sentence)) {
                // a teaser cut off with "...", a section heading such as "SURRENDERS", a claim a fact-check rates
                continue;
            }
            List<Mention> mentions = at.mentionsIn(sentence);
            Words words = Words.of(text, sentence.start(), sentence.end());
            // a one-word sentence ("Airstrikes.") is a section's label, not an event
            List<Hit> hits = words.size() < 2 ? List.of() : TriggerFilter.withoutFlights(text, TriggerLexicon.find(text, words, sentence.end()), sentence);
            sceneDate(text, sentence, words, at.published(), narrative);
            if (entryHead(text, sentence, words, at.published(), narrative)) {
                // an entry's title ("[2017-06-18] OSTT — Su-22 shot down near Tabqa"): the entry under it tells the event
                continue;
            }
            yearOpening(text, sentence, at.published(), narrative);
            dateOpening(text, sentence, words, at.published(), narrative);
            // under a dated heading ("1/ 10 Dec 2016 · 09:12") or in a dated item, "today" and "this morning" are that day
            LocalDate story = narrative.storyTime();
            boolean carried = false;
            if (story == null && narrative.carriedTime() != null) {
                // read back once per paragraph: every sentence of it has the same text before it
                int paragraph = paragraphStart(text, sentence.start());
                if (paragraph != agreedAt) {
                    agreedAt = paragraph;
                    agreed = EventDates.toldYearAgrees(text, paragraph, narrative.carriedTime(), at.published());
                }
                carried = agreed;
            }
            LocalDate carriedTime = carried ? narrative.carriedTime() : null;
            LocalDate history = narrative.toldLongAgo(at.published());
            if (story == null && !carried && history != null) {
                // "Forty years ago this month, on 2 April 1982, Argentine forces landed ...", then "torpedoed on 2 May": a page
                // on a war long past reads a date without its year in the year it last told, though no event was dated by it
                int paragraph = paragraphStart(text, sentence.start());
                if (paragraph != historyAt) {
                    historyAt = paragraph;
                    historyAgreed = EventDates.toldYearAgrees(text, paragraph, history, at.published());
                }
                carried = historyAgreed;
                carriedTime = carried ? history : null;
            }
            LocalDate toldHere = story == null && !carried ? narrative.toldInParagraph(at.published()) : null;
            if (toldHere != null) {
                // "was announced in October 2015. ... On 1 November SDF fighters attacked": the year this paragraph told
                carried = true;
                carriedTime = toldHere;
            }
            if (hits.isEmpty()) {
                if (DateResolver.YEAR.matcher(text).region(sentence.start(), sentence.end()).find()) {
                    // a date told with its year and no event still sets the years of a page on a war long past
                    narrative.toldYears(text, dates.find(text, words, sentence.start(), sentence.end(),
                            narrative.anchorDay(at.published()), at.published(), carriedTime, carried));
                }
                if (words.size() <= 7 && sentence.end() - sentence.start() <= 60
                        || sentence.end() - sentence.start() <= 80 && inCapitals(text, sentence)
                        || sentence.end() - sentence.start() <= 120 && POST_HEADER.matcher(text).region(sentence.start(), sentence.end()).lookingAt()
                        || sentence.end() - sentence.start() <= 80 && (ENTRY_TAIL.matcher(text).region(sentence.start(), sentence.end()).find()
                            || BRACKETED_TAIL.matcher(text).region(sentence.start(), sentence.end()).find())) {
                    datedHeading(text, sentence, words, at.published(), narrative);
                    toldDates(text, sentence, words, at.published(), narrative, false, carriedTime);
                } else if (datedCaption(text, sentence, words, at.published(), narrative)) {
                    continue;
                } else {
                    toldDates(text, sentence, words, at.published(), narrative, true, carriedTime);
                }
                continue;
            }
            List<Span> clauses = Clauses.split(text, sentence);
            List<DateResolver.Found> found = EventDates.withoutCitations(text, sentence, dates.find(text, words, sentence.start(),
                    sentence.end(), narrative.anchorDay(at.published()), narrative.latest(at.published()), carried ? carriedTime : story, carried));
            found = EventDates.withoutStoryNight(EventDates.fromOpeningDay(text, sentence, found), narrative.lastDay(), at.published());
            found = EventDates.weekdaysOfToldDays(text, found);
            found = EventDates.saidOn(dates, text, sentence, found, at.published(), narrative);
            narrative.toldYears(text, found);
            Attribution.Source source = attribution.find(text, sentence, mentions, words);
            ModalityDetector.SentenceCues cues = modality.sentenceCues(text, sentence, words);
            boolean told = false;
            for (int h = 0; h < hits.size(); h++) {
                Hit hit = hits.get(h);
                Span clause = Clauses.containing(clauses, hit.start());
                if (TriggerFilter.suppressed(text, hits, h, clause) || insideName(text, mentions, hit)) {
                    continue;
                }
                told = true;
                TriggerContext c = new TriggerContext(text, sentence, clause, hits, h, mentions, salience, at.published(),
                        sentence.start() >= opinionFrom, outlook.covers(sentence.start()), cues);
                List<Claim> made = claims(c, found, source, narrative);
                List<Claim> again = made.isEmpty() ? List.of() : EventDates.again(c, made, found);
                if (!again.isEmpty()) {
                    made = new ArrayList<>(made);
                    made.addAll(again);
                }
                if (hit.def().frame() == Frame.FELL) {
                    made = new ArrayList<>(Falls.withCampaignTaker(text, made, out));
                    made.addAll(Falls.elided(c, made, found));
                } else if (hit.def().frame() == Frame.LOSS && hit.def().type() == EventType.CAPTURE
                        && PASSIVE.matcher(text).region(clause.start(), hit.start()).find()
                        && !LOST_TO.matcher(text).region(hit.end(), clause.end()).lookingAt()) {
                    // "Herat fell on 12 August ...; Mazar-i-Sharif was lost on 14 August": lost to the campaign's taker
                    made = new ArrayList<>(Falls.withCampaignTaker(text, made, out));
                }
                out.addAll(made);
            }
            if (!told) {
                // "In October ... his old comrades took their revenge": no event, but the time it tells goes on
                toldDates(text, sentence, words, at.published(), narrative, true, carriedTime);
            }
        }
        return out;
    }

    /** "the army announced that Yarmouk had been cleared": a retaking the government's voice tells, by its forces. */
    private static boolean governmentRetaking(TriggerContext c, EventType type, String word) {
        return type == EventType.CAPTURE && RETAKING.matcher(word).lookingAt()
                && GOVERNMENT_VOICE.matcher(c.text()).region(c.sentence().start(), c.hit().start()).find();
    }

    /**
     * A trigger word written with a capital inside a longer name: "Joint Operations Command", "Ninewa Operations
     * Command" (a lower-case one still tells an event: "coalition airstrikes" is an actor's name and a strike).
     */
    private static boolean insideName(String text, List<Mention> mentions, Hit hit) {
        if (!Character.isUpperCase(text.charAt(hit.start()))) {
            return false;
        }
        Span word = new Span(hit.start(), hit.end());
        return mentions.stream().anyMatch(m -> m.span().contains(word) && m.span().length() > word.length());
    }

    /**
     * Whether an event with no place of its own happened at the scene of the paragraph's last placed event: deaths in
     * any form; an air strike or an assault told with a noun of its own ("began one of the heaviest bombardments"), not
     * one named again ("the attack"), not support for another event, not in quoted words.
     */
    /**
     * Who took a town that fell "when" or "as" they came in: "Sinjar fell on 3 August, when Islamic State fighters swept
     * in"; else null.
     */
    private static Mention fellWhenEntered(String text, int from, int to, List<Mention> mentions) {
        Matcher when = FELL_WHEN.matcher(text).region(from, to);
        if (!when.find()) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.span().start() >= when.end() && m.span().end() <= to && Roles.isActor(m)) {
                return m.span().start() - when.end() <= 4 && ENTERED.matcher(text).region(m.span().end(), to).lookingAt() ? m : null;
            }
        }
        return null;
    }

    /** The clause after a town's fall that tells who came in: ", when ", " as ". */
    private static final Pattern FELL_WHEN = Pattern.compile("(?i),?\\s+(?:when|as)\\s+(?:the\\s+)?");
    /** How the takers came in, after their name: " fighters swept in", " stormed the town", " entered". */
    private static final Pattern ENTERED = Pattern.compile("(?i)(?:\\s+[\\w-]+){0,2}?\\s+(?:swept|stormed|poured|rolled|marched|burst|moved|entered"
            + "|overran|broke)\\b");

    /**
     * The town a district the gazetteer does not know lies in ("LNA units took the Ganfouda district, in the south-west of
     * the city", "taking 2,000 civilians from the al-Sirb district"): the known town the story is about there; else the
     * district itself, and always a district taken or attacked that the text does not place in its town.
     */
    private static Mention districtTown(TriggerContext c, EventType type, Mention place) {
        Matcher district = DISTRICT_AFTER.matcher(c.text()).region(place.span().end(), c.text().length());
        if (place.entity().known() || !district.lookingAt()) {
            return place;
        }
        if ((type == EventType.CAPTURE || type == EventType.ASSAULT)
                && !OF_THE_TOWN.matcher(c.text()).region(district.end(), c.text().length()).lookingAt()) {
            // "government forces seized the Sakhour district on Monday": a district taken is the step told
            return place;
        }
        Mention town = c.salience().storyPlace(c.sentence().start(), place.span().start());
        return town != null && town.entity().known() && town.entity().kind() == EntityKind.SETTLEMENT ? town : place;
    }

    /** An apposition that places a district in the town: ", in the south-west of the city", ", in the centre of town". */
    private static final Pattern OF_THE_TOWN = Pattern.compile("(?i),\\s+in\\s+the\\s+[\\w-]+\\s+of\\s+(?:the\\s+)?(?:city|town)\\b");
    /** A word after a name that makes it a part of a town: " district", " neighbourhood", " quarter". */
    private static final Pattern DISTRICT_AFTER = Pattern.compile("\\s+(?:district|neighbou?rhood|quarter)\\b");

    private static boolean toldAtScene(TriggerContext c, EventType type, Frame frame) {
        String text = c.text();
        Hit hit = c.hit();
        if (EventPlaces.SUPPORTING.matcher(text).region(Math.max(c.clause().start(), hit.start() - 40), hit.start()).find()) {
            return false;
        }
        return type == EventType.KILLING || SCENE_TYPES.contains(type) && frame == Frame.NOMINAL
                && !DEFINITE_BEFORE.matcher(text).region(Math.max(0, hit.start() - 12), hit.start()).find()
                && !ModalityDetector.insideQuote(text, c.sentence(), new Span(hit.start(), hit.end()));
    }

    /**
     * "2017 was the year our teams stopped counting ...", "In 2016, the town had ...": a sentence that opens with a past
     * year sets the story's time to it, whether or not it tells an event ("In the last week of March" after it is 2017's).
     */
    private static void yearOpening(String text, Span sentence, LocalDate published, EventDates.Narrative narrative) {
        var m = YEAR_OPENING.matcher(text).region(sentence.start(), sentence.end());
        if (published == null || !m.lookingAt()) {
            return;
        }
        int year = Integer.parseInt(m.group(1));
        if (year < published.getYear()) {
            narrative.set(DateRange.year(year, null));
        }
    }

    /**
     * "On the morning of 24 February 2022 Russian airborne troops flew in by helicopter and ...": a sentence that opens
     * with a date told with its year sets the story's time to it however long it is and whether or not it tells an
     * event ("in the last days of February" after it is 2022's in a page of 2024).
     */
    private void dateOpening(String text, Span sentence, Words words, LocalDate published, EventDates.Narrative narrative) {
        var m = DATE_OPENING.matcher(text).region(sentence.start(), sentence.end());
        if (published == null || !m.lookingAt() || m.end() >= sentence.end() || !Character.isLetterOrDigit(text.charAt(m.end()))
                || !DateResolver.YEAR.matcher(text).region(m.end(), Math.min(sentence.end(), m.end() + OPENING_DATE_CHARS)).find()) {
            return;
        }
        List<DateResolver.Found> found = dates.find(text, words, sentence.start(), sentence.end(), published);
        if (found.isEmpty() || found.get(0).span().start() != m.end()) {
            return;
        }
        DateRange d = found.get(0).range();
        if (d.isBounded() && !d.notBefore().isAfter(published) && DateResolver.YEAR.matcher(found.get(0).span().of(text)).find()) {
            narrative.set(d);
        }
    }

    /** "It is Saturday, 21 June 2014, and the heat ...": a scene told in the present sets its day for the paragraph. */
    private void sceneDate(String text, Span sentence, Words words, LocalDate published, EventDates.Narrative narrative) {
        int first = Words.firstNonSpace(text, sentence.start());
        boolean bracket = first < sentence.end() && text.charAt(first) == '[';
        if (first < sentence.end() && paragraphStart(text, sentence.start()) == first
                && (bracket || Character.isDigit(text.charAt(first)))
                && STAMP_TIME.matcher(text).region(first, sentence.end()).find()) {
            // a chat message's stamp: the message's day is its "today", and the day of what it tells (the dates are
            // resolved only when a stamp's time stands in the sentence: numbered items open with digits too)
            List<DateResolver.Found> found = dates.find(text, words, sentence.start(), sentence.end(), published);
            if (!found.isEmpty() && found.get(0).range().isOneDay() && found.get(0).span().start() == first + (bracket ? 1 : 0)
                    && STAMP_TIME.matcher(text).region(found.get(0).span().end(), sentence.end()).lookingAt()) {
                narrative.message(found.get(0).range());
                return;
            }
        }
        var update = UPDATE_STAMP.matcher(text).region(sentence.start(), sentence.end());
        if (update.lookingAt() && paragraphStart(text, sentence.start()) == Words.firstNonSpace(text, sentence.start())) {
            // "Update, 21 May 2023: On Saturday the head of Wagner claimed ...": the update's day is its paragraph's today
            List<DateResolver.Found> found = dates.find(text, words, sentence.start(), sentence.end(), published);
            if (!found.isEmpty() && found.get(0).span().start() == update.end() && found.get(0).range().isOneDay()
                    && STAMP_END.matcher(text).region(found.get(0).span().end(), sentence.end()).lookingAt()) {
                narrative.dateline(found.get(0).range());
                return;
            }
        }
        var dateline = DATELINE.matcher(text).region(sentence.start(), sentence.end());
        if (dateline.lookingAt()) {
            List<DateResolver.Found> found = dates.find(text, words, sentence.start(), sentence.end(), published).stream()
                    .filter(f -> f.span().end() <= dateline.end()).toList();
            if (found.size() == 1 && found.get(0).range().isOneDay()) {
                narrative.dateline(found.get(0).range());
            }
            return;
        }
        var lead = DAY_LEAD.matcher(text).region(sentence.start(), sentence.end());
        if (lead.lookingAt() && paragraphStart(text, sentence.start()) == Words.firstNonSpace(text, sentence.start())) {
            // "On Saturday, Dec. 26, Coalition military forces continued to attack ...": the day of the release's list
            List<DateResolver.Found> found = dates.find(text, words, sentence.start(), sentence.end(), published);
            if (!found.isEmpty() && found.get(0).span().start() <= lead.end() + 1 && found.get(0).range().isOneDay()
                    && text.startsWith(",", found.get(0).span().end())) {
                narrative.scene(found.get(0).range());
            }
            return;
        }
        var release = CAPS_LEAD.matcher(text).region(sentence.start(), sentence.end());
        if (release.lookingAt() && paragraphStart(text, sentence.start()) == Words.firstNonSpace(text, sentence.start())) {
            // "SOUTHWEST ASIA – Coalition military forces continued to attack ISIS ... on Aug. 30, conducting strikes": the
            // one day a release's lead names is the day of its list
            List<DateResolver.Found> found = dates.find(text, words, sentence.start(), sentence.end(), published);
            if (found.size() == 1 && found.get(0).range().isOneDay() && text.startsWith(",", found.get(0).span().end())) {
                narrative.scene(found.get(0).range());
                return;
            }
        }
        var item = NUMBERED_ITEM.matcher(text).region(sentence.start(), sentence.end());
        if (item.lookingAt() && paragraphStart(text, sentence.start()) == Words.firstNonSpace(text, sentence.start())) {
            // "6/ 20 February: a convoy drove in ... Turkish artillery opened fire on the column": the item's day
            List<DateResolver.Found> found = dates.find(text, words, sentence.start(), sentence.end(), published);
            // "12/03/2017: ..." is a date that the item number's pattern took for a number: it heads the item too
            boolean opensItem = !found.isEmpty() && (found.get(0).span().start() < item.end()
                    ? found.get(0).span().start() == Words.firstNonSpace(text, sentence.start())
                    : DAY_RANGE_START.matcher(text).region(item.end(), found.get(0).span().start()).matches());
            if (opensItem && found.get(0).range().isBounded()
                    && ITEM_DATE_END.matcher(text).region(found.get(0).span().end(), sentence.end()).lookingAt()) {
                narrative.scene(found.get(0).range());
                return;
            }
        }
        var opening = SCENE_DATE.matcher(text).region(sentence.start(), sentence.end());
        if (!opening.lookingAt()) {
            return;
        }
        List<DateResolver.Found> found = dates.find(text, words, sentence.start(), sentence.end(), published);
        // "It was drawn up in May but never carried out": a month without its year is no scene's time
        if (!found.isEmpty() && found.get(0).span().start() - opening.end() <= 12
                && found.get(0).range().isBounded()
                && (found.get(0).range().isOneDay() || DateResolver.YEAR.matcher(found.get(0).span().of(text)).find())) {
            narrative.scene(found.get(0).range());
        }
    }

    /**
     * "the citadel, parts of which the militants blew up in 2014": an earlier year told in a relative clause is the
     * thing's past, not a move of the story's time, which stays where it was for what follows.
     */
    private static boolean background(TriggerContext c, DateRange date, EventDates.Narrative narrative) {
        DateRange story = narrative.inherited();
        return story != null && date.isBounded() && date.notAfter().getYear() < story.notBefore().getYear()
                && (EventDates.inRelativeClause(c.text(), c.clause().start(), c.hit().start()) || reducedRelative(c));
    }

    private static final Pattern NOUN_BEFORE = Pattern.compile("(?i)\\b(?:the|those|these)\\s+(?:[\\p{L}-]+\\s+){1,2}$");
    private static final Pattern NO_OBJECT_AFTER = Pattern.compile("(?i)\\s+(?:in|on|during|since|at|by|near|earlier|last)\\b");

    /** "show where the soldiers captured in 2014 were buried": a participle that only says which soldiers. */
    private static boolean reducedRelative(TriggerContext c) {
        return NOUN_BEFORE.matcher(c.text()).region(Math.max(c.clause().start(), c.hit().start() - 40), c.hit().start()).find()
                && NO_OBJECT_AFTER.matcher(c.text()).region(c.hit().end(), c.clause().end()).lookingAt();
    }

    /**
     * Whether the clause dates what it tells, before the trigger, to a day before the publication: "What comes next?
     * ... on 11 October a car bomb killed six people" is no forecast.
     */
    private static boolean toldAsPast(TriggerContext c, List<DateResolver.Found> found) {
        return c.published() != null && found.stream().anyMatch(f -> f.span().start() >= c.clause().start()
                && f.span().end() <= c.hit().start() && f.range().notAfter() != null && f.range().notAfter().isBefore(c.published()));
    }

    /** Whether a day falls in the time the story is at (the range it inherits), or the story has no time. */
    private static boolean withinStoryTime(EventDates.Narrative narrative, LocalDate day) {
        DateRange story = narrative.inherited();
        return story == null || !day.isBefore(story.notBefore()) && !day.isAfter(story.notAfter());
    }

    /** Where the paragraph holding offset begins. */
    static int paragraphStart(String text, int offset) {
        return text.lastIndexOf('\n', offset) + 1;
    }

    /**
     * What the dates of a sentence with no event tell the story, found in one scan:
     * <ul>
     *   <li>(when {@code openingDays}) "On 22 March US helicopters lifted several hundred fighters across the lake.": a
     *       day that opens the sentence is still the day that "four days later" counts from;</li>
     *   <li>"Relief came in the autumn of 2017.": a short sentence of prose that tells a time with its year moves the
     *       story to that time, for the dates without a year that follow ("On 5 September an army column ...").</li>
     * </ul>
     */
    private void toldDates(String text, Span sentence, Words words, LocalDate published, EventDates.Narrative narrative,
                           boolean openingDays, LocalDate carried) {
        boolean opening = openingDays && OPENING_DAY.matcher(text).region(sentence.start(), sentence.end()).lookingAt();
        // a sentence of prose, not a heading or a date line
        int opens = Words.firstNonSpace(text, sentence.start());
        boolean longer = words.size() > TOLD_TIME_WORDS && words.size() <= DEATH_TOLD_WORDS;
        boolean deathTold = longer && DEATH_TOLD.matcher(text).region(sentence.start(), sentence.end()).find();
        // "This summer the war in the south ended in a matter of weeks.": a time counted from the telling opens the sentence
        boolean fromNow = longer && !deathTold && FROM_NOW.matcher(text).region(opens, sentence.end()).lookingAt();
        boolean told = (words.size() <= TOLD_TIME_WORDS || deathTold || fromNow)
                && words.size() >= 4 && text.substring(sentence.start(), sentence.end()).strip().endsWith(".");
        if (!opening && !told) {
            return;
        }
        LocalDate story = carried != null ? carried : narrative.storyTime();
        List<DateResolver.Found> found = dates.find(text, words, sentence.start(), sentence.end(),
                narrative.anchorDay(published), published, story, carried != null);
        narrative.toldYears(text, found);
        if (found.isEmpty()) {
            return;
        }
        DateResolver.Found first = found.get(0);
        if (fromNow && first.span().start() != opens) {
            // "This is a story that began in March 2015 ...": the opening "This" is no time of the telling
            told = false;
        }
        if (opening && first.span().start() - sentence.start() <= 12 && first.range().isOneDay()) {
            narrative.noteDay(first.range().notBefore());
        }
        // "Zumar followed on 25 October." opening a paragraph of a story told in 2014: a day of the story's year
        boolean storyDay = carried != null && first.range().isOneDay() && first.range().notBefore().getYear() == carried.getYear()
                && paragraphStart(text, sentence.start()) == sentence.start();
        // "Last January, on Saturday the 11th, the army came back.": one time, the day after it narrowing it down
        DateRange time = EventDates.narrowed(text, found, first);
        boolean oneTime = found.size() == 1 || found.size() == 2 && time == found.get(1).range();
        if (told && oneTime && time.isBounded()
                && (storyDay || DateResolver.YEAR.matcher(first.span().of(text)).find() || FROM_NOW.matcher(first.span().of(text)).lookingAt())
                // "Hasakah has been split ... since 2013": a state that lasts, not the time the story moves to
                && !STATE_SPAN.matcher(text).region(Math.max(sentence.start(), first.span().start() - 12),
                        Math.min(first.span().end(), first.span().start() + 7)).find()) {
            narrative.set(time);
        }
    }

    /** A time counted from the page's day, whose year is that day's or the one before: "Last January", "this month". */
    private static final Pattern FROM_NOW = Pattern.compile("(?i)(?:last|this)\\s");
    /** Words that make a date the bound of a lasting state: "since 2013", "until 2017". */
    private static final Pattern STATE_SPAN = Pattern.compile("(?i)\\b(?:since|until|till|from|before|after|by|throughout)\\s");
    /** A death told with its day and no event of its own: "X, video journalist, died on Tuesday 9 May 2023 in eastern Ukraine." */
    private static final Pattern DEATH_TOLD = Pattern.compile("(?i)\\b(?:died|passed away|lost (?:his|her|their) li(?:fe|ves))\\s+on\\b");
    /** How long a sentence telling a death on a day may be for its time to move the story. */
    private static final int DEATH_TOLD_WORDS = 24;
    /** How long a sentence with no event may be for the time it tells to move the story. */
    private static final int TOLD_TIME_WORDS = 12;

    /**
     * A log entry's head on the first line of a sentence that goes on below it ("Tue 31 May 2016 · KOB · duty
     * pharmacist" over "[SIT] The SDF launched its offensive this morning"): the entry's day, and its "today".
     */
    private boolean entryHead(String text, Span sentence, Words words, LocalDate published, EventDates.Narrative narrative) {
        int lineEnd = text.indexOf('\n', sentence.start());
        if (lineEnd >= sentence.end() && lineEnd - sentence.start() <= 80 && BRACKETED_DATE.matcher(text).region(sentence.start(), lineEnd).lookingAt()
                && (sentence.start() == 0 || text.charAt(sentence.start() - 1) == '\n')) {
            // "[2015-11-24] LTAA / OSTT border — Su-24 shot down" on a line of its own: the title of the entry under it
            List<DateResolver.Found> found = dates.find(text, words, sentence.start(), sentence.end(), published);
            if (!found.isEmpty() && found.get(0).span().start() == sentence.start() + 1 && found.get(0).range().isOneDay()) {
                narrative.heading(found.get(0).range());
            }
            return true;
        }
        if (lineEnd < 0 || lineEnd >= sentence.end() || lineEnd - sentence.start() > 80) {
            return false;
        }
        List<DateResolver.Found> found = dates.find(text, words, sentence.start(), lineEnd, published);
        if (found.size() == 1 && found.get(0).range().isOneDay() && found.get(0).span().start() - sentence.start() <= 4
                && (ENTRY_TAIL.matcher(text).region(found.get(0).span().end(), lineEnd).matches()
                || BRACKETED_DATE.matcher(text).region(sentence.start(), lineEnd).lookingAt())) {
            // "[2015-11-24] LTAA / OSTT border — Su-24 shot down" over the entry's text: a dated entry's title
            narrative.dateline(found.get(0).range());
        }
        return false;
    }

    /**
     * A labelled caption on a line of its own that ends in its day ("Source A: adapted from a news agency report, 16
     * October 2016."): the date of the text under it. True when it is one.
     */
    private boolean datedCaption(String text, Span sentence, Words words, LocalDate published, EventDates.Narrative narrative) {
        int lineEnd = text.indexOf('\n', sentence.start());
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        if (words.size() > CAPTION_WORDS || lineEnd > sentence.end() + 1 || sentence.start() > 0 && text.charAt(sentence.start() - 1) != '\n'
                || !StatementFinder.CAPTION_LABEL.matcher(text).region(sentence.start(), sentence.end()).lookingAt()) {
            return false;
        }
        List<DateResolver.Found> found = dates.find(text, words, sentence.start(), sentence.end(), published);
        if (found.isEmpty()) {
            return false;
        }
        DateResolver.Found last = found.get(found.size() - 1);
        if (!last.range().isOneDay() || !DateResolver.YEAR.matcher(last.span().of(text)).find()
                || !text.substring(last.span().end(), sentence.end()).matches("[\\s.)]*")) {
            return false;
        }
        narrative.heading(last.range());
        return true;
    }

    /** A heading set off by rules of one mark on both sides: "==== SESSION 41 · 2024-02-29 · opened 2300Z ====". */
    private static final Pattern BANNER = Pattern.compile("\\s*([=*#~_-])\\1{2,}[^\n]{1,60}?\\1{3,}\\s*");

    /** How many words a caption over a quoted text may have. */
    private static final int CAPTION_WORDS = 30;

    /** A card in capitals: "GOGJALI, EASTERN EDGE OF MOSUL - 1 NOVEMBER 2016". */
    private static boolean inCapitals(String text, Span sentence) {
        for (int i = sentence.start(); i < sentence.end(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** "11 June 2014" or "14 Nov. 2014" alone on its line: the date of the timeline entry under it. */
    private void datedHeading(String text, Span sentence, Words words, LocalDate published, EventDates.Narrative narrative) {
        int lineStart = text.lastIndexOf('\n', sentence.start()) + 1;
        int lineEnd = text.indexOf('\n', sentence.start());
        boolean fragment = text.charAt(sentence.end() - 1) == '.';
        if (lineEnd < 0 && fragment) {
            lineEnd = text.length();
        }
        if (lineEnd < 0 || lineEnd > sentence.end() + 1 && !fragment
                || !text.substring(lineStart, sentence.start()).isBlank() && !ITEM_LABEL.matcher(text.substring(lineStart, sentence.start())).matches()) {
            // "30 September 2014. Four days after the vote, ...": a date told as a paragraph's first sentence heads it too
            return;
        }
        List<DateResolver.Found> found = dates.find(text, words, sentence.start(), sentence.end(), published);
        if (found.isEmpty() || !found.get(0).range().isBounded()
                || found.size() > 1 && !(found.get(0).range().isOneDay() && POST_HEADER.matcher(text).region(sentence.start(), sentence.end()).lookingAt())) {
            // "Reviewed 20 August 2020 · ... · Stayed August 2020": a post's own date comes first
            return;
        }
        String rest = text.substring(sentence.start(), sentence.end());
        for (DateResolver.Found f : found) {
            rest = rest.replace(f.span().of(text), "");
        }
        if (HEADING_REST.matcher(rest).matches() || POST_HEADER.matcher(rest).matches() || ENTRY_TAIL.matcher(rest).matches()
                || BANNER.matcher(rest).matches() || BRACKETED_REST.matcher(rest).matches()) {
            if (lineEnd > sentence.end() + 1) {
                // the paragraph goes on after its date: the date is its scene's, not a heading over the next paragraph
                narrative.scene(found.get(0).range());
            } else if (found.size() > 1) {
                narrative.post(found.get(0).range());
            } else {
                narrative.heading(found.get(0).range());
            }
        }
    }

    private List<Claim> claims(TriggerContext c, List<DateResolver.Found> found, Attribution.Source source, EventDates.Narrative narrative) {
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
        if (type == EventType.CAPTURE && CAPTIVE_ADJECTIVE.matcher(text).region(hit.end(), c.scopeEnd()).lookingAt()
                && COUNT_OR_DETERMINER.matcher(before).find()) {
            // "150 captured government soldiers were marched into the desert": prisoners, not a capture
            return List.of();
        }
        if (type == EventType.CAPTURE && frame == Frame.ACTIVE && (word.startsWith("took") || word.startsWith("tak")
                || word.equals("captured") || word.equals("seized"))
                && TAKEN_PERSON.matcher(text).region(hit.end(), c.scopeEnd()).lookingAt()) {
            // "masked men took the prior of Mar Elian from the monastery", "took people away", "captured 100 soldiers":
            // people taken, not a place
            type = EventType.DETENTION;
        }
        if (type == EventType.CAPTURE && frame == Frame.ACTIVE && SEIZED_PEOPLE.matcher(before).find()
                && (word.endsWith("ed") || word.equals("taken"))
                && NO_OBJECT.matcher(text).region(hit.end(), c.sentence().end()).lookingAt()) {
            // "Lebanese soldiers seized during the raid on Arsal", "the hostages taken from al-Shabki": people taken, not a place
            type = EventType.DETENTION;
        }
        if (type == EventType.CAPTURE && word.startsWith("tak") && CARED_FOR.matcher(before).find()) {
            // "the medical point, where many of the wounded had been taken": brought for care, not seized
            return List.of();
        }
        if (type == EventType.CLASH && ESCAPED.matcher(text).region(Math.max(c.clause().start(), hit.start() - 20), hit.start()).find()) {
            // "men who fled the fighting": the fighting they escaped is told elsewhere
            return List.of();
        }
        if (type == EventType.KILLING && (AFTER_CAPTIVITY.matcher(text).region(hit.end(), c.sentence().end()).lookingAt()
                || CAPTIVES.matcher(text).region(Math.max(c.clause().start(), hit.start() - 80), hit.start()).find())) {
            // "49 men were killed after being detained", "captured soldiers were marched into the desert and shot"
            type = EventType.EXECUTION;
        }
        if (type == EventType.KILLING && word.startsWith("eliminat")
                && NOT_PEOPLE.matcher(text).region(Math.max(c.clause().start(), hit.start() - 50), hit.start()).find()) {
            // "the caliphate's territory had been eliminated": ground taken, nobody killed
            return List.of();
        }
        if ((type == EventType.KILLING || type == EventType.DESTRUCTION)
                && NATURAL_DISASTER.matcher(text).region(Math.max(paragraphStart(text, c.sentence().start()), hit.start() - 300),
                        Math.min(c.sentence().end(), hit.end() + 80)).find()) {
            // "A magnitude 8.1 earthquake struck ... Dozens of people were killed": a disaster, not the war
            return List.of();
        }
        if (type == EventType.WITHDRAWAL && word.startsWith("fle") && FROM_HARM.matcher(text).region(hit.end(), c.scopeEnd()).lookingAt()) {
            // "men who fled the fighting": people escaping, not a force withdrawing
            return List.of();
        }
        if (type == EventType.BOMBING && word.startsWith("bombing") && text.startsWith(" of ", hit.end())
                && c.mentions().stream().anyMatch(m -> m.span().start() == hit.end() + 4 && Roles.isPlace(m))) {
            // "the bombing of Douma resumed": a town bombed from the air, not a bomb set off in it
            type = EventType.AIRSTRIKE;
        }
        if ((type == EventType.ASSAULT && (frame == Frame.NOMINAL || frame == Frame.WEAK) && word.startsWith("attack")
                    || type == EventType.BOMBING && word.startsWith("bombing"))
                && BY_AIRCRAFT.matcher(text).region(hit.end(), c.clause().end()).lookingAt()) {
            // "an attack by government helicopters put the last field hospital out of action", "after days of bombing by
            // Russian and Syrian warplanes": an air raid
            type = EventType.AIRSTRIKE;
        }
        if (type == EventType.BOMBING && word.equals("bombing") && PROGRESSIVE.matcher(before).find()
                && (AIR_CONTEXT.matcher(c.sentence().of(text)).find() || AIR_POWER.matcher(before).find())) {
            // "the helicopters are bombing it every day", "jets began bombing", "since Russia began bombing": aircraft
            // at work, not a bomb set off
            type = EventType.AIRSTRIKE;
        }
        if (type == EventType.WITHDRAWAL && BARE_LEFT.matcher(word).matches()
                && !FORCE_SUBJECT.matcher(text).region(c.sentence().start(), hit.start()).find()) {
            // "she left Raqqa for Turkey": only a force that leaves a place withdraws from it (a subject coordinated
            // before the clause counts: "Islamic State fighters and their families left the Qara area")
            return List.of();
        }
        if (type == EventType.CAPTURE && DROVE_THEM_OUT.matcher(word).lookingAt()
                && LATER_CLAUSE.matcher(text).region(Math.max(c.sentence().start(), hit.start() - 40), hit.start()).find()) {
            // "held Gao for ten months in 2012 before French troops drove them out": a later time than the one the sentence tells
            return List.of();
        }
        if (type == EventType.DETENTION && word.contains(" held ") && !HELD_PERSON.matcher(before).find()) {
            // "It had been held by ISIS since 2014": a town held, nobody detained
            return List.of();
        }
        if (frame == Frame.FELL && !word.endsWith("to") && !placeSubject(c)) {
            // "prices fell in May", "soldiers who fell in battle": only a place falls without falling "to" someone
            return List.of();
        }
        frame = effectiveFrame(text, c.clause(), hit);
        if (frame == Frame.WEAK && type == EventType.ASSAULT
                && (LAUNCHED.matcher(text).region(Math.max(c.clause().start(), hit.start() - 60), hit.start()).find()
                    || EventPlaces.BEGAN_AFTER.matcher(text).region(hit.end(), c.sentence().end()).lookingAt()
                        && !TIME_CLAUSE.matcher(text).region(Math.max(c.sentence().start(), hit.start() - 30), hit.start()).find())) {
            // "launched an operation", "The Iraqi operation began on March 2": an operation that is an event
            frame = Frame.NOMINAL;
        }
        boolean passive = (frame == Frame.ACTIVE || frame == Frame.OBJECT_INSIDE)
                && (PASSIVE.matcher(text.substring(c.clause().start(), hit.start())).find()
                    || SUFFERED_TYPES.contains(type) && countedSufferers(text, c.clause(), hit)
                    // a note that opens with its participle: "Taken by Azerbaijani forces after ...", "Announced as taken by"
                    || OPENING_PARTICIPLE.matcher(text).region(c.clause().start(), hit.start()).matches()
                        && BY_NEXT.matcher(text).region(hit.end(), c.clause().end()).lookingAt())
                && (PARTICIPLE.matcher(word.split(" ")[0]).matches() || PARTICIPLE.matcher(word).matches())
                // "its fighters were bussed out of Arbin": the people moved are the subject, the place comes after
                && !(type == EventType.WITHDRAWAL && MOVED_PEOPLE.matcher(word).lookingAt());
        if (frame == Frame.OBJECT_INSIDE && !passive && MOVEMENT_ONLY.matcher(word).matches()) {
            // "pushed east from Kobani": a move away from a place, with nobody pushed out of it
            return List.of();
        }
        boolean nominal = frame == Frame.NOMINAL || frame == Frame.WEAK
                || word.endsWith("ing") && !PASSIVE.matcher(text.substring(c.clause().start(), hit.start())).find()
                    && ING_AS_NOUN.matcher(text.substring(c.clause().start(), hit.start())).matches();
        if (type == EventType.CAPTURE && frame == Frame.ACTIVE
                && (PERSON_OBJECT.matcher(text.substring(hit.end(), c.scopeEnd())).find()
                    && Roles.placesAfter(text, hit.end(), Math.min(c.scopeEnd(), hit.end() + 25), c.mentions()).stream()
                        .noneMatch(p -> !text.startsWith("'s", p.span().end()) && !text.startsWith("\u2019s", p.span().end()))
                    || POLICE_BEFORE.matcher(text).region(Math.max(c.clause().start(), hit.start() - 50), hit.start()).find())) {
            type = EventType.DETENTION;
        }
        if (type == EventType.CAPTURE && (word.equals("captured") || word.equals("taken")) && CAPTIVE_RIGHT_BEFORE.matcher(before).find()
                && NOTHING_TAKEN_AFTER.matcher(text).region(hit.end(), c.sentence().end()).lookingAt()) {
            // "two Indian aircraft had been brought down and two pilots captured": people taken, the "had been" shared
            type = EventType.DETENTION;
        }
        if (type == EventType.CAPTURE && passive && CAPTIVE_SUBJECT.matcher(before).find()) {
            // "its pilot, Lieutenant Muath al-Kasasbeh, was captured by Islamic State": a person taken, not a place
            type = EventType.DETENTION;
        }
        int attemptAt = modality.attemptAt(text, c.clause(), trigger);
        boolean attempt = attemptAt >= 0;
        if (attempt && type == EventType.CAPTURE) {
            type = EventType.ASSAULT;
        }
        if (type == EventType.ASSAULT && word.equals("entered") && AID_SUBJECT.matcher(before).find()) {
            // "The first aid convoy entered Madaya": relief let in, not an attack
            return List.of();
        }
        if (type == EventType.CAPTURE && HELD.matcher(word).matches()
                && HELD_FOR.matcher(text).region(hit.end(), c.clause().end()).lookingAt()
                && RegionalActors.GOVERNMENT_FORCES.matcher(before).find()) {
            // "The army held Mosul for three years": a state's forces holding their own town took nothing
            return List.of();
        }
        if (type == EventType.ASSAULT && frame == Frame.ACTIVE && UNOPPOSED.matcher(text).region(hit.end(), c.clause().end()).find()) {
            // "Turkish troops entered it largely unopposed", "drove into Tel Keppe without meeting resistance": taken
            type = EventType.CAPTURE;
        }
        if (type == EventType.ASSAULT && frame == Frame.ACTIVE && (word.equals("entered") || WENT_INTO.matcher(word).matches())
                && !attempt && TownEntry.takesTown(c)) {
            // "Taliban fighters entered Kabul", "walked into the centre of Bukavu": a town entered is a town taken; but
            // "entered Amerli, ending a siege" relieved a town that held out
            type = EventType.CAPTURE;
        }
        if (type == EventType.AIRSTRIKE && frame == Frame.WEAK && word.startsWith("strike")
                && (COUNTED.matcher(text).region(Math.max(c.clause().start(), hit.start() - 25), hit.start()).find()
                    || STRIKE_DID.matcher(text).region(hit.end(), c.clause().end()).lookingAt())) {
            // "Near Hajin, 19 strikes engaged ...", "a strike destroyed an ISIS headquarters": a strike report's strikes
            frame = Frame.NOMINAL;
        }
        if (type == EventType.AIRSTRIKE && SEA_DRONE.matcher(text).region(c.clause().start(), c.clause().end()).find()) {
            // "two sea drones hit the road span", "struck by a naval drone": a boat packed with explosives, not aircraft
            type = EventType.BOMBING;
        }
        boolean downing = type == EventType.DESTRUCTION && SHOT_DOWN.matcher(word).lookingAt();
        if ((type == EventType.AIRSTRIKE && frame == Frame.WEAK || downing) && !AIR_CONTEXT.matcher(c.sentence().of(text)).find()
                && !(type == EventType.AIRSTRIKE && townStruckThenWeapon(c))) {
            return List.of();
        }
        if (downing && PRONOUN_OBJECT.matcher(text).region(hit.end(), c.clause().end()).lookingAt()) {
            // "downed one of them": a downing told of aircraft named before, as a side's claim
            return List.of();
        }
        Modality mod = attempt && type == EventType.ASSAULT
                ? modality.detect(text, c.sentence(), c.clause(), new Span(attemptAt, attemptAt), false, c.opinion(), c.cues())
                : modality.detect(text, c.sentence(), c.clause(), trigger, nominal, c.opinion(), c.cues());
        if (c.outlook() && mod.happened() && !PAST_OR_PERFECT.matcher(before).find() && !word.endsWith("ed")
                && !TriggerLexicon.IRREGULAR_PAST.contains(word.split(" ")[0]) && !toldAsPast(c, found)) {
            // "OUTLOOK ... Most dangerous: ISIS cells carry out car bomb attacks in Tabqa": a forecast
            mod = Modality.HYPOTHETICAL;
        }
        if (mod == Modality.ASSERTED && source.attributedTo() != null || mod == Modality.ASSERTED && source.via() != null) {
            mod = Modality.REPORTED;
        }
        List<Mention> backers = Roles.supporters(text, c.clause(), c.mentions());
        // neither a backer nor the object of an earlier verb of the clause is this trigger's subject
        List<Mention> supporters = new ArrayList<>(backers);
        List<Hit> verbsBefore = earlierVerbs(c);
        supporters.addAll(objectsOfEarlierVerbs(c, verbsBefore));
        Mention agent;
        String byForce = null;
        EntityRef groupAgent = null;
        Mention target = null;
        int scopeEnd = c.scopeEnd();
        switch (frame) {
            case LOSS -> {
                target = Roles.subjectBefore(text, c.clause(), hit.start(), c.mentions(), supporters);
                agent = Roles.toAgent(text, hit.end(), c.clause().end(), c.mentions(), supporters);
            }
            case FELL -> {
                agent = Roles.directObject(text, hit.end(), c.clause().end(), c.mentions());
                if (agent == null) {
                    agent = fellWhenEntered(text, hit.end(), c.sentence().end(), c.mentions());
                }
                if (agent == null) {
                    // "Mosul fell to the militants": the article's armed group
                    groupAgent = c.salience().resolveGroupWord(text, hit.end(), Math.min(c.clause().end(), hit.end() + 30));
                }
            }
            case NOMINAL, WEAK -> {
                agent = Roles.adjectival(text, hit.start(), c.mentions(), false);
                if (agent != null) {
                    // "US and Iraqi aircraft struck": the first of the coordinated forces
                    agent = Roles.firstConjunct(text, agent, c.mentions(), List.of());
                }
                if (agent == null) {
                    agent = Roles.byAgent(text, hit.end(), scopeEnd, c.mentions(), supporters);
                }
                var led = LED_BY_FORCE.matcher(text).region(hit.end(), scopeEnd);
                if (agent == null && led.lookingAt()) {
                    // "the assault on Ramadi was led by the army and the Counter Terrorism Service"
                    byForce = led.group(1);
                } else if (agent == null) {
                    agent = Roles.subjectBefore(text, c.clause(), hit.start(), c.mentions(), supporters);
                }
                if (agent == null && OWN_BEFORE.matcher(text).region(c.clause().start(), hit.start()).find()) {
                    // "the army announced ..., a month after launching its offensive there": the sentence's subject's
                    agent = Roles.subjectBefore(text, c.sentence(), hit.start(), c.mentions(), supporters);
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
                    if (agent == null && type == EventType.CAPTURE) {
                        agent = Roles.announcer(text, c.clause(), hit.start(), c.mentions());
                    }
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
        Mention reporter = frame == Frame.ACTIVE && !passive ? reportsOwnDeed(c) : null;
        if (reporter != null) {
            // "the Zintani brigades pulled out of the airport and Libya Dawn said it had taken it": the actor that speaks
            agent = reporter;
            target = reporter.equals(target) ? null : target;
        }
        Mention firer = agent == null ? Roles.firedBy(text, hit.end(), c.clause().end(), c.mentions()) : null;
        if (firer != null) {
            // "was hit by incendiary shells fired from Bosnian Serb positions": who fired them
            agent = firer;
            target = firer.equals(target) ? null : target;
        }
        if (target != null && backers.contains(target)) {
            // "with Sunni tribal fighters in support": on the agent's side
            target = null;
        }
        boolean activeVoice = !(passive || frame == Frame.FELL || frame == Frame.LOSS);
        if (activeVoice) {
            Mention lead = Roles.inTheLead(text, c.clause().start(), c.clause().end(), c.mentions());
            if (lead != null && (agent == null || agent == lead || agent.span().start() > hit.end())) {
                agent = lead;
                target = target == lead ? null : target;
            }
        }
        if (type == EventType.CLASH && BETWEEN.matcher(text).region(hit.end(), scopeEnd).lookingAt()) {
            // "clashes between the SDF and Islamic State": the first side, then the second
            List<Mention> sides = c.mentions().stream().filter(m -> Roles.isActor(m)
                    && m.span().start() >= hit.end() && m.span().end() <= scopeEnd).limit(2).toList();
            if (sides.size() == 2) {
                agent = sides.get(0);
                target = sides.get(1);
            }
        }
        Mention owner = type == EventType.AIRSTRIKE && nominal ? Roles.ownerAfter(text, hit.end(), c.mentions()) : null;
        if (owner != null) {
            // "supported by aircraft of the international coalition": the coalition's aircraft
            agent = owner;
        }
        Mention leader = agent != null && activeVoice && agent.span().end() <= hit.start()
                ? Roles.leader(text, agent, hit.start(), c.mentions()) : null;
        if (leader != null) {
            agent = leader;
        }
        boolean afterVerb = activeVoice && !verbsBefore.isEmpty();
        if (agent != null && activeVoice && agent.span().end() <= hit.start()
                && genericSubject(text, c.clause().start(), agent, hit.start(), afterVerb)) {
            agent = null;
        }
        Matcher forceAnd = agent != null && activeVoice && byForce == null && agent.span().start() > c.clause().start()
                ? coordinatedForce(text, c.clause().start(), agent) : null;
        if (forceAnd != null) {
            // "In the first days of June 2016 the army and the Hashd took Saqlawiyah": the state's forces, named first,
            // lead even where the clause opens with more than a short time phrase; their allies follow
            agent = null;
            byForce = forceAnd.group();
        }
        if (agent == null && byForce == null && activeVoice) {
            byForce = selfReporter(c);
        }
        EntityRef agentRef = agent == null && groupAgent != null ? groupAgent : Roles.ref(agent);
        if (agentRef == null && activeVoice) {
            // "Iraq invaded Kuwait", "Iraq fired some 190 missiles at Iranian cities": the country's forces
            Mention country = null;
            for (Mention m : c.mentions()) {
                if (m.entity().kind() == EntityKind.COUNTRY && m.span().start() >= c.clause().start() && m.span().end() <= hit.start()) {
                    country = m;
                }
            }
            boolean invasion = type == EventType.ASSAULT && EventPlaces.INVADED.matcher(word).lookingAt();
            if (country != null && (invasion || (COUNTRY_SUBJECT_GAP.matcher(text).region(country.span().end(), hit.start()).matches()
                        && !Roles.possessive(text, country)
                        // "Iraq's army took the peninsula back"
                        || COUNTRY_FORCE_GAP.matcher(text).region(country.span().end(), hit.start()).matches())
                    // ("the north of Mali slipped out of the government's hands": a part of the country, no force)
                    && !OBJECT_OF.matcher(text).region(Math.max(c.clause().start(), country.span().start() - 12), country.span().start()).find())) {
                agentRef = regional.resolve("government forces", country.entity()).orElse(null);
            }
        }
        if (agentRef == null && activeVoice && POSSESSED_FORCE.matcher(text).region(c.clause().start(), hit.start()).find()) {
            // "In the same hours its fighters drove into Tel Keppe": the fighters of the actor "its" recalls
            agentRef = c.salience().resolve(text, c.clause().start(), hit.start());
        }
        // "The army and its allies had encircled the town": the state's forces are the subject, not whom "its" recalls
        boolean forceSubject = agentRef == null && activeVoice && (leadingForce(text, c.clause().start(), hit.start(), !nominal)
                || afterVerb && forceBefore(text, c.clause().start(), hit.start()) || byForce != null);
        // "the General Command of the Army ... announced ... the liberation of the city": the state's forces retook it
        boolean governmentRetaking = agentRef == null && governmentRetaking(c, type, word);
        if (agentRef == null && !forceSubject && activeVoice && !governmentRetaking) {
            // "the Syrian Democratic Forces, which declared the enclave taken": the actor the relative clause hangs on
            Mention antecedent = antecedent(c);
            agentRef = antecedent != null ? antecedent.entity() : c.salience().resolve(text, c.clause().start(), hit.start());
        }
        if (agentRef == null && !forceSubject && activeVoice) {
            agentRef = Roles.ref(sharedSubject(c, supporters));
        }
        if (agent != null && activeVoice) {
            EntityRef closer = c.salience().resolveGroupWord(text, Math.max(agent.span().end(), hit.start() - 50), hit.start());
            if (closer != null) {
                agentRef = closer;
            }
        }
        Mention breaker = null;
        var broken = SIEGE_BROKEN.matcher(text.substring(Math.max(c.sentence().start(), hit.start() - 40), hit.start()));
        if (type == EventType.SIEGE && broken.find()) {
            // whoever breaks a siege is not its agent: the besieger is named before the noun or after "by";
            // the breaker made an assault of its own
            int verb = Math.max(c.sentence().start(), hit.start() - 40) + broken.start();
            if (verb > c.clause().start()) {
                breaker = Roles.subjectBefore(text, c.clause(), verb, c.mentions(), supporters);
            }
            target = null;
            agent = Roles.adjectival(text, hit.start(), c.mentions(), false);
            if (agent != null && agent.span().start() < verb) {
                agent = null;
            }
            if (agent == null) {
                agent = Roles.byAgent(text, hit.end(), scopeEnd, c.mentions(), supporters);
            }
            agentRef = Roles.ref(agent);
            if (agentRef == null) {
                agentRef = c.salience().resolveGroupWord(text, Math.max(c.clause().start(), hit.start() - 25), hit.start());
            }
        }
        if (agentRef == null && passive && c.salience().group() != null
                && BY_GROUP_WORD.matcher(text).region(hit.end(), c.clause().end()).lookingAt()) {
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
        if (agentRef == null && passive && type == EventType.EXECUTION) {
            var shown = SHOWN_KILLED.matcher(text).region(c.sentence().start(), hit.start());
            if (shown.find()) {
                // "Islamic State released a video of a captured army sergeant being beheaded": who shows it did it
                agentRef = Roles.ref(Roles.subjectBefore(text, new Span(c.sentence().start(), shown.start()), shown.start(),
                        c.mentions(), supporters));
                targetRef = targetRef != null && targetRef.equals(agentRef) ? null : targetRef;
            }
        }
        if (agentRef == null && !forceSubject) {
            agentRef = usualPerpetrator(c, type, frame, passive, targetRef);
        }
        // "the loss of the town": who lost it, not who took it, is whom the paragraph follows
        boolean lossNoun = LOSS_NOUN.matcher(word).lookingAt();
        if (agentRef == null && !forceSubject && !lossNoun && !governmentRetaking
                && (type == EventType.CAPTURE && frame != Frame.LOSS || type == EventType.ASSAULT)) {
            // "the offensive on the city was launched": the force the paragraph has been following
            EntityRef group = c.salience().group();
            boolean liberation = RETAKING.matcher(word).lookingAt() || group != null && group.equals(targetRef);
            int para = text.lastIndexOf('\n', c.sentence().start());
            EntityRef avoid = targetRef;
            java.util.function.Predicate<EntityRef> ok = r -> !r.equals(avoid) && !(liberation && r.equals(group));
            // a capture's taker is none of those named as who held the place
            agentRef = type == EventType.CAPTURE ? c.salience().lastTakerBetween(Math.max(0, para), hit.start(), ok)
                    : c.salience().lastActorBetween(Math.max(0, para), hit.start(), ok);
        }
        if (targetRef != null && targetRef.equals(agentRef) && type != EventType.EXECUTION) {
            targetRef = null;
        }
        String genericForce = null;
        if (agentRef == null && activeVoice) {
            // "the army abandoned its headquarters": whose army depends on the country of the place
            var g = RegionalActors.GOVERNMENT_FORCES.matcher(text).region(c.clause().start(), hit.start());
            while (g.find()) {
                genericForce = g.group();
            }
        }
        if (agentRef == null && genericForce == null && byForce != null) {
            genericForce = byForce;
        }
        if (agentRef == null && genericForce == null && governmentRetaking) {
            // "the prime minister has announced that Qaim has been liberated": by the government's forces
            genericForce = "government forces";
        }
        if (agentRef == null && genericForce == null && type == EventType.AIRSTRIKE
                && BARREL_BOMB.matcher(text).region(c.clause().start(), c.clause().end()).find()) {
            // "a helicopter dropped a barrel bomb on the hospital": only the state's air force drops them
            genericForce = "government forces";
        }
        boolean bus = type == EventType.WITHDRAWAL && word.regionMatches(true, 0, "bus", 0, 3);
        if (type == EventType.WITHDRAWAL && (agentRef == null && genericForce == null || bus)) {
            // "buses then took Islamic State fighters and their families out of Yarmouk": the fighters carried withdraw;
            // "the first buses left Harasta carrying Ahrar al-Sham fighters ... under a deal brokered by Russia": the
            // fighters named after the place, not who made the deal
            int carried = bus ? Math.min(c.clause().end(), hit.end() + 60) : hit.end();
            EntityRef fighters = c.mentions().stream().filter(m -> Roles.isActor(m) && m.span().start() >= hit.start()
                            && m.span().end() <= carried)
                    .map(Mention::entity).findFirst().orElse(null);
            agentRef = fighters != null || !bus ? fighters : agentRef;
            if (agentRef == null && bus) {
                // "the rebels in Quneitra province have begun to leave: since Friday, convoys of buses have carried fighters"
                agentRef = c.salience().lastActorBetween(paragraphStart(text, c.sentence().start()), hit.start(),
                        r -> r.kind() == EntityKind.ARMED_GROUP);
            }
        }
        if (type == EventType.WITHDRAWAL && agentRef == null && genericForce == null
                && THE_FIGHTERS.matcher(text).region(c.clause().start(), hit.start()).find()) {
            // "The fighters had abandoned it the night before": the armed group the story last named
            agentRef = c.salience().lastActorBetween(Math.max(0, c.sentence().start() - FIGHTERS_REACH), hit.start(),
                    r -> r.kind() == EntityKind.ARMED_GROUP);
        }
        if (type == EventType.WITHDRAWAL && agentRef == null && genericForce == null && !HANDOVER.matcher(word).lookingAt()
                || type == EventType.WITHDRAWAL && civiliansLeave(text, Math.max(c.clause().start(), hit.start() - 60), hit.start())) {
            return List.of();
        }
        if (type == EventType.AIRSTRIKE && agentRef != null && agentRef.kind() == EntityKind.ARMED_GROUP
                && !FIRED.matcher(word).lookingAt()) {
            // "as rebel factions pushed south, fighting and air raids spread": armed groups fly no aircraft
            agentRef = null;
        }
        List<Mention> places = EventPlaces.places(c, frame, passive, nominal);
        if (type == EventType.WITHDRAWAL) {
            places = places.stream().filter(p -> !EventPlaces.isDestination(text, p)
                    || ORIGIN.matcher(text.substring(Math.max(0, p.span().start() - 30), p.span().start())).find()).toList();
        } else if (type != EventType.CAPTURE && type != EventType.DETENTION) {
            // (people are seized where they are taken from: "taking 2,000 civilians from the al-Sirb district")
            places = places.stream().filter(p -> !ORIGIN.matcher(text.substring(Math.max(0, p.span().start() - 30), p.span().start())).find()).toList();
        }
        EventType kind = type;
        places = places.stream().map(p -> districtTown(c, kind, p)).distinct().toList();
        if (places.isEmpty() && type == EventType.SIEGE && STILL_INSIDE.matcher(text).region(c.clause().start(), hit.start()).find()) {
            // "Ras al-Ayn held out longer. For days the SDF fighters inside were encircled": the town they are inside
            Mention inside = c.salience().recentPlace(c.sentence().start(), hit.start());
            if (inside != null) {
                places = List.of(inside);
            }
        }
        if (places.isEmpty() && type == EventType.WITHDRAWAL && !GENERIC_GROUND.matcher(text).region(hit.end(), c.clause().end()).lookingAt()) {
            // "the rest slipped away toward the desert": they left the town this paragraph's last event was at, else the
            // town the story is about
            Mention left = narrative.scenePlace() != null ? narrative.scenePlace() : c.salience().storyPlace(c.sentence().start(), hit.start());
            if (left != null) {
                places = List.of(left);
            }
        }
        // "Four days later, troops pushed through to the airport": counted from the date told before
        DateRange shared = EventDates.later(c, found, narrative);
        if (shared == null) {
            shared = EventDates.explicitDate(c, found);
        }
        if (shared == null) {
            // "Troops entered Wad Madani in the morning": the morning of the day just told
            shared = EventDates.partOfDay(c, found, narrative);
        }
        if (shared != null && mod.happened()
                && !SINCE_EVENT.matcher(text).region(Math.max(c.clause().start(), hit.start() - 40), hit.start()).find()
                && !background(c, shared, narrative) && !EventDates.sinceDate(c, found, shared)) {
            // set even when the event has no place: "The operation began before dawn on Friday." dates what follows;
            // but "pushing along the river since the operation began on 26 October" keeps the scene's time
            narrative.set(shared);
        }
        boolean placeless = narrative.scenePlace() != null && c.mentions().stream().noneMatch(m -> m.entity().kind().isPlace());
        boolean sceneDeaths = type == EventType.KILLING && placeless;
        if (placeless && places.isEmpty() && toldAtScene(c, type, frame)) {
            // "... fired rockets at the village of Naour Jourin. One rocket struck a vehicle, killing seven civilians.";
            // "The enclave ... has been besieged since 2013. On 18 February the army began a bombardment": the same scene
            places = List.of(narrative.scenePlace());
        }
        if (sceneDeaths && shared == null && narrative.lastDay() != null
                && places.get(0).entity().equals(narrative.scenePlace().entity()) && withinStoryTime(narrative, narrative.lastDay())) {
            // the deaths of that scene, on its day
            shared = DateRange.day(narrative.lastDay(), null);
        }
        if (places.isEmpty()) {
            return List.of();
        }
        if (mod.happened()) {
            narrative.placed(places.get(0));
        }
        if (shared == null) {
            DateRange inherited = !narrative.underHeading()
                    && EventDates.RECENT.matcher(text.substring(c.clause().start(), c.scopeEnd())).find() ? null : narrative.inherited();
            shared = inherited != null ? inherited : EventDates.defaultDate(c, narrative.anchorDay(c.published(), c.hit().start()));
        }
        if (shared != null && shared.isBounded() && shared.notAfter().getYear() < EventDates.HISTORY_BEFORE) {
            // "the massacres of 1915 in which thousands were killed in Tur Abdin": history recalled, not the wars told
            return List.of();
        }
        List<Mention> coAgents = agent == null || type == EventType.CLASH ? List.of()
                : Roles.coordinatedAfter(text, agent, agent.span().end() <= hit.start() ? hit.start() : c.clause().end(),
                        c.mentions(), supporters.contains(agent) ? List.of() : supporters);
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
            if (EventPlaces.INVADED.matcher(word).lookingAt() && place.span().start() < hit.start()) {
                // "When Russia invaded Ukraine": the invader is no place invaded
                continue;
            }
            if (place.entity().kind() == EntityKind.COUNTRY
                    // "Iraq invaded Kuwait": an invasion is of a whole country
                    && !(type == EventType.ASSAULT && EventPlaces.INVADED.matcher(word).lookingAt())
                    && (type != EventType.AIRSTRIKE && type != EventType.WITHDRAWAL || frame == Frame.WEAK
                    || !c.clause().contains(place.span()))) {
                continue;
            }
            // a new place has no country: "government troops" are those of the country the article is about
            EntityRef where = regional.withCountry(place.entity(), c.salience().mentions());
            EntityRef a = regional(c, agent, agentRef, where, date);
            if (a == null && genericForce != null && !OWN_GOVERNMENT.matcher(genericForce).find()) {
                a = foreignArmy(c);
            }
            if (a == null && genericForce != null) {
                a = regional.resolve(genericForce, where, date).orElse(null);
            }
            EntityRef t = regional(c, target, targetRef, where, date);
            if (t != null && t.equals(a)) {
                t = null;
            }
            List<EntityRef> sup = new ArrayList<>();
            for (Mention s : backers) {
                if (!Roles.isActor(s)) {
                    continue;
                }
                EntityRef r = regional(c, s, s.entity(), where, date);
                if (!r.equals(a) && !sup.contains(r)) {
                    sup.add(r);
                }
            }
            Event event = new Event(type, place.entity(), a, t, sup, date);
            double confidence = (a != null ? 0.8 : 0.6) - (mod == Modality.HEDGED ? 0.2 : 0.0) - (frame == Frame.WEAK ? 0.1 : 0.0);
            out.add(new Claim(tight(text, c.clause()), event, mod, confidence, source.attributedTo(), source.via()));
            for (Mention co : coAgents) {
                // "Russian and Syrian warplanes bombed the town": each force is an agent of the one event
                EntityRef other = regional(c, co, co.entity(), where, date);
                if (a != null && !other.equals(a) && !other.equals(t)) {
                    Event joint = new Event(type, place.entity(), other, t, sup, date);
                    out.add(new Claim(tight(text, c.clause()), joint, mod, confidence, source.attributedTo(), source.via()));
                }
            }
            if (breaker != null) {
                EntityRef by = regional(c, breaker, breaker.entity(), where, date);
                Event assault = new Event(EventType.ASSAULT, place.entity(), by, by.equals(a) ? null : a, List.of(), date);
                out.add(new Claim(tight(text, c.clause()), assault, mod, confidence, source.attributedTo(), source.via()));
            }
        }
        return out;
    }

    /**
     * The article's armed group for an event with no agent named, when the kind of event is one the
     * group commits (bombings, executions, abductions, sieges), when a place is lost to no one named,
     * or when a killing's sentence speaks of the group and of no one else.
     */
    private static EntityRef usualPerpetrator(TriggerContext c, EventType type, Frame frame, boolean passive, EntityRef target) {
        if (type == EventType.DETENTION) {
            // "was taken into Taliban custody": the holder named inside the words
            for (Mention m : c.mentions()) {
                if (Roles.isActor(m) && m.span().start() >= c.hit().start() && m.span().end() <= c.hit().end()) {
                    return m.entity();
                }
            }
        }
        if (type == EventType.AIRSTRIKE) {
            // "On 26 June in al-Musayfirah, Russian Aerospace Forces: overnight strikes hit the town": a state's forces
            // named before the strikes in their sentence; else a strike report names its air force once, in its first lines
            EntityRef state = c.salience().lastActorBetween(c.sentence().start(), c.hit().start(),
                    r -> r.kind() == EntityKind.STATE_FORCE || r.kind() == EntityKind.COALITION);
            return state != null ? state : c.salience().lastActorBetween(0, c.hit().start(), r -> r.kind() == EntityKind.COALITION);
        }
        EntityRef group = c.salience().group();
        if (group == null || group.equals(target)) {
            return null;
        }
        if (type == EventType.BOMBING && SHELLING.matcher(c.text()).region(c.hit().start(), c.hit().end()).lookingAt()) {
            // artillery, rockets and mortars are fired by every side: the group is no default for them
            return null;
        }
        return switch (type) {
            case BOMBING, EXECUTION, DETENTION, SIEGE, SURRENDER -> group;
            case CAPTURE -> frame == Frame.LOSS && target != null ? group : null;
            case KILLING -> c.salience().resolveGroupWord(c.text(), c.sentence().start(), c.sentence().end()) != null
                    && c.mentions().stream().noneMatch(m -> Roles.isActor(m) && !m.entity().equals(group))
                    && !AIR_CONTEXT.matcher(c.sentence().of(c.text())).find() ? group : null;
            default -> null;
        };
    }

    private static final String PEOPLE = "(?:soldiers|troops|men|fighters|militants|prisoners|policemen|police|officers|recruits"
            + "|cadets|civilians|people|conscripts|guards|members|hostages|captives|women|children)";
    /** "left" straight before a name, the withdrawal trigger that needs a force as its subject. */
    private static final Pattern BARE_LEFT = Pattern.compile("left|leaving|leaves");
    /** A force as the subject of a move: "The last SDF fighters left Ras al-Ayn". */
    private static final Pattern FORCE_SUBJECT = Pattern.compile("(?i)\\b(?:fighters|forces|troops|militants|convoy|units|soldiers"
            + "|garrison|gunmen|rebels|jihadists|army|militia|militiamen|detachment|battalion|brigade"
            // "The last US aircraft left Kabul": the last of a force's aircraft leave with it
            + "|(?:the )?last (?:[\\w.-]+ )?(?:aircraft|planes?|flights?|soldiers?|troops|helicopters?))\\b");
    /** Withdrawals whose passive has the people moved as its subject: "were bussed out", "were evacuated from". */
    private static final Pattern MOVED_PEOPLE = Pattern.compile("(?:bussed|bused|evacuated|taken|driven|carried|ferried|transported|moved)\\b");
    /** The wounded or the dead right before "taken": brought somewhere for care or burial, not seized. */
    private static final Pattern CARED_FOR = Pattern.compile(
            "(?i)\\b(?:wounded|injured|casualties|patients|bodies|dead|victims)\\s+(?:had\\s+|have\\s+|has\\s+|were\\s+|was\\s+)?(?:been\\s+)?$");
    /** People right before a capture verb's participle: "soldiers seized", "the men captured in the raid". */
    private static final Pattern SEIZED_PEOPLE = Pattern.compile("(?i)\\b" + PEOPLE + "\\s+$");
    /** A person or people as what "took" takes: "the prior of", "people away", "two priests". */
    private static final Pattern TAKEN_PERSON = Pattern.compile("(?i)\\s+(?:(?:about|some|around|nearly|more\\s+than|at\\s+least|up\\s+to)\\s+)?"
            // "had taken about 2,000 civilians with them as human shields"
            + "(?:the\\s+|two\\s+|three\\s+|several\\s+|dozens\\s+of\\s+|hundreds\\s+of\\s+|thousands\\s+of\\s+|\\d[\\d,]*\\s+)?"
            + "(?:prior|priests?|monks?|nuns?|imams?|people|civilians|hostages|residents|women|children|boys|girls|families"
            // "the factions had captured more than 100 soldiers, militiamen and relatives": prisoners, not a place
            + "|journalists?|doctors?|workers|villagers|students|teachers|soldiers|militiamen|policemen|officers|prisoners)\\b(?!['’])");
    /** A participle with no object after it, as in a reduced relative: "soldiers seized during the raid". */
    private static final Pattern NO_OBJECT = Pattern.compile("\\s*[,.;)]|\\s+(?:during|in|by|at|on|from|near|when|after|before|last|earlier|and|as|while|since)\\b");
    /** "captured government soldiers", "detained men": a participle that describes people. */
    private static final Pattern CAPTIVE_ADJECTIVE = Pattern.compile("(?i)\\s+(?:[\\w-]+\\s+){0,2}?" + PEOPLE + "\\b");
    private static final Pattern COUNT_OR_DETERMINER = Pattern.compile("(?i)(?:\\b(?:the|of|some|many|several|dozens|hundreds|scores|\\d[\\d,]*)|\\bthan\\s+\\d[\\d,]*)\\s+$");
    private static final Pattern AFTER_CAPTIVITY = Pattern.compile(
            "(?i)\\s+(?:\\w+\\s+){0,3}?after (?:being |they were |he was |their )?(?:detained|captured|arrested|taken prisoner|capture|detention|arrest|surrendering|they surrendered)\\b");
    private static final Pattern CAPTIVES = Pattern.compile(
            "(?i)\\b(?:prisoners|captives|hostages|detainees|(?:captured|detained|abducted) (?:[\\w-]+ ){0,2}?" + PEOPLE + ")\\b");
    /**
     * Events that a sentence naming no place at all tells, with a noun of their own ("began one of the heaviest
     * bombardments of the war"), at the scene of the paragraph's last placed event; deaths are told there in any form.
     */
    private static final java.util.Set<EventType> SCENE_TYPES = java.util.EnumSet.of(
            EventType.AIRSTRIKE, EventType.ASSAULT);
    private static final Pattern NOT_PEOPLE = Pattern.compile("(?i)\\b(?:territory|caliphate|presence|pocket|enclave|threat|positions?|strongholds?)\\b");
    /** "... in the town when the operation began": the time of another event, told already. */
    private static final Pattern TIME_CLAUSE = Pattern.compile("(?i)\\b(?:when|after|before|since|until|as|once)\\s+(?:the|its|their)\\s+$");
    private static final Pattern HELD_PERSON = Pattern.compile("(?i)\\b(?:he|she|they|who|whom|hostages|journalists|workers"
            + "|women|children|captives|residents|villagers|" + PEOPLE + ")\\s+$");
    private static final Pattern ESCAPED = Pattern.compile("(?i)\\b(?:fled|flee|flees|fleeing|escaped|escaping|escape)\\s+(?:the\\s+)?$");
    private static final Pattern FROM_HARM = Pattern.compile(
            "(?i)\\s+(?:the\\s+)?(?:fighting|violence|clashes|battle|war|bombing|bombardment|shelling|air ?strikes|advance|persecution)\\b");
    /** "where a garrison has been blockaded": a past or a perfect, told even under a forecast heading. */
    private static final Pattern PAST_OR_PERFECT = Pattern.compile("(?i)\\b(?:has|have|had|was|were)\\b");
    /** What may stand between a subject and "fell": "Hajin itself, the last real town the group held, did not fall". */
    private static final Pattern BEFORE_FALL = Pattern.compile(
            "(?i)(?:\\s+itself)?(?:\\s*,[^,]{1,80},)?(?:\\s+(?:had|has|have|was|finally|eventually|quickly|soon|also|then|only"
            + "|did|didn't|did not|not|never|would|had not|hadn't|already))*\\s*$");
    /** "the town", "its largest town", "it", "Rashad airbase": a subject that names a place or a site named after one. */
    private static final Pattern TOWN_SUBJECT = Pattern.compile("(?i)\\b(?:(?:the|its|their) (?:[\\w-]+ )?(?:city|town|village|base|airbase|airport)|it)$"
            + "|\\b\\p{Lu}[\\p{L}-]* (?i:air ?base|airport|airfield|refinery)$");

    /** "Army says it has retaken Hanano": a state's generic forces reporting what they did, named before "it". */
    private static final Pattern FORCE_SAYS_IT = Pattern.compile("(?i)(\\b" + RegionalActors.GOVERNMENT_FORCES.pattern().replace("(?i)", "")
            + "|^\\W*army)\\s+(?:says|said|announced|announces|claimed|claims|reported|reports|declared|declares)\\s+(?:that\\s+)?"
            + "(?:it|they)\\s+(?:\\w+\\s+){0,2}$");

    /** A preposition right before a name: "the north of ", "in ". */
    private static final Pattern OBJECT_OF = Pattern.compile("(?i)\\b(?:of|in|from|to|into|across|against|on|at|near|with|for|by)\\s+(?:the\\s+)?$");
    /** Words between an acting subject and its verb: "had", "then", "finally". */
    private static final String ACTING_ADVERBS = "(?:had|has|have|then|also|again|later|first|finally)";
    /** A country's force as the subject: "Iraq's army ", "Russia's forces then ". */
    private static final Pattern COUNTRY_FORCE_GAP = Pattern.compile("(?i)(?:['\u2019]s)?\\s+(?:army|armed forces|forces|troops|military|air force"
            + "|navy|soldiers)\\s+(?:" + ACTING_ADVERBS + "\\s+)*");
    /** What may stand between a country that acts and its verb: "Iraq then ", "Iran had ", "Iraq itself ". */
    private static final Pattern COUNTRY_SUBJECT_GAP = Pattern.compile("(?i)\\s+(?:(?:" + ACTING_ADVERBS + "|itself)\\s+)*");

    /** "Libya Dawn said it had ", "the SDF announced that they had ": an actor's word on what "it" or "they" did. */
    private static final Pattern SAYS_IT = Pattern.compile("(?i)\\s+(?:says|said|announced|announces|claimed|claims|declared|declares)"
            + "\\s+(?:that\\s+)?(?:it|they)\\s+(?:\\w+\\s+){0,2}$");

    /** The actor named right before "said it had" and this clause's trigger: who reports its own deed; else null. */
    private static Mention reportsOwnDeed(TriggerContext c) {
        int from = Math.max(c.sentence().start(), c.hit().start() - 60);
        var says = SAYS_IT.matcher(c.text()).region(from, c.hit().start());
        if (!says.find()) {
            return null;
        }
        for (Mention m : c.mentions()) {
            if (m.span().end() == says.start() && Roles.isActor(m)) {
                return m;
            }
        }
        return null;
    }

    /** The generic forces that report this clause's deed of their own, as "it" or "they" ("Army says it has retaken"), or null. */
    private static String selfReporter(TriggerContext c) {
        if (c.hit().start() - c.sentence().start() > 120) {
            return null;
        }
        var says = FORCE_SAYS_IT.matcher(c.text()).region(c.sentence().start(), c.hit().start());
        return says.find() ? says.group(1).replaceFirst("^\\W+", "") : null;
    }

    /** Whether the subject of an intransitive "fell" is a place or a word for one ("the city"). */
    private static boolean placeSubject(TriggerContext c) {
        String text = c.text();
        var m = BEFORE_FALL.matcher(text).region(c.sentence().start(), c.hit().start());
        if (!m.find()) {
            return false;
        }
        int end = m.start();
        while (end > c.sentence().start() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int subjectEnd = end;
        return TOWN_SUBJECT.matcher(text).region(c.sentence().start(), subjectEnd).find()
                || c.mentions().stream().anyMatch(x -> x.span().end() == subjectEnd && Roles.isPlace(x));
    }

    /**
     * The actor named just before a relative clause that opens with "which" or "who", when the trigger's clause is one;
     * or, for a pronoun in a time clause that opens the sentence ("As they withdrew, ISIL fighters ..."), the main
     * clause's subject right after it.
     */
    private static Mention antecedent(TriggerContext c) {
        var ahead = LEADING_PRONOUN.matcher(c.text()).region(c.sentence().start(), c.sentence().end());
        if (ahead.lookingAt() && c.hit().start() < ahead.end()) {
            // "As they withdrew, ISIL fighters set fire to oil wells": the pronoun points to the main clause's subject
            for (Mention m : c.mentions()) {
                if (m.span().start() >= ahead.end()) {
                    return Roles.isActor(m) && m.span().start() - ahead.end() <= 8 ? m : null;
                }
            }
            return null;
        }
        if (!RELATIVE_OPENING.matcher(c.text()).region(c.clause().start(), c.hit().start()).lookingAt()) {
            return null;
        }
        Mention last = null;
        for (Mention m : c.mentions()) {
            if (m.span().end() <= c.clause().start() && Roles.isActor(m)) {
                last = m;
            }
        }
        // "accepted the SDF's terms, which included leaving the city": the terms are what "which" hangs on
        return last != null && !Roles.possessive(c.text(), last)
                && COMMA_GAP.matcher(c.text()).region(last.span().end(), c.clause().start()).matches() ? last : null;
    }

    /**
     * A state's generic forces, not the named actor, are the subject: "federal troops and Popular Mobilisation
     * Forces units attacked" (the generic forces come first), "the Kurdish forces fell back and federal forces
     * took the town" (after an earlier verb, they stand right before this one).
     */
    static boolean genericSubject(String text, int clauseStart, Mention agent, int at, boolean afterVerb) {
        // an agent named before the clause (the antecedent of "which took ...") has no coordinated subject in it
        if (agent.span().start() >= clauseStart
                && AND_BEFORE.matcher(text).region(Math.max(clauseStart, agent.span().start() - 8), agent.span().start()).find()) {
            Matcher g = coordinatedForce(text, clauseStart, agent);
            if (g != null && opensSubject(text, clauseStart, g.start())) {
                return true;
            }
        }
        // "Hashd fighters and army units retook": coordinated subjects, the first leads
        return afterVerb && forceBefore(text, agent.span().end(), at);
    }

    /** The verb triggers of the clause before this one, nearest first: "fell back" in "fell back ... and federal forces took". */
    private static List<Hit> earlierVerbs(TriggerContext c) {
        List<Hit> out = new ArrayList<>();
        for (int k = c.index() - 1; k >= 0; k--) {
            Hit prev = c.hits().get(k);
            if (prev.end() <= c.clause().start()) {
                break;
            }
            Frame f = effectiveFrame(c.text(), c.clause(), prev);
            if (f != Frame.NOMINAL && f != Frame.WEAK) {
                out.add(prev);
            }
        }
        return out;
    }

    /**
     * A state's generic forces named first in a subject coordinated with the agent ("the army and the Hashd", "federal
     * troops and Popular Mobilisation Forces units"), as a match of their words; else null.
     */
    private static Matcher coordinatedForce(String text, int clauseStart, Mention agent) {
        var g = RegionalActors.GOVERNMENT_FORCES.matcher(text).region(clauseStart, agent.span().start());
        return g.find() && AND_THEN.matcher(text).region(g.end(), agent.span().start()).matches() ? g : null;
    }

    /** Generic forces right before the verb ("... and federal forces took"), with only auxiliaries between. */
    private static boolean forceBefore(String text, int from, int at) {
        if (from >= at) {
            return false;
        }
        var g = RegionalActors.GOVERNMENT_FORCES.matcher(text).region(from, at);
        int end = -1;
        int start = -1;
        while (g.find()) {
            start = g.start();
            end = g.end();
        }
        if (end < 0) {
            return false;
        }
        var unit = FORCE_UNIT.matcher(text).region(end, at);
        if (unit.lookingAt()) {
            // "and the army's First Division pulled out": a unit of the force is the force
            end = unit.end();
        }
        return RIGHT_BEFORE_VERB.matcher(text).region(end, at).matches()
                && BEGINS_SUBJECT.matcher(text).region(Math.max(from, start - 12), start).find();
    }

    /** A unit a force owns, after the force's name: "'s First Division", "'s 22nd Armoured Brigade", "'s elite units". */
    private static final Pattern FORCE_UNIT = Pattern.compile("(?i)['’]s\\s+(?:[\\p{L}\\d-]+\\s+){0,2}?(?:division|brigade|regiment"
            + "|battalion|units?|corps|garrison|command|troops|soldiers)");

    /**
     * A state's generic forces ("the army", "government troops") open the clause as its subject; for a verb also
     * after "and", "when" or a comma (", and two army divisions ... begin moving on"), for a noun only at the opening.
     */
    private static boolean leadingForce(String text, int clauseStart, int at, boolean afterConjunction) {
        var g = RegionalActors.GOVERNMENT_FORCES.matcher(text).region(clauseStart, at);
        return g.find() && (afterConjunction ? opensSubject(text, clauseStart, g.start())
                : SUBJECT_OPENING.matcher(text).region(clauseStart, g.start()).matches());
    }

    /** Whether a subject starts at: the clause's opening, or "and", "but" or a comma right before (", and two army divisions"). */
    private static boolean opensSubject(String text, int clauseStart, int at) {
        return SUBJECT_OPENING.matcher(text).region(clauseStart, at).matches()
                || BEGINS_SUBJECT.matcher(text).region(Math.max(clauseStart, at - 20), at).find();
    }

    /** "thousands of residents fled", but not "the militants used civilians as shields as they pulled back". */
    private static boolean civiliansLeave(String text, int from, int at) {
        var m = CIVILIANS.matcher(text).region(from, at);
        int last = -1;
        while (m.find()) {
            last = m.end();
        }
        return last >= 0 && !OTHER_SUBJECT.matcher(text).region(last, at).find();
    }

    /** A verb-like trigger used as a noun after a determiner ("their advance") is nominal. */
    private static Frame effectiveFrame(String text, Span clause, Hit hit) {
        Frame frame = hit.def().frame();
        if (frame != Frame.ACTIVE) {
            return frame;
        }
        String word = text.substring(hit.start(), hit.end()).toLowerCase(Locale.ROOT);
        String before = text.substring(Math.max(clause.start(), hit.start() - 60), hit.start());
        String head = word.split(" ")[0];
        // ("The town was taken on 13 November": a participle in -en or -wn is a verb too)
        if (!head.endsWith("ed") && !head.endsWith("ing") && !head.endsWith("en") && !head.endsWith("wn")
                && !TriggerLexicon.IRREGULAR_PAST.contains(head) && DETERMINER.matcher(before).find()) {
            return Frame.NOMINAL;
        }
        return frame;
    }

    /** Actors right after an earlier verb trigger of the clause are its objects, not this trigger's subject. */
    private static List<Mention> objectsOfEarlierVerbs(TriggerContext c, List<Hit> verbsBefore) {
        List<Mention> out = new ArrayList<>();
        for (Hit prev : verbsBefore) {
            // "the Peshmerga withdrew from Sinjar, and Popular Mobilisation Forces units took ...": a new subject
            int upTo = c.hit().start();
            if (AFTER_COMMA.matcher(c.text()).region(prev.end(), c.hit().start()).lookingAt()) {
                // "when the garrison withdrew, Islamic State pushed west and took": an object never follows a comma
                upTo = prev.end();
            } else if (prev.end() < c.hit().start()) {
                var next = EventDates.NEXT_CLAUSE.matcher(c.text()).region(prev.end(), c.hit().start());
                while (next.find()) {
                    upTo = next.start();
                }
            }
            for (Mention m : c.mentions()) {
                if (m.span().start() >= prev.end() && m.span().start() < upTo && m.span().end() <= c.hit().start()
                        // "as the Peshmerga fell back across the north, Islamic State took": after a comma, right
                        // before the verb, the verb's own subject
                        && !(c.hit().start() - m.span().end() <= 12 && c.text().lastIndexOf(',', m.span().start()) >= prev.end())) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /**
     * "Turkish artillery pounded positions around Jarablus. The army said ...": "the army" is a foreign state's
     * when the last state force this paragraph named before the trigger is one that no country's generic words
     * name (Turkey's, not the Syrian government's); else null.
     */
    private EntityRef foreignArmy(TriggerContext c) {
        int para = Math.max(0, c.text().lastIndexOf('\n', c.sentence().start()));
        EntityRef last = c.salience().lastActorBetween(para, c.hit().start(), r -> r.kind() == EntityKind.STATE_FORCE);
        return last != null && !regional.isRegional(last) ? last : null;
    }

    /** "released a video of a captured army sergeant being ": a group's own film of a killing, up to the passive verb. */
    private static final Pattern SHOWN_KILLED = Pattern.compile("(?i)\\b(?:released|publishe[sd]|posted|issued|circulated|put out)\\s+"
            + "(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+)?(?:video|footage|film|images|pictures|photographs|photos)\\s+(?:of|showing)\\s+"
            + "[^.;]{0,80}?\\b(?:being|been)\\s+$");

    /** Missiles and drones fired or launched: armed groups have them too ("Houthi rebels fired a missile at the tanker"). */
    private static final Pattern FIRED = Pattern.compile("fired|launched");

    /** Drones that travel on or under the water: they explode against their target like a bomb. */
    private static final Pattern SEA_DRONE = Pattern.compile("(?i)\\b(?:sea|naval|maritime|surface|water|underwater|boat|kamikaze boat)[- ]drones?\\b"
            + "|\\bdrone[- ]boats?\\b|\\b(?:uncrewed|unmanned|explosive|remote-controlled)\\s+(?:surface\\s+)?(?:vessels?|boats?|craft)\\b|\\bUSVs?\\b");

    /** What may stand between a town and its verb when the town is what was struck: "Odesa struck", "Odesa was hit". */
    private static final Pattern TOWN_STRUCK_GAP = Pattern.compile("\\s+(?:(?:was|were|had been|has been|is)\\s+)?(?:\\w+ly\\s+)?");

    /**
     * "Odesa struck again overnight. A missile hit the cathedral": a town struck, the weapon told in the next sentence
     * of its paragraph.
     */
    private static boolean townStruckThenWeapon(TriggerContext c) {
        String text = c.text();
        boolean town = c.mentions().stream().anyMatch(m -> m.entity().kind() == EntityKind.SETTLEMENT
                && m.span().end() <= c.hit().start() && m.span().start() >= c.clause().start()
                && TOWN_STRUCK_GAP.matcher(text).region(m.span().end(), c.hit().start()).matches());
        if (!town) {
            return false;
        }
        int para = text.indexOf('\n', c.sentence().end());
        int end = Math.min(para < 0 ? text.length() : para, c.sentence().end() + 200);
        return AIR_CONTEXT.matcher(text).region(c.sentence().end(), end).find();
    }

    /** A second verb of one subject: "entered Zumar in September | but pulled out again". */
    private static final Pattern SECOND_VERB = Pattern.compile("(?i)\\b(?:but|and|then|yet)\\s+(?:then\\s+|later\\s+|soon\\s+|quickly\\s+)?$");

    /**
     * "The Kurds entered Zumar in September but pulled out again after heavy losses": a verb with no subject of its own
     * after "but" or "and" shares the subject of the trigger before it in the sentence, when no actor stands between.
     */
    private static Mention sharedSubject(TriggerContext c, List<Mention> supporters) {
        Hit hit = c.hit();
        if (c.index() == 0 || !SECOND_VERB.matcher(c.text()).region(Math.max(c.sentence().start(), hit.start() - 20), hit.start()).find()) {
            return null;
        }
        Hit prev = c.hits().get(c.index() - 1);
        if (prev.start() < c.sentence().start() || c.mentions().stream().anyMatch(m -> Roles.isActor(m)
                && m.span().start() >= prev.end() && m.span().end() <= hit.start())) {
            return null;
        }
        return Roles.subjectBefore(c.text(), new Span(c.sentence().start(), prev.start()), prev.start(), c.mentions(), supporters);
    }

    /** Generic names ("government forces", "Kurdish forces") resolved by the country of the place, at the date. */
    private EntityRef regional(TriggerContext c, Mention m, EntityRef ref, EntityRef place, DateRange date) {
        if (m == null || ref == null) {
            return ref;
        }
        String words = m.span().of(c.text());
        if (regional.namesNoneAt(words, place, c.salience().mentions())) {
            // "the rebels captured the airport at Kavumu" in a text about the M23: the group it names most, if one leads
            return ref.kind() == EntityKind.ARMED_GROUP ? regional.leadingGroup(c.text(), c.salience().mentions()).orElse(null) : null;
        }
        return regional.resolve(words, place, date).orElse(ref);
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
