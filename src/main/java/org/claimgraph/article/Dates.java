package org.claimgraph.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds publication dates written the ways news pages write them: "February 4th, 2017",
 * "Sunday, March 27, 2016", "1 April 2015", "Aug. 25, 2016", "2016-08-26", "26/07/2018"
 * (day first), a military date-time group ("101500ZOCT17"), a register's "11.III.2016", a log's "04-Feb-13" and
 * "June 2016" (taken as the first of the month).
 */
final class Dates {
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("\\b" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("\\b" + YEAR + "-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.]" + YEAR + "\\b");
    /** A military date-time group: "101500ZOCT17" is 10 October 2017, 15:00 UTC. */
    private static final Pattern DTG = Pattern.compile("\\b(\\d{2})\\d{4}[A-Z]\\s?" + MONTH + "\\s?(\\d{2})\\b",
            Pattern.CASE_INSENSITIVE);
    /** A register's date with the month in Roman numerals: "11.III.2016". */
    private static final Pattern ROMAN = Pattern.compile("(?<![\\w.])(\\d{1,2})\\.(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\\." + YEAR + "(?![\\w.])");
    private static final java.util.List<String> ROMAN_MONTHS =
            java.util.List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII");
    /** A log's day, month and two-figure year: "04-Feb-13". */
    private static final Pattern DAY_MON_YY = Pattern.compile("(?<![\\w/-])(\\d{1,2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\\d{2})(?![\\w-])");
    private static final Pattern MONTH_YEAR =
            Pattern.compile("\\b" + MONTH + ",?\\s+" + YEAR + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO_MONTH = Pattern.compile("^" + YEAR + "-(\\d{2})$");
    private static final Pattern ISO_YEAR = Pattern.compile("^" + YEAR + "$");

    private Dates() {
    }

    /** A date found in a piece of text, with where it was written and whether it names the day or only the month. */
    record Found(LocalDate date, int start, int end, boolean monthOnly) {
    }

    /** The first full date (or, failing that, month and year) written in the text. */
    static Optional<Found> find(String text) {
        Found best = null;
        for (Pattern p : new Pattern[] {MONTH_DAY_YEAR, DAY_MONTH_YEAR, ISO, NUMERIC, DTG, ROMAN, DAY_MON_YY}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                LocalDate d = toDate(p, m);
                if (d != null) {
                    if (best == null || m.start() < best.start()) {
                        best = new Found(d, m.start(), m.end(), false);
                    }
                    break;
                }
            }
        }
        if (best == null) {
            Matcher m = MONTH_YEAR.matcher(text);
            while (m.find()) {
                LocalDate d = date(Integer.parseInt(m.group(2)), month(m.group(1)), 1);
                if (d != null) {
                    return Optional.of(new Found(d, m.start(), m.end(), true));
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * A date given as a metadata value: ISO date or date-time ({@code 2016-08-26T09:00:00Z}),
     * {@code YYYY-MM}, {@code YYYY}, or any form {@link #find} knows; empty when none fits.
     */
    static Optional<LocalDate> parseValue(String value) {
        String v = value.strip();
        if (v.length() >= 10) {
            Matcher iso = ISO.matcher(v.substring(0, 10));
            if (iso.matches()) {
                return Optional.ofNullable(toDate(ISO, iso));
            }
        }
        Matcher ym = ISO_MONTH.matcher(v);
        if (ym.matches()) {
            return Optional.ofNullable(date(Integer.parseInt(ym.group(1)), Integer.parseInt(ym.group(2)), 1));
        }
        Matcher y = ISO_YEAR.matcher(v);
        if (y.matches()) {
            return Optional.of(LocalDate.of(Integer.parseInt(y.group(1)), 1, 1));
        }
        return find(v).map(Found::date);
    }

    private static LocalDate toDate(Pattern p, Matcher m) {
        if (p == MONTH_DAY_YEAR) {
            return date(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if (p == DAY_MONTH_YEAR) {
            return date(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        if (p == DTG) {
            return date(2000 + Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        if (p == ROMAN) {
            return date(Integer.parseInt(m.group(3)), ROMAN_MONTHS.indexOf(m.group(2)) + 1, Integer.parseInt(m.group(1)));
        }
        if (p == DAY_MON_YY) {
            return date(2000 + Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        if (p == ISO) {
            return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        int year = Integer.parseInt(m.group(3));
        // day first unless that cannot be (13/25 style dates are month first)
        return b > 12 ? date(year, a, b) : date(year, b, a);
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < prefixes.length; i++) {
            if (n.startsWith(prefixes[i])) {
                return i + 1;
            }
        }
        return 0;
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
