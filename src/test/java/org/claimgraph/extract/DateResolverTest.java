package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.model.DateRange;
import org.junit.jupiter.api.Test;

class DateResolverTest {
    private static final LocalDate PUB = LocalDate.of(2017, 2, 4); // a Saturday
    private final DateResolver dates = new DateResolver();

    private DateRange one(String text, LocalDate pub) {
        List<DateResolver.Found> found = dates.find(text, pub);
        assertEquals(1, found.size(), () -> "dates in '" + text + "': " + found);
        return found.get(0).range();
    }

    private static DateRange r(String from, String to) {
        return new DateRange(LocalDate.parse(from), LocalDate.parse(to), null);
    }

    private static void same(DateRange want, DateRange got) {
        assertEquals(want.notBefore(), got.notBefore());
        assertEquals(want.notAfter(), got.notAfter());
    }

    @Test
    void anniversariesAndDaysOfLastMonth() {
        LocalDate catalogue = LocalDate.of(2018, 3, 14);
        same(r("2016-03-01", "2016-03-31"), one("retook Palmyra two years ago this month", catalogue));
        same(r("2017-03-01", "2017-03-31"), one("recaptured the town a year ago this month", catalogue));
        same(r("2014-08-24", "2014-08-24"), one("overran the airport on this day in 2014", LocalDate.of(2019, 8, 24)));
        same(r("2014-08-24", "2014-08-24"), one("Five years ago today", LocalDate.of(2019, 8, 24)));
        same(r("2018-08-15", "2018-08-15"), one("On the 15th of last month a Turkish air strike", LocalDate.of(2018, 9, 28)));
        // an anniversary marked: the day told, as many years before
        same(r("1990-08-02", "1990-08-02"), one("Yesterday marked thirty years since Iraqi troops crossed the border", LocalDate.of(2020, 8, 3)));
        same(r("2011-03-15", "2011-03-15"), one("Today marks 10 years since the first protests", LocalDate.of(2021, 3, 15)));
        // "the Tuesday before" counts back from the day told before it, not from publication
        List<DateResolver.Found> found = dates.find("overran the base on this day in 2014, ending an assault that had begun "
                + "on the Tuesday before", LocalDate.of(2019, 8, 24));
        same(r("2014-08-19", "2014-08-19"), found.get(1).range());
    }

    @Test
    void lastWeekdayAndTheLastWeekOfAMonth() {
        LocalDate wednesday = LocalDate.of(2016, 8, 31);
        // "last Wednesday" in a paper of Wednesday is a week before; "on Wednesday" is that day
        same(r("2016-08-24", "2016-08-24"), one("crossed the border before dawn last Wednesday", wednesday));
        same(r("2016-08-31", "2016-08-31"), one("crossed the border on Wednesday", wednesday));
        same(r("2016-08-30", "2016-08-30"), one("crossed the border last Tuesday", wednesday));
        // "the last week of December" is December's, not last week
        same(r("2017-12-01", "2017-12-31"), one("In the last week of December government forces opened", LocalDate.of(2018, 5, 1)));
        same(r("2018-04-23", "2018-04-29"), one("clashes went on last week of all weeks", LocalDate.of(2018, 5, 1)));
    }

    @Test
    void absoluteDates() {
        same(r("2015-05-01", "2015-05-31"), one("they overran it in May 2015", PUB));
        same(r("2015-05-01", "2015-05-31"), one("in May of 2015", PUB));
        same(r("2017-02-04", "2017-02-04"), one("released on February 4th, 2017", PUB));
        same(r("2015-04-01", "2015-04-01"), one("Published: 1 April 2015", null));
        same(r("2006-01-01", "2008-12-31"), one("the surge in 2006\u201308", null));
        same(r("2016-09-01", "2016-12-31"), one("in late 2016", null));
        same(r("2014-06-01", "2014-06-30"), one("in June 2014", null));
    }

    @Test
    void seasonsOfAYear() {
        same(r("2012-03-01", "2012-05-31"), one("In the spring of 2012, after a coup in the capital", null));
        same(r("2014-06-01", "2014-08-31"), one("the families who fled in summer 2014", null));
        same(r("2014-06-01", "2014-08-31"), one("flattened, probably in the late summer of 2014", null));
        same(r("2016-09-01", "2016-11-30"), one("Relief came in the autumn of 2016.", null));
        same(r("2015-12-01", "2016-02-29"), one("the hunger of winter 2015-16", null));
        // a winter of one year may be its first months or its last
        same(r("2016-01-01", "2016-12-31"), one("I spent the winter of 2016 in the camps", null));
        // "the fall of" a town is no season
        same(r("2014-01-01", "2014-12-31"), one("after the fall of Mosul in 2014", null));
    }

    @Test
    void yearsOfHistoryBefore1900AreDatesAndCountsAreNot() {
        same(r("1593-01-01", "1593-12-31"), one("the scholar was seized by the occupiers in 1593 and taken away", null));
        same(r("1880-01-01", "1880-12-31"), one("during the siege of the city in 1880.", null));
        same(r("1887-01-01", "1887-12-31"), one("Auctioneers and valuers since 1887", null));
        // a count after "of" or "in" is no year
        assertEquals(List.of(), dates.find("a column of 1500 men marched in 1200 trucks", null));
    }

    @Test
    void reportsInCapitalsWriteTheDayFirstAndDateTimeGroups() {
        LocalDate pub = LocalDate.of(2017, 10, 10);
        same(r("2017-10-05", "2017-10-05"), one("RETOOK HAWIJA TOWN ON 05 OCT AFTER", pub));
        same(r("2014-06-01", "2014-06-30"), one("HELD SINCE JUNE 2014", pub));
        same(r("2017-10-02", "2017-10-02"), one("020900ZOCT17: ISF SEIZED RASHAD AIRBASE", pub));
        same(r("2017-09-21", "2017-09-21"), one("DTG 210400Z SEP 17", null));
        // a month in capitals before a number is a military month and year ("JUN 14"), read as neither
        assertEquals(List.of(), dates.find("HELD SINCE JUN 14 BY THE GROUP", pub));
    }

    @Test
    void numericDatesAreDayFirstUnlessTheSecondNumberCannotBeAMonth() {
        LocalDate pub = LocalDate.of(2017, 11, 20);
        same(r("2017-11-19", "2017-11-19"), one("restored on Sunday 19/11/2017 the security", pub));
        same(r("2017-11-03", "2017-11-03"), one("had liberated on 3/11 the city", pub));
        same(r("2017-11-09", "2017-11-09"), one("announced on Thursday 9/11 the liberation", pub));
        same(r("2017-11-19", "2017-11-19"), one("on 11/19/2017", pub));
        same(r("2016-10-14", "2016-10-14"), one("on 14/10/16", pub));
        assertEquals(List.of(), dates.find("since the 9/11 attacks, open 24/7", pub));
    }

    @Test
    void ordinalDaysAreReadInWordsWithOrWithoutTheirMonth() {
        LocalDate pub = LocalDate.of(2019, 10, 21); // a Monday
        same(r("2019-10-09", "2019-10-09"), one("Turkish jets struck Ras al-Ayn on Wednesday the ninth, and", pub));
        same(r("2019-10-13", "2019-10-13"), one("On Sunday the thirteenth Washington said", pub));
        same(r("2019-10-09", "2019-10-09"), one("nearly 180,000 people have fled since the ninth, many", pub));
        // a weekday that does not fit this month's day is last month's
        same(r("2019-09-13", "2019-09-13"), one("on Friday the thirteenth they left", pub));
        LocalDate april = LocalDate.of(2018, 4, 20);
        same(r("2018-02-18", "2018-02-18"), one("The bombardment started on the eighteenth of February.", april));
        same(r("2016-12-22", "2016-12-22"), one("they left on the twenty-second of December 2016", april));
        List<DateResolver.Found> two = dates.find("on the twenty-second of March buses came, and from the twenty-fourth its fighters left", april);
        assertEquals(2, two.size());
        same(r("2018-03-24", "2018-03-24"), two.get(1).range());
        // an ordinal that qualifies a noun is no day
        assertEquals(List.of(), dates.find("on the second attempt, from the third floor, on the first day", april));
    }

    @Test
    void aWeekdayBeforeADateIsPartOfIt() {
        LocalDate pub = LocalDate.of(2017, 11, 26);
        same(r("2014-06-21", "2014-06-21"), one("It is Saturday, 21 June 2014, and the heat is unbearable.", pub));
        same(r("2017-11-17", "2017-11-17"), one("The final assault begins at dawn on Friday 17 November.", pub));
        assertEquals(2, dates.find("On Friday, troops moved; on 3 June 2017 they entered.", pub).size());
    }

    @Test
    void aCommaAfterADateIsNotPartOfIt() {
        List<DateResolver.Found> found = dates.find("The final push came on 22 December, when troops crossed.", PUB);
        assertEquals("22 December", found.get(0).span().of("The final push came on 22 December, when troops crossed."));
    }

    @Test
    void monthsWithoutYearTakeThePublicationYearOrTheOneBefore() {
        same(r("2017-02-04", "2017-02-04"), one("on Feb. 4", PUB));
        same(r("2016-12-11", "2016-12-20"), one("In mid-December they", PUB));
        same(r("2016-11-01", "2016-11-10"), one("in early November", PUB));
        same(r("2016-06-01", "2016-06-30"), one("last June", PUB));
        same(r("2016-10-01", "2016-10-31"), one("the operation last October", PUB));
        assertTrue(dates.find("in mid-December", null).isEmpty());
    }

    @Test
    void relativeDates() {
        same(r("2017-01-31", "2017-01-31"), one("on Tuesday", PUB));
        same(r("2017-02-04", "2017-02-04"), one("on Saturday", PUB));
        same(r("2017-02-03", "2017-02-03"), one("yesterday", PUB));
        same(r("2017-01-30", "2017-02-04"), one("earlier this week", PUB));
        same(r("2017-02-01", "2017-02-04"), one("this month", PUB));
        same(r("2017-02-03", "2017-02-04"), one("in the past 24 hours", PUB));
        same(r("2016-01-01", "2016-12-31"), one("last year", PUB));
        same(r("2016-06-11", "2016-06-11"), one("on June 11 last year", PUB));
    }

    @Test
    void unknownPublicationDateLeavesRelativeDatesOpen() {
        DateRange d = one("on Tuesday", null);
        assertNull(d.notBefore());
        assertNull(d.notAfter());
        assertEquals("Tuesday", d.text());
        assertTrue(dates.find("last June", null).isEmpty());
    }

    @Test
    void mayTheVerbIsNoDate() {
        assertTrue(dates.find("ISIS May Be Losing and may fall", PUB).isEmpty());
    }

    @Test
    void undatedIsOpenEndingAtPublication() {
        assertEquals(new DateRange(null, PUB, null), DateResolver.undated(PUB));
    }

    @Test
    void qualifiersInsideLongerWordsAreNotRead() {
        // "amid" ends in "mid" but is no "mid-" qualifier: the month stays whole
        same(r("2015-12-01", "2015-12-31"), one("fighting went on amid December 2015 storms", PUB));
    }

    @Test
    void datesAreFoundAfterPunctuationAndAtTheEnd() {
        List<DateResolver.Found> found = dates.find("(on 3 May 2016) and then, in 2017", PUB);
        assertEquals(2, found.size(), found::toString);
        same(r("2017-02-01", "2017-02-01"), one("Wednesday's raids", PUB));
        same(r("2016-05-03", "2016-05-03"), found.get(0).range());
        same(r("2017-01-01", "2017-12-31"), found.get(1).range());
    }

    @Test
    void wordScanFindsWhatAPlainScanFinds() throws java.io.IOException {
        int files = 0;
        for (String dir : List.of("examples/articles", "src/test/resources/eval/articles", "../shared/seeds",
                "../shared/eval/dev-articles")) {
            java.nio.file.Path d = java.nio.file.Path.of(dir);
            if (!java.nio.file.Files.isDirectory(d)) {
                continue;
            }
            try (var paths = java.nio.file.Files.list(d)) {
                for (java.nio.file.Path p : paths.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    String text = java.nio.file.Files.readString(p);
                    List<String> plain = new java.util.ArrayList<>();
                    var m = DateResolver.pattern().matcher(text);
                    while (m.find()) {
                        // the plain scan also starts inside words ("amid" read as "mid"); those are not dates
                        if (m.start() == 0 || !Character.isLetterOrDigit(text.charAt(m.start() - 1))) {
                            plain.add(m.start() + "-" + m.end());
                        }
                    }
                    List<String> byWords = new java.util.ArrayList<>();
                    for (DateResolver.Found f : dates.find(text, PUB)) {
                        byWords.add(f.span().start() + "-" + f.span().end());
                    }
                    assertTrue(plain.containsAll(byWords), p + ": " + byWords + " vs " + plain);
                    for (String span : plain) {
                        String[] se = span.split("-");
                        int a = Integer.parseInt(se[0]);
                        int b = Integer.parseInt(se[1]);
                        if (!dates.find(text, a, b, PUB).isEmpty()) {
                            assertTrue(byWords.contains(span), p + ": missed " + text.substring(a, b));
                        }
                    }
                    files++;
                }
            }
        }
        assertTrue(files > 10, "files read: " + files);
    }

    @Test
    void thatMonthIsTheMonthToldBefore() {
        LocalDate page = LocalDate.of(2019, 3, 9);
        String end = "At the end of that month the offensive began.";
        List<DateResolver.Found> found = dates.find(end, Words.of(end, 0, end.length()), 0, end.length(), page,
                LocalDate.of(2015, 10, 1));
        assertEquals(1, found.size(), found::toString);
        same(r("2015-10-21", "2015-10-31"), found.get(0).range());
        String later = "The SDF took the dam in December 2015, and later that month it crossed the river.";
        List<DateResolver.Found> two = dates.find(later, page);
        assertEquals(2, two.size(), two::toString);
        same(r("2015-12-01", "2015-12-31"), two.get(1).range());
        // with no month told, "that month" dates nothing
        assertTrue(dates.find("Later that month the town fell.", page).isEmpty());
    }

    @Test
    void aWeekdayAfterTheDateBelongsToIt() {
        DateRange d = one("Before this, in 19 May Tuesday, the alliance took the camp.", LocalDate.of(2015, 5, 29));
        assertEquals(LocalDate.of(2015, 5, 19), d.notBefore());
        assertEquals(LocalDate.of(2015, 5, 19), d.notAfter());
    }

    @Test
    void romanMonthsAndLogDates() {
        LocalDate register = LocalDate.of(2016, 3, 11);
        same(r("2014-08-07", "2014-08-07"), one("07.VIII.2014 -- fighters seize the dam", register));
        same(r("2014-08-16", "2014-08-17"), one("16-17.VIII.2014 -- US aircraft strike targets", register));
        same(r("2014-08-01", "2014-08-31"), one("VIII.2014 (during the occupation) -- parts are carried off", register));
        // "I" and "V" alone are no months
        assertTrue(dates.find("Chapter V of the register, part I", register).isEmpty());
        LocalDate log = LocalDate.of(2013, 2, 4);
        same(r("2013-01-10", "2013-01-10"), one("10-Jan-13  Fighters overran Konna", log));
        same(r("2013-01-15", "2013-01-18"), one("15/18-Jan-13  French aircraft struck positions", log));
        same(r("2013-01-12", "2013-01-12"), one("told our liaison on 12-Jan that they stopped", log));
    }
}
