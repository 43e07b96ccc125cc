package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.claimgraph.model.Span;

/**
 * Splits a text into sentence spans (trimmed, never empty). A line break ends a sentence unless the
 * next line continues in lower case; a paragraph break always does. Full stops after abbreviations
 * (U.S., Col., Feb., a.m.), initials and inside numbers (2.5) do not end one, except a month's short
 * name after its day and before a word ("fell on 21 Sep. Troops ..."); a sentence may end inside
 * closing quotes or brackets.
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "no", "col", "gen",
            "lt", "maj", "capt", "sgt", "cpl", "pvt", "brig", "adm", "gov", "sen", "rep", "rev", "prof", "jr", "sr",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
            "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "vs", "etc", "inc", "co", "corp", "ltd", "approx",
            "est", "incl", "fig", "vol", "mt", "ft", "cmdr", "lieut", "pres", "dept", "univ", "e.g", "i.e", "a.m", "p.m");
    private static final Set<String> MONTHS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec");
    private static final String CLOSERS = "\"'\u201d\u2019)]";

    public List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (lineBreakEnds(text, i)) {
                    add(out, text, start, i);
                    start = i + 1;
                }
            } else if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
                int end = i + 1;
                while (end < n && (CLOSERS.indexOf(text.charAt(end)) >= 0 || text.charAt(end) == '.' && c != '.')) {
                    end++;
                }
                end = afterNoteMarks(text, end);
                if (end < n && !Character.isWhitespace(text.charAt(end))) {
                    continue;
                }
                if (c == '.' && !endsSentence(text, i, end)) {
                    continue;
                }
                add(out, text, start, end);
                start = end;
                i = end - 1;
            }
        }
        add(out, text, start, n);
        return out;
    }

    /** Past the note marks after a sentence's full stop ("... the last districts.[9] Shia ..."), if any. */
    private static int afterNoteMarks(String text, int end) {
        int i = end;
        while (i + 2 < text.length() && text.charAt(i) == '[') {
            int j = i + 1;
            while (j < text.length() && j - i <= 3 && Character.isDigit(text.charAt(j))) {
                j++;
            }
            if (j == i + 1 || j >= text.length() || text.charAt(j) != ']') {
                break;
            }
            i = j + 1;
        }
        return i;
    }

    /** A newline ends a sentence unless the next line goes on in lower case. */
    private static boolean lineBreakEnds(String text, int i) {
        int k = i + 1;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        if (k >= text.length() || text.charAt(k) == '\n') {
            return true;
        }
        return !Character.isLowerCase(text.charAt(k));
    }

    private static boolean endsSentence(String text, int dot, int end) {
        int w = dot;
        while (w > 0 && (Character.isLetterOrDigit(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, dot);
        String lower = word.toLowerCase();
        int next = end;
        while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
            next++;
        }
        if (next >= text.length() || text.charAt(next) == '\n') {
            return true;
        }
        char following = text.charAt(next);
        if (Character.isLowerCase(following)) {
            return false;
        }
        if (ABBREVIATIONS.contains(lower)) {
            // "... begun 21 SEP. RASHAD AIRBASE FELL ...": a month after its day ends the sentence unless a year follows
            return MONTHS.contains(lower) && w >= 2 && text.charAt(w - 1) == ' ' && Character.isDigit(text.charAt(w - 2))
                    && !Character.isDigit(following);
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        if (word.indexOf('.') >= 0 && word.length() <= 6) {
            // U.S. or D.C. followed by a capital: a new sentence only if the next word is a usual opener
            return isOpener(text, next);
        }
        return true;
    }

    private static final Set<String> OPENERS = Set.of("The", "A", "An", "In", "It", "He", "She", "They", "We",
            "This", "That", "But", "And", "On", "At", "There", "These", "Those", "His", "Her", "Its", "Their", "I");

    private static boolean isOpener(String text, int at) {
        int e = at;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return OPENERS.contains(text.substring(at, e));
    }

    private static void add(List<Span> out, String text, int start, int end) {
        if (end - start < MIN_SPOKEN_RUN || !caseless(text, start, end)) {
            addTrimmed(out, text, start, end);
            return;
        }
        // speech recognition's run-on text: a turn without a stop or a capital is cut where talk turns ("so ...",
        // "and then ...", "yeah ..."), each piece at least a short sentence long
        java.util.regex.Matcher turn = SPOKEN_TURN.matcher(text).region(start, end);
        int from = start;
        while (turn.find()) {
            if (turn.start() - from >= MIN_SPOKEN_PIECE && end - turn.start() >= MIN_SPOKEN_PIECE) {
                addTrimmed(out, text, from, turn.start());
                from = turn.start();
            }
        }
        addTrimmed(out, text, from, end);
    }

    /** A run of text this long without a capital letter is read as speech recognition writes it. */
    private static final int MIN_SPOKEN_RUN = 200;
    private static final int MIN_SPOKEN_PIECE = 40;
    /** Where talk turns in run-on speech: before "so", "and then", "yeah", "okay", "anyway", "but". */
    private static final java.util.regex.Pattern SPOKEN_TURN = java.util.regex.Pattern.compile(
            "(?<=\\s)(?:so|and then|and so|yeah|okay|ok|anyway|but|right so|now)\\s");

    /** Whether the text between start and end has no upper-case letter. */
    private static boolean caseless(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static void addTrimmed(List<Span> out, String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Span(s, e));
        }
    }
}
