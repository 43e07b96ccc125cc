package org.claimgraph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.claimgraph.extract.TriggerLexicon.Hit;
import org.claimgraph.model.Claim;
import org.claimgraph.model.DateRange;
import org.claimgraph.model.Event;
import org.claimgraph.model.EventType;
import org.claimgraph.model.Span;

/**
 * When an event happened: the date expression of its own stretch of the clause (after the trigger
 * first, then before it); else the paragraph's narrative date for past events; else a recent window
 * for present-tense reports ("has retaken", "are besieging"); else open, ending at publication.
 */
final class EventDates {
    /** Words of the present: "has", "is", "now" (not "IS", the group's name). */
    static final Pattern RECENT = Pattern.compile(
            "\\b(?:[Hh]as|[Hh]ave|[Ii]s|[Aa]re|[Nn]ow|[Cc]urrently|[Pp]resently|[Cc]ontinues?|[Cc]ontinuing|[Tt]his week)\\b");

    /** A clause that happens at the time of the one before it. */
    private static final Pattern WHEN = Pattern.compile("(?i)\\s*,?\\s*(?:when|as|while|whereupon)\\b");

    /** A participle clause after a comma, ending at the trigger: ", killing", ", wounding". */
    private static final Pattern PARTICIPLE = Pattern.compile(",\\s*\\p{L}+ing$");
    /** A relative clause after a comma, up to its verb: ", which killed", ", which had destroyed". */
    private static final Pattern WHICH_BEFORE = Pattern.compile(",\\s*which\\s+(?:had\\s+)?$");
    private static final Pattern COORDINATED = Pattern.compile(
            "(?i)\\band\\b|\\bor\\b|,|;|\\bbut\\b|\\bthen\\b|\\bfollow(?:s|ed|ing)?\\b|\\bafter\\b|\\bbefore\\b|\\bpreced(?:es|ed|ing)\\b|\\bsince\\b");
    private static final Pattern SUPPORT = Pattern.compile(
            "(?i)\\b(?:backed|supported|helped|aided|assisted|covered) by\\b[^,;]*$|\\b(?:with the (?:help|support) of|under (?:the )?cover of)\\b[^,;]*$");
    /** An item's or a numbered paragraph's number: "4/ ", "12. ", "3) ", "3.2 " (a paragraph of a section). */
    static final String ITEM_NUMBER = "(?:\\d{1,3}(?:\\.\\d{1,3}){1,2}\\s+|\\d{1,3}\\s?[/.)]\\s*)";
    /** What may stand before a date that opens a sentence: a post's or an item's number ("4/ 28 January: ..."), "On". */
    private static final Pattern OPENING = Pattern.compile("(?i)[\\s\\W]*(?:" + ITEM_NUMBER + ")?"
            // a transcript's time code and speaker label: "[00:11:24] speaker 2: "
            + "(?:[\\d:.]{4,12}\\]\\s*(?:[\\w ]{1,20}:\\s+)?)?(?:(?:so|and|then|but|yeah)\\s+){0,2}"
            + "(?:(?:on|in|by|late|early|from)\\s+)?");
    private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\b");
    /**
     * A relative clause open up to a point: ", parts of which the militants ", ", which they ", ", a nearby village that
     * the group had held since ".
     */
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile("(?i)(?:^|[,(])\\s*(?:(?:(?:parts?|some|much|most|all|one|many) of\\s+)?"
            + "(?:which|whom|whose)|(?:an?|the)\\s+(?:[\\w-]+\\s+){0,3}?that)\\b[^,;()]*$");
    /** A capture told as the hold it began: "had held", "controlled". */
    private static final Pattern HOLD = Pattern.compile("(?i)held|controlled");
    private static final Pattern SINCE_RIGHT_BEFORE = Pattern.compile("(?i)\\bsince\\s+$");
    /** A comma, then a clause in the past perfect: what it dates happened before the event. */
    private static final Pattern EARLIER_APPOSITION = Pattern.compile(
            "(?i),\\s+(?:an?|the|which|who)\\s+(?:[\\w-]+\\s+){0,4}?had\\s+(?:\\w+ly\\s+)?(?:been\\s+)?\\w+(?:ed|un|en|n|t)\\b");
    /** A relative clause closed before a date: ", which serves Bukavu, on ". */
    private static final Pattern CLOSED_RELATIVE = Pattern.compile(
            "(?i),\\s+(?:which|who|where)\\s[^,;:()]{1,80},\\s+(?:on|in|by|early on|late on)?\\s*");
    /** A verb's "when" clause right after it: "killed when ...", "wounded as ...". */
    private static final Pattern WHEN_CLAUSE = Pattern.compile("(?i)\\s+(?:when|as)\\s");
    /** Where a coordinated clause with a subject of its own may begin: ", and", ", while", ", but", ";". */
    static final Pattern NEXT_CLAUSE = Pattern.compile("(?i),\\s+(?:and|while|but|whereas)\\s|;\\s");

    /** A year written out, or a date counted from publication ("this year", "yesterday", "on Tuesday"). */
    private static final Pattern TOLD_YEAR = Pattern.compile("\\b(?:(?<year>(?:19|20)\\d\\d)|(?<last>last year)|(?i:this year"
            // ("last week's grid" is the page's own week, not the story's)
            + "|yesterday|today|last (?:week|month)(?!['\u2019]s)|this (?:week|month)(?!['\u2019]s)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
            // "On Thursday 7 August": a weekday with its date is no day counted from publication
            + "(?!,?\\s+(?:the\\s+)?(?:\\d|(?:january|february|march|april|may|june|july|august|september|october|november|december)\\b))))\\b");
    /** How far back {@link #toldYearAgrees} reads. */
    private static final int TOLD_YEAR_WINDOW = 1500;

    /**
     * Whether the last year the text told before an offset (a year written out, or one counted from publication:
     * "In February this year ...") is the story's year, or no year is told there: a story carried over from an
     * earlier paragraph is still in its year only then.
     */
    static boolean toldYearAgrees(String text, int before, LocalDate story, LocalDate published) {
        var m = TOLD_YEAR.matcher(text).region(Math.max(0, before - TOLD_YEAR_WINDOW), before);
        Integer year = null;
        while (m.find()) {
            if (m.group("year") != null) {
                year = Integer.parseInt(m.group("year"));
            } else if (published != null) {
                year = m.group("last") != null ? published.getYear() - 1 : published.getYear();
            }
        }
        return year == null || year == story.getYear();
    }

    /** A list item ("-- Near Mosul, seven strikes ...", "• ...", "3) ...") or a short heading line ("Strikes in Iraq"). */
    private static final Pattern LIST_OR_HEADING = Pattern.compile("[ \\t]*(?:(?:[-–—*•·]{1,2}|\\d{1,2}[.)])[ \\t]"
            + "|(?:[\\p{L}'’-]+[ \\t]+){0,4}[\\p{L}'’-]+[ \\t]*(?:\\n|$))");
    /** A record's short field on a line of its own: "Operator:      Indian Air Force (IAF)". */
    private static final Pattern SHORT_FIELD = Pattern.compile("[ \\t]*" + Salience.FIELD_LABEL + "[ \\t]+[^\\n]{1,80}(?:\\n|$)");
    /** A short line that no sentence ends: a section's label such as "Historical background". */
    private static final Pattern LABEL_LINE = Pattern.compile("[ \\t]*\\p{Lu}[^\\n.!?:;]{0,40}[^\\s.!?:;][ \\t]*(?:\\n|$)");
    /** "Four days later", "a week later", "the next day", "the following month", "a year later", "the night before", "four days earlier". */
    private static final Pattern LATER = Pattern.compile("(?i)\\b(?:(?<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|\\d{1,2}) (?<u>days?|weeks?|months?|years?) (?<dir>later|earlier)|the (?:next|following) (?<u2>day|morning|evening|night|week"
            + "|month|year)|the (?:next|following) (?<mon>January|February|March|April|May|June|July|August|September|October"
            + "|November|December)|(?<same>(?:earlier|later) (?:in|on) the day|(?:earlier|later) that (?:day|morning|afternoon|evening|night)"
            + "|(?:on )?the same day|(?<!\\bof )that (?:same )?day|hours (?:earlier|later))"
            // "The night before, ...", "the previous evening": the day before the one told
            + "|(?<before>the (?:day|night|evening) before(?=\\s*[,.;:]|\\s+(?:at|around|from|shortly|just)\\b)|the previous (?:day|night|evening)))\\b");

    /** The year before which a date told is history recalled ("the Battle of Gallipoli of 1915"), not the wars told. */
    static final int HISTORY_BEFORE = 1950;
    /** The longest range a month names, in days. */
    private static final int MONTH_DAYS = 31;

    private EventDates() {
    }

    /** The time a paragraph's story is at: the last explicit event date, inherited by undated past events. */
    static final class Narrative {
        private int paragraph = -1;
        private int dateParagraph = -2;
        private DateRange date;
        /** Whether the date is a heading ("11 June 2014" on a line of its own) that dates the entry under it. */
        private boolean heading;
        private boolean headingPending;
        /** The last single day told, which "four days later" counts from even after a month-only background date. */
        private LocalDate lastDay;
        /** The last single day told before this sentence: "two days later" in it counts from there, however many events it tells. */
        private LocalDate dayBeforeSentence;
        /** The start of the last date told with its year, whether or not it dated an event, and the paragraph that told it. */
        private LocalDate toldWithYear;
        private int toldWithYearParagraph = -5;
        /** The day of the last dated item ("HOMS, 3 March 2017 (SANA) -", a date line over a release): its "today". */
        private LocalDate itemDay;
        /** Whether the item's day was told with its year ("Posted Tuesday 7 January 2020, 10:26"), not counted from publication. */
        private boolean itemYearTold;
        /** The day a post or review under its header was written ("Reviewed 20 August 2020"): nothing it tells is later. */
        private LocalDate postDay;
        /** The stamp of the last message of a chat export, which dates the lines under it that have none of their own. */
        private DateRange stamp;
        /** The words quoted in this sentence after a dated speech act, and the day they were said: their "today". */
        private Span quote;
        private LocalDate quoteDay;

        /** Where the last event of this paragraph happened, and in which paragraph that was. */
        private Mention scenePlace;
        private int scenePlaceParagraph = -5;

        /** Notes where an event of this paragraph happened. */
        void placed(Mention place) {
            scenePlace = place;
            scenePlaceParagraph = paragraph;
        }

        /**
         * Where the last event told in this paragraph happened, or null: "... fired rockets at the village of Naour
         * Jourin. One rocket struck a vehicle, killing seven civilians" tells of deaths there.
         */
        Mention scenePlace() {
            return scenePlaceParagraph == paragraph ? scenePlace : null;
        }

        void set(DateRange d) {
            if (d.isBounded() && d.notAfter().getYear() < HISTORY_BEFORE) {
                // history recalled in passing does not move the story's time
                return;
            }
            if (d.isOneDay()) {
                lastDay = d.notBefore();
            }
            // "this morning" in the entry under "23 Feb 2017 · 10:48" is the heading's day: the entry stays dated by it
            boolean same = date != null && date.isBounded() && d.isBounded()
                    && d.notBefore().equals(date.notBefore()) && d.notAfter().equals(date.notAfter());
            boolean sameDay = heading && !headingPending && same;
            // "[2015-11-24] ... — Su-24 shot down": an entry's title tells its heading's day, and the entry stays under it
            boolean stillPending = headingPending && same;
            date = d;
            dateParagraph = paragraph;
            heading = sameDay || stillPending;
            headingPending = stillPending;
        }

        /** A line that is only a date, as in a timeline or a live blog: it dates the paragraph that follows, to the day. */
        void heading(DateRange d) {
            postDay = null;
            set(d);
            heading = true;
            headingPending = true;
            // a heading of more than a day ("2019 · This week") ends the day of the entry above it
            item(d.isOneDay() ? d : null);
        }

        /** A post's header dates the post: "★★★☆☆ Reviewed 20 August 2020 · ... · Stayed August 2020". */
        void post(DateRange d) {
            heading(d);
            postDay = d.notBefore();
        }

        /** The last day a date without its year may fall on: the post's day, or publication. */
        LocalDate latest(LocalDate published) {
            return postDay != null && (published == null || postDay.isBefore(published)) ? postDay : published;
        }

        /** The day of the item that begins here ("Posted Tuesday 7 January 2020, 10:26"), or null when it names none. */
        private void item(DateRange d) {
            itemDay = d == null ? null : d.notBefore();
            itemYearTold = d != null && d.text() != null && DateResolver.YEAR.matcher(d.text()).find();
        }

        /**
         * An item's dateline ("DAMASCUS, 17 March 2017 (SANA) - ..."): dates what its paragraph tells, and its
         * "today" and "on Thursday" until the next dated item.
         */
        void dateline(DateRange d) {
            scene(d);
            item(d);
        }

        /** How long after a page's publication date an update of it may be dated when its year is not written out. */
        private static final int UPDATE_DAYS = 90;

        /**
         * What "today", "yesterday" and "on Thursday" count from: the day of the heading this paragraph is the entry
         * under, else the day of the dated item it belongs to, else the given publication date.
         */
        LocalDate anchorDay(LocalDate published) {
            LocalDate heading = headingDay();
            if (heading != null) {
                return heading;
            }
            // an update dated after the page's first publication ("Published: 11 July", then "Update, 27 July") is still its
            // item; so is a post told with its year however late ("Thread opened 9 July 2019", then "Posted Tuesday 7
            // January 2020": "yesterday" in every paragraph of that post is 6 January 2020)
            if (itemDay == null) {
                return published;
            }
            return published == null || itemYearTold || !itemDay.isAfter(published.plusDays(UPDATE_DAYS)) ? itemDay : published;
        }

        /** What "today" and the present count from at an offset of this sentence: in words quoted on a day told, that day. */
        LocalDate anchorDay(LocalDate published, int at) {
            return quote != null && quote.start() <= at && at < quote.end() ? quoteDay : anchorDay(published);
        }

        /** Words of this sentence quoted as said on a day ("announced on Monday 28 March 2022: "... today ...""). */
        void quoted(Span words, LocalDate day) {
            quote = words;
            quoteDay = day;
        }

        /**
         * A message's stamp in a chat export ("[24/06/2018, 09:48] Field desk: ..."): dates the message, and the lines
         * under it that have no stamp of their own (a forwarded text under "Forwarded"), to the day.
         */
        void message(DateRange d) {
            dateline(d);
            stamp = d;
        }

        /** A scene's date in its own paragraph ("It is Saturday, 21 June 2014, ..."): dates what the paragraph tells, to the day. */
        void scene(DateRange d) {
            set(d);
            heading = true;
        }

        /** The day of the heading this paragraph is the entry under, when the heading names one day; else null. */
        LocalDate headingDay() {
            return heading && date != null && date.isOneDay() ? date.notBefore() : null;
        }

        /** Whether the paragraph is the entry under a date heading, which dates it even in the present perfect. */
        boolean underHeading() {
            return heading && date != null;
        }

        /** A day told by a sentence with no event of its own, for "four days later" to count from. */
        void noteDay(LocalDate day) {
            lastDay = day;
        }

        /** The last single day told, or null. */
        LocalDate lastDay() {
            return lastDay;
        }

        /**
         * Notes the last date with its year among those a sentence tells, to a month or a day: "since 1993" or "the
         * Belgrano in 1982" looks back from a page's own time, "on 2 April 1982" tells it.
         */
        void toldYears(String text, List<DateResolver.Found> found) {
            for (DateResolver.Found f : found) {
                if (f.range().isBounded() && f.range().notBefore().getYear() >= HISTORY_BEFORE
                        && f.range().notAfter().isBefore(f.range().notBefore().plusDays(MONTH_DAYS))
                        && DateResolver.YEAR.matcher(f.span().of(text)).find()) {
                    toldWithYear = f.range().notBefore();
                    toldWithYearParagraph = paragraph;
                }
            }
        }

        /**
         * The last date told with its year, to the month or the day, when this paragraph told it and it lies a year or
         * more before publication: "The SDF ... was announced in October 2015. ... On 1 November SDF fighters attacked"
         * in a page of 2019 is 2015's November. Else null.
         */
        LocalDate toldInParagraph(LocalDate published) {
            return toldWithYear != null && published != null && toldWithYearParagraph == paragraph
                    && toldWithYear.isBefore(published.minusYears(1)) ? toldWithYear : null;
        }

        /**
         * The last date told with its year when it lies more than {@value DateResolver#HISTORICAL_YEARS} years before
         * publication: the page tells of a war long past. Else null.
         */
        LocalDate toldLongAgo(LocalDate published) {
            return toldWithYear != null && published != null
                    && toldWithYear.isBefore(published.minusYears(DateResolver.HISTORICAL_YEARS)) ? toldWithYear : null;
        }

        /** The last single day told before this sentence, or null. */
        LocalDate dayBeforeSentence() {
            return dayBeforeSentence;
        }

        /** The last explicit date when it was named in this paragraph and is one day; else null. */
        LocalDate storyDay() {
            return date != null && dateParagraph == paragraph && date.isOneDay() ? date.notBefore() : null;
        }

        /** The start of the last explicit date, when it was named in this paragraph; else null. */
        LocalDate storyTime() {
            return date != null && dateParagraph == paragraph && date.isBounded() ? date.notBefore() : null;
        }

        /**
         * The start of the last explicit date when it was told in a paragraph before this one; else null (whether the
         * story is still in its year is for {@link EventDates#toldYearAgrees} to say).
         */
        LocalDate carriedTime() {
            return date != null && date.isBounded() && dateParagraph != paragraph ? date.notBefore() : null;
        }

        void enter(String text, Span sentence) {
            quote = null;
            dayBeforeSentence = lastDay;
            int p = text.lastIndexOf('\n', sentence.start());
            if (p != paragraph) {
                // a new paragraph keeps the story's time until it names its own
                paragraph = p;
                if (headingPending) {
                    dateParagraph = p;
                    // "SCENARIO 1: OPERATION ASHURA (..., 24-26 OCTOBER 2014)" over "Historical background": the label
                    // of the section is no entry, the paragraph under it is
                    // (nor are a record's short fields under its date: "Type:  MiG-21 Bison", "Fatalities:  0")
                    headingPending = LABEL_LINE.matcher(text).region(p + 1, text.length()).lookingAt()
                            || SHORT_FIELD.matcher(text).region(p + 1, text.length()).lookingAt();
                } else if (stamp != null) {
                    // in a chat export, a line with no stamp goes on with the message above it ("Forwarded", then the text)
                    date = stamp;
                    dateParagraph = p;
                    heading = true;
                } else if (heading && LIST_OR_HEADING.matcher(text).region(p + 1, text.length()).lookingAt()) {
                    // the items listed under a dated lead, and the subheadings among them ("Strikes in Iraq"), keep its day
                    dateParagraph = p;
                } else {
                    heading = false;
                }
            }
        }

        /** The heading's date in the entry under it; else the month (or the range) of the last explicit date; or null. */
        DateRange inherited() {
            if (date == null || !date.isBounded()) {
                return null;
            }
            if (heading) {
                return date;
            }
            var from = date.notBefore();
            var to = date.notAfter();
            if (from.getYear() == to.getYear() && from.getMonthValue() == to.getMonthValue()) {
                return DateRange.month(from.getYear(), from.getMonthValue(), null);
            }
            return new DateRange(from, to, null);
        }
    }

    /**
     * "Four days later, troops pushed through", "in February 2015 ..., and the following month they bulldozed",
     * "Earlier in the day they had captured the hospital":
     * counted from the date told before those words in the sentence, else from the last single day told; also when the
     * words follow the trigger closely ("were executed the following day"). Null when no such words stand there, or
     * when a date of the clause follows them.
     */
    static DateRange later(TriggerContext c, List<DateResolver.Found> found, Narrative narrative) {
        var m = LATER.matcher(c.text());
        if (!(mayCount(c.text(), c.clause().start(), c.hit().start()) && m.region(c.clause().start(), c.hit().start()).find())
                && !countedAfter(c, m)) {
            return null;
        }
        DateResolver.Found base = null;
        for (DateResolver.Found f : found) {
            if (f.span().start() >= m.end() && f.span().end() <= c.clause().end()) {
                return null;
            }
            if (f.span().end() <= m.start() && f.span().start() >= c.sentence().start()) {
                base = f;
            }
        }
        if (m.group("mon") != null) {
            // "On 17 September 2016 ... The following January": the first January after the date told before
            DateRange from = base != null ? base.range() : narrative.inherited();
            if (from == null || !from.isBounded()) {
                return null;
            }
            int month = java.time.Month.valueOf(m.group("mon").toUpperCase(java.util.Locale.ROOT)).getValue();
            LocalDate start = from.notBefore();
            return DateRange.month(month > start.getMonthValue() ? start.getYear() : start.getYear() + 1, month, null);
        }
        // "Earlier in the day", "later that evening", "hours later": the day told before
        int n = m.group("same") != null ? 0 : m.group("before") != null ? -1 : m.group("n") == null ? 1 : DateResolver.count(m.group("n"));
        if (m.group("dir") != null && m.group("dir").equalsIgnoreCase("earlier")) {
            // "The same offensive had overrun Sinjar four days earlier"
            n = -n;
        }
        String unit = m.group("same") != null || m.group("before") != null ? "day"
                : (m.group("u") != null ? m.group("u") : m.group("u2")).toLowerCase(java.util.Locale.ROOT);
        DateRange from = base != null ? base.range() : null;
        if (from == null && (unit.startsWith("month") || unit.startsWith("year"))) {
            // "in June 2014, ... A month later": a month counts from the last date told, a month-only one included
            from = narrative.inherited();
        }
        if (from == null && narrative.dayBeforeSentence() != null) {
            // "Two days later NATO began Operation Deliberate Force and bombed ...": both count from the day told before
            from = DateRange.day(narrative.dayBeforeSentence(), null);
        }
        if (from == null || !from.isBounded()) {
            return null;
        }
        LocalDate start = from.notBefore();
        if (unit.startsWith("month")) {
            LocalDate month = start.plusMonths(n);
            return DateRange.month(month.getYear(), month.getMonthValue(), null);
        }
        if (unit.startsWith("year")) {
            return DateRange.year(start.getYear() + n, null);
        }
        if (!start.equals(from.notAfter())) {
            return null;
        }
        return DateRange.day(start.plusDays(unit.startsWith("week") ? 7L * n : n), null);
    }

    /** A part of the day: "in the morning", "in the early evening", "at dawn". */
    private static final Pattern PART_OF_DAY = Pattern.compile(
            "(?i)\\b(?:in the (?:early |late )?(?:morning|afternoon|evening)|at (?:dawn|dusk|first light|nightfall))\\b");

    /**
     * "Last January, on Saturday the 11th, the army came back. Troops entered Wad Madani in the morning": a part of the
     * day told in a clause with no date of its own is of the day the paragraph's story is at; null when it is at no day.
     */
    static DateRange partOfDay(TriggerContext c, List<DateResolver.Found> found, Narrative narrative) {
        LocalDate day = narrative.storyDay();
        if (day == null || found.stream().anyMatch(f -> c.clause().contains(f.span()))
                || !PART_OF_DAY.matcher(c.text()).region(c.clause().start(), c.clause().end()).find()) {
            return null;
        }
        return DateRange.day(day, null);
    }

    /** What may stand between a trigger and the count after it: "executed | the following day", "retook the town | two days later". */
    private static final Pattern BEFORE_COUNT = Pattern.compile("(?:\\s+(?!and\\b|or\\b|but\\b)[\\p{L}'’-]+){0,3}?\\s+");

    /**
     * Whether the count follows the trigger within its clause, with at most three words between and no break:
     * "where the older women were executed the following day". Leaves {@code m} at the count when so.
     */
    private static boolean countedAfter(TriggerContext c, java.util.regex.Matcher m) {
        int from = c.hit().end();
        int to = Math.min(c.clause().end(), from + 45);
        if (!mayCount(c.text(), from, to)) {
            return false;
        }
        m.region(from, to);
        if (!m.find()) {
            return false;
        }
        return BEFORE_COUNT.matcher(c.text()).region(from, m.start()).matches();
    }

    /** The cue words without their first letter, so that "Later", "Earlier" and "Next" opening a sentence are found too. */
    private static final String[] COUNT_CUES = {"ater", "ext", "ollowing", "arlier", "ame", "hat day", "efore", "revious"};

    /**
     * Whether text[from, to) holds "later", "next", "following", "earlier", "same", "that day", "before" or "previous" (in
     * any case of the first letter), without which {@link #LATER} cannot match.
     */
    private static boolean mayCount(String text, int from, int to) {
        for (String cue : COUNT_CUES) {
            int at = text.indexOf(cue, from);
            if (at >= 0 && at < to) {
                return true;
            }
        }
        return false;
    }

    /** A speech act that opens a quotation: "announced in a video message: ", "wrote that ", "said: ". */
    private static final Pattern SPEECH_BEFORE_QUOTE = Pattern.compile("\\b(?:said|says|told|announced|declared|stated|wrote"
            + "|added|tweeted|posted)\\b[^\"\u201c\u201d\\n]{0,40}?[:,]?\\s*(?:that\\s+)?$");
    /** How far before a quotation its speech act may begin. */
    private static final int SPEECH_REACH = 80;

    /**
     * The dates of a sentence, with those of a quotation that a speech act dated to the day introduces counted from the
     * day it was said: "on Monday 28 March 2022 the mayor announced in a video message: "We have good news today - Irpin
     * has been liberated."" is news of 28 March 2022. Notes that day as the quotation's "today".
     */
    static List<DateResolver.Found> saidOn(DateResolver dates, String text, Span sentence, List<DateResolver.Found> found,
                                           LocalDate published, Narrative narrative) {
        int open = sentence.start();
        while (open < sentence.end() && text.charAt(open) != '"' && text.charAt(open) != '\u201c') {
            open++;
        }
        if (found.isEmpty() || open == sentence.end()) {
            return found;
        }
        var speech = SPEECH_BEFORE_QUOTE.matcher(text).region(Math.max(sentence.start(), open - SPEECH_REACH), open);
        if (!speech.find()) {
            return found;
        }
        DateResolver.Found said = null;
        for (DateResolver.Found f : found) {
            if (f.span().end() <= speech.start()) {
                said = f;
            }
        }
        // the day of the speech act's own clause: not "On 3 March the town fell, and the mayor said: ..."
        if (said == null || !said.range().isOneDay()
                || NEXT_CLAUSE.matcher(text).region(said.span().end(), speech.start()).find()) {
            return found;
        }
        int close = open + 1;
        while (close < sentence.end() && text.charAt(close) != '"' && text.charAt(close) != '\u201d') {
            close++;
        }
        Span words = new Span(open + 1, close);
        LocalDate day = said.range().notBefore();
        narrative.quoted(words, day);
        List<DateResolver.Found> out = new java.util.ArrayList<>(found.stream().filter(f -> !words.contains(f.span())).toList());
        out.addAll(dates.find(text, Words.of(text, words.start(), words.end()), words.start(), words.end(), day, published, null, false));
        out.sort(java.util.Comparator.comparing(DateResolver.Found::span));
        return out;
    }

    /** A source reference in square brackets: "[UN COI, June 2016; UPI, 17 October 2017]", "[interview, officer, August 2018]". */
    private static final Pattern CITATION = Pattern.compile("\\[[^\\[\\]\\n,]{2,80},[^\\[\\]\\n]{0,300}?\\b(?:19|20)\\d{2}[^\\[\\]\\n]{0,200}]");

    /**
     * The dates found, less those of the source references a report puts in square brackets: "the militants took Sinjar
     * town the same day [UN COI, June 2016]" tells nothing of June 2016.
     */
    static List<DateResolver.Found> withoutCitations(String text, Span sentence, List<DateResolver.Found> found) {
        int bracket = found.isEmpty() ? -1 : text.indexOf('[', sentence.start());
        if (bracket < 0 || bracket >= sentence.end()) {
            return found;
        }
        // a reference may hold a ";" that ends the sentence before its closing bracket
        var m = CITATION.matcher(text).region(bracket, Math.min(text.length(), sentence.end() + 300));
        List<Span> refs = new java.util.ArrayList<>();
        while (m.find() && m.start() < sentence.end()) {
            refs.add(new Span(m.start(), m.end()));
        }
        if (refs.isEmpty()) {
            return found;
        }
        return found.stream().filter(f -> refs.stream().noneMatch(r -> r.contains(f.span()))).toList();
    }

    /**
     * The dates found, less an "overnight" told after a day of the story other than publication's eve: "The fifteenth of
     * March. Troops broke into Hammouriyeh overnight" is that night, not the night before the podcast went out.
     */
    static List<DateResolver.Found> withoutStoryNight(List<DateResolver.Found> found, LocalDate told, LocalDate published) {
        if (told == null || published == null || !told.isBefore(published.minusDays(1))) {
            return found;
        }
        return found.stream().filter(f -> !"overnight".equalsIgnoreCase(f.range().text())).toList();
    }

    /** A weekday's name alone: "Saturday", "on a busy Saturday morning". */
    private static final Pattern WEEKDAY_ALONE = Pattern.compile("(?i)" + DateResolver.WEEKDAY);

    /**
     * The dates found, with a weekday told beside a day of the same sentence that falls on it read as that day: "On 24
     * December 2022, Christmas Eve, Russian shelling hit the market on a busy Saturday morning" is that Saturday, not the
     * Saturday before publication.
     */
    static List<DateResolver.Found> weekdaysOfToldDays(String text, List<DateResolver.Found> found) {
        if (found.size() < 2) {
            return found;
        }
        List<DateResolver.Found> out = null;
        for (int i = 0; i < found.size(); i++) {
            DateResolver.Found f = found.get(i);
            String said = f.span().of(text);
            if (!WEEKDAY_ALONE.matcher(said).matches()) {
                continue;
            }
            DayOfWeek named = DayOfWeek.valueOf(said.toUpperCase(Locale.ROOT));
            for (DateResolver.Found g : found) {
                if (g != f && g.range().isOneDay() && !WEEKDAY_ALONE.matcher(g.span().of(text)).matches()
                        && g.range().notBefore().getDayOfWeek() == named) {
                    out = out == null ? new java.util.ArrayList<>(found) : out;
                    out.set(i, new DateResolver.Found(f.span(), DateRange.day(g.range().notBefore(), said)));
                    break;
                }
            }
        }
        return out == null ? found : out;
    }

    /** Words that count from the day of their telling: "overnight", "this morning". */
    private static final Pattern SAME_DAY = Pattern.compile("(?i)overnight|last night|tonight|today|this (?:morning|afternoon|evening)");

    /**
     * The dates found, with "overnight" or "this morning" counted from the day that opens the sentence, not from
     * publication: "23.07.2023 0800 Radio: Odesa struck again overnight" is the night before the 23rd.
     */
    static List<DateResolver.Found> fromOpeningDay(String text, Span sentence, List<DateResolver.Found> found) {
        if (found.size() < 2 || !found.get(0).range().isOneDay()
                || !OPENING.matcher(text).region(sentence.start(), found.get(0).span().start()).matches()) {
            return found;
        }
        LocalDate day = found.get(0).range().notBefore();
        List<DateResolver.Found> out = new java.util.ArrayList<>(found);
        for (int i = 1; i < out.size(); i++) {
            DateResolver.Found f = out.get(i);
            if (f.range().text() != null && SAME_DAY.matcher(f.range().text()).matches()) {
                out.set(i, new DateResolver.Found(f.span(), DateRange.day(day, f.range().text())));
            }
        }
        return out;
    }

    /** ", on the 27th" right after a date: what narrows it down. */
    private static final Pattern NARROWING = Pattern.compile(",\\s*(?:on\\s+)?");

    /**
     * The date found, or the one told right after it that lies within it: "retook Palmyra two years ago this month, on
     * the 27th" is the 27th.
     */
    static DateRange narrowed(String text, List<DateResolver.Found> found, DateResolver.Found f) {
        int i = found.indexOf(f);
        if (i + 1 < found.size() && f.range().isBounded()) {
            DateResolver.Found next = found.get(i + 1);
            DateRange r = next.range();
            if (r.isBounded() && NARROWING.matcher(text).region(f.span().end(), next.span().start()).matches()
                    && !r.notBefore().isBefore(f.range().notBefore()) && !r.notAfter().isAfter(f.range().notAfter())) {
                return r;
            }
        }
        return f.range();
    }

    static DateRange explicitDate(TriggerContext c, List<DateResolver.Found> found) {
        Hit hit = c.hit();
        if (SUPPORT.matcher(c.text()).region(Math.max(c.clause().start(), hit.start() - 50), hit.start()).find()) {
            // "Iraqi forces, backed by coalition airstrikes, retook Tal Afar on Thursday": the support has the event's date
            for (DateResolver.Found f : found) {
                if (f.span().start() >= c.clause().start() && f.span().end() <= c.clause().end()
                        && !since(c, hit.end(), f)) {
                    return f.range();
                }
            }
        }
        int from = c.scopeStart();
        int to = c.scopeEnd();
        for (DateResolver.Found f : found) {
            if (f.span().start() >= hit.start() && f.span().end() <= hit.end()) {
                // "restored on Sunday 19/11/2017 the security ... to": a date inside the trigger's words
                return f.range();
            }
        }
        for (DateResolver.Found f : found) {
            if (f.span().start() >= hit.end() && f.span().end() <= to) {
                if (NEXT_CLAUSE.matcher(c.text()).region(hit.end(), f.span().start()).find()
                        || EARLIER_APPOSITION.matcher(c.text()).region(hit.end(), f.span().start()).find()) {
                    // "set fire to the wells, a practice they had begun in late June": an earlier time
                    // "killing dozens, and in September of that year aircraft struck ...": the next clause's date
                    break;
                }
                if (since(c, hit.end(), f)) {
                    if (lastingSince(c, f)) {
                        // "govt offensive on Daraa province since 19/06": when the offensive began
                        return f.range();
                    }
                    // "the first strike inside Syria since a jet was shot down in November 2015": an earlier event's date
                    break;
                }
                return narrowed(c.text(), found, f);
            }
        }
        if (WHEN_CLAUSE.matcher(c.text()).region(hit.end(), c.sentence().end()).lookingAt()) {
            // "killed when his team's vehicle came under fire at Horenka on 14 March 2022": the time of the "when" is its own
            for (DateResolver.Found f : found) {
                if (f.span().start() >= hit.end() && f.span().end() <= c.sentence().end()
                        && !NEXT_CLAUSE.matcher(c.text()).region(hit.end(), f.span().start()).find()) {
                    return f.range();
                }
            }
        }
        for (DateResolver.Found f : found) {
            if (to == c.clause().end() && f.span().start() >= to && f.span().end() <= c.sentence().end()
                    && CLOSED_RELATIVE.matcher(c.text()).region(to, f.span().start()).matches()) {
                // "captured the airport at Kavumu, which serves Bukavu, on 14 February": the date after the aside
                return f.range();
            }
        }
        DateResolver.Found before = null;
        for (DateResolver.Found f : found) {
            if (f.span().start() >= from && f.span().end() <= hit.start() && !thingsPast(c, f)) {
                before = f;
            }
        }
        if (before == null && from > c.clause().start() && !COORDINATED.matcher(c.text()).region(from, hit.start()).find()) {
            // "On Monday, coalition airstrikes on Raqqa killed 12": a verb shares its noun subject's date
            for (DateResolver.Found f : found) {
                if (f.span().start() >= c.clause().start() && f.span().end() <= from && !thingsPast(c, f)) {
                    before = f;
                }
            }
        }
        if (before == null && to < c.clause().end() && !COORDINATED.matcher(c.text()).region(hit.end(), to).find()) {
            // "airstrikes on Raqqa killed dozens last week": a noun subject shares its verb's date
            for (DateResolver.Found f : found) {
                if (f.span().start() >= to && f.span().end() <= c.clause().end()) {
                    if (!since(c, hit.end(), f)) {
                        return f.range();
                    }
                    break;
                }
            }
        }
        if (before == null && WHEN.matcher(c.text()).region(c.clause().start(), hit.start()).lookingAt()) {
            // "launched the operation on August 24, when troops drove ISIL out": the time of the main clause
            for (DateResolver.Found f : found) {
                if (f.span().end() <= c.clause().start()) {
                    before = f;
                }
            }
        }
        if (before == null && (hit.start() - c.clause().start() < 3
                && PARTICIPLE.matcher(c.text()).region(Math.max(0, hit.start() - 4), hit.end()).find()
                || WHICH_BEFORE.matcher(c.text()).region(Math.max(0, hit.start() - 14), hit.start()).find())) {
            // "warplanes bombed the town on Tuesday, killing at least 12 people", "the bombings on Monday 15 January,
            // which killed at least 38 people": the time of the clause it follows
            for (DateResolver.Found f : found) {
                if (f.span().start() >= c.sentence().start() && f.span().end() <= hit.start()
                        && !inRelativeClause(c.text(), c.sentence().start(), f.span().start())) {
                    before = f;
                }
            }
        }
        if (before == null && !found.isEmpty()) {
            // "Dec. 13 - The SDF liberated central Hajin", "On Tuesday, ...": a date opening the sentence dates all of it
            DateResolver.Found first = found.get(0);
            boolean sameClause = first.span().end() <= hit.start()
                    && !NEXT_CLAUSE.matcher(c.text()).region(first.span().end(), hit.start()).find();
            if ((first.span().end() <= c.clause().start() || sameClause)
                    && OPENING.matcher(c.text()).region(c.sentence().start(), first.span().start()).matches()) {
                before = first;
            }
        }
        return before == null ? null : before.range();
    }

    /** ", and again on the night of ": a second time the same thing was done. */
    private static final Pattern AGAIN = Pattern.compile("(?i),?\\s+and\\s+(?:again|once more)\\s+(?:on\\s+|in\\s+)?"
            + "(?:the\\s+(?:night|morning|afternoon|evening)\\s+of\\s+)?");

    /**
     * "On 18 August, and again on the night of 22 August, unidentified jets bombed ...": the events told with one of two
     * times done again at the other, each on its own day.
     */
    static List<Claim> again(TriggerContext c, List<Claim> made, List<DateResolver.Found> found) {
        List<Claim> out = new ArrayList<>();
        for (int k = 1; k < found.size(); k++) {
            DateResolver.Found first = found.get(k - 1);
            DateResolver.Found second = found.get(k);
            if (second.span().end() > c.hit().start() || first.span().start() < c.sentence().start()
                    || !AGAIN.matcher(c.text()).region(first.span().end(), second.span().start()).matches()) {
                continue;
            }
            for (Claim claim : made) {
                if (claim.about() instanceof Event e && (e.date().equals(second.range()) || e.date().equals(first.range()))) {
                    DateRange other = e.date().equals(second.range()) ? first.range() : second.range();
                    out.add(new Claim(claim.evidence(), new Event(e.type(), e.place(), e.agent(), e.target(), e.supportedBy(), other),
                            claim.modality(), claim.confidence(), claim.attributedTo(), claim.via()));
                }
            }
        }
        return out;
    }

    /**
     * Whether a date before the trigger is told in a relative clause closed before it: "the citadel, parts of which the
     * militants blew up in 2014, and cleared ..." tells the citadel's past, not when it was cleared.
     */
    private static boolean thingsPast(TriggerContext c, DateResolver.Found f) {
        int comma = c.text().indexOf(',', f.span().end());
        return comma >= 0 && comma < c.hit().start() && inRelativeClause(c.text(), c.clause().start(), f.span().start());
    }

    /** Whether a relative clause, opened within 80 characters after from, is still open at offset. */
    static boolean inRelativeClause(String text, int from, int offset) {
        return RELATIVE_CLAUSE.matcher(text).region(Math.max(from, offset - 80), offset).find();
    }

    /**
     * An offensive, a siege or a hold ("which Islamic State had held since mid-June 2014") that has lasted "since" the
     * date right after those words: the date it began.
     */
    private static boolean lastingSince(TriggerContext c, DateResolver.Found f) {
        EventType type = c.hit().def().type();
        boolean hold = type == EventType.CAPTURE && HOLD.matcher(c.text()).region(c.hit().start(), c.hit().end()).lookingAt();
        return (type == EventType.ASSAULT || type == EventType.SIEGE || hold)
                && (c.text().regionMatches(true, f.span().start(), "since ", 0, 6)
                || SINCE_RIGHT_BEFORE.matcher(c.text()).region(Math.max(c.hit().end(), f.span().start() - 7), f.span().start()).find());
    }

    /**
     * Whether an event's date is when it began to last ("besieged since 2013"): the story's time stays where it was,
     * and "On 18 February" after it is still this year's.
     */
    static boolean sinceDate(TriggerContext c, List<DateResolver.Found> found, DateRange date) {
        // the date the event was given is one of the found ranges itself (explicitDate hands it on), or a count from one
        for (DateResolver.Found f : found) {
            if (f.range() == date) {
                return f.span().start() >= c.hit().end() && since(c, c.hit().end(), f);
            }
        }
        return false;
    }

    /**
     * Whether "since" stands between a trigger and a date, or opens the date itself ("a town the militants had
     * held since 2013"): the date is when an earlier state began, not when the event happened.
     */
    private static boolean since(TriggerContext c, int from, DateResolver.Found f) {
        int start = f.span().start();
        int to = Math.min(f.span().end(), start + "since".length());
        return SINCE.matcher(c.text()).region(Math.min(from, start), to).find();
    }

    /**
     * The date of an event told without one, up to the day its item counts from ("Posted Tuesday 7 January 2020": "Sirte
     * has been liberated" is a month before that post, not before the thread's opening).
     */
    static DateRange defaultDate(TriggerContext c, LocalDate anchorDay) {
        int to = c.scopeEnd();
        if (anchorDay != null && RECENT.matcher(c.text().substring(c.clause().start(), to)).find()) {
            return new DateRange(anchorDay.minusDays(30), anchorDay, null);
        }
        return DateResolver.undated(anchorDay);
    }
}
