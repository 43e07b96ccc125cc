package org.claimgraph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.model.DateRange;
import org.claimgraph.model.Span;

/**
 * Date expressions in a stretch of text, resolved to ranges: absolute ("May 2015", "February 4th,
 * 2017", "mid-December", "2006–08") and relative to the publication date ("on Tuesday", "last June",
 * "earlier this week"). With no publication date, relative expressions give an open range and a
 * month without a year gives nothing.
 */
public final class DateResolver {
    /** A date expression found in the text. */
    public record Found(Span span, DateRange range) {
    }

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.)";
    /** With a day or a year beside it, a month may be cut short without a full stop: "10 Dec 2016", "Aug 24". */
    private static final String MONTH_OR_SHORT = "(?:" + MONTH.substring(3, MONTH.length() - 1)
            + "|(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![\\w.]))";
    /** Months as all-capitals reports write them, day first: "05 OCT", "21 SEP 2017", "JUNE 2014". */
    private static final String MONTH_CAPS_NAMES = "(?-i:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER"
            + "|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)";
    private static final String MONTH_CAPS = MONTH_CAPS_NAMES + "(?!\\w)";
    /** A month where its day or its year is written after it, in any case. */
    private static final String MONTH_DAY_FIRST = "(?:" + MONTH_OR_SHORT + "|" + MONTH_CAPS + ")";
    private static final String QUAL = "(?i:early|mid|late|the end of|the beginning of|the start of|end of|beginning of|start of)";
    /** A weekday's name, capitalised or (as speech recognition writes it) not: no word of another kind is spelled so. */
    static final String WEEKDAY = "(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)";
    /** A month's or a weekday's name as a word of its own: "in January" names no place. */
    static final String MONTH_OR_DAY_NAME = "(?:" + MONTH + "|" + WEEKDAY + ")\\b";
    /** The ordinal words of the days 1 to 20, in order; "twenty-" or "thirty-" before the first nine, and "thirtieth". */
    private static final List<String> ORDINAL_WORDS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth", "twentieth");
    /** The days of a month as ordinal words or figures: "ninth", "twenty-second", "thirty-first", "22nd". */
    private static final String ORDINAL_DAY = "(?i:(?:twenty|thirty)[- ](?:" + String.join("|", ORDINAL_WORDS.subList(0, 9)) + ")"
            + "|" + String.join("|", ORDINAL_WORDS) + "|thirtieth|\\d{1,2}(?:st|nd|rd|th))";
    /** What may follow a day told without its month, "on the ninth": a stop, or a word that no ordinal qualifies. */
    private static final String AFTER_BARE_DAY = "(?=\\s*[,.;:)]|\\s+(?i:and|when|its|their|his|her|the|a|an|as|after|before"
            + "|until|that|at|but|to|with|they|he|she|it|we)\\b)";
    /** What may follow a year before 1900: a stop, or a word that no count qualifies ("in 1593 and", not "of 1500 men"). */
    private static final String AFTER_OLD_YEAR = "(?=\\s*(?:[,.;:)\u2013\u2014]|$)|\\s+(?:and|or|when|in|on|by|its|their|his|her|the|a|an|as"
            + "|after|before|until|that|at|but|to|with|they|he|she|it|we|was|were)\\b)";
    /** The months in Roman numerals, longest first. */
    private static final List<String> ROMAN_MONTHS = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII");
    private static final String ROMAN_MONTH = "(?-i:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)";
    private static final Pattern DATE = Pattern.compile(
            // "on the eighteenth of February", "Wednesday the ninth", "from the twenty-fourth its fighters ...": ordinal days
            "\\b(?:" + WEEKDAY + ",? )?(?i:the )(?<d9>" + ORDINAL_DAY + ") of (?<m9>" + MONTH_DAY_FIRST + ")(?:,? (?<y9>(?:19|20)\\d{2})|(?<ly9> last year))?(?!\\d)"
            + "|\\b(?<wd10>" + WEEKDAY + ") the (?<d10>" + ORDINAL_DAY + ")\\b(?! of)(?:" + AFTER_BARE_DAY + "|(?=\\s+\\p{Lu}))"
            + "|(?<=\\b(?i:on|since|from|until|by|of) )(?i:the) (?<d11>" + ORDINAL_DAY + ")\\b" + AFTER_BARE_DAY + "|"
            // "Saturday, 21 June 2014", "Friday, November 3": the weekday belongs to the date
            // "14-15 April", "between 14 and 15 April", "the night of 14 to 15 April": both days
            + "\\b(?:" + WEEKDAY + ",? )?(?:(?<d1a>\\d{1,2})(?:st|nd|rd|th)?\\s?(?:[-\u2013]|(?i:to|and|into|until))\\s?(?=\\d))?"
            + "(?<d1>\\d{1,2})(?:st|nd|rd|th)? (?:of )?(?<m1>" + MONTH_DAY_FIRST + ")(?:,? (?<y1>(?:19|20)\\d{2})|(?<ly1> last year))?(?!\\d)"
            // "in 19 May Tuesday", "28 May 2015 Thursday": a translation's weekday after the date belongs to it
            + "(?: " + WEEKDAY + "\\b)?"
            // "the spring of 2012", "summer 2014", "in the late summer of 2014", "winter 2015-16": a season of a year
            + "|\\b(?i:the )?(?:(?i:early|mid|late)[- ])?(?<s14>(?i:spring|summer|autumn|fall|winter))(?i: of)? (?<y14>(?:19|20)\\d{2})"
            + "(?:[/\u2013\u2014-](?<y14b>\\d{2}|(?:19|20)\\d{2}))?(?![\\d/\u2013\u2014-])"
            + "|(?:(?<q2>" + QUAL + ")[- ]?|\\b" + WEEKDAY + ",? )?\\b(?<m2>" + MONTH_OR_SHORT + ") (?<d2>\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,? (?<y2>(?:19|20)\\d{2})|(?<ly2> last year))?"
            // "between February and April 1988": the months from the first to the last
            + "|\\b(?i:between|from) (?<bm1>" + MONTH_DAY_FIRST + ") (?i:and|to|until) (?<bm2>" + MONTH_DAY_FIRST + "),? (?<by>(?:19|20)\\d{2})\\b"
            + "|(?:(?<q3>" + QUAL + ")[- ]?)?\\b(?<m3>" + MONTH_DAY_FIRST + "),? (?:of )?(?<y3>(?:19|20)\\d{2})\\b"
            // an ISO date, "2015-11-24", as logs and archives write it
            + "|(?<![\\w/.-])(?<yI>(?:19|20)\\d{2})-(?<moI>[01]\\d)-(?<dI>[0-3]\\d)(?![\\w/-])"
            // "07.VIII.2014", "16-17.VIII.2014", "VIII.2014": the month in Roman numerals, as registers in central Europe write it
            + "|(?<![\\w/.-])(?:(?:(?<dRa>[0-3]?\\d)[-\u2013])?(?<dR>[0-3]?\\d)\\.)?(?<moR>" + ROMAN_MONTH + ")\\.(?<yR>(?:19|20)\\d{2})(?![\\w-]|\\.\\d)"
            // "10-Jan-13", "15/18-Jan-13", "on 12-Jan": a day, a month's short name and perhaps two figures of the year
            + "|(?<![\\w/.-])(?:(?<dMa>[0-3]?\\d)/)?(?<dM>[0-3]?\\d)-(?<mM>(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec))"
            + "(?:-(?<yM>\\d{2}|(?:19|20)\\d{2}))?(?![\\w-])"
            + "|\\b(?<y4a>(?:19|20)\\d{2}) ?[\u2013\u2014-] ?(?<y4b>\\d{2}|(?:19|20)\\d{2})\\b"
            + "|\\b(?<q5>" + QUAL + ")[- ](?<y5>(?:19|20)\\d{2})\\b"
            + "|\\b(?<c6>(?i:in|since|by|until|last|this|of|during|from|throughout|through|in early|in mid|in late|early|mid|late|the end of|end of)[ -])(?<m6>" + MONTH + ")(?![\\w-])(?!,? (?:of )?\\d)"
            // "in late May last year", "in March this year"
            + "(?<ly6> (?i:last|this) year\\b)?"
            + "|\\b(?i:in|since|during|throughout|by|until|of|from) (?<y7>(?:19|20)\\d{2})\\b(?!\\s?[\u2013\u2014-]\\s?\\d)"
            // "arrested by the occupiers in 1593 and taken", "the siege of Kandahar in 1880": a year of history, not a count
            // ("a force of 1500 men")
            + "|\\b(?i:in|since|during|throughout|by|until|of|from) (?<y15>1[0-8]\\d{2})(?!\\s?[\u2013\u2014-]\\s?\\d)" + AFTER_OLD_YEAR
            // "Yesterday marked thirty years since Iraqi troops crossed the border": the day told, those years before
            + "|\\b(?<annDay>(?i:yesterday|today)) (?i:marked|marks) (?:(?i:exactly) )?(?<annN>\\d{1,3}|(?i:ten|twenty|thirty|forty|fifty"
            + "|sixty|seventy|eighty|five|fifteen|twenty-five|seventy-five)) (?i:years) (?i:since)\\b"
            + "|\\b(?<rel>(?i:yesterday|today|tonight|last night|overnight(?!\\s+(?:from|into|between|to|on|of)\\b)|this morning|earlier this (?:week|month|year)|this (?:week|month|year)"
            + "|last (?:week|month|year)|in the (?:past|last) (?:24|48) hours|in the (?:past|last) (?:few|two|three|several) days"
            // "This summer the war in the south ended": the season of the telling's year
            + "|this (?:spring|summer|autumn|fall)"
            + "|in recent (?:days|weeks)))\\b(?! of (?-i:\\p{Lu}))"
            + "|(?<![\\w/-])(?:" + WEEKDAY + ",? )?(?<d8>\\d{1,2})/(?<mo8>\\d{1,2})(?:/(?<y8>(?:19|20)\\d{2}|\\d{2}))?(?![\\d/])"
            + "(?!\\s+(?i:attacks?|hijack\\w*|commission|era|memorial|anniversary))"
            // "17.07.2023", as logs and forms on the European side write it: a dotted date needs its year
            + "|(?<![\\w/.-])(?<dD>[0-3]?\\d)\\.(?<moD>[01]?\\d)\\.(?<yD>(?:19|20)\\d{2})(?![\\w-]|\\.\\d)"
            // a military date-time group, "101500ZOCT17": day, hour and minute, time zone, month, year
            + "|\\b(?<dtgd>\\d{2})\\d{4}\\p{Lu}\\s?(?<dtgm>" + MONTH_CAPS_NAMES + ")\\s?(?<dtgy>\\d{2})\\b"
            + "|\\b(?<wd>" + WEEKDAY + ")\\b"
            + "|\\b(?<num>\\d+|(?i:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)) (?<unit>days?|weeks?|months?|years?) ago(?:(?<exact> today| this morning| tonight)|(?<thisMonth> this month))?\\b"
            // an anniversary page's "on this day in 2014": the publication's day in that year
            + "|\\b(?i:this day in) (?<y12>(?:19|20)\\d{2})\\b"
            // "on New Year's Eve", "Christmas Day 2016": a feast on a fixed day, the last one before the telling without a year
            + "|\\b(?<hol>(?i:new year['\u2019]s (?:eve|day)|christmas (?:eve|day)|christmas))\\b(?:,? (?:of )?(?<yh>(?:19|20)\\d{2})\\b)?"
            // "on the 15th of last month"
            + "|\\b(?i:the) (?<d13>" + ORDINAL_DAY + ") of (?<rm13>(?i:last|this)) month\\b"
            // "At the end of that month", "later that month": the month the story has told
            + "|(?:\\b(?<qTM>" + QUAL + "|(?i:later|earlier)) )?\\b(?<thatM>(?i:that|the same) month)\\b");

    /** Lower-case words a date expression can start with (besides numbers). */
    private static final java.util.Set<String> HEADS = java.util.Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "new", "christmas", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec",
            "early", "mid", "late", "the", "end", "beginning", "start", "in", "since", "by", "until", "last", "this",
            "of", "during", "from", "between", "throughout", "through", "yesterday", "today", "tonight", "overnight", "earlier", "later", "that",
            "spring", "summer", "autumn", "fall", "winter",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii");

    /**
     * Every date expression in text[from, to), in text order. The pattern is tried only where a
     * word that can start one begins (a number, a month, a qualifier, a preposition), never inside words.
     */
    public List<Found> find(String text, int from, int to, LocalDate published) {
        return find(text, Words.of(text, from, to), from, to, published);
    }

    /** Words that every date expression contains within its first five words. */
    private static final java.util.Set<String> ANCHORS = java.util.stream.Stream.concat(java.util.stream.Stream.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
            "tonight", "overnight", "night", "morning", "day", "days", "week", "weeks", "month", "months", "year", "years",
            "hours", "ago", "thirtieth", "twenty", "thirty", "spring", "summer", "autumn", "fall", "winter"), ORDINAL_WORDS.stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** As {@link #find(String, int, int, LocalDate)} over the already scanned words of text[from, to). */
    List<Found> find(String text, Words words, int from, int to, LocalDate published) {
        return find(text, words, from, to, published, null);
    }

    /**
     * As {@link #find(String, Words, int, int, LocalDate)}, with the time the story is at: a month named
     * without its year ("in December") in a paragraph telling of an earlier year is read in that year, or in
     * the next one when the month has already passed in it.
     */
    List<Found> find(String text, Words words, int from, int to, LocalDate published, LocalDate storyTime) {
        return find(text, words, from, to, published, published, storyTime, false);
    }

    /**
     * As {@link #find(String, Words, int, int, LocalDate, LocalDate)}, where "today" and "on Tuesday" count from
     * {@code today} (the day of the item told, or of the page): a date without its year told after the story's time
     * is the nearest one to it, the story going forward ("On Saturday 30 June 2012 ... On 2 July" is 2 July 2012), but
     * never after the page's publication or that day. When {@code carried}, the story's time was told in the paragraph
     * before, not in this one, and a date without its year is read in the story's year only where the publication's
     * year cannot be meant: that reading would lie more than a month before publication, while the story's reading
     * follows the story's time within half a year ("mid-September 2014 ...", then "aircraft struck for the first time
     * on 27 September" in a report of 2020), or the story's time lies more than {@value #HISTORICAL_YEARS} years before.
     */
    List<Found> find(String text, Words words, int from, int to, LocalDate today, LocalDate published, LocalDate storyTime,
                     boolean carried) {
        LocalDate latest = published != null && (today == null || published.isAfter(today)) ? published : today;
        LocalDate anchor = storyTime != null && latest != null && !storyTime.isAfter(latest) ? storyTime : null;
        boolean weak = carried;
        List<Found> out = new ArrayList<>();
        int[] nextAnchor = new int[words.size() + 1];
        nextAnchor[words.size()] = Integer.MAX_VALUE;
        for (int w = words.size() - 1; w >= 0; w--) {
            String word = base(words.word(w));
            nextAnchor[w] = Character.isDigit(word.charAt(0)) || ANCHORS.contains(word) ? w : nextAnchor[w + 1];
        }
        Matcher m = DATE.matcher(text).useTransparentBounds(true);
        int after = from;
        // the month of the last date told here: "on the twenty-second of March ..., and from the twenty-fourth ..."
        LocalDate month = null;
        // the last single day told here, which "the Tuesday before" counts back from
        LocalDate toldDay = null;
        for (int w = 0; w < words.size(); w++) {
            int at = words.start(w);
            if (at < after || at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
                continue;
            }
            String word = base(words.word(w));
            if (nextAnchor[w] > w + 4 || !Character.isDigit(word.charAt(0)) && !HEADS.contains(word)) {
                continue;
            }
            m.region(at, to);
            if (!m.lookingAt()) {
                continue;
            }
            after = m.end();
            DateRange r = resolve(m, today, latest, anchor, month);
            boolean thatYear = THAT_YEAR.matcher(text).region(m.end(), to).lookingAt();
            int toldYear = thatYear && m.group("m1") != null ? yearWrittenBefore(text, at, anchor == null ? 0 : anchor.getYear()) : 0;
            if (toldYear > 0) {
                // "On 17 September that year": the year written last before it ("the protests of March 2011 began. On 23
                // March that year"), else the story's year, however far from the story's day
                r = day(toldYear, month(m.group("m1")), Integer.parseInt(m.group("d1")), m.group());
            }
            if (weak && !thatYear && anchor != null && r != null && !YEAR.matcher(m.group()).find() && m.group("thatM") == null) {
                DateRange now = resolve(m, today, latest, null, month);
                // a story told years before the page ("the air war of 1999", in a programme of 2019) keeps its year: a
                // bare "7 May" there is no day of the past month, and the telling may go back in it ("3 April" after June)
                boolean longAgo = anchor.isBefore(today.minusYears(HISTORICAL_YEARS));
                boolean storyFits = r.isBounded() && r.notBefore().isBefore(anchor.plusMonths(7))
                        && !r.notBefore().isBefore(longAgo ? anchor.withDayOfMonth(1).minusMonths(LOOK_BACK_MONTHS) : anchor.withDayOfMonth(1));
                boolean recent = now == null || !now.isBounded() || now.notAfter().isAfter(today.minusDays(31)) && !longAgo;
                if (!storyFits || recent) {
                    r = now;
                }
            }
            if (r != null && m.group("wd") != null && r.isOneDay() && r.notBefore().equals(today)
                    && LAST_BEFORE.matcher(text).region(Math.max(0, at - 5), at).find()) {
                // "last Wednesday" in a paper of Wednesday 31 August: the Wednesday a week before
                r = DateRange.day(today.minusWeeks(1), r.text());
            }
            if (r != null && m.group("wd") != null && THE_BEFORE.matcher(text).region(Math.max(0, at - 4), at).find()) {
                DayOfWeek weekday = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
                boolean before = text.startsWith(" before", m.end());
                if (before && toldDay != null) {
                    // "on this day in 2014, ending an assault that had begun on the Tuesday before": the Tuesday before that day
                    r = DateRange.day(toldDay.with(TemporalAdjusters.previous(weekday)), r.text());
                } else if (!before && toldDay == null && anchor != null) {
                    // "Herat fell on Thursday 12 August. ... taken into custody on the Friday": the Friday of the story's week
                    LocalDate next = anchor.with(TemporalAdjusters.nextOrSame(weekday));
                    if (latest == null || !next.isAfter(latest)) {
                        r = DateRange.day(next, r.text());
                    }
                }
            }
            if (r != null) {
                out.add(new Found(new Span(m.start(), m.end()), r));
                toldDay = r.isOneDay() ? r.notBefore() : toldDay;
                if (r.isBounded() && r.notBefore().withDayOfMonth(1).equals(r.notAfter().withDayOfMonth(1))) {
                    month = r.notBefore().withDayOfMonth(1);
                }
                if (r.isBounded() && latest != null && r.notBefore().getYear() <= latest.getYear() && YEAR.matcher(m.group()).find()) {
                    // "in November 2014, only to lose it in December": the sentence's story time
                    anchor = r.notBefore();
                    weak = false;
                }
            }
        }
        return out;
    }

    private static final Pattern LEADING_WEEKDAY = Pattern.compile("^(" + WEEKDAY + ")\\b");
    /** How many years back a weekday may move a date told without its year. */
    private static final int WEEKDAY_YEARS = 6;

    /**
     * The year a date told with its weekday but not its year falls on that weekday: "Saturday 19 July" in a page of 2017
     * recalling 2014 is 19 July 2014. The year given stays when it fits, or when no year of the last six does.
     */
    private static int weekdayYear(String told, int year, int month, int dayOfMonth) {
        Matcher wd = LEADING_WEEKDAY.matcher(told);
        if (!wd.find()) {
            return year;
        }
        DayOfWeek weekday = DayOfWeek.valueOf(wd.group(1).toUpperCase(Locale.ROOT));
        for (int y = year; y > year - WEEKDAY_YEARS; y--) {
            DateRange d = day(y, month, dayOfMonth, null);
            if (d != null && d.notBefore().getDayOfWeek() == weekday) {
                return y;
            }
        }
        return year;
    }

    private static final Pattern LAST_BEFORE = Pattern.compile("(?i)\\blast\\s+$");
    /** How far back "that year" looks for the year it means. */
    private static final int THAT_YEAR_REACH = 300;

    /** The last year written in the {@value #THAT_YEAR_REACH} characters before offset, else the given year. */
    private static int yearWrittenBefore(String text, int offset, int otherwise) {
        Matcher y = YEAR.matcher(text).region(Math.max(0, offset - THAT_YEAR_REACH), offset);
        int year = otherwise;
        while (y.find()) {
            year = Integer.parseInt(y.group());
        }
        return year;
    }

    /** "17 September that year", "in March of the same year": the year the story is in. */
    private static final Pattern THAT_YEAR = Pattern.compile("(?i),?\\s+(?:of\\s+)?(?:that|the\\s+same)\\s+year\\b");
    private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\bthe\\s+$");

    /** A year written out: "2016". */
    static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");

    /** The date pattern itself (for tests comparing against a plain scan). */
    static Pattern pattern() {
        return DATE;
    }

    private static String base(String word) {
        int apostrophe = word.indexOf('\'');
        return apostrophe > 0 ? word.substring(0, apostrophe) : word;
    }

    /** Every date expression in a whole string. */
    public List<Found> find(String text, LocalDate published) {
        return find(text, 0, text.length(), published);
    }

    /** What a claim without a date expression gets: open, but not after publication. */
    public static DateRange undated(LocalDate published) {
        return new DateRange(null, published, null);
    }

    /**
     * The range a date expression names: counted from {@code pub} ("yesterday", "on Tuesday", "in March"), or from the
     * story's time when {@code anchor} is given, never after {@code latest}.
     */
    private DateRange resolve(Matcher m, LocalDate pub, LocalDate latest, LocalDate anchor, LocalDate toldMonth) {
        String text = m.group();
        if (m.group("m9") != null) {
            int month = month(m.group("m9"));
            // "on the third of August last year"
            Integer year = m.group("ly9") != null ? (pub == null ? null : pub.getYear() - 1)
                    : m.group("y9") == null && anchor != null ? Integer.valueOf(storyYear(month, anchor, latest)) : year(m.group("y9"), month, pub);
            return year == null ? null : day(year, month, ordinal(m.group("d9")), text);
        }
        if (m.group("d10") != null || m.group("d11") != null) {
            String weekday = m.group("wd10");
            int day = ordinal(weekday != null ? m.group("d10") : m.group("d11"));
            DayOfWeek named = weekday == null ? null : DayOfWeek.valueOf(weekday.toUpperCase(Locale.ROOT));
            DateRange inStory = toldMonth == null ? storyDayOfMonth(day, named, anchor, pub, text) : null;
            return inStory != null ? inStory : dayOfMonth(day, named, toldMonth, pub, text);
        }
        if (m.group("m1") != null) {
            int month = month(m.group("m1"));
            Integer year = m.group("ly1") != null ? (pub == null ? null : pub.getYear() - 1)
                    : m.group("y1") == null && anchor != null ? Integer.valueOf(storyYear(month, anchor, latest)) : year(m.group("y1"), month, pub);
            if (year != null && m.group("y1") == null && m.group("ly1") == null) {
                year = weekdayYear(m.group(), year, month, Integer.parseInt(m.group("d1")));
            }
            return year == null ? null : dayRange(year, month, m.group("d1a"), Integer.parseInt(m.group("d1")), text);
        }
        if (m.group("hol") != null) {
            return feast(m.group("hol").toLowerCase(Locale.ROOT), m.group("yh"), pub, text);
        }
        if (m.group("s14") != null) {
            return season(m.group("s14").toLowerCase(Locale.ROOT), Integer.parseInt(m.group("y14")), m.group("y14b"), text);
        }
        if (m.group("m2") != null) {
            int month = month(m.group("m2"));
            Integer year = m.group("ly2") != null ? (pub == null ? null : pub.getYear() - 1) : year(m.group("y2"), month, pub);
            if (year != null && m.group("y2") == null && m.group("ly2") == null) {
                year = weekdayYear(m.group(), year, month, Integer.parseInt(m.group("d2")));
            }
            return year == null ? null : day(year, month, Integer.parseInt(m.group("d2")), text);
        }
        if (m.group("bm1") != null) {
            int year = Integer.parseInt(m.group("by"));
            int first = month(m.group("bm1"));
            int last = month(m.group("bm2"));
            LocalDate from = LocalDate.of(first <= last ? year : year - 1, first, 1);
            LocalDate to = LocalDate.of(year, last, 1);
            return new DateRange(from, to.withDayOfMonth(to.lengthOfMonth()), text);
        }
        if (m.group("m3") != null) {
            return qualifiedMonth(Integer.parseInt(m.group("y3")), month(m.group("m3")), m.group("q3"), text);
        }
        if (m.group("y4a") != null) {
            int a = Integer.parseInt(m.group("y4a"));
            String b = m.group("y4b");
            int y2 = b.length() == 2 ? a / 100 * 100 + Integer.parseInt(b) : Integer.parseInt(b);
            return y2 > a && y2 - a < 20 ? new DateRange(LocalDate.of(a, 1, 1), LocalDate.of(y2, 12, 31), text) : null;
        }
        if (m.group("y5") != null) {
            return qualifiedYear(Integer.parseInt(m.group("y5")), m.group("q5"), text);
        }
        if (m.group("m6") != null) {
            return bareMonth(m, pub, latest, anchor, text);
        }
        if (m.group("y7") != null || m.group("y15") != null) {
            return DateRange.year(Integer.parseInt(m.group("y7") != null ? m.group("y7") : m.group("y15")), text);
        }
        if (m.group("rel") != null) {
            return relative(m.group("rel").toLowerCase(Locale.ROOT), pub, text);
        }
        if (m.group("moR") != null) {
            int month = ROMAN_MONTHS.indexOf(m.group("moR")) + 1;
            int year = Integer.parseInt(m.group("yR"));
            if (m.group("dR") == null) {
                return DateRange.month(year, month, text);
            }
            return dayRange(year, month, m.group("dRa"), Integer.parseInt(m.group("dR")), text);
        }
        if (m.group("mM") != null) {
            int month = month(m.group("mM"));
            String y = m.group("yM");
            Integer year = y == null ? (anchor != null ? Integer.valueOf(storyYear(month, anchor, latest)) : year(null, month, pub))
                    : Integer.valueOf(y.length() == 2 ? 2000 + Integer.parseInt(y) : Integer.parseInt(y));
            return year == null ? null : dayRange(year, month, m.group("dMa"), Integer.parseInt(m.group("dM")), text);
        }
        if (m.group("d8") != null) {
            return numeric(Integer.parseInt(m.group("d8")), Integer.parseInt(m.group("mo8")), m.group("y8"), pub, text);
        }
        if (m.group("dD") != null) {
            return numeric(Integer.parseInt(m.group("dD")), Integer.parseInt(m.group("moD")), m.group("yD"), pub, text);
        }
        if (m.group("dI") != null) {
            // day() turns down a day the month does not have
            int mo = Integer.parseInt(m.group("moI"));
            return mo >= 1 && mo <= 12 ? day(Integer.parseInt(m.group("yI")), mo, Integer.parseInt(m.group("dI")), text) : null;
        }
        if (m.group("dtgd") != null) {
            return day(2000 + Integer.parseInt(m.group("dtgy")), month(m.group("dtgm")), Integer.parseInt(m.group("dtgd")), text);
        }
        if (m.group("wd") != null) {
            if (pub == null) {
                return new DateRange(null, null, text);
            }
            DayOfWeek d = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
            return DateRange.day(pub.with(TemporalAdjusters.previousOrSame(d)), text);
        }
        if (m.group("unit") != null) {
            return ago(m.group("num"), m.group("unit"), m.group("exact") != null, m.group("thisMonth") != null, pub, text);
        }
        if (m.group("thatM") != null) {
            // the month of the date told before it in the sentence, else the story's; none told, no date
            LocalDate told = toldMonth != null ? toldMonth : anchor;
            String q = m.group("qTM");
            return told == null ? null : qualifiedMonth(told.getYear(), told.getMonthValue(),
                    q == null || q.equalsIgnoreCase("later") || q.equalsIgnoreCase("earlier") ? null : q, text);
        }
        if (m.group("annDay") != null) {
            if (pub == null) {
                return new DateRange(null, null, text);
            }
            LocalDate told = m.group("annDay").equalsIgnoreCase("yesterday") ? pub.minusDays(1) : pub;
            return DateRange.day(told.minusYears(count(m.group("annN"))), text);
        }
        if (m.group("y12") != null) {
            return pub == null || pub.getMonthValue() == 2 && pub.getDayOfMonth() == 29 ? null
                    : day(Integer.parseInt(m.group("y12")), pub.getMonthValue(), pub.getDayOfMonth(), text);
        }
        if (m.group("d13") != null) {
            if (pub == null) {
                return null;
            }
            LocalDate told = m.group("rm13").equalsIgnoreCase("last") ? pub.minusMonths(1) : pub;
            return day(told.getYear(), told.getMonthValue(), ordinal(m.group("d13")), text);
        }
        return null;
    }

    /**
     * A day told without its month: "on the ninth", "Wednesday the ninth". It falls in the month last told beside
     * it, else in the last month up to publication where that day exists and, when a weekday is given, is that weekday.
     */
    /**
     * "On Friday 15 December 2023 the RSF attacked. On Monday the 18th ...": the first day of that number on or after the
     * story's day, in its month or the next, when its weekday is the one written; else null.
     */
    private static DateRange storyDayOfMonth(int day, DayOfWeek weekday, LocalDate anchor, LocalDate pub, String text) {
        if (weekday == null || anchor == null) {
            return null;
        }
        for (LocalDate first = anchor.withDayOfMonth(1), stop = first.plusMonths(2); first.isBefore(stop); first = first.plusMonths(1)) {
            if (day > first.lengthOfMonth()) {
                continue;
            }
            LocalDate d = first.withDayOfMonth(day);
            if (!d.isBefore(anchor) && (pub == null || !d.isAfter(pub)) && d.getDayOfWeek() == weekday) {
                return DateRange.day(d, text);
            }
        }
        return null;
    }

    private static DateRange dayOfMonth(int day, DayOfWeek weekday, LocalDate toldMonth, LocalDate pub, String text) {
        if (toldMonth != null) {
            return day <= toldMonth.lengthOfMonth() ? DateRange.day(toldMonth.withDayOfMonth(day), text) : null;
        }
        if (pub == null) {
            return null;
        }
        for (LocalDate first = pub.withDayOfMonth(1), stop = first.minusYears(1); first.isAfter(stop); first = first.minusMonths(1)) {
            if (day > first.lengthOfMonth()) {
                continue;
            }
            LocalDate d = first.withDayOfMonth(day);
            if (!d.isAfter(pub) && (weekday == null || d.getDayOfWeek() == weekday)) {
                return DateRange.day(d, text);
            }
        }
        return null;
    }

    /** The day a written ordinal names: "ninth" 9, "twenty-second" 22, "thirtieth" 30, "22nd" 22. */
    static int ordinal(String written) {
        String w = written.toLowerCase(Locale.ROOT);
        if (Character.isDigit(w.charAt(0))) {
            return Integer.parseInt(w.substring(0, w.length() - 2));
        }
        if (w.equals("thirtieth")) {
            return 30;
        }
        int tens = w.startsWith("twenty") && w.length() > 9 ? 20 : w.startsWith("thirty") && w.length() > 9 ? 30 : 0;
        return tens + ORDINAL_WORDS.indexOf(tens == 0 ? w : w.substring(7)) + 1;
    }

    private static DateRange bareMonth(Matcher m, LocalDate pub, LocalDate latest, LocalDate anchor, String text) {
        if (pub == null) {
            return null;
        }
        int month = month(m.group("m6"));
        String ctx = m.group("c6").replaceAll("[\\s-]+$", "").toLowerCase(Locale.ROOT);
        String told = m.group("ly6");
        int year = told != null ? pub.getYear() - (told.strip().regionMatches(true, 0, "last", 0, 4) ? 1 : 0)
                : anchor != null && !ctx.matches("last|this|next") ? storyYear(month, anchor, latest)
                : month > pub.getMonthValue() ? pub.getYear() - 1 : pub.getYear();
        if (told == null && ctx.equals("last") && month == pub.getMonthValue()) {
            year--;
        }
        String q = ctx.startsWith("in ") ? ctx.substring(3) : ctx;
        return qualifiedMonth(year, month, q.matches("early|mid|late|the end of|end of") ? q : null, text);
    }

    private static DateRange relative(String rel, LocalDate pub, String text) {
        if (pub == null) {
            return new DateRange(null, null, text);
        }
        return switch (rel) {
            case "yesterday" -> DateRange.day(pub.minusDays(1), text);
            case "today", "tonight", "this morning" -> DateRange.day(pub, text);
            case "last night", "overnight" -> new DateRange(pub.minusDays(1), pub, text);
            case "this week", "earlier this week" -> new DateRange(pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), pub, text);
            case "this month", "earlier this month" -> new DateRange(pub.withDayOfMonth(1), pub, text);
            case "this year", "earlier this year" -> new DateRange(pub.withDayOfYear(1), pub, text);
            case "last week" -> {
                LocalDate monday = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
                yield new DateRange(monday, monday.plusDays(6), text);
            }
            case "last month" -> DateRange.month(pub.minusMonths(1).getYear(), pub.minusMonths(1).getMonthValue(), text);
            case "last year" -> DateRange.year(pub.getYear() - 1, text);
            // a season still to come is a plan's time ("an assault on Fallujah this summer" told in February), no date
            case "this spring", "this summer", "this autumn", "this fall" -> {
                DateRange season = season(rel.substring(5), pub.getYear(), null, text);
                yield season == null || season.notBefore().isAfter(pub) ? null : season;
            }
            case "in recent days" -> new DateRange(pub.minusDays(7), pub, text);
            case "in recent weeks" -> new DateRange(pub.minusDays(28), pub, text);
            default -> rel.contains("hours") ? new DateRange(pub.minusDays(rel.contains("48") ? 2 : 1), pub, text)
                    : new DateRange(pub.minusDays(rel.contains("two") ? 2 : rel.contains("three") ? 3 : 5), pub, text);
        };
    }

    /** A count of days, weeks, months or years as written: "a", "an", "one" to "ten", or digits. */
    static int count(String written) {
        return switch (written.toLowerCase(Locale.ROOT)) {
            case "a", "an", "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            case "eleven" -> 11;
            case "twelve" -> 12;
            case "fifteen" -> 15;
            case "twenty" -> 20;
            case "twenty-five" -> 25;
            case "thirty" -> 30;
            case "forty" -> 40;
            case "fifty" -> 50;
            case "sixty" -> 60;
            case "seventy" -> 70;
            case "seventy-five" -> 75;
            case "eighty" -> 80;
            default -> Integer.parseInt(written);
        };
    }

    /**
     * "two weeks ago"; to the day, "a week ago today", "five years ago today"; to the month, "two years ago this
     * month".
     */
    private static DateRange ago(String num, String unit, boolean toTheDay, boolean toTheMonth, LocalDate pub, String text) {
        if (pub == null) {
            return new DateRange(null, null, text);
        }
        int n = count(num);
        if (unit.startsWith("day")) {
            return DateRange.day(pub.minusDays(n), text);
        }
        if (unit.startsWith("week") && toTheDay) {
            return DateRange.day(pub.minusWeeks(n), text);
        }
        if (unit.startsWith("year") && (toTheDay || toTheMonth)) {
            LocalDate d = pub.minusYears(n);
            return toTheDay ? DateRange.day(d, text) : DateRange.month(d.getYear(), d.getMonthValue(), text);
        }
        if (unit.startsWith("month") && toTheDay) {
            return DateRange.day(pub.minusMonths(n), text);
        }
        if (unit.startsWith("week")) {
            LocalDate d = pub.minusWeeks(n);
            return new DateRange(d.minusDays(3), d.plusDays(3).isAfter(pub) ? pub : d.plusDays(3), text);
        }
        if (unit.startsWith("month")) {
            LocalDate d = pub.minusMonths(n);
            return DateRange.month(d.getYear(), d.getMonthValue(), text);
        }
        return DateRange.year(pub.getYear() - n, text);
    }

    /**
     * A season of a year, as the northern half of the world has it: "the spring of 2012" is March to May 2012; a winter
     * across two years, "winter 2015-16", is December to February; a winter of one year, "the winter of 2016", may be its
     * first months or its last and is that whole year. "summer 2014-15" runs from the first summer to the end of the last.
     */
    private static DateRange season(String name, int year, String second, String text) {
        int to = second == null ? year : second.length() == 2 ? year / 100 * 100 + Integer.parseInt(second) : Integer.parseInt(second);
        if (to < year || to - year >= 20) {
            return null;
        }
        if (name.equals("winter")) {
            return to == year ? DateRange.year(year, text)
                    : new DateRange(LocalDate.of(year, 12, 1), YearMonth.of(to, 2).atEndOfMonth(), text);
        }
        int first = switch (name) {
            case "spring" -> 3;
            case "summer" -> 6;
            default -> 9;
        };
        return new DateRange(LocalDate.of(year, first, 1), YearMonth.of(to, first + 2).atEndOfMonth(), text);
    }

    private static DateRange qualifiedMonth(int year, int month, String qual, String text) {
        DateRange whole = DateRange.month(year, month, text);
        if (qual == null) {
            return whole;
        }
        String q = qual.toLowerCase(Locale.ROOT);
        LocalDate first = whole.notBefore();
        if (q.contains("early") || q.contains("beginning") || q.contains("start")) {
            return new DateRange(first, first.withDayOfMonth(10), text);
        }
        if (q.contains("mid")) {
            return new DateRange(first.withDayOfMonth(11), first.withDayOfMonth(20), text);
        }
        return new DateRange(first.withDayOfMonth(21), whole.notAfter(), text);
    }

    private static DateRange qualifiedYear(int year, String qual, String text) {
        String q = qual.toLowerCase(Locale.ROOT);
        if (q.contains("early") || q.contains("beginning") || q.contains("start")) {
            return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 4, 30), text);
        }
        if (q.contains("mid")) {
            return new DateRange(LocalDate.of(year, 5, 1), LocalDate.of(year, 8, 31), text);
        }
        return new DateRange(LocalDate.of(year, 9, 1), LocalDate.of(year, 12, 31), text);
    }

    /** How many years before the page a carried story's time may lie and still give way to the page's recent days. */
    static final int HISTORICAL_YEARS = 10;

    /** How far back a month told without its year may lie from the story's time. */
    private static final int LOOK_BACK_MONTHS = 2;

    /**
     * The year of a month told without one, after the story's time: the same year, or the next when the month has
     * passed ("in October 2016 ... in March" is March 2017), unless the month lies at most {@value #LOOK_BACK_MONTHS}
     * months before ("on 9 July 2016 ... from late June" is June 2016); never a month after publication ("said the
     * offensive had begun in November", in March, after a December).
     */
    private static int storyYear(int month, LocalDate anchor, LocalDate pub) {
        int ahead = month >= anchor.getMonthValue() ? anchor.getYear() : anchor.getYear() + 1;
        int behind = Math.floorMod(anchor.getMonthValue() - month, 12);
        int year = behind > 0 && behind <= LOOK_BACK_MONTHS ? ahead - 1 : ahead;
        return pub != null && YearMonth.of(year, month).isAfter(YearMonth.from(pub)) ? year - 1 : year;
    }

    /** The day {@code last} of a month, or the days from {@code first} to it when a first day is written ("16-17"). */
    private static DateRange dayRange(int year, int month, String first, int last, String text) {
        DateRange end = day(year, month, last, text);
        DateRange start = end == null || first == null ? null : day(year, month, Integer.parseInt(first), text);
        if (start == null || !start.notBefore().isBefore(end.notBefore())) {
            return end;
        }
        return new DateRange(start.notBefore(), end.notAfter(), text);
    }

    /**
     * "19/11/2017", "on 3/11", "Thursday 9/11": day first, as most of the world writes it, unless the second
     * number cannot be a month ("11/19/2017"); a missing year is the publication's (or the year before).
     */
    private static DateRange numeric(int first, int second, String y, LocalDate pub, String text) {
        if (first == 24 && second == 7 && y == null) {
            return null; // "24/7": round the clock
        }
        int day = first;
        int month = second;
        if (second > 12 && first <= 12) {
            day = second;
            month = first;
        }
        if (month < 1 || month > 12) {
            return null;
        }
        Integer year = y == null ? year(null, month, pub) : Integer.valueOf(y.length() == 2 ? 2000 + Integer.parseInt(y) : Integer.parseInt(y));
        return year == null ? null : day(year, month, day, text);
    }

    private static Integer year(String explicit, int month, LocalDate pub) {
        if (explicit != null) {
            return Integer.parseInt(explicit);
        }
        if (pub == null) {
            return null;
        }
        return month > pub.getMonthValue() ? pub.getYear() - 1 : pub.getYear();
    }

    /** New Year's Eve or Day, Christmas Eve or Day, in the year written, else the last one on or before {@code pub}. */
    private static DateRange feast(String name, String year, LocalDate pub, String text) {
        MonthDay day = name.startsWith("new") ? (name.endsWith("eve") ? MonthDay.of(12, 31) : MonthDay.of(1, 1))
                : name.endsWith("eve") ? MonthDay.of(12, 24) : MonthDay.of(12, 25);
        if (year != null) {
            return DateRange.day(day.atYear(Integer.parseInt(year)), text);
        }
        if (pub == null) {
            return null;
        }
        LocalDate last = day.atYear(pub.getYear());
        return DateRange.day(last.isAfter(pub) ? day.atYear(pub.getYear() - 1) : last, text);
    }

    private static DateRange day(int year, int month, int day, String text) {
        LocalDate first = LocalDate.of(year, month, 1);
        if (day < 1 || day > first.lengthOfMonth()) {
            return null;
        }
        return DateRange.day(first.withDayOfMonth(day), text);
    }

    static int month(String name) {
        String p = name.substring(0, 3).toLowerCase(Locale.ROOT);
        return switch (p) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
    }
}
