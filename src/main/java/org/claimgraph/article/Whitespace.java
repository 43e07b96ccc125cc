package org.claimgraph.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whitespace normalisation: every run of spaces, tabs, non-breaking and other Unicode spaces
 * becomes one space, lines are trimmed, invisible byte order marks and zero-width spaces are
 * dropped. Nothing else in a line is touched, except that in the first lines of a text a short line
 * whose fields are set apart by wide gaps (a printed page's running head) gets " | " between them.
 */
final class Whitespace {
    private static final Pattern NEWLINE = Pattern.compile("\\r\\n?|\\n|\\u2028|\\u2029|\\u0085");
    private static final Pattern SPACES =
            Pattern.compile("[\\s\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000\\p{Cc}]+");
    /** A gap that sets fields of a line apart: four spaces or more, or a tab. */
    private static final Pattern WIDE_GAP = Pattern.compile(" {4,}|\\t+");
    /** How many of a text's first lines may be a running head set out in fields. */
    private static final int HEAD_LINES = 3;
    private static final Pattern INVISIBLE = Pattern.compile("[\\uFEFF\\u200B]");

    private Whitespace() {
    }

    /** The text's lines, each normalised; blank lines become empty strings. */
    static List<String> lines(String text) {
        String[] raw = NEWLINE.split(text, -1);
        List<String> lines = new ArrayList<>(raw.length);
        int head = 0;
        for (String line : raw) {
            String l = line(line);
            if (head < HEAD_LINES && !l.isEmpty()) {
                head++;
                java.util.regex.Matcher gap = WIDE_GAP.matcher(line.strip());
                if (Boilerplate.words(l) <= 12 && gap.find()) {
                    // a running head set out in fields: "8        THE WESTMARCH COURIER        Wednesday, June 17, 2015"
                    l = line(gap.replaceAll(" | "));
                }
            }
            lines.add(l);
        }
        return lines;
    }

    /** Ends the paragraph being built in {@code out}, unless one has just ended (a blank line closes it). */
    static void endParagraph(List<String> out) {
        if (!out.isEmpty() && !out.get(out.size() - 1).isEmpty()) {
            out.add("");
        }
    }

    /** Adds a line as a paragraph of its own, set apart by blank lines: a heading, a message's date. */
    static void ownParagraph(List<String> out, String line) {
        endParagraph(out);
        out.add(line);
        out.add("");
    }

    /** One line with its whitespace runs collapsed to single spaces and trimmed. */
    static String line(String line) {
        String s = INVISIBLE.matcher(line).replaceAll("");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
