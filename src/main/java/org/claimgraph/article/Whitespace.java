package org.claimgraph.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whitespace normalisation: every run of spaces, tabs, non-breaking and other Unicode spaces
 * becomes one space, lines are trimmed, invisible byte order marks and zero-width spaces are
 * dropped. Nothing else in a line is touched.
 */
final class Whitespace {
    private static final Pattern NEWLINE = Pattern.compile("\\r\\n?|\\n|\\u2028|\\u2029|\\u0085");
    private static final Pattern SPACES =
            Pattern.compile("[\\s\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000\\p{Cc}]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\uFEFF\\u200B]");

    private Whitespace() {
    }

    /** The text's lines, each normalised; blank lines become empty strings. */
    static List<String> lines(String text) {
        String[] raw = NEWLINE.split(text, -1);
        List<String> lines = new ArrayList<>(raw.length);
        for (String line : raw) {
            lines.add(line(line));
        }
        return lines;
    }

    /** One line with its whitespace runs collapsed to single spaces and trimmed. */
    static String line(String line) {
        String s = INVISIBLE.matcher(line).replaceAll("");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
