package org.claimgraph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.model.DateRange;

/**
 * When a statement was made, from the few words that usually say so in an attribution: "on Thursday"
 * (the latest Thursday on or before publication), "yesterday", "today". Anything else, or an article
 * without a publication date, gives an open range; full date resolution belongs to the date resolver.
 */
final class StatementDates {

    private static final Pattern WHEN = Pattern.compile("(?i)\\b(?:on\\s+(monday|tuesday|wednesday|thursday|friday"
            + "|saturday|sunday)|(yesterday)|(today|tonight))\\b");
    private static final DateRange OPEN = new DateRange(null, null, null);

    private StatementDates() {
    }

    /** The day named in an attribution's words, resolved against the publication date. */
    static DateRange when(String words, LocalDate published) {
        if (published == null) {
            return OPEN;
        }
        Matcher m = WHEN.matcher(words);
        if (!m.find()) {
            return OPEN;
        }
        if (m.group(1) != null) {
            DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            return DateRange.day(published.with(TemporalAdjusters.previousOrSame(day)), m.group());
        }
        return DateRange.day(m.group(2) != null ? published.minusDays(1) : published, m.group());
    }
}
