package org.claimgraph.article;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an iCalendar file (RFC 5545: an anniversaries calendar, an events feed) as the text it tells. The calendar's
 * producer ({@code PRODID:-//Lake Chad Memory Project//…}) heads the text as its site, its name ({@code X-WR-CALNAME})
 * as its title and its description as the first paragraph; each event becomes its start date on a line of its own,
 * which dates what the event tells, then its summary, its location and its description. Folded lines are unfolded
 * and escapes ({@code \,} {@code \;} {@code \n}) undone; time stamps, identifiers and rules go.
 */
final class ICalendar {
    /** "NAME;PARAM=VALUE:value": a content line's name, its parameters and its value. */
    private static final Pattern CONTENT_LINE = Pattern.compile("([A-Za-z][A-Za-z0-9-]*)((?:;[^:]*)?):(.*)");
    /** "20140414" or "20140414T063000Z": a start date. */
    private static final Pattern DATE_VALUE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T.*)?");
    /** "-//Lake Chad Memory Project//Anniversaries Calendar 1.3//EN": the producer's name is the first field. */
    private static final Pattern PRODUCER = Pattern.compile("-//([^/]{2,80})//.*");
    /** The width in octets at which the standard folds a line. */
    private static final int FOLD_WIDTH = 75;
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    private ICalendar() {
    }

    /** Whether the text is an iCalendar file: its first line that is not blank opens a calendar. */
    private static boolean isCalendar(String raw) {
        return raw.stripLeading().regionMatches(true, 0, "BEGIN:VCALENDAR", 0, "BEGIN:VCALENDAR".length());
    }

    /** What a calendar tells: its name (null when it has none) and its text, paragraphs between blank lines. */
    record Calendar(String title, String text) {
    }

    /** The calendar an iCalendar file is, read once; null for other texts. */
    static Calendar read(String raw) {
        if (!isCalendar(raw)) {
            return null;
        }
        List<String> lines = unfold(raw.split("\r?\n|\r", -1));
        StringBuilder out = new StringBuilder();
        String producer = null;
        String name = null;
        String description = null;
        List<String> events = new ArrayList<>();
        boolean inEvent = false;
        String start = null;
        String summary = null;
        String location = null;
        String told = null;
        for (String line : lines) {
            Matcher m = CONTENT_LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String key = m.group(1).toUpperCase(Locale.ROOT);
            String value = unescape(m.group(3)).strip();
            switch (key) {
                case "BEGIN" -> {
                    if (value.equalsIgnoreCase("VEVENT")) {
                        inEvent = true;
                        start = summary = location = told = null;
                    }
                }
                case "END" -> {
                    if (value.equalsIgnoreCase("VEVENT") && inEvent) {
                        events.add(event(start, summary, location, told));
                        inEvent = false;
                    }
                }
                case "PRODID" -> {
                    Matcher p = PRODUCER.matcher(value);
                    producer = p.matches() ? p.group(1).strip() : null;
                }
                case "X-WR-CALNAME", "NAME" -> name = inEvent ? name : value;
                case "X-WR-CALDESC" -> description = inEvent ? description : value;
                case "DTSTART" -> start = date(value);
                case "SUMMARY" -> summary = value;
                case "LOCATION" -> location = value;
                case "DESCRIPTION" -> {
                    if (inEvent) {
                        told = value;
                    } else if (description == null) {
                        description = value;
                    }
                }
                default -> {
                    // stamps, identifiers, rules and categories tell nothing
                }
            }
        }
        for (String part : new String[] {producer, name, description}) {
            if (part != null && !part.isEmpty()) {
                out.append(part).append("\n\n");
            }
        }
        for (String e : events) {
            out.append(e).append("\n\n");
        }
        return new Calendar(name == null || name.isEmpty() ? null : name, out.toString().strip() + "\n");
    }

    /** One event's lines: its date, summary and location, then what it tells. */
    private static String event(String start, String summary, String location, String told) {
        List<String> parts = new ArrayList<>();
        if (start != null) {
            parts.add(start);
        }
        if (summary != null && !summary.isEmpty()) {
            parts.add(summary);
        }
        if (location != null && !location.isEmpty()) {
            parts.add("Location: " + location);
        }
        StringBuilder out = new StringBuilder(String.join("\n", parts));
        if (told != null && !told.isEmpty()) {
            out.append("\n\n").append(told.strip());
        }
        return out.toString();
    }

    /** "20140414" as "14 April 2014"; null for a value that is no date. */
    private static String date(String value) {
        Matcher m = DATE_VALUE.matcher(value);
        if (!m.matches()) {
            return null;
        }
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        return day + " " + MONTHS[month - 1] + " " + m.group(1);
    }

    /** A value's text: "\," "\;" "\\" as they are, "\n" a line break. */
    private static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Joins each folded line (one that opens with a space or a tab) to the line before it. The standard folds at a fixed
     * width (75 octets), inside words, and the fold's space is dropped. Some writers fold between words instead and
     * drop the space between them ("…of the Boko" / " Haram…"): where the folded lines are not all about that width,
     * the fold stands for that space.
     */
    static List<String> unfold(String[] physical) {
        Set<Integer> widths = new HashSet<>();
        for (int i = 0; i + 1 < physical.length; i++) {
            if (isFold(physical[i + 1])) {
                widths.add(physical[i].getBytes(StandardCharsets.UTF_8).length);
            }
        }
        // a fold inside a multi-byte character leaves a line an octet or two short
        boolean fixedWidth = widths.isEmpty()
                || Collections.min(widths) >= FOLD_WIDTH - 3 && Collections.max(widths) - Collections.min(widths) <= 2;
        List<String> out = new ArrayList<>();
        for (String line : physical) {
            if (out.isEmpty() || !isFold(line)) {
                out.add(line);
                continue;
            }
            String before = out.get(out.size() - 1);
            String after = line.substring(1);
            boolean space = !fixedWidth && !before.isEmpty() && !after.isEmpty()
                    && !Character.isWhitespace(before.charAt(before.length() - 1)) && !Character.isWhitespace(after.charAt(0));
            out.set(out.size() - 1, before + (space ? " " : "") + after);
        }
        return out;
    }

    private static boolean isFold(String line) {
        return !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
    }
}
