package org.claimgraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.model.Modality;
import org.claimgraph.model.Span;

/**
 * How a clause puts a claim: cues before the trigger in its clause make it negated ("failed to",
 * "did not", "no") or hypothetical ("could", "if", "aims to", "priority target"); a modal right
 * after a nominal trigger does too ("its capture would"), and so does a yes-or-no question ("Were people
 * detained?"). Otherwise the sentence decides: reported
 * (said, told, according to, inside quotes), hedged (reportedly, believed, may have), opinion
 * (first person, a "My Comment" section), else asserted.
 */
public final class ModalityDetector {
    private static final Cues NEGATION = new Cues("failed to", "fail to", "fails to", "*n't", "never", "unable to",
            "denied", "deny", "denies", "no", "not", "without", "nor", "none", "refused to", "cannot", "spared", "nobody", "no one",
            "acquitted", "acquittal", "cleared of killing", "cleared of murder", "cleared of executing", "no evidence");
    /**
     * "Men who refused to convert were killed": the refusal belongs to the subject's relative clause, and the verb
     * after it happened.
     */
    private static final Pattern REFUSER = Pattern.compile("(?i)\\b(?:who|that|which)\\s+(?:had\\s+)?(?:refused|declined|failed)"
            + "\\s+to\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:were|was|had\\s+been|have\\s+been|are|is)\\s+$");
    /** "Should the refinery at Baniyas be damaged by an attack, ...", "Were the dam to fail": a condition, inverted. */
    private static final Pattern INVERTED_CONDITION = Pattern.compile("[\\s\\-–•*]*(?:Should|Were)\\s+(?:the|a|an|any|this|that|it|they)\\b"
            + "[^,;.?!]*$");
    /** "had" opening a clause before a named subject: "had the SDF", "that had the LTTE". */
    private static final String HAD_SUBJECT = "(?:^|[:;,]\\s*|\\bthat\\s+)(?i:had)\\s+(?:(?i:the|its|their)\\s+)?(?-i:\\p{Lu})[\\w'’-]*";
    /**
     * A condition told by "had" before its subject, a past that did not happen: "had the SDF pushed straight on to
     * al-Bab", "Argues that had the LTTE pulled its fighters back".
     */
    private static final Pattern COUNTERFACTUAL = Pattern.compile(HAD_SUBJECT + "(?:\\s+[\\w'’-]+){0,2}\\s+$");
    /** The same condition before the clause it conditions: "had the LTTE pulled its fighters back ..., it might have fought on". */
    private static final Pattern COUNTERFACTUAL_CLAUSE = Pattern.compile(HAD_SUBJECT + "(?:\\s+[\\w'’-]+){0,2}?\\s+\\p{L}+ed\\b");
    /** What the conditioned clause's verb follows: "might have", "would not have". */
    private static final Pattern PAST_CONDITIONAL = Pattern.compile("(?i)\\b(?:would|might|could)\\s+(?:not\\s+)?(?:still\\s+)?have\\s+(?:\\w+\\s+)?$");
    /** Reports that tell of the event, as a sentence's subject: "Social media posts about ...", "Rumours of ...". */
    private static final Pattern UNCONFIRMED_SUBJECT = Pattern.compile("(?i)\\b(?:posts|reports|rumou?rs|claims|tweets|videos)\\s+"
            + "(?:about|of|on)\\s+[^,;:]*$");
    /** Their verb, which says that nothing bears them out: "... are not confirmed", "remain unverified". */
    private static final Pattern UNCONFIRMED = Pattern.compile("(?i)[^,;:]{0,60}?\\b(?:are|were|is|was|remain|remains|have|has)\\s+"
            + "(?:still\\s+|yet\\s+)?(?:not\\s+(?:been\\s+)?(?:confirmed|verified)|unconfirmed|unverified)\\b");
    private static final Pattern GERUND = Pattern.compile("\\p{L}+ing\\b");
    /** What may stand before a gerund that opens its clause: nothing, or a report's verb ("Analysts say losing ..."). */
    private static final Pattern GERUND_OPENING = Pattern.compile("(?i)(?:^|\\b(?:says?|said|argues?|argued|believes?|that)\\s+)$");

    /** Whether the trigger is a gerund that opens its clause as its subject: "losing the highway will make life harder". */
    private static boolean gerundSubject(String text, Span clause, Span trigger) {
        Matcher word = GERUND.matcher(text).region(trigger.start(), trigger.end());
        return word.lookingAt() && GERUND_OPENING.matcher(text).region(clause.start(), trigger.start()).find();
    }

    /** "may" and "might" count only in lower case (not the month) and not before "have". */
    private static final Cues HYPOTHETICAL = new Cues("could", "would", "will", "*'ll", "shall", "should", "if", "or be",
            "unless", "whether", "must", "plan to", "plans to", "planning to", "aim to", "aims to", "aimed at",
            "aiming to", "aiming at", "hope to", "hopes to", "hoped to", "hoping to", "intend to", "intends to",
            "intended to", "expected to", "expect to", "expects to", "set to", "threaten to", "threatens to",
            "threatened to", "want to", "wants to", "wanted to", "need to", "needs to", "has to", "have to",
            "in order to", "seek to", "seeks to", "seeking to", "prospect of", "threat of", "risk of", "risk", "risks", "risked", "risking", "possibly",
            "potentially", "eventual", "eventually", "priority target", "launchpad", "future", "prepare to",
            "prepares to", "prepared to", "preparing to", "prepare for", "prepares for", "prepared for",
            "preparing for", "ready to", "next", "any", "fear of", "fears of", "fear that", "fears that", "warn of",
            "warns of", "warned of", "warn that", "warns that", "warned that", "try to", "tries to", "trying to",
            "prevent", "preventing", "avoid", "avoiding", "likely to", "chance to", "opportunity to", "bid to",
            "effort to", "push for", "pushing for", "call for", "calls for", "choice", "choices", "options",
            "ahead of", "in preparation for", "unlikely", "promised", "promises", "promise", "pledged", "pledges", "vowed",
            "vows",
            // "officials are already talking about a campaign to retake Mosul": a plan spoken of
            "talking about", "talking of", "talk of", "talks of", "speak of", "speaks of", "speaking of",
            // "all army units are to leave the city": what a deal lays down
            "are to", "is to");
    /** Words after "next" that tell what came after in a past sequence: "the next day", "the next one". */
    private static final java.util.Set<String> SEQUENCE = java.util.Set.of("day", "days", "morning", "afternoon", "evening",
            "night", "week", "month", "year", "weeks", "months", "one", "deal", "round", "few", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "twelve", "time", "hours");
    /** Events that are foretold, rehearsed or imagined, wherever the cue sits before them in the clause. */
    private static final Cues NON_REAL = new Cues("prophecy", "prophecies", "prophesied", "foretold", "foretells",
            "doomsday", "apocalyptic", "apocalypse", "scenario", "scenarios", "drill", "drills", "rehearsal", "rehearsed",
            "simulated", "simulation", "imagined", "imaginary", "fictional", "video game", "dreamed", "dreams of",
            // "considers, hypothetically, whether a fall of the port ...", "What if Maiduguri had fallen?"
            "hypothetically", "what if");
    private static final Cues HEDGE = new Cues("reportedly", "believed", "thought to", "may have", "might have",
            "apparently", "allegedly", "alleged", "signs that", "appear to", "appears to", "appeared to", "seem to",
            "seems to", "probably", "likely", "possibly", "unconfirmed", "rumored", "rumoured", "suspected", "accused");
    private static final Cues REPORT = new Cues("said", "says", "say", "told", "tell", "according to", "claim",
            "claims", "claimed", "announced", "announces", "declared", "reported", "reports", "stated", "tweeted", "added",
            "concluded", "noted", "confirmed", "insisted", "quoted", "statement", "spokesman", "spokeswoman",
            "officials");
    /** "the offensive to retake Mosul": the aim of an operation, not (yet) an event. */
    private static final Pattern PURPOSE = Pattern.compile(
            "(?i)\\b(?:offensives?|operations?|campaigns?|push|bids?|drive|battles?|fight|efforts?|attempts?|plans?|missions?|advance|assault"
            + "|order|orders|ordered|vowed|vows|pledged|pledges|promised|promises)\\s+to\\s+$"
            // "the campaign the SDF launched in November 2016 to isolate Raqqa"
            + "|(?i)\\b(?:offensives?|operations?|campaigns?)\\s+(?:(?!to\\b)[\\w-]+\\s+){0,6}?to\\s+$"
            // "The cruiser called on the Ukrainian border guards there to surrender": a demand, not a surrender
            + "|(?i)\\b(?:called|calls|calling|call) (?:up)?on\\s+(?:(?!to\\b)[\\w'’-]+\\s+){1,8}?to\\s+$");
    /** Words without which neither {@link #PLAN} nor a denied report can match, looked up once per sentence. */
    private static final Cues PLAN_OR_DENIAL = new Cues("stage", "stages", "phase", "phases", "step", "steps", "target",
            "targets", "objective", "objectives", "untrue", "false", "baseless", "unfounded", "incorrect", "inaccurate", "wrong",
            "mistaken", "fabricated",
            "fake", "reports", "report", "claims", "claim", "rumours", "rumors", "rumour", "rumor", "tweet", "tweets", "posts",
            "saying");
    /** A question answered yes or no, maybe after a speaker's label: "Question: Were people detained at checkpoints?". */
    private static final Pattern YES_NO_QUESTION = Pattern.compile("(?i)(?:[\\w ]{1,25}:\\s*)?(?:were|was|is|are|did|do|does|has|have"
            + "|had|will|would|could|can|should)\\b[^?]*\\?[\"\u201d]?");
    /** "the coming stage will be ... the advance towards Al-Mayadeen": a plan, not an event. */
    private static final Pattern PLAN = Pattern.compile(
            "(?i)\\b(?:the\\s+)?(?:coming|next|following|final)\\s+(?:stage|phase|step|target|objective)s?\\s+(?:will|would|is|are)\\b");
    /** Words that say a report was not true: "untrue", "false", "unfounded". */
    static final String UNTRUE = "(?:untrue|false|baseless|unfounded|incorrect|inaccurate|wrong|mistaken)";
    /** What follows a report that was not true: "Reports that ... are untrue", "Early reports ... proved false". */
    private static final Pattern REPORT_DENIED_AFTER = Pattern.compile(
            "(?i)\\b(?:are|is|were|was|have been|has been|proved|proven|proves|turned out to be|turn out to be|turns out to be)"
            // "Early reports that all 13 border guards had been killed proved false"
            + "\\s+(?:\\w+ly\\s+)?(?:" + UNTRUE + "|fabricated|fake)\\b");
    /** A denial right after the report, in the same sentence or opening the next: "...: no, it has not.", "Not true per 2 sources." */
    private static final Pattern DENIED_NEXT = Pattern.compile(
            "(?i)^[\\s:;,.\u2013\u2014-]*(?:(?:that|this|it)(?:'s|\u2019s| is| was) )?(?:not true|untrue|false|fake|baseless)\\b"
            + "|^[\\s:;,.\u2013\u2014-]*no,? (?:it|they|he|she|that) (?:has|have|did|had|is|was) not\\b");
    /** The next sentence denies this one in two words: "Candidates wrote that the army took Manbij. It did not, and ...". */
    private static final Pattern ELLIPTICAL_DENIAL = Pattern.compile("(?i)^[\\s\"\u201d]*(?:they|it|he|she|that|this) (?:did|does|has|have|had"
            + "|was|were) not\\s*(?:[.,;]|and\\b|but\\b)");
    /** A clause opened by "none of": "In none of the incidents listed here was a civil aircraft struck". */
    private static final Pattern NONE_OPENING = Pattern.compile("(?i)^[\\s\"\u201c]*(?:(?:in|on|at|for|to|by) )?none of\\b");
    /** "drove in without meeting resistance": how it was done, not a denial that it was. */
    static final String NO_RESISTANCE = "without (?:(?:meeting|encountering|facing|firing) )?"
            + "(?:any |much |serious |a )?(?:resistance|fight|opposition|shot)";
    private static final Pattern WITHOUT_RESISTANCE = Pattern.compile("(?i)\\b" + NO_RESISTANCE + "\\b");
    private static final Pattern REPORT_DENIED_BEFORE = Pattern.compile(
            "(?i)\\b(?:denied|denies|deny|dismissed|dismisses|rejected|rejects|refuted|refutes)\\s+(?:the\\s+)?(?:\\w+\\s+)?(?:reports?|claims?|rumou?rs?)\\b");
    /** "no confirmed reports of IS fighters surrendering or being taken prisoner": none of what follows was seen. */
    private static final Pattern NO_REPORTS_OF = Pattern.compile("(?i)\\bno\\s+(?:[\\w-]+\\s+)?(?:reports?|evidence|sign|signs)\\s+of\\b[^.;:]*$");
    /** A line labelled as a risk or a scenario: "Tail risk: a Russian advance on Tbilisi.", "- Worst case: ...". */
    private static final Pattern RISK_LABEL = Pattern.compile("(?i)[\\s\\-–•*]*(?:[\\w-]+\\s+){0,2}?(?:risks?|scenarios?|worst case"
            + "|best case|outlook|forecast|what to watch)\\s*:"
            // a risk register's entry, "R-06  Civil unrest or armed advance on Bamako": a risk's name, not an event
            + "|\\s*(?-i:R|RSK|RISK)-?\\d{1,3}\\s+(?=\\p{Lu})");
    /** "only a plan", "the new proposal": what was planned, not done. */
    private static final String A_PLAN = "(?:only\\s+|just\\s+)?(?:an?|the)\\s+(?:[\\w-]+\\s+)?(?:plans?|proposals?|schemes?)";
    /** What a plan was to do: "Operation Mikado was a plan to land special forces ... and destroy the jets there". */
    private static final Pattern PLAN_TO = Pattern.compile("(?i)\\b(?:was|were|is|are)\\s+" + A_PLAN + "\\s+to\\b[^.;:]*$");
    /** A named operation that was only a plan: "Operation Mikado was a plan to ...". */
    private static final Pattern ONLY_A_PLAN = Pattern.compile("(?i)^\\s+(?:\\p{Lu}[\\w-]*\\s+){0,3}(?:was|were|is)\\s+" + A_PLAN + "\\b");
    /** A report nobody made, before the claim: "Neither the SDF nor the coalition has said that the leader was taken prisoner". */
    private static final Pattern NOT_SAID_BEFORE = Pattern.compile("(?i)\\b(?:neither|nobody|no one|none of|never|(?:has|have|had|did|does|do)"
            + "(?: not|n't))\\b[^.;:]{0,60}?\\b(?:said|say|confirmed|confirm|claimed|claim|reported|report|announced)\\s+that\\b");
    /** "before Mosul is even taken", "once the city is retaken": a present passive in a time clause is still to come. */
    private static final Pattern TO_COME = Pattern.compile(
            "(?i)\\b(?:before|until|unless|once|when|after|if)\\s+(?:[\\w'\u2019-]+\\s+){0,4}?(?:is|are)\\s+(?:\\w+ly\\s+|even\\s+|still\\s+)?$");
    /** "the only force able to take Raqqa": a capacity, not a deed (but "were able to take" is one). */
    private static final Pattern CAPACITY = Pattern.compile(
            "(?i)(?<!\\b(?:was|were|been|is|are|be)\\s)\\b(?:able to|capable of|in a position to)\\s+$"
            // "Islamic State retains the capacity for small-scale attacks in Kirkuk"
            + "|\\b(?:capacity|capability|capabilities|ability|means|strength)\\s+(?:for|to\\s+(?:carry\\s+out|mount|launch|stage))\\s+"
            + "(?:[\\w-]+\\s+){0,3}$");
    /** "... in the near future", "in the coming weeks": after the trigger, a time still ahead. */
    private static final Pattern AHEAD_AFTER = Pattern.compile(
            "(?i)^[^,;.]{0,40}?\\bin the (?:near |coming |next |foreseeable )(?:future|days|weeks|months)\\b");
    /** X-style or X style: a comparison, not an event ("a Fallujah style siege"). */
    private static final Pattern COMPARISON = Pattern.compile("(?i)[- ]style\\s*$");
    /**
     * A character inside one clause: no stop, no semicolon, and a comma only inside a list of names ("Anah, Rawa") or
     * around a short aside ("a push on al-Qaim, on the border, would").
     */
    private static final String NO_CLAUSE_BREAK = "(?:[^,;.]|,(?=\\s+(?-i:\\p{Lu}))|,\\s(?:on|in|near|at|along)\\s[^,;.]{1,30},)";
    private static final Pattern MODAL_AFTER = Pattern.compile("(?i)^" + NO_CLAUSE_BREAK + "{0,60}?\\b(?:would|could|will|unlikely"
            + "|(?-i:might|may)|(?:cannot|can't|could not) be ruled out)\\b"
            + "|(?i)^" + NO_CLAUSE_BREAK + "{0,40}?\\b(?:is|was|are|were|remains?|seems?)\\s+(?:\\w+ly\\s+)?(?:expected|planned|scheduled|due|set|likely|yet)\\b"
            // "a Turkish push on Qamishli is not expected" (but "the withdrawal was not yet complete" is under way)
            + "|(?i)^" + NO_CLAUSE_BREAK + "{0,40}?\\b(?:is|was|are|were)(?:\\s+not|n't)\\s+(?:\\w+ly\\s+)?(?:expected|planned|likely)\\b");
    /** A nominal event said not to have happened after it: "the battle had not yet come". */
    private static final Pattern NEGATED_AFTER = Pattern.compile(
            "(?i)^[^,;.]{0,80}?\\b(?:has|had|have|did|does)(?:\\s+not|n't)\\s+(?:yet\\s+|even\\s+)?(?:come|begun|begin|started|start|happened|happen|taken place|materiali[sz]ed)\\b"
            // "the Islamist advance of January 2013 never reached Mopti"
            + "|(?i)^[^,;.]{0,50}?\\b(?:never|did not|didn't)\\s+(?:came|began|started|happened|took place|materiali[sz]ed|reached|reach"
            + "|got (?:as far as|to)|get (?:as far as|to)|made it to|make it to)\\b"
            // "the agreement signed in Sochi put the offensive on hold"
            + "|(?i)^[^,;.]{0,30}?\\s(?:(?:was|were|had been|has been|is)\\s+)?(?:on hold|called off|postponed|shelved|averted|cancell?ed)\\b");
    /** "did not fall until 14 December": it fell then; "not ... until" dates an event, it does not deny it. */
    private static final Pattern NOT_UNTIL = Pattern.compile("(?i)^\\s*(?:[\\w-]+\\s+){0,4}?until\\b");
    private static final Pattern PLAIN_NOT = Pattern.compile("(?i)\\b(?:not|n't)\\s+(?:\\w+\\s+){0,2}$");
    private static final Pattern OPINION = Pattern.compile(
            "\\b(?:I think|I doubt|I believe|I don't|I'm|I am|I guess|I suspect|I hope|in my (?:opinion|view)|It's clear to me"
            + "|I just|I also|I pointed|I mentioned|I posted|My Comment)\\b");
    /** An attempt, failed or not, is an assault that happened: "tried to seize", "failed to take". */
    private static final Pattern ATTEMPT = Pattern.compile("(?i)\\b(?:attempt(?:ed|ing|s)? to|tr(?:ied|ying|ies|y) to"
            + "|fail(?:ed|ing|s)? to|(?:was|were) unable to)\\s+(?:[\\w-]+\\s+){0,6}?(?:and\\s+)?$");

    /**
     * The modality of the claim triggered at {@code trigger} in {@code clause} of {@code sentence}.
     *
     * @param nominal whether the trigger is a noun or gerund ("capture", "capturing")
     * @param opinionSection whether the sentence lies in the writer's own comment section
     */
    public Modality detect(String text, Span sentence, Span clause, Span trigger, boolean nominal, boolean opinionSection) {
        return detect(text, sentence, clause, trigger, nominal, opinionSection, sentenceCues(text, sentence));
    }

    /** What a whole sentence says about its claims, found once for all its triggers. */
    public record SentenceCues(boolean reported, boolean hedged, boolean opinion, boolean planOrDenial) {
    }

    /** Whether the sentence asks whether something happened: what it asks about is not told as fact. */
    private static boolean yesNoQuestion(String text, Span sentence) {
        int last = sentence.end() - 1;
        char c = text.charAt(last);
        return (c == '?' || last > sentence.start() && text.charAt(last - 1) == '?')
                && YES_NO_QUESTION.matcher(text).region(sentence.start(), sentence.end()).matches();
    }

    /** The report, hedge and first-person cues of a sentence. */
    public SentenceCues sentenceCues(String text, Span sentence) {
        return sentenceCues(text, sentence, Words.of(text, sentence.start(), sentence.end()));
    }

    SentenceCues sentenceCues(String text, Span sentence, Words words) {
        return new SentenceCues(REPORT.first(words) >= 0, HEDGE.first(words) >= 0,
                OPINION.matcher(text).region(sentence.start(), sentence.end()).find(), PLAN_OR_DENIAL.first(words) >= 0);
    }

    /** As {@link #detect(String, Span, Span, Span, boolean, boolean)}, with the sentence's cues already found. */
    public Modality detect(String text, Span sentence, Span clause, Span trigger, boolean nominal, boolean opinionSection,
            SentenceCues cues) {
        String before = text.substring(clause.start(), trigger.start());
        String tail = lastWords(before, 10);
        int tailFrom = trigger.start() - tail.length();
        if (negatedBefore(text, trigger.start() - lastWords(before, 8).length(), trigger.start())
                && !(PLAIN_NOT.matcher(before).find() && NOT_UNTIL.matcher(text).region(trigger.end(), clause.end()).lookingAt())
                && !REFUSER.matcher(before).find()) {
            return Modality.NEGATED;
        }
        if (hypothetical(text, tailFrom, trigger.start()) || yesNoQuestion(text, sentence) || COMPARISON.matcher(before).find() || TO_COME.matcher(tail).find()
                || CAPACITY.matcher(tail).find() || AHEAD_AFTER.matcher(text).region(trigger.end(), clause.end()).lookingAt()
                || cues.planOrDenial() && PLAN.matcher(text).region(Math.max(sentence.start(), clause.start() - 200), trigger.start()).find()
                || PURPOSE.matcher(tail).find()
                || PLAN_TO.matcher(text).region(sentence.start(), trigger.start()).find()
                || ONLY_A_PLAN.matcher(text).region(trigger.end(), clause.end()).lookingAt()
                || NON_REAL.in(text, clause.start(), trigger.start())
                || INVERTED_CONDITION.matcher(text).region(sentence.start(), trigger.start()).lookingAt()
                || COUNTERFACTUAL.matcher(text).region(sentence.start(), trigger.start()).find()
                || PAST_CONDITIONAL.matcher(tail).find() && COUNTERFACTUAL_CLAUSE.matcher(text).region(sentence.start(), trigger.start()).find()
                || RISK_LABEL.matcher(text).region(text.lastIndexOf('\n', sentence.start()) + 1, trigger.start()).lookingAt()) {
            return Modality.HYPOTHETICAL;
        }
        if (nominal && NEGATED_AFTER.matcher(text.substring(trigger.end(), sentence.end())).find()) {
            return Modality.NEGATED;
        }
        if (cues.planOrDenial() && (REPORT_DENIED_AFTER.matcher(text).region(trigger.end(), sentence.end()).find()
                || REPORT_DENIED_BEFORE.matcher(text).region(sentence.start(), trigger.start()).find())) {
            // "Reports that Peshmerga units have entered Tal Afar are untrue", "denied reports that ..."
            return Modality.NEGATED;
        }
        if (cues.reported() && NOT_SAID_BEFORE.matcher(text).region(sentence.start(), trigger.start()).find()
                || NO_REPORTS_OF.matcher(text).region(sentence.start(), trigger.start()).find()) {
            return Modality.NEGATED;
        }
        if (ELLIPTICAL_DENIAL.matcher(text).region(sentence.end(), Math.min(text.length(), sentence.end() + 30)).lookingAt()
                || NONE_OPENING.matcher(text).region(clause.start(), trigger.start()).lookingAt()) {
            // "... went on to capture Manbij in 2017. They did not, and no credit should be given"
            return Modality.NEGATED;
        }
        if (cues.planOrDenial() && UNCONFIRMED_SUBJECT.matcher(text).region(sentence.start(), trigger.start()).find()
                && UNCONFIRMED.matcher(text).region(trigger.end(), sentence.end()).lookingAt()) {
            // "Social media posts about fighting at Benina airport overnight are not confirmed": a rumour, not a clash
            return Modality.NEGATED;
        }
        if (cues.planOrDenial() && deniedNext(text, trigger.end(), sentence.end())) {
            // "Rumour going round that ISIS fighters surrendered en masse. Not true per 2 FSA sources."
            return Modality.NEGATED;
        }
        if ((nominal || gerundSubject(text, clause, trigger)) && MODAL_AFTER.matcher(text.substring(trigger.end(), clause.end())).find()) {
            // "an offensive on Mosul could follow"; "Analysts say losing the highway will make life harder"
            return Modality.HYPOTHETICAL;
        }
        if (cues.reported() || insideQuote(text, sentence, trigger)) {
            return Modality.REPORTED;
        }
        if (cues.hedged()) {
            return Modality.HEDGED;
        }
        if (opinionSection || cues.opinion()) {
            return Modality.OPINION;
        }
        return Modality.ASSERTED;
    }

    /**
     * Where the attempt starts when the trigger follows "attempted to" / "tried to" (a failed or ongoing
     * attempt), else -1. The attempt's own modality is that of its verb: "could still try to attack" is not.
     */
    public int attemptAt(String text, Span clause, Span trigger) {
        String tail = lastWords(text.substring(clause.start(), trigger.start()), 10);
        Matcher m = ATTEMPT.matcher(tail);
        return m.find() ? trigger.start() - tail.length() + m.start() : -1;
    }

    /** Whether an attributed speech cue is in the sentence (said, told, according to...). */
    public boolean reported(String text, Span sentence) {
        return REPORT.in(text, sentence.start(), sentence.end());
    }

    /** Whether a denial follows the claim: after a colon in its sentence, or opening the next sentence. */
    /** A negation cue in text[from, to), but for "without meeting resistance", which tells how a thing was done. */
    private static boolean negatedBefore(String text, int from, int to) {
        if (!NEGATION.in(text, from, to)) {
            return false;
        }
        Matcher manner = WITHOUT_RESISTANCE.matcher(text).region(from, to);
        if (!manner.find()) {
            return true;
        }
        return NEGATION.in(text, from, manner.start()) || NEGATION.in(text, manner.end(), to);
    }

    private static boolean deniedNext(String text, int from, int sentenceEnd) {
        for (int colon = from; colon < sentenceEnd; colon++) {
            // only this sentence is searched for the colon, not the rest of the text; a dash set apart answers too
            // ("Rumour going round that Beddawi was shelled overnight - FALSE.")
            char ch = text.charAt(colon);
            if (ch == ':' || (ch == '-' || ch == '\u2013' || ch == '\u2014') && colon > 0 && text.charAt(colon - 1) == ' ') {
                if (DENIED_NEXT.matcher(text).region(colon, sentenceEnd).lookingAt()) {
                    return true;
                }
                break;
            }
        }
        return DENIED_NEXT.matcher(text).region(sentenceEnd, Math.min(text.length(), sentenceEnd + 40)).lookingAt();
    }

    /** A hypothetical cue in text[from, to); "may"/"might" only in lower case and not before "have". */
    private static boolean hypothetical(String text, int from, int to) {
        Words words = Words.of(text, from, to);
        for (int i = 0; i < words.size(); i++) {
            if (words.word(i).equals("next") && i + 1 < words.size() && SEQUENCE.contains(words.word(i + 1))) {
                // "signed the next one, and from the 24th ...", "by the next day": a sequence told, not a future
                continue;
            }
            if (HYPOTHETICAL.at(words, i)) {
                return true;
            }
            String w = words.word(i);
            if ((w.equals("may") || w.equals("might")) && text.charAt(words.start(i)) == 'm'
                    && (i + 1 >= words.size() || !words.word(i + 1).equals("have"))) {
                return true;
            }
        }
        return false;
    }

    static boolean insideQuote(String text, Span sentence, Span at) {
        int open = 0;
        for (int i = sentence.start(); i < at.start(); i++) {
            char c = text.charAt(i);
            if (c == '\u201c') {
                open = 1;
            } else if (c == '\u201d') {
                open = 0;
            } else if (c == '"') {
                open = 1 - open;
            }
        }
        if (open == 1) {
            return true;
        }
        // a quotation that opened in an earlier sentence of the same paragraph and has not closed
        int p = sentence.start() - 1;
        int balance = 0;
        while (p >= 0 && text.charAt(p) != '\n') {
            char c = text.charAt(p);
            if (c == '\u201c') {
                balance++;
            } else if (c == '\u201d') {
                balance--;
            }
            p--;
        }
        return balance > 0;
    }

    private static String lastWords(String s, int n) {
        int count = 0;
        int i = s.length();
        boolean inWord = false;
        while (i > 0) {
            char c = s.charAt(i - 1);
            boolean w = Character.isLetterOrDigit(c) || c == '\'';
            if (!w && inWord) {
                count++;
                if (count == n) {
                    break;
                }
            }
            inWord = w;
            i--;
        }
        return s.substring(i);
    }

}
