package org.claimgraph.article;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells where a line break inside a block of text is a hard wrap rather than the end of a line of
 * its own, and joins wrapped lines. Three kinds of break are wraps:
 * <ul>
 *   <li>the line does not end a sentence and the next starts in lower case, or the line ends in a
 *       word no sentence ends in ("on", "of", "the") and the next starts with a letter;</li>
 *   <li>the line ends inside a word broken with a hyphen ("re-" / "took", "Salah al-" / "Din");</li>
 *   <li>in a text hard-wrapped at a fixed width (text taken from a PDF or an e-mail), the line is
 *       full, so the next word went to the next line ("an operation to retake" / "Shirqat, a
 *       district centre").</li>
 * </ul>
 * A word broken with a hyphen loses the hyphen ("Qayy-" / "arah" is "Qayyarah", "re-" / "took" is
 * "retook") unless its first part is a prefix that keeps one ("pro-", "al-"), the next part starts in
 * upper case, the text writes the word with a hyphen elsewhere, or the first part is a capitalised
 * word the text uses on its own and the joined word appears nowhere ("Kurdish-" / "led").
 */
final class LineWraps {
    /** Clear wraps (lower-case continuation) a text needs before it counts as fixed-width. */
    private static final int MIN_CLEAR_WRAPS = 3;
    private static final int MIN_WRAP_WIDTH = 50;
    /** How much shorter than the widest wrapped line a full line may be: a long word's length. */
    private static final int FULL_LINE_SLACK = 14;
    private static final int MAX_BLOCK_LINES = 6;
    /** A field's label opening a line: "To:", "Cc:", "Subject:", "Printed on:". */
    private static final java.util.regex.Pattern FIELD_LABEL = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}-]{0,15}(?: \\p{Ll}{2,5})?:\\s");
    private static final String SENTENCE_ENDS = ".!?:;\"”’)";
    private static final Set<String> HYPHEN_PREFIXES = Set.of("al", "el", "ar", "as", "ash", "ad", "az",
            "ez", "an", "at", "bin", "ibn", "abu", "non", "anti", "pro", "self", "ex", "co", "well", "so",
            "half", "all", "cross", "multi", "semi", "mid", "post", "pre", "twenty", "thirty", "forty",
            "fifty", "sixty", "seventy", "eighty", "ninety");
    /** Words a sentence or a heading does not end in: a line ending in one goes on in the next. */
    private static final Set<String> OPEN_ENDS = Set.of("a", "an", "the", "of", "on", "in", "at", "by", "near", "into",
            "from", "to", "with", "and", "or", "its", "their", "his", "her");

    private final String text;
    /** The width a fixed-width text is wrapped at, or 0 when the text is not wrapped that way. */
    private final int width;

    private LineWraps(String text, int width) {
        this.text = text;
        this.width = width;
    }

    /** The wrap rules for a text given as its lines (blank lines as empty strings). */
    static LineWraps of(List<String> lines) {
        int clearWraps = 0;
        int widest = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i);
            String next = lines.get(i + 1);
            if (line.length() >= MIN_WRAP_WIDTH && !next.isEmpty() && continuesInLowerCase(line, next)) {
                clearWraps++;
                widest = Math.max(widest, line.length());
            }
        }
        return new LineWraps(String.join("\n", lines), clearWraps >= MIN_CLEAR_WRAPS ? widest : 0);
    }

    /** Whether the break between a line and the next line of its block is a wrap. */
    boolean isWrap(String previous, String next) {
        if (continuesInLowerCase(previous, next) || brokenWord(previous, next) || endsOpen(previous, next)) {
            return true;
        }
        if (width == 0 || !Character.isLetter(next.charAt(0)) || FIELD_LABEL.matcher(next).lookingAt()) {
            // "To: Field Coordinator ..." under "From: ...": a labelled field starts its own line
            return false;
        }
        int length = previous.length();
        char last = previous.charAt(previous.length() - 1);
        return length >= width - FULL_LINE_SLACK && length <= width && SENTENCE_ENDS.indexOf(last) < 0;
    }

    /**
     * A line joined with the lines that continue it (at most a few): what a head check that looks
     * for a sentence reads when the text is wrapped at a fixed width.
     */
    String block(List<String> lines, int first) {
        int last = first;
        while (last - first < MAX_BLOCK_LINES && last + 1 < lines.size() && !lines.get(last + 1).isEmpty()
                && isWrap(lines.get(last), lines.get(last + 1))) {
            last++;
        }
        if (last == first) {
            return lines.get(first);
        }
        StringBuilder block = new StringBuilder(lines.get(first));
        for (int i = first + 1; i <= last; i++) {
            join(block, lines.get(i));
        }
        return block.toString();
    }

    /** Appends a wrapped line to its block: after a space, or onto the broken word. */
    void join(StringBuilder block, String next) {
        if (!brokenWord(block, next)) {
            block.append(' ').append(next);
            return;
        }
        int hyphen = block.length() - 1;
        int start = hyphen;
        while (start > 0 && Character.isLetter(block.charAt(start - 1))) {
            start--;
        }
        int end = 0;
        while (end < next.length() && Character.isLetter(next.charAt(end))) {
            end++;
        }
        String head = block.substring(start, hyphen);
        String tail = next.substring(0, end);
        if (!keepsHyphen(head, tail)) {
            block.setLength(hyphen);
        }
        block.append(next);
    }

    private boolean keepsHyphen(String head, String tail) {
        if (Character.isUpperCase(tail.charAt(0)) || HYPHEN_PREFIXES.contains(head.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (text.contains(head + "-" + tail)) {
            return true;
        }
        boolean capitalised = !head.equals(head.toLowerCase(Locale.ROOT));
        return capitalised && !text.contains(head + tail) && standsAlone(head);
    }

    /** Whether the text has the word on its own somewhere, followed by a space or a punctuation mark. */
    private boolean standsAlone(String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean starts = at == 0 || !Character.isLetter(text.charAt(at - 1));
            if (starts && end < text.length() && " ,.;:)'’".indexOf(text.charAt(end)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean continuesInLowerCase(CharSequence previous, String next) {
        char last = previous.charAt(previous.length() - 1);
        return Character.isLowerCase(next.charAt(0)) && SENTENCE_ENDS.indexOf(last) < 0;
    }

    /** "... you can still see the IS flag on" / "Mishtenur hill.": a line cut after a word that needs what follows. */
    private static boolean endsOpen(String previous, String next) {
        int space = previous.lastIndexOf(' ');
        return space > 0 && Character.isLetter(next.charAt(0)) && OPEN_ENDS.contains(previous.substring(space + 1));
    }

    private static boolean brokenWord(CharSequence previous, String next) {
        int n = previous.length();
        return n >= 3 && previous.charAt(n - 1) == '-' && Character.isLetter(previous.charAt(n - 2))
                && Character.isLetter(previous.charAt(n - 3)) && Character.isLetter(next.charAt(0));
    }
}
