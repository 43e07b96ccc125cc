package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.model.DateRange;

/**
 * The publication date stated in an article's header, when its metadata has none: the first short
 * line among the first lines that carries a full date ("Published February 4th, 2017", "Posted
 * 26/07/2018 09:15", "Sunday, March 27, 2016"); failing that, a month and year ("June 2016"),
 * taken as its last day.
 */
final class PublicationDate {
    private static final Pattern NUMERIC = Pattern.compile(
            "\\b(?<d>\\d{1,2})/(?<m>\\d{1,2})/(?<y>(?:19|20)\\d{2})\\b|\\b(?<iy>(?:19|20)\\d{2})-(?<im>\\d{2})-(?<id>\\d{2})\\b");
    private static final int HEADER_LINES = 14;
    private static final int MAX_LINE = 100;
    private static final DateResolver DATES = new DateResolver();

    private PublicationDate() {
    }

    static LocalDate find(String text) {
        LocalDate month = null;
        int lines = 0;
        int start = 0;
        while (start < text.length() && lines < HEADER_LINES) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end).strip();
            start = end + 1;
            if (line.isEmpty()) {
                continue;
            }
            lines++;
            if (line.length() > MAX_LINE) {
                continue;
            }
            LocalDate numeric = numeric(line);
            if (numeric != null) {
                return numeric;
            }
            for (DateResolver.Found f : DATES.find(line, null)) {
                DateRange r = f.range();
                if (!r.isBounded()) {
                    continue;
                }
                if (r.notBefore().equals(r.notAfter())) {
                    return r.notBefore();
                }
                if (month == null && r.notBefore().getDayOfMonth() == 1 && r.notAfter().equals(r.notBefore().withDayOfMonth(r.notBefore().lengthOfMonth()))) {
                    month = r.notAfter();
                }
            }
        }
        return month;
    }

    private static LocalDate numeric(String line) {
        Matcher m = NUMERIC.matcher(line);
        if (!m.find()) {
            return null;
        }
        try {
            if (m.group("y") != null) {
                return LocalDate.of(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")));
            }
            return LocalDate.of(Integer.parseInt(m.group("iy")), Integer.parseInt(m.group("im")), Integer.parseInt(m.group("id")));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
