package org.claimgraph.extract;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.model.Measure;

/**
 * Decides what a number in a sentence counts: the unit written after it ("fighters", "square
 * kilometers", "%"), adjusted by the verbs around it ("killed 400 fighters" counts deaths, "350 fighters
 * surrendering" counts surrenders), or for a number with no unit the noun it measures ("the number of
 * fighters at 20,000", "the toll passes 240", "the garrison had dwindled to 30"). Stateless.
 */
final class QuantityUnits {

    /** What a number counts and where its unit ends (relative to the sentence). */
    record Reading(Measure measure, int unitEnd, boolean byVerb) {
    }

    /** Marker for "of them" and the like: a count of people whose kind the verbs must give. */
    /** Formations counted by number ("two army divisions", "three brigades"): not a count of people. */
    private static final java.util.Set<String> FORMATIONS = java.util.Set.of("divisions", "brigades", "battalions",
            "regiments", "companies", "platoons", "squadrons", "columns", "convoys", "formations", "corps");
    private static final Measure PEOPLE = null;
    /** A force's short name that stands for its fighters when a verb or "inside" follows: "37 SDF killed", "~3,000 ISIS inside". */
    private static final java.util.Set<String> SHORT_NAMES = java.util.Set.of("sdf", "ypg", "ypj", "isis", "isil", "hts", "fsa", "pkk");
    private static final Pattern AFTER_SHORT_NAME = Pattern.compile("killed|dead|wounded|injured|captured|surrendered|inside"
            + "|remain|remained|remaining|left|were|are|fighters");

    private static final Map<String, Measure> NOUNS = new HashMap<>();

    static {
        for (String w : "fighters militants jihadists members insurgents gunmen extremists terrorists combatants rebels"
                .split(" ")) {
            NOUNS.put(w, Measure.FIGHTERS);
        }
        NOUNS.put("recruits", Measure.FIGHTERS);
        NOUNS.put("jihadis", Measure.FIGHTERS);
        NOUNS.put("militiamen", Measure.FIGHTERS);
        // a report's "135X DAESH KIA": the group's name stands for its fighters
        NOUNS.put("daesh", Measure.FIGHTERS);
        NOUNS.put("operatives", Measure.FIGHTERS);
        NOUNS.put("peshmerga", Measure.TROOPS);
        NOUNS.put("mercenaries", Measure.FIGHTERS);
        for (String w : "guerrillas guerillas paramilitaries".split(" ")) {
            NOUNS.put(w, Measure.FIGHTERS);
        }
        for (String w : ("troops soldiers servicemen personnel men police policemen officers marines paratroopers advisers"
                + " advisors commandos guards reservists conscripts peacekeepers crew crewmen sailors seamen").split(" ")) {
            NOUNS.put(w, Measure.TROOPS);
        }
        // counted peoples ("20,000 Syrians have crossed") are civilians unless a verb makes them dead or held
        for (String w : ("civilians people persons residents inhabitants villagers children women hostages"
                + " syrians iraqis yazidis yezidis kurds turkmen christians assyrians arabs islanders afghans libyans yemenis"
                + " palestinians israelis ukrainians kuwaitis somalis malians armenians azerbaijanis bosnians bosniaks serbs"
                + " croats albanians chechens georgians iranians egyptians saudis lebanese sudanese tamils rohingya").split(" ")) {
            NOUNS.put(w, Measure.CIVILIANS);
        }
        NOUNS.put("refugees", Measure.DISPLACED);
        NOUNS.put("displaced", Measure.DISPLACED);
        for (String w : "dead deaths killed bodies fatalities".split(" ")) {
            NOUNS.put(w, Measure.DEATHS);
        }
        NOUNS.put("injured", Measure.INJURED);
        NOUNS.put("wounded", Measure.INJURED);
        NOUNS.put("villages", Measure.VILLAGES);
        for (String w : "airstrikes air-strikes strikes sorties raids".split(" ")) {
            NOUNS.put(w, Measure.AIRSTRIKES);
        }
        NOUNS.put("detainees", Measure.DETAINED);
        NOUNS.put("prisoners", Measure.DETAINED);
    }

    /** How far around a number its unit and verbs are looked for, in characters. */
    private static final int WINDOW = 160;
    private static final Pattern PERCENT = Pattern.compile("(?i)^\\s*(?:%|percent\\b|per cent\\b)");
    private static final Pattern TERRITORY = Pattern.compile("(?i)\\b(?:territory|territories|land|area|areas"
            + "|cleared|liberated|controlled|controls|control(?! tower)|held|holds|hold|retaken|recaptured|captured|seized"
            + "|lost|retook|regained|occupies|occupied)\\b");
    /** "90 per cent of the aircraft parked at the airport": a share of things or people, not of land. */
    private static final Pattern SHARE_OF_THINGS = Pattern.compile("(?i)^\\s*of\\s+(?:the\\s+|its\\s+|their\\s+|all\\s+)?(?:[\\w-]+\\s+)?"
            + "(?:aircraft|planes|jets|helicopters|vehicles|tanks|weapons|ammunition|buildings|houses|homes|infrastructure|population"
            + "|people|residents|civilians|inhabitants|budget|revenues?|oil|output|production|exports|imports|GDP|economy"
            + "|casualties|deaths|victims|power|electricity|water|supplies|food|fleet|stocks?|arsenal)\\b");
    private static final Pattern POLL = Pattern.compile("(?i)\\b(?:voters?|vote|voted|poll|polls|respondents"
            + "|survey|turnout|ballots?|yes|approval|support(?:ed)?)\\b");
    private static final Pattern AREA = Pattern.compile("(?i)^\\s*(?:square\\s+(?:kilomet(?:er|re)s?|km|miles?)\\b"
            + "|sq\\.?\\s*(?:km|mi(?:les?)?)\\b|km2|km²|kilomet(?:er|re)s?\\s+squared\\b|mi2|mi²)");
    private static final Pattern PARTITIVE = Pattern.compile("(?i)^\\s*of\\s+(?:the|those|these|its|their|his|her|whom|them)\\b");
    private static final Pattern TOKEN = Pattern.compile("^\\s+([\\p{L}][\\p{L}.'’\\-]*)");
    private static final Pattern STOP = Pattern.compile("(?i)(?:was|were|is|are|had|has|have|who|which|that|in|on|at"
            + "|to|from|for|with|by|as|since|after|before|during|of|or|than|ago|later|earlier|old|long|each|per"
            + "|years?|months?|weeks?|days?|hours?|minutes?|seconds?|miles?|kilomet(?:er|re)s?|km|met(?:er|re)s?"
            + "|feet|degrees|times|dollars|euros|pounds|tons|tonnes|gallons|litres|liters|percent)");
    /** Verbs whose object is dead: "killing", "shot dead", "buried". */
    private static final String KILL_VERBS = "(?:killed|killing|kill|kills|shoot|shot|shot dead|gunned down|buried|burying|bury"
            + "|shooting|executed|executing|execute|executes|beheaded|beheading|massacred|massacring|slaughtered"
            + "|lost|lose|loses|losing)";
    private static final Pattern KILL_BEFORE = Pattern.compile("(?i)\\b" + KILL_VERBS + "\\s+(?:(?:an estimated|at least|more than"
            + "|over|nearly|about|around|some|up to|as many as|almost|roughly|approximately|between)\\s+)?$");
    /** A possessive ending: "militants'", "soldiers’", "the group's". */
    private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]|['’]s)$");
    private static final Pattern BODIES = Pattern.compile("bodies|corpses|remains");
    /** Units that are participles ("270 injured"): a unit only right after the number, else a verb. */
    private static final Pattern PARTICIPLE_UNITS = Pattern.compile("dead|killed|injured|wounded|displaced");
    private static final Pattern BARE_KILL_BEFORE = Pattern.compile("(?i)\\b(?:killed|killing|kills)\\s+$");
    private static final Pattern STRONG = Pattern.compile("(?i)^-strong\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:force|forces"
            + "|army|contingent|garrison|unit|brigade|militia|group|battalion|column)\\b");
    private static final Pattern DETAIN_BEFORE = Pattern.compile("(?i)\\b(?:captured|capturing|capture|arrested"
            + "|arresting|arrest|detained|detaining|detain)\\s+$");
    /** A count with its bound and its noun, as a conjunct of a list: "more than 1,500 Kurdish fighters ", "some 180 soldiers ". */
    private static final String COUNTED_CONJUNCT = "(?:[\\p{L}-]+\\s+){0,2}\\d[\\d,.]*\\s+(?:[\\p{L}'’-]+\\s+){1,3}";
    /** "killing at least 170 Afghans and [13 US service members]": the second object of the verb is dead too. */
    private static final Pattern KILL_BEFORE_CONJUNCT = Pattern.compile("(?i)\\b" + KILL_VERBS + "\\s+" + COUNTED_CONJUNCT
            + "and\\s+$");
    private static final Pattern INHERIT_BEFORE = Pattern.compile("(?i)\\b(?:among them|including|incl\\.|of whom|of them"
            + "|among whom|together with|along with|as well as|in addition to)\\s+"
            // "together with more than 1,500 Kurdish fighters and [over 400 rebels]": the list goes on
            + "(?:" + COUNTED_CONJUNCT + "and\\s+)?$");
    private static final Pattern PREDICATE = Pattern.compile("(?i)\\b(?:(killed|dead|died|slain|executed|perished|(?-i:KIA)"
            // "280 people had already been buried in mass graves" (not those buried alive or under rubble)
            + "|buried(?!\\s+(?:alive|under|beneath)\\b)"
            + "|lost (?:their|his|her) lives|shot(?!\\s+(?:and\\s+)?(?:wounded|injured|in the (?:leg|arm|foot))))"
            + "|(surrendered|surrendering|surrender|surrenders|(?:gave|given|give|giving) themselves up|handed themselves over"
            + "|turned themselves in|laid down (?:their|its) (?:arms|weapons))"
            + "|(wounded|injured)|(arrested|detained|taken prisoner)|(missing|unaccounted for|disappeared|never seen again"
            + "|went missing))\\b");
    /** "who left", "who fled": people counted by their flight. */
    private static final Pattern LEFT = Pattern.compile("(?i)who\\s+(?:have\\s+|had\\s+)?(?:left|fled|escaped|were displaced)\\b");
    private static final Pattern PREDICATE_STOP = Pattern.compile("(?i)[;:.!?\"“”]|\\d|,\\s+and\\b|\\b(?:after|when|because"
            + "|while|but|since|before|if|where|whereas|although)\\b");
    private static final Pattern NUMBER_OF = Pattern.compile("(?i)\\b(?:number|total|tally|count|estimates?|figure"
            + "|size|strength)\\s+(?:of\\s+|(?=who\\s))((?:[\\p{L}'’-]+\\s+|\\d{1,3}\\s+(?=hours|days|weeks)){1,10}?)(?:at|to|is|was|as|of|stands at|stood at|reached"
            + "|rose to|put at|estimated at|numbered|rang(?:e|es|ed|ing) from|var(?:y|ies|ied) from)\\s+$");
    private static final Pattern FORCE_NOUN = Pattern.compile("(?i)forces?|army|armies|garrison|contingent|detachment"
            + "|column|units?|brigades?|battalions?|militias?");
    /** A count coordinated with the one before it, its noun left out: "... and about 14,500 east towards Debaga". */
    private static final Pattern AND_BEFORE = Pattern.compile("(?i)\\band\\s+$");
    private static final Pattern MOVED_AFTER = Pattern.compile("(?i)^\\s+(?:were|was|had|have|are|moved|went|reached|fled"
            + "|returned|arrived|crossed|north|south|east|west|towards?)\\b");
    private static final Pattern COMPARED_BEFORE = Pattern.compile("(?i)\\b(?:below|above|than|from|versus|vs\\.?"
            + "|against|compared (?:with|to)|up from|down from)\\s+(?:the\\s+|an?\\s+)?(?:estimated\\s+|previous\\s+"
            + "|earlier\\s+|reported\\s+)?$");
    /** What may follow a number whose noun is left out because the sentence named it already. */
    private static final Pattern ELLIPSIS_AFTER = Pattern.compile("(?i)^(?:\\s*[,.;:)!?]|\\s*$|\\s+(?:the|that|which"
            + "|a|an|in|at|on|last|earlier|previously|estimated|reported|cited|given|claimed|he|she|they|it|we)\\b)");
    /** "claimed the lives of 48", "the deaths of 27", "a grave holding 42": the people counted are dead. */
    private static final Pattern DEATH_NOUN_BEFORE = Pattern.compile("(?i)\\b(?:(?:claimed|claiming|claims|took|taking"
            + "|cost|costing|costs)\\s+(?:the\\s+)?lives|deaths?|killings?|bodies|remains|funerals?|massacre)\\s+of\\s+$"
            // "the grave held 42 people": the people in a grave are dead
            + "|\\bgraves?\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:held|holds|holding|contained|contains|containing|with)\\s+(?:the\\s+(?:bodies|remains)\\s+of\\s+)?$");
    /** "militants numbering about 3,000", "troops totalling 8,000". */
    private static final Pattern NOUN_NUMBERING = Pattern.compile("(?i)\\b([\\p{L}]+),?\\s+(?:numbering|numbered"
            + "|totall?ing|totall?ed|estimated at|put at)\\s+$");
    /** "80 were killed", "120 surrendered": a bare number that the verb after it counts. */
    private static final Pattern BARE_PREDICATE_AFTER = Pattern.compile("(?i)^\\s+(?:(?:were|have been|had been"
            + "|are|was)\\s+(?:reportedly\\s+|reported\\s+|confirmed\\s+|later\\s+|also\\s+)?)?(?:(killed|dead"
            + "|slain|executed|died|perished)|(surrendered)|(wounded|injured)|(arrested|detained|captured))\\b");
    private static final Pattern POSSESSIVE_BEFORE = Pattern.compile("(?i)\\b(?:her|his|my|our|your)\\s+$");
    /** "had been inside the city", "were holding the centre": a bare number counted by where it was. */
    private static final Pattern PRESENCE_AFTER = Pattern.compile("(?i)^\\s+(?:had been|have been|were|are|remained|remain)\\s+"
            + "(?:still\\s+)?(?:inside|in the city|in the town|holding|defending|holed up|left)\\b");
    private static final Pattern WOUND_BEFORE = Pattern.compile("(?i)\\b(?:wounded|wounding|wound|wounds|injured"
            + "|injuring|injure|injures)\\s+$");
    private static final Pattern TOLL = Pattern.compile("(?i)\\btoll\\b[^.;:\"“”]{0,40}?(?:\\b(?:of|at|to|is|was"
            + "|hit|hits|reached|reaches|stands at|stood at|put at)\\s+)?$");
    /** "the battle had cost his group eleven of its fighters": people lost are dead. */
    /** The counts listed before this one: "255 British servicemen, 649 Argentine servicemen and ". */
    private static final String LISTED_SO_FAR = "(?:(?:[\\p{L}-]+\\s+){0,2}\\d[\\d,.]*\\s+(?:[\\p{L}'’-]+\\s+){0,2}[\\p{L}'’-]+,?\\s+(?:and\\s+)?){0,4}";
    /** "The war had cost the lives of 255 British servicemen, 649 Argentine servicemen and three islanders": all dead. */
    private static final Pattern COST_BEFORE = Pattern.compile("(?i)\\b(?:cost|costs|costing)\\s+(?:[\\w'’-]+\\s+){0,3}" + LISTED_SO_FAR + "$");
    /** "put the dead at 37 foreign hostages and one Algerian": the dead, counted by kind. */
    private static final Pattern DEAD_PUT_AT = Pattern.compile("(?i)\\b(?:put|puts|putting|placed|places) the (?:dead|death toll|toll)\\s+at\\s+"
            + "(?:(?:about|around|some|nearly|almost|at least|more than|over)\\s+)?" + LISTED_SO_FAR + "$");
    /** "the dead today are more than 200", "put the dead at between 560 and 770": the dead counted. */
    private static final Pattern DEAD_COUNTED = Pattern.compile("(?i)\\bthe dead\\s+(?:[\\w-]+\\s+){0,3}?(?:are|were|is|was|number"
            + "|numbered|stand at|stood at|at)\\s+(?:between\\s+)?$");
    /**
     * "put the number killed since September at more than 600", "Estimates of Russian dead in the first assault run from":
     * a count of the dead.
     */
    private static final Pattern DEATH_COUNT = Pattern.compile("(?i)\\b(?:number|count|total|tally|estimates?)\\s+(?:of\\s+(?:the\\s+)?)?"
            + "(?:[\\p{L}-]+\\s+)?(?:killed|dead|deaths)\\b[^.;:\"“”]{0,40}?\\b(?:at|(?:rang(?:e|es|ed|ing)|runs?|ran|var(?:y|ies|ied))"
            + "\\s+from)\\s+(?:more than\\s+|nearly\\s+|about\\s+|around\\s+"
            + "|some\\s+|over\\s+|at least\\s+|almost\\s+|up to\\s+|as many as\\s+|between\\s+)?$");
    /** "My aunt's house had nineteen people in it": a household, not a count the story reports. */
    private static final Pattern HOUSEHOLD_BEFORE = Pattern.compile("(?i)\\b(?:house|home|flat|apartment)\\s+(?:had|held|housed"
            + "|sheltered)\\s+$");
    /** "400 Islamic State fighters and some 180 soldiers had been killed": the verb of the last conjunct counts all. */
    private static final Pattern KILLED_WITH_NEXT = Pattern.compile("(?i)^\\s+and\\s+" + COUNTED_CONJUNCT
            + "(?:(?:had|have)\\s+been\\s+|were\\s+|are\\s+)?(?:killed|dead|died|slain)\\b");
    private static final Pattern PUT_NUMBER = Pattern.compile("(?i)\\b(?:put|puts|placed|places|estimated"
            + "|estimates?)\\s+(?:the|their|its)\\s+(?:number|figure|total)\\s+at\\s+$");
    private static final Pattern GARRISON = Pattern.compile("(?i)\\b(?:[\\p{L}-]+\\s+){0,2}(?:garrison|force"
            + "|contingent|detachment)\\b[^.;:]{0,80}?\\b(?:dwindled to|numbered|numbering|totall?ed|totall?ing"
            + "|stood at|fell to|shrank to|grew to|swelled to)\\s+$");
    private static final Pattern MILITANT = Pattern.compile("(?i)\\b(?:militant|jihadist|insurgent|rebel|terrorist"
            + "|extremist)s?\\b");
    private static final Pattern A_NUMBER_OF = Pattern.compile("(?i)\\bnumbers?\\s+of\\b");
    private static final Pattern ARMED_AFTER = Pattern.compile("(?i)\\s+(?:of|from)\\s+(?:the\\s+|an?\\s+)?(?:[\\p{L}-]+\\s+)?"
            + "(?:isis|isil|is|daesh|islamic|militant|jihadist|armed|extremist|terrorist|insurgent|group|militias?"
            + "|brigades?|front|forces?|(?-i:\\p{Lu}{2,}))\\b");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[.'’]+$");
    /** "eleven men", also at the sentence's end ("with the loss of eleven men."). */
    private static final Pattern PLAIN_MEN = Pattern.compile("\\bmen[.'’]*$");
    /** Words that make plain "men" a force's: "a Russian military source put the full team at about 100 men". */
    private static final Pattern MILITARY = Pattern.compile("(?i)\\b(?:offensive|garrison|forces?|army|military|troops"
            + "|units?|militias?|militiamen|volunteers|soldiers|brigades?|battalions?|fighters|operation|defenders"
            + "|deploy(?:ed|ment)?|relief)\\b");
    private static final Pattern VICTIMS = Pattern.compile("(?i)\\bvictims\\b");
    /** Participles of the hurt that may stand before the people they describe: "wounded men". */
    private static final Pattern HURT = Pattern.compile("wounded|injured");
    /** A sentence that tells of killing: its victims are the dead. */
    private static final Pattern KILLING = Pattern.compile("(?i)\\b(?:killed|killing|massacred?|murdered|executed|slaughtered"
            + "|shot dead|died|dead)\\b");
    /** A sentence that tells of wounding too: its victims may be alive. */
    private static final Pattern WOUNDING = Pattern.compile("(?i)\\b(?:wounded|wounding|injured|injuring|injuries|hurt)\\b");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PERSON_NOUN = Pattern.compile("(?i)\\b(fighters|militants|jihadists|troops|soldiers"
            + "|civilians|people|residents|villagers|children|women|men|hostages|refugees)\\b");

    private QuantityUnits() {
    }

    /**
     * Reads what the quantity counts.
     *
     * @param sentence   the sentence text
     * @param q          the quantity, offsets relative to the sentence
     * @param earlier    the measure of the previous quantity in the same sentence, or null
     * @param previous   the previous sentence's text (for "put the number at 30"), or ""
     */
    static Optional<Reading> read(String sentence, QuantityParser.Quantity q, Measure earlier, String previous) {
        String after = sentence.substring(q.end(), Math.min(sentence.length(), q.end() + WINDOW));
        String before = sentence.substring(Math.max(0, q.start() - WINDOW), q.start());
        if (CountPhrases.multiplier(after)) {
            return Optional.empty(); // "a toll more than four times the UN's"
        }
        Matcher m = PERCENT.matcher(after);
        if (m.find()) {
            boolean territory = TERRITORY.matcher(sentence).find() && !POLL.matcher(sentence).find()
                    && !SHARE_OF_THINGS.matcher(after).region(m.end(), after.length()).lookingAt();
            return territory ? Optional.of(new Reading(Measure.TERRITORY_PERCENT, q.end() + m.end(), false))
                    : Optional.empty();
        }
        if ((m = AREA.matcher(after)).find()) {
            return Optional.of(new Reading(Measure.AREA_KM2, q.end() + m.end(), false));
        }
        if ((m = STRONG.matcher(after)).find()) {
            Measure measure = MILITANT.matcher(m.group()).find() || MILITANT.matcher(before).find()
                    ? Measure.FIGHTERS : Measure.TROOPS;
            return Optional.of(new Reading(measure, q.end() + m.end(), false));
        }
        if (POSSESSIVE_BEFORE.matcher(before).find() || HOUSEHOLD_BEFORE.matcher(before).find()) {
            return Optional.empty(); // "with her six children": a family, not a count the story reports
        }
        int pos = q.end();
        boolean pronoun = false;
        if ((m = PARTITIVE.matcher(after)).find()) {
            if (BigDecimal.ONE.equals(q.min()) && BigDecimal.ONE.equals(q.max())) {
                return Optional.empty();
            }
            pos += m.end();
            String tail = m.group().toLowerCase(Locale.ROOT).trim();
            pronoun = tail.endsWith("them") || tail.endsWith("whom");
        }
        Measure unit = PEOPLE;
        int unitEnd = -1;
        // "200 wounded men": where the participle before the people it describes ends
        int hurtEnd = -1;
        if (!pronoun) {
            int limit = Math.min(sentence.length(), pos + WINDOW);
            Matcher t = TOKEN.matcher(sentence);
            for (int i = 0; i < 5 && unitEnd < 0 && t.region(pos, limit).find(); i++) {
                String written = t.group(1);
                String word = TRAILING_MARKS.matcher(written.toLowerCase(Locale.ROOT)).replaceAll("");
                Matcher next = TOKEN.matcher(sentence).region(t.end(), limit);
                // "13 US service members.": the next word without the sentence's full stop
                String nextWord = next.find() ? TRAILING_MARKS.matcher(next.group(1).toLowerCase(Locale.ROOT)).replaceAll("") : "";
                String twoWords = word + " " + nextWord;
                if (i == 0 && word.equals("others") || word.equals("victims")) {
                    // "643 others are still missing", "the names of 240 victims": people whom the verbs name
                    unitEnd = t.end();
                } else if (twoWords.equals("service members") || twoWords.equals("police officers")
                        || twoWords.equals("air strikes")) {
                    unit = twoWords.startsWith("air") ? Measure.AIRSTRIKES : Measure.TROOPS;
                    unitEnd = next.end();
                } else if (POSSESSIVE.matcher(written).find() && BODIES.matcher(nextWord).matches()) {
                    // "twelve militants' bodies": the dead, whoever they were
                    unit = Measure.DEATHS;
                    unitEnd = next.end();
                } else if (i > 0 && PARTICIPLE_UNITS.matcher(word).matches()) {
                    break;
                } else if (i == 0 && HURT.matcher(word).matches() && isPeople(NOUNS.get(nextWord))) {
                    // "200 wounded men, civilians and staff ... were killed": the people are counted, hurt or dead
                    hurtEnd = t.end();
                } else if (FORMATIONS.contains(word) || word.equals("members") && Character.isUpperCase(written.charAt(0))) {
                    // "two army divisions": formations, not people; "the Chair and nine Members": a committee
                    return Optional.empty();
                } else if (SHORT_NAMES.contains(word) && AFTER_SHORT_NAME.matcher(nextWord).matches()) {
                    // "37 SDF killed" (but "two ISIL tactical vehicles" are vehicles)
                    unit = Measure.FIGHTERS;
                    unitEnd = t.end();
                } else if (NOUNS.containsKey(word)) {
                    unit = NOUNS.get(word);
                    unitEnd = t.end();
                    if (word.equals("members") && (nextWord.equals("of") || nextWord.equals("from")
                            ? !ARMED_AFTER.matcher(sentence).region(t.end(), limit).lookingAt() : i == 0)) {
                        // "ten members of one family", "three members reached the milestone": people of no armed group, whom
                        // only a verb counts (but "58 IS members", "members of the security forces" are fighters)
                        unit = PEOPLE;
                    }
                } else if (written.equals(written.toLowerCase(Locale.ROOT)) && STOP.matcher(word).matches()) {
                    break;
                }
                pos = t.end();
            }
        } else {
            unitEnd = pos;
        }
        if (pronoun && earlier == Measure.DEATHS) {
            // "at least 43 people have been killed, 27 of them civilians": a share of the dead
            return Optional.of(new Reading(Measure.DEATHS, pos, true));
        }
        if (unitEnd < 0) {
            Optional<Measure> bare = unitless(before, previous);
            Matcher pred = BARE_PREDICATE_AFTER.matcher(after);
            if (bare.isEmpty() && pred.find() && !isPart(q)) {
                bare = Optional.of(pred.group(1) != null ? Measure.DEATHS : pred.group(2) != null ? Measure.SURRENDERED
                        : pred.group(3) != null ? Measure.INJURED : Measure.DETAINED);
            }
            if (bare.isEmpty() && PRESENCE_AFTER.matcher(after).find()) {
                // "about 2,500 militants had been killed and between 3,500 and 4,000 had been inside the city"
                bare = lastPersonNoun(before);
            }
            if (bare.isEmpty() && earlier != null && isPeople(earlier) && (COMPARED_BEFORE.matcher(before).find()
                    && ELLIPSIS_AFTER.matcher(after).find() || AND_BEFORE.matcher(before).find() && MOVED_AFTER.matcher(after).find())) {
                // "over 200 people reached Debaga and between 600 and 900 were registered at Al Hajaj"
                bare = Optional.of(earlier);
            }
            if (bare.isEmpty()) {
                // "deaths updated to "at least 207"", "the mayor's later count of 115" after a count of the dead
                bare = CountPhrases.fieldSet(before).or(() -> CountPhrases.recount(before, earlier));
            }
            int listed = CountPhrases.listedKilled(after, STOP);
            if (bare.isEmpty() && listed >= 0) {
                // "at least 11 journalists, fixers and drivers killed"
                return Optional.of(new Reading(Measure.DEATHS, q.end() + listed, true));
            }
            return bare.map(measure -> new Reading(measure, q.end(), true));
        }
        boolean plainMen = PLAIN_MEN.matcher(sentence.substring(q.end(), unitEnd)).find();
        if (plainMen && !MILITARY.matcher(sentence).find()) {
            unit = PEOPLE;
        }
        if (unit != PEOPLE && !isPeople(unit)) {
            return Optional.of(new Reading(unit, unitEnd, false));
        }
        if (CountPhrases.takenCaptive(before, sentence.substring(unitEnd), unit)) {
            // "they took 61 police officers and soldiers captive": people held, not a force
            return Optional.of(new Reading(Measure.DETAINED, unitEnd, true));
        }
        Measure byContext = context(sentence, before, unitEnd, earlier);
        if (hurtEnd >= 0 && byContext != Measure.DEATHS) {
            // "270 wounded soldiers were evacuated": the wounded
            return Optional.of(new Reading(Measure.INJURED, hurtEnd, false));
        }
        if (byContext != null) {
            return Optional.of(new Reading(byContext, unitEnd, true));
        }
        if (unit == PEOPLE && pronoun) {
            // "the last fighters in the city, about 70 of them": the people named before; when the count opens its
            // sentence ("Approximately 69,500 of them moved south"), those of the sentence before
            int end = unitEnd;
            Optional<Measure> named = lastPersonNoun(before);
            if (named.isEmpty() && before.isBlank()) {
                named = lastPersonNoun(previous);
            }
            return named.map(measure -> new Reading(measure, end, true));
        }
        if (unit == PEOPLE && VICTIMS.matcher(sentence.substring(q.end(), unitEnd)).find() && KILLING.matcher(sentence).find()
                && !WOUNDING.matcher(sentence).find()) {
            // "troops killed hundreds of civilians; researchers compiled the names of more than 240 victims": the dead
            return Optional.of(new Reading(Measure.DEATHS, unitEnd, true));
        }
        return unit == PEOPLE ? Optional.empty() : Optional.of(new Reading(unit, unitEnd, false));
    }

    /** The measure of the last people noun in text ("militants" counts fighters), or empty. */
    private static Optional<Measure> lastPersonNoun(String text) {
        Matcher n = PERSON_NOUN.matcher(text);
        String last = null;
        while (n.find()) {
            last = n.group(1).toLowerCase(Locale.ROOT);
        }
        return last == null ? Optional.empty() : Optional.ofNullable(NOUNS.get(last)).map(m -> m == Measure.DISPLACED ? Measure.CIVILIANS : m);
    }

    private static Measure context(String sentence, String before, int unitEnd, Measure earlier) {
        if (KILL_BEFORE.matcher(before).find() || COST_BEFORE.matcher(before).find() || KILL_BEFORE_CONJUNCT.matcher(before).find()
                || DEAD_PUT_AT.matcher(before).find()) {
            return Measure.DEATHS;
        }
        if (DEATH_NOUN_BEFORE.matcher(before).find() || TOLL.matcher(before).find() || DEATH_COUNT.matcher(before).find()) {
            return Measure.DEATHS;
        }
        if (WOUND_BEFORE.matcher(before).find()) {
            return Measure.INJURED;
        }
        if (DETAIN_BEFORE.matcher(before).find()) {
            return Measure.DETAINED;
        }
        if (earlier == Measure.DEATHS && INHERIT_BEFORE.matcher(before).find()) {
            return Measure.DEATHS;
        }
        String rest = sentence.substring(unitEnd, Math.min(sentence.length(), unitEnd + WINDOW));
        if (KILLED_WITH_NEXT.matcher(rest).lookingAt()) {
            return Measure.DEATHS;
        }
        // "493 IS militants, 33 SDF fighters and four civilians had died": the verb after the counted list counts them all
        int counted = CountPhrases.countedListGoesOn(rest);
        Matcher stop = PREDICATE_STOP.matcher(rest).region(counted, rest.length());
        int limit = stop.find() ? stop.start() : rest.length();
        // "men, civilians and hospital staff taken from the hospital were killed": the verb after the list counts them all
        int listEnd = Math.max(counted, Math.min(CountPhrases.listGoesOn(rest), limit));
        String window = firstWords(rest.substring(listEnd, limit), 10);
        Matcher p = PREDICATE.matcher(window);
        if (p.find()) {
            if (p.group(1) != null) {
                return Measure.DEATHS;
            }
            if (p.group(2) != null) {
                return Measure.SURRENDERED;
            }
            if (p.group(5) != null) {
                return Measure.CIVILIANS; // "643 others are still missing": people, dead or alive
            }
            return p.group(3) != null ? Measure.INJURED : Measure.DETAINED;
        }
        return null;
    }

    private static Optional<Measure> unitless(String before, String previous) {
        Matcher m = NUMBER_OF.matcher(before);
        if (m.find()) {
            // "the number of militants killed in the vehicles at about 250": the dead; "the number who left the town at
            // more than 150,000": people who fled
            Matcher said = PREDICATE.matcher(m.group(1));
            boolean told = said.find();
            if (told && said.group(1) != null) {
                return Optional.of(Measure.DEATHS);
            }
            if (told && said.group(2) != null) {
                // "put the number who surrendered within 24 hours at between 1,500 and 2,000"
                return Optional.of(Measure.SURRENDERED);
            }
            if (LEFT.matcher(m.group(1)).lookingAt()) {
                return Optional.of(Measure.CIVILIANS);
            }
            return countedNoun(m.group(1));
        }
        if (TOLL.matcher(before).find() || DEAD_COUNTED.matcher(before).find() || DEATH_COUNT.matcher(before).find()) {
            // "put the number killed in those days at up to 500"
            return Optional.of(Measure.DEATHS);
        }
        if (PUT_NUMBER.matcher(before).find()) {
            Optional<Measure> here = lastPersonNoun(before);
            if (here.isPresent()) {
                // "250 militants were holding the centre; other estimates put the number at about 400"
                return here;
            }
            Matcher counted = A_NUMBER_OF.matcher(previous);
            Matcher n = PERSON_NOUN.matcher(previous);
            if (counted.find()) {
                n.region(counted.end(), previous.length());
            }
            return n.find() ? Optional.of(NOUNS.get(n.group(1).toLowerCase(Locale.ROOT))) : Optional.empty();
        }
        if ((m = NOUN_NUMBERING.matcher(before)).find()) {
            return countedNoun(m.group(1));
        }
        if (BARE_KILL_BEFORE.matcher(before).find()) {
            return Optional.of(Measure.DEATHS);
        }
        if ((m = GARRISON.matcher(before)).find()) {
            return Optional.of(MILITANT.matcher(m.group()).find() ? Measure.FIGHTERS : Measure.TROOPS);
        }
        return Optional.empty();
    }

    /**
     * The measure a counted noun phrase names ("ISIL fighters inside the city", "the attacking force"): its
     * first counted noun; a force or army counts troops, or fighters when called militant.
     */
    private static Optional<Measure> countedNoun(String phrase) {
        for (String w : SPACES.split(phrase.trim())) {
            String word = TRAILING_MARKS.matcher(w.toLowerCase(Locale.ROOT)).replaceAll("");
            Measure measure = NOUNS.get(word);
            if (measure != null) {
                return Optional.of(measure == Measure.DISPLACED ? Measure.CIVILIANS : measure);
            }
            if (FORCE_NOUN.matcher(word).matches()) {
                return Optional.of(MILITANT.matcher(phrase).find() ? Measure.FIGHTERS : Measure.TROOPS);
            }
        }
        return Optional.empty();
    }

    /** One on its own ("one was killed") is too often a pronoun to count. */
    private static boolean isPart(QuantityParser.Quantity q) {
        return BigDecimal.ONE.equals(q.min()) && BigDecimal.ONE.equals(q.max());
    }

    private static boolean isPeople(Measure m) {
        return m == Measure.FIGHTERS || m == Measure.TROOPS || m == Measure.CIVILIANS || m == Measure.DISPLACED;
    }

    private static String firstWords(String s, int n) {
        Matcher w = WORD.matcher(s);
        int end = 0;
        for (int i = 0; i < n && w.find(); i++) {
            end = w.end();
        }
        return s.substring(0, end);
    }
}
