package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The forecast sections of a text: from a heading such as "OUTLOOK (7–14 days)", "What comes next?" or
 * "Looking ahead" to the next heading. What they tell has not happened; the events in them are hypothetical.
 */
final class Outlook {
    private static final Pattern HEADING = Pattern.compile("(?im)^[ \\t]*(?:outlook|forecasts?|scenarios?|prospects"
            + "|looking ahead|the road ahead|what (?:comes|happens) next|what next|what to watch(?: for)?)\\b[^\\n.]{0,40}$");
    /** A line that opens another section: a few words, no full stop at the end. */
    private static final Pattern ANY_HEADING = Pattern.compile("(?m)^[ \\t]*[^\\n.!]{1,60}[^\\n.!,;:]$");
    private static final int MAX_HEADING_WORDS = 8;

    private final List<int[]> sections = new ArrayList<>();

    Outlook(String text) {
        var m = HEADING.matcher(text);
        while (m.find()) {
            int end = text.length();
            var next = ANY_HEADING.matcher(text).region(Math.min(text.length(), m.end() + 1), text.length());
            while (next.find()) {
                if (next.group().strip().split("\\s+").length <= MAX_HEADING_WORDS) {
                    end = next.start();
                    break;
                }
            }
            sections.add(new int[] {m.end(), end});
        }
    }

    /** Whether offset lies under a forecast heading. */
    boolean covers(int offset) {
        for (int[] s : sections) {
            if (offset >= s[0] && offset < s[1]) {
                return true;
            }
        }
        return false;
    }
}
