package org.claimgraph.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a page written in Markdown (a wiki page, a README-like post) as the text it shows: "## See also" is
 * the heading "See also", "> " quote marks go, "**bold**", "_italic_" and "`code`" lose their marks, a link
 * "[Battle of Raqqa](Battle-of-Raqqa)" is its text, note marks ("[^2]") go and the notes themselves
 * ("[^2]: SANA, 5 September 2017.") are dropped as references. A text is read so only when it has a heading
 * of Markdown's kind and at least {@link #MIN_MARKS} lines with its marks; other texts are unchanged.
 */
final class Markdown {
    /** "# Title", "## Background ##". */
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(\\S.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern TOP_HEADING = Pattern.compile("^#\\s+\\S.*");
    private static final Pattern QUOTE_MARK = Pattern.compile("^(?:>\\s?)+");
    /** A note's text at the foot of the page: "[^2]: SANA and AFP, reports of 5 September." */
    private static final Pattern NOTE = Pattern.compile("^\\[\\^[\\w-]{1,12}]:");
    private static final Pattern NOTE_MARK = Pattern.compile("\\[\\^[\\w-]{1,12}]");
    /** "[text](target)" and "![picture](file.png)": the text (a picture's description) stays. */
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\[\\]\\n]*)]\\([^()\\s]*(?:\\s+\"[^\"]*\")?\\)");
    /** "**bold**", "__bold__", "*italic*", "_italic_", "`code`": marks hugging their words. */
    private static final Pattern EMPHASIS = Pattern.compile(
            "(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1|(?<![\\w*])\\*(?=[^\\s*])([^*\\n]+?)(?<=\\S)\\*(?![\\w*])"
                    + "|(?<![\\w_])_(?=[^\\s_])([^_\\n]+?)(?<=\\S)_(?![\\w_])|`([^`\\n]+)`");
    /** A line with one of Markdown's marks. */
    private static final Pattern MARKED = Pattern.compile("^#{1,6}\\s|^>|\\*\\*\\S|\\]\\(|\\[\\^\\w|`\\S");
    private static final int MIN_MARKS = 3;

    private Markdown() {
    }

    /** The lines of a Markdown page as plain lines (a new list); other texts unchanged (the same list). */
    static List<String> read(List<String> lines) {
        if (!isMarkdown(lines)) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            if (!NOTE.matcher(line).lookingAt()) {
                out.add(plain(line));
            }
        }
        return out;
    }

    /** A line without its marks. */
    private static String plain(String line) {
        String plain = QUOTE_MARK.matcher(line).replaceFirst("");
        var heading = HEADING.matcher(plain);
        if (heading.matches()) {
            plain = heading.group(1);
        }
        plain = NOTE_MARK.matcher(plain).replaceAll("");
        plain = LINK.matcher(plain).replaceAll("$1");
        plain = EMPHASIS.matcher(plain).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3)
                        : m.group(4) != null ? m.group(4) : m.group(5)));
        return plain.strip();
    }

    /**
     * The text of the first top-level heading ("# Euphrates valley campaign") of a page that {@link #read} found to be
     * Markdown, or null.
     */
    static String title(List<String> lines) {
        for (String line : lines) {
            var top = TOP_HEADING.matcher(line);
            if (top.matches()) {
                return plain(line);
            }
        }
        return null;
    }

    private static boolean isMarkdown(List<String> lines) {
        boolean heading = false;
        int marked = 0;
        for (String line : lines) {
            heading |= HEADING.matcher(line).matches();
            if (MARKED.matcher(line).find()) {
                marked++;
            }
        }
        return heading && marked >= MIN_MARKS;
    }
}
