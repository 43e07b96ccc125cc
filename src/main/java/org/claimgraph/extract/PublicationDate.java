package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date stated in an article's header, when its metadata has none: a line such as
 * "Published February 4th, 2017", "Posted: 1 April 2015" or a bare "Sunday, March 27, 2016" among
 * its first lines. Only full dates (day, month and year) count.
 */
final class PublicationDate {
    private static final Pattern HEADER_LINE = Pattern.compile(
            "(?im)^\\s*(?:(?:published|posted|updated|last updated|date)(?: on)?:?\\s+|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?"
            + "(?<date>[^\\n]{6,40}?)(?:\\s*[-|\u2013]\\s*\\d{1,2}:\\d{2}.*)?\\s*$");
    private static final int HEADER_CHARS = 1200;
    private static final DateResolver DATES = new DateResolver();

    private PublicationDate() {
    }

    static LocalDate find(String text) {
        String head = text.substring(0, Math.min(text.length(), HEADER_CHARS));
        Matcher m = HEADER_LINE.matcher(head);
        while (m.find()) {
            String line = m.group("date");
            List<DateResolver.Found> found = DATES.find(line, null);
            if (found.size() != 1) {
                continue;
            }
            DateResolver.Found f = found.get(0);
            boolean wholeLine = line.substring(0, f.span().start()).isBlank()
                    && line.substring(f.span().end()).replaceAll("[\\s,.|-]", "").length() <= 3;
            boolean labelled = !m.group().trim().equals(line.trim());
            if (f.range().isBounded() && f.range().notBefore().equals(f.range().notAfter()) && (wholeLine || labelled)) {
                return f.range().notBefore();
            }
        }
        return null;
    }
}
