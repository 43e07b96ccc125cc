package org.claimgraph.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.model.Measure;

/**
 * Phrases around a number that say what it counts where no counted noun does: a data field set to it
 * ("deaths updated to "at least 207""), a second count of what its sentence counted already ("the UN's figure
 * of at least 70 killed; the mayor's later count of 115"), a list of people said to be killed ("at least 11
 * journalists, fixers and drivers killed"), people taken captive, who are held rather than a force ("took 61
 * police officers and soldiers captive"), and a multiplier ("four times the UN's"), which counts nothing.
 * Offsets are relative to the strings given. Stateless.
 */
final class CountPhrases {

    /** A record's field of the dead set to the number: "deaths updated to", "the fatalities field was corrected to". */
    private static final Pattern FIELD_SET = Pattern.compile("(?i)\\b(?:deaths|dead|fatalities|killed)\\b"
            + "(?:\\s+(?:field|figure|count|column))?\\s+(?:(?:was|were|is|are|has been|have been|had been)\\s+)?"
            + "(?:updated|revised|raised|lowered|corrected|changed|increased|reduced|amended|set)\\s+to\\s+[\"“]?$");
    /** Another count of the same: "the mayor's later count of", "a second tally of". */
    private static final Pattern RECOUNT = Pattern.compile("(?i)\\b(?:count|tally|figure|estimate|total)\\s+of\\s+$");
    /** One kind of person in a list: a plural noun in lower case, with one word before it at most ("aid workers"). */
    private static final String KIND = "(?:\\p{Ll}[\\p{L}-]*\\s+)?\\p{Ll}[\\p{L}-]*s";
    /** "journalists, fixers and drivers killed", "aid workers were killed": the people of the list are dead. */
    private static final Pattern LISTED_KILLED = Pattern.compile("^\\s+(" + KIND + "(?:,?\\s+(?:and\\s+|or\\s+)?" + KIND
            + "){0,5}),?\\s+(?:(?:were|have been|had been|are|was)\\s+)?(?:reportedly\\s+)?(?:killed|dead|died|slain)\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}-]+");
    /** "took 61 police officers", "had taken some 40 soldiers": the verb before a count of captives. */
    private static final Pattern TOOK_BEFORE = Pattern.compile("(?i)\\b(?:took|take|takes|taking|taken)\\s+$");
    /** "... and soldiers captive": what the people were taken as, after the rest of their list. */
    private static final Pattern CAPTIVE_AFTER = Pattern.compile("(?i)^(?:,?\\s+(?:and|or)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)?"
            + "\\s+(captives?|prisoners?|hostages?)\\b");
    /** The rest of a list after its first kind of people: ", civilians and hospital staff", ", women or children". */
    private static final Pattern LIST_GOES_ON = Pattern.compile("^(?:,\\s+(?:\\p{Ll}[\\p{L}-]*\\s+)?\\p{Ll}[\\p{L}-]*){0,4},?\\s+"
            + "(?:and|or)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+)?\\p{Ll}[\\p{L}-]*\\b");
    private static final Pattern MULTIPLIER_AFTER = Pattern.compile("(?i)^\\s+times\\b");

    private CountPhrases() {
    }

    /** Deaths when the words before the number set a field of the dead to it; else empty. */
    static Optional<Measure> fieldSet(String before) {
        return FIELD_SET.matcher(before).find() ? Optional.of(Measure.DEATHS) : Optional.empty();
    }

    /** What the sentence counted before, when the words before the number call it another count; else empty. */
    static Optional<Measure> recount(String before, Measure earlier) {
        boolean counted = earlier == Measure.DEATHS || earlier == Measure.CIVILIANS || earlier == Measure.FIGHTERS
                || earlier == Measure.TROOPS;
        return counted && RECOUNT.matcher(before).find() ? Optional.of(earlier) : Optional.empty();
    }

    /**
     * Where a list of people said to be killed ends in the words after a number (relative to them), or -1; no word of
     * the list may be one that ends a counted phrase ("years", "times").
     *
     * @param notPeople the words that say a number counts something else
     */
    static int listedKilled(String after, Pattern notPeople) {
        Matcher list = LISTED_KILLED.matcher(after);
        if (!list.lookingAt()) {
            return -1;
        }
        Matcher w = WORD.matcher(list.group(1));
        while (w.find()) {
            if (notPeople.matcher(w.group()).matches()) {
                return -1;
            }
        }
        return list.end(1);
    }

    /**
     * Whether people counted were taken captive or prisoner ("took 61 police officers and soldiers captive"); hostages
     * count too when they are a force's men, whom a count of hostages would otherwise make troops.
     *
     * @param rest the words after the counted noun
     */
    static boolean takenCaptive(String before, String rest, Measure unit) {
        Matcher captive = CAPTIVE_AFTER.matcher(rest);
        if (!TOOK_BEFORE.matcher(before).find() || !captive.lookingAt()) {
            return false;
        }
        return !captive.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("hostage")
                || unit == Measure.TROOPS || unit == Measure.FIGHTERS;
    }

    /**
     * Where the list goes on after the first kind of people counted, in the words after it (relative to them), or 0:
     * the end of ", civilians and hospital staff" in ", civilians and hospital staff taken from the hospital".
     */
    static int listGoesOn(String rest) {
        Matcher list = LIST_GOES_ON.matcher(rest);
        return list.lookingAt() && rest.startsWith(",") ? list.end() : 0;
    }

    /**
     * Where a list of counted kinds goes on after the first, in the words after it (relative to them), or 0: the end of
     * ", 33 SDF fighters and four civilians" in "493 IS militants, 33 SDF fighters and four civilians had died".
     */
    static int countedListGoesOn(String rest) {
        Matcher list = COUNTED_LIST.matcher(rest);
        return list.lookingAt() ? list.end() : 0;
    }

    private static final String COUNTED_ITEM = "(?:\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+"
            + "(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+";
    private static final Pattern COUNTED_LIST = Pattern.compile("(?i)^(?:,\\s+" + COUNTED_ITEM + "){0,4},?\\s+and\\s+" + COUNTED_ITEM + "\\b");

    /** Whether the number multiplies another rather than counts: "four times the UN's". */
    static boolean multiplier(String after) {
        return MULTIPLIER_AFTER.matcher(after).lookingAt();
    }
}
