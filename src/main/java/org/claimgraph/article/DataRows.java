package org.claimgraph.article;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a table of incidents pasted into a page (a data release's CSV rows separated by ";", ",",
 * tabs or "|") as one paragraph per row that says when, where and by whom before the row's own
 * description: "event_id;date;location;actor1;…;notes" then "HIR-0003;26/06/2018;Busra al-Harir;Syrian
 * Arab Army;…;Town taken at dawn" becomes "On 26 June 2018 in Busra al-Harir, Syrian Arab Army: Town taken
 * at dawn". A header names its columns (a date, and a place or a description among them); rows marked
 * duplicate or retracted are dropped, since the release itself excludes them. Other lines are unchanged.
 */
final class DataRows {
    private static final String DELIMITERS = ";\t|,";
    /** A column's name: short, no sentence in it ("event_id", "Actor 1", "fatalities"). */
    private static final Pattern COLUMN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_ ./()#-]{0,29}");
    private static final Pattern DATE = Pattern.compile("(?i).*\\bdate\\b.*|day|when|event_date");
    /** What a line holds if one of its cells can be a date column's name. */
    private static final Pattern DATE_WORD = Pattern.compile("(?i)date|day|when");
    private static final Pattern PLACE = Pattern.compile("(?i)location|place|town|village|city|site|locality|where|place name");
    private static final Pattern AREA = Pattern.compile("(?i)admin ?\\d?|governorate|province|district|region|area");
    private static final Pattern ACTOR = Pattern.compile("(?i)actor ?(?:1|a|one)?|perpetrator|attacker|side ?a|party ?(?:1|a)|initiator|by");
    private static final Pattern NOTES = Pattern.compile(
            "(?i)notes?|description|event description|summary|details?|remarks?|comments?|narrative|incident|what happened");
    private static final Pattern TYPE = Pattern.compile("(?i)(?:event|incident)? ?type|category|status|flag");
    /** A row the release itself sets aside: "AIR-DUP", "DUP of HIR-0005", "RETRACTED 02/08/2018: …". */
    private static final Pattern SET_ASIDE = Pattern.compile("(?i)\\b(?:dup|duplicate|retracted|withdrawn|deleted|void)\\b");
    private static final Pattern MARKDOWN_RULE = Pattern.compile("\\|?\\s*:?-{3,}:?\\s*(?:\\|\\s*:?-{3,}:?\\s*)+\\|?");
    private static final DateTimeFormatter SPELLED = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final int MIN_COLUMNS = 4;
    private static final int MIN_ROWS = 2;

    private DataRows() {
    }

    /** The lines with each table of incidents read as paragraphs, one per row; other lines unchanged. */
    static List<String> read(List<String> lines) {
        List<String> out = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            // a header names a date column: lines without the word are not split into cells at all
            Columns columns = line.length() < 400 && DATE_WORD.matcher(line).find() ? Columns.of(line) : null;
            List<List<String>> rows = new ArrayList<>();
            int end = columns == null ? i + 1 : rows(lines, i + 1, columns, rows);
            if (end - (i + 1) < MIN_ROWS) {
                if (out != null) {
                    out.add(line);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines.subList(0, i));
            }
            for (List<String> cells : rows) {
                String row = columns.render(cells);
                if (row != null) {
                    out.add("");
                    out.add(row);
                }
            }
            out.add("");
            i = end - 1;
        }
        return out == null ? lines : out;
    }

    /**
     * Reads the rows under a header into {@code rows}, up to the first line that does not have the header's cells (a
     * Markdown rule line is passed over, though it counts as a line of the table), and returns where they end.
     */
    private static int rows(List<String> lines, int from, Columns columns, List<List<String>> rows) {
        int r = from;
        for (; r < lines.size(); r++) {
            if (MARKDOWN_RULE.matcher(lines.get(r)).matches()) {
                continue;
            }
            List<String> cells = cells(lines.get(r), columns.delimiter);
            if (cells.size() < columns.names.size()) {
                break;
            }
            rows.add(cells);
        }
        return r;
    }

    /** The cells of a line: split at the delimiter outside double quotes, trimmed, without a table's outer bars. */
    static List<String> cells(String line, char delimiter) {
        String s = line.strip();
        if (delimiter == '|' && s.startsWith("|")) {
            s = s.substring(1);
            if (s.endsWith("|")) {
                s = s.substring(0, s.length() - 1);
            }
        }
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' && (quoted || cell.toString().isBlank())) {
                if (quoted && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == delimiter && !quoted) {
                out.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString().strip());
        return out;
    }

    /** A header line's columns, and which of them hold the date, place, actor, description and kind of a row. */
    private record Columns(char delimiter, List<String> names, int date, int place, int area, int actor,
            int notes, int type) {

        static Columns of(String line) {
            for (char d : DELIMITERS.toCharArray()) {
                if (line.indexOf(d) < 0) {
                    continue;
                }
                List<String> names = cells(line, d);
                if (names.size() < MIN_COLUMNS || !names.stream().allMatch(n -> COLUMN_NAME.matcher(n).matches())) {
                    continue;
                }
                int date = find(names, DATE);
                int place = find(names, PLACE);
                int notes = find(names, NOTES);
                if (date >= 0 && (place >= 0 || notes >= 0)) {
                    return new Columns(d, names, date, place, find(names, AREA), find(names, ACTOR), notes, find(names, TYPE));
                }
            }
            return null;
        }

        private static int find(List<String> names, Pattern p) {
            for (int i = 0; i < names.size(); i++) {
                if (p.matcher(names.get(i).replace('_', ' ').strip()).matches()) {
                    return i;
                }
            }
            return -1;
        }

        /** A row as a sentence: "On 26 June 2018 in Busra al-Harir, Syrian Arab Army: Town taken at dawn."; null for a set-aside row. */
        String render(List<String> cells) {
            if (cells.size() > names.size() && notes == names.size() - 1) {
                // the description held the delimiter: "…;Town taken; army says"
                List<String> joined = new ArrayList<>(cells.subList(0, notes));
                joined.add(String.join(delimiter == ';' || delimiter == ',' ? delimiter + " " : " ", cells.subList(notes, cells.size())));
                cells = joined;
            }
            String note = cell(cells, notes);
            if (SET_ASIDE.matcher(cell(cells, type)).find() || note.length() > 0 && SET_ASIDE.matcher(note)
                    .region(0, Math.min(note.length(), 12)).lookingAt()) {
                return null;
            }
            StringBuilder s = new StringBuilder();
            String when = cell(cells, date);
            if (!when.isEmpty()) {
                LocalDate d = Dates.parseValue(when).orElse(null);
                s.append("On ").append(d == null ? when : SPELLED.format(d));
            }
            String where = cell(cells, place).isEmpty() ? cell(cells, area) : cell(cells, place);
            if (!where.isEmpty() && !isUnknown(where)) {
                s.append(s.length() == 0 ? "In " : " in ").append(where);
            }
            // "Syrian Arab Army / Russian military police": the source names the lead force first
            String who = cell(cells, actor).split("\\s+/\\s+", 2)[0];
            if (!who.isEmpty() && !isUnknown(who)) {
                s.append(s.length() == 0 ? "" : ", ").append(who);
            }
            String body = note.isEmpty() ? cell(cells, type) : note;
            if (body.isEmpty() || isUnknown(body)) {
                return null;
            }
            if (s.length() > 0) {
                s.append(": ");
            }
            s.append(body);
            char last = body.charAt(body.length() - 1);
            if (".!?\"”".indexOf(last) < 0) {
                s.append('.');
            }
            return s.toString();
        }

        private static String cell(List<String> cells, int i) {
            return i < 0 || i >= cells.size() ? "" : cells.get(i);
        }

        private static boolean isUnknown(String cell) {
            return cell.equalsIgnoreCase("n/k") || cell.equalsIgnoreCase("n/a") || cell.equals("-") || cell.equals("?")
                    || cell.equalsIgnoreCase("unknown");
        }
    }
}
