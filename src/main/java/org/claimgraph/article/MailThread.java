package org.claimgraph.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an e-mail thread printed to text, newest message first, with the older messages quoted
 * below it ({@code >}, {@code >>}, {@code > >}). The quote marks go, so a sentence wrapped over
 * quoted lines is one sentence again; a change of quoting depth ends a paragraph; and the line that
 * introduces each quoted message ("On Wed, 15 Oct 2014 at 11:02, Security Adviser &lt;…&gt; wrote:")
 * becomes that message's date on a line of its own, which dates what the message tells ("on
 * Monday" in it counts from its day, not from the newest message's). Other texts are unchanged.
 */
final class MailThread {
    /** The quote marks that open a line: "> ", ">> ", "> > ". */
    private static final Pattern QUOTE_MARKS = Pattern.compile("^(?:>[ \\t]?)+");
    /** "On Tue, 14 Oct 2014 at 21:40, Field Coordinator &lt;fc@example&gt; wrote:", "On Oct 14, 2014, at 9:40 PM, X wrote:". */
    private static final Pattern WROTE = Pattern.compile("On\\s.{0,200}\\bwrote:");
    /** A quoted message's own head, as some mail programs print it: "Sent: Tuesday, October 14, 2014 9:40 PM". */
    private static final Pattern SENT = Pattern.compile("(?:Sent|Date):\\s");
    /** How near the opening of a "wrote:" or "Sent:" line its date must stand: after "On " and a weekday. */
    private static final int MAX_DATE_START = 20;
    /** A thread needs this many quoted lines, and one "wrote:" line, before it is read as one. */
    private static final int MIN_QUOTED = 5;

    private MailThread() {
    }

    /** The lines of a printed e-mail thread without quote marks, each quoted message under its date; other texts unchanged. */
    static List<String> read(List<String> lines) {
        int quoted = 0;
        boolean wrote = false;
        for (String line : lines) {
            quoted += line.startsWith(">") ? 1 : 0;
            wrote |= messageDate(line, 0) != null;
        }
        if (quoted < MIN_QUOTED || !wrote) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.size() + 16);
        int depth = 0;
        for (String line : lines) {
            Matcher marks = QUOTE_MARKS.matcher(line);
            int level = 0;
            String rest = line;
            if (marks.lookingAt()) {
                level = (int) marks.group().chars().filter(c -> c == '>').count();
                rest = line.substring(marks.end());
            }
            if (level != depth) {
                Whitespace.endParagraph(out);
                depth = level;
            }
            String date = messageDate(rest, level);
            if (date != null) {
                // the message below is dated by this line alone
                Whitespace.ownParagraph(out, date);
                continue;
            }
            out.add(rest);
        }
        return out;
    }

    /**
     * The date, as written, of the message a line introduces: a "wrote:" line, or (quoted, at the given depth) a
     * "Sent:" or "Date:" line of the message's own head; null for any other line.
     */
    private static String messageDate(String line, int level) {
        boolean head = WROTE.matcher(line).matches() || level > 0 && SENT.matcher(line).lookingAt();
        if (!head) {
            return null;
        }
        var date = Dates.find(line);
        return date.isPresent() && !date.get().monthOnly() && date.get().start() <= MAX_DATE_START
                ? line.substring(date.get().start(), date.get().end()) : null;
    }
}
