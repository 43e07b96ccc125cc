package org.claimgraph.article;

import java.util.regex.Pattern;

/**
 * The page of an issue or a pull request on a code host: under its title, a status line says who opened it and when
 * ("Open   mbale-rivers opened this issue on 17 Feb 2025 · 8 comments"); the title ends in the issue's number.
 */
final class IssuePages {
    /** "Open  x opened this issue on ...", "Closed  x opened this issue ...", "Merged  x merged 3 commits into main from ...". */
    private static final Pattern STATUS = Pattern.compile("(?i)^(?:open|closed|merged|draft)\\s+[\\w.-]+\\s+(?:opened this"
            + "(?:\\s+(?:issue|pull request))?|wants to merge|merged \\d+ commits?|closed this)\\b");
    /** The number after an issue's title: " #412". */
    private static final Pattern NUMBER = Pattern.compile("\\s+#\\d{1,7}$");

    private IssuePages() {
    }

    /** Whether a line is an issue's or a pull request's status line. */
    static boolean isStatusLine(String line) {
        return STATUS.matcher(line).lookingAt();
    }

    /** An issue's title without its number. */
    static String withoutNumber(String title) {
        return NUMBER.matcher(title).replaceFirst("");
    }
}
