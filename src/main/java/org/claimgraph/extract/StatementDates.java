package org.claimgraph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.model.DateRange;

/**
 * When a statement was made, from the few words that usually say so in an attribution: "on Thursday"
 * (the latest Thursday on or before publication), "yesterday", "today". Anything else, or an article
 * without a publication date, gives an open range; other date expressions go to the date resolver.
 */
final class StatementDates {

    private static final Pattern WHEN = Pattern.compile("(?i)\\b(?:on\\s+(monday|tuesday|wednesday|thursday|friday"
            + "|saturday|sunday)|(yesterday)|(today|tonight))\\b");
    private static final DateRange OPEN = new DateRange(null, null, null);
    private static final Pattern REPORTED_WORDS = Pattern.compile("(?i)\\b(?:that|adding|who|which|because|after"
            + "|when|as|while)\\b|[“\"‘]");
    private static final DateResolver RESOLVER = new DateResolver();

    private StatementDates() {
    }

    /**
     * The day named in an attribution's words, resolved against the publication date: a weekday,
     * "yesterday" or "today" directly; any other date expression ("in December", "last week", "on 4 March
     * 2016") through the {@link DateResolver}, looked for only before the reported words begin ("that",
     * "adding", a quote mark), so that dates inside what was said are not taken for when it was said.
     */
    static DateRange when(String words, LocalDate published) {
        Matcher cut = REPORTED_WORDS.matcher(words);
        String own = cut.find() ? words.substring(0, cut.start()) : words;
        Matcher m = WHEN.matcher(own);
        if (published == null || !m.find()) {
            List<DateResolver.Found> found = RESOLVER.find(own, published);
            return found.isEmpty() ? OPEN : found.get(0).range();
        }
        if (m.group(1) != null) {
            DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            return DateRange.day(published.with(TemporalAdjusters.previousOrSame(day)), m.group());
        }
        return DateRange.day(m.group(2) != null ? published.minusDays(1) : published, m.group());
    }
}
