package org.claimgraph.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a slide deck exported to text. Each slide opens with a marker line ("=== Slide 4 === Phase 1 (31 May 2016)",
 * "--- Slide 4 ---", "Slide 4:"); the marker goes, and the slide's heading after it stays a line of its own, set
 * apart by blank lines, so it can date the bullets under it. The first slide's only line is the deck's title.
 */
final class Slides {
    /** A slide's marker, its heading after it (group 2): "=== Slide 4 === Phase 1", "[Slide 4] Phase 1", "Slide 4: Phase 1". */
    private static final Pattern MARKER = Pattern.compile("^\\s*(?:[=#*-]{2,}\\s*|\\[)?(?i:slide)\\s+(\\d{1,3})(?:\\s+of\\s+\\d{1,3})?"
            + "\\s*(?:[=#*-]{2,}|]|[:.|\u2013\u2014-])?\\s*(.*)$");
    /** A deck needs this many markers, numbered upwards, before it is read as slides. */
    private static final int MIN_SLIDES = 3;

    private Slides() {
    }

    /** A text read as slides: its lines, and the deck's title or null. */
    record Deck(List<String> lines, String title) {
    }

    /**
     * The lines of a slide deck with the markers gone and each heading a paragraph of its own, with the deck's title; other
     * texts unchanged, with no title.
     */
    static Deck read(List<String> lines) {
        if (!isDeck(lines)) {
            return new Deck(lines, null);
        }
        List<String> out = new ArrayList<>(lines.size() + 8);
        for (String line : lines) {
            Matcher m = MARKER.matcher(line);
            if (!m.matches()) {
                out.add(line);
                continue;
            }
            String heading = m.group(2).strip();
            if (heading.isEmpty()) {
                Whitespace.endParagraph(out);
            } else {
                Whitespace.ownParagraph(out, heading);
            }
        }
        return new Deck(out, title(lines));
    }

    /** The deck's title: the only line of its first slide, or null when that slide says more. */
    private static String title(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = MARKER.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            if (!m.group(1).equals("1")) {
                return null;
            }
            String title = m.group(2).strip();
            for (int j = i + 1; j < lines.size() && !MARKER.matcher(lines.get(j)).matches(); j++) {
                String line = lines.get(j).strip();
                if (line.isEmpty() || line.startsWith("[")) {
                    // blank lines, and notes of what the export left out ("[image removed: ...]")
                    continue;
                }
                if (!title.isEmpty()) {
                    return null;
                }
                title = line;
            }
            return title.isEmpty() ? null : title;
        }
        return null;
    }

    /** Whether at least {@value #MIN_SLIDES} lines are slide markers numbered upwards. */
    private static boolean isDeck(List<String> lines) {
        int count = 0;
        int last = 0;
        for (String line : lines) {
            Matcher m = MARKER.matcher(line);
            if (m.matches()) {
                int number = Integer.parseInt(m.group(1));
                if (number <= last) {
                    return false;
                }
                last = number;
                count++;
            }
        }
        return count >= MIN_SLIDES;
    }
}
