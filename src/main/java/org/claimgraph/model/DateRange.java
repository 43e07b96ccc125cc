package org.claimgraph.model;

import java.time.LocalDate;

/**
 * When something happened or held, as bounds: "March 2016" is 2016-03-01 to 2016-03-31.
 * Either bound may be open ({@code null}) when the text does not fix it, e.g. a relative date in
 * an article whose publication date is unknown. {@code text} is the expression as written, or null.
 */
public record DateRange(LocalDate notBefore, LocalDate notAfter, String text) {
    public DateRange {
        if (notBefore != null && notAfter != null && notAfter.isBefore(notBefore)) {
            throw new IllegalArgumentException("notAfter " + notAfter + " is before notBefore " + notBefore);
        }
    }

    public static DateRange day(LocalDate day, String text) {
        return new DateRange(day, day, text);
    }

    public static DateRange month(int year, int month, String text) {
        LocalDate first = LocalDate.of(year, month, 1);
        return new DateRange(first, first.withDayOfMonth(first.lengthOfMonth()), text);
    }

    public static DateRange year(int year, String text) {
        return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), text);
    }

    public boolean isBounded() {
        return notBefore != null && notAfter != null;
    }

    /** Whether the range is one known day. */
    public boolean isOneDay() {
        return isBounded() && notBefore.equals(notAfter);
    }
}
