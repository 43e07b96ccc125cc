package org.claimgraph.article;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a chess archive in Portable Game Notation. Each game opens with tag pairs ({@code [Site "Sarajevo BIH"]},
 * {@code [Date "1992.08.26"]}); they become one heading line, "Sarajevo, 26 August 1992", so that the comments after it
 * are told at that place and on that day. The moves go; the comments in braces stay, each a paragraph.
 */
final class Pgn {
    private static final Pattern TAG = Pattern.compile("^\\s*\\[(\\w+)\\s+\"([^\"]*)\"]\\s*$");
    /** A game's date: year, month and day, any of the last two unknown ("1994.??.??"). */
    private static final Pattern DATE = Pattern.compile("^((?:1[89]|20)\\d{2})\\.(\\d{2}|\\?\\?)\\.(\\d{2}|\\?\\?)$");
    /** A country's code after the town, as the notation's standard asks for it: "Sarajevo BIH". */
    private static final Pattern COUNTRY_CODE = Pattern.compile("\\s+\\p{Lu}{3}$");
    /** A line of moves: it opens with a move number ("1. e4", "12... Nf6") or is a game's result alone. */
    private static final Pattern MOVES = Pattern.compile("^\\s*(?:\\d{1,3}\\.(?:\\.\\.)?\\s*\\S|(?:1-0|0-1|1/2-1/2|\\*)\\s*$)");
    private static final Pattern COMMENT = Pattern.compile("\\{([^{}]*)}");
    /** An archive needs this many games before it is read as one. */
    private static final int MIN_GAMES = 2;

    private Pgn() {
    }

    /** The lines of a game archive with each game's tags one heading and its moves gone; other texts unchanged. */
    static List<String> read(List<String> lines) {
        if (!isArchive(lines)) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.size());
        Map<String, String> tags = new LinkedHashMap<>();
        StringBuilder comment = null;
        for (String line : lines) {
            Matcher tag = TAG.matcher(line);
            if (comment == null && tag.matches()) {
                tags.put(tag.group(1), tag.group(2).strip());
                continue;
            }
            if (!tags.isEmpty()) {
                paragraph(out, heading(tags));
                tags.clear();
            }
            if (comment != null) {
                // a comment running over several lines, until its closing brace
                int close = line.indexOf('}');
                comment.append(' ').append(close < 0 ? line.strip() : line.substring(0, close).strip());
                if (close >= 0) {
                    paragraph(out, comment.toString().strip());
                    comment = null;
                    keepComments(out, line.substring(close + 1));
                }
                continue;
            }
            if (MOVES.matcher(line).lookingAt() || line.strip().startsWith("{")) {
                int open = keepComments(out, line);
                if (open >= 0) {
                    comment = new StringBuilder(line.substring(open + 1).strip());
                }
                continue;
            }
            out.add(line);
        }
        if (!tags.isEmpty()) {
            paragraph(out, heading(tags));
        }
        return out;
    }

    /**
     * Adds the closed comments of a line of moves as paragraphs, and returns where a comment that runs on past the line
     * opens, or -1.
     */
    private static int keepComments(List<String> out, String line) {
        Matcher m = COMMENT.matcher(line);
        int end = 0;
        while (m.find()) {
            paragraph(out, m.group(1).strip());
            end = m.end();
        }
        return line.indexOf('{', end);
    }

    private static void paragraph(List<String> out, String text) {
        if (!text.isEmpty()) {
            Whitespace.ownParagraph(out, text);
        }
    }

    /** "Sarajevo, 26 August 1992": where and when the game was played, as far as its tags tell. */
    private static String heading(Map<String, String> tags) {
        String site = tags.getOrDefault("Site", "");
        site = site.startsWith("?") ? "" : COUNTRY_CODE.matcher(site).replaceFirst("");
        String date = "";
        Matcher d = DATE.matcher(tags.getOrDefault("Date", ""));
        if (d.matches()) {
            int month = d.group(2).equals("??") ? 0 : Integer.parseInt(d.group(2));
            boolean known = month >= 1 && month <= 12;
            boolean day = known && !d.group(3).equals("??");
            date = (day ? Integer.parseInt(d.group(3)) + " " : "")
                    + (known ? Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " : "") + d.group(1);
        }
        return site.isEmpty() || date.isEmpty() ? site + date : site + ", " + date;
    }

    private static boolean isArchive(List<String> lines) {
        int games = 0;
        for (String line : lines) {
            Matcher tag = TAG.matcher(line);
            if (tag.matches() && tag.group(1).equals("Event")) {
                games++;
            }
        }
        return games >= MIN_GAMES;
    }
}
