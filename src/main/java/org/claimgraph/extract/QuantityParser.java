package org.claimgraph.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds explicit numbers in a stretch of text, with their bounds: digits ("6,500", "2.5 million"),
 * number words ("fifteen thousand"), ranges ("20,000 to 31,500", "between 19,000 and 25,000") and the
 * qualifiers that bound them ("at least", "fewer than", "about", "400+"). Vague amounts ("dozens",
 * "hundreds of") are not numbers and are left out. Dates, times, years, ordinals and model numbers are
 * skipped. Stateless and thread-safe.
 */
final class QuantityParser {

    /** One number or range as written: its bounds and where its parts lie. */
    record Quantity(int start, int numberStart, int end, BigDecimal min, BigDecimal max, boolean qualified) {
    }

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90));
    private static final Map<String, Long> SCALES = Map.of(
            "hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);

    private static final String WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
            + "|eighty|ninety)";
    private static final String SCALE = "(?:hundred|thousand|million|billion)";
    private static final String WORDS = WORD + "(?:[\\s-]+(?:and\\s+)?(?:" + WORD + "|" + SCALE + "))*";
    private static final String DIGITS = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    /**
     * "a hundred", "a thousand and fifty": a scale word counted once. Before a second scale ("a hundred thousand") the
     * "a" is left unread rather than misread as a hundred.
     */
    private static final String A_SCALE = "a\\s+" + SCALE + "(?![\\s-]+" + SCALE + ")(?:[\\s-]+(?:and\\s+)?" + WORD + ")*";
    /** "half a million": half of a scale counted once. */
    private static final String HALF_SCALE = "half\\s+an?\\s+" + SCALE;
    private static final String NUMBER = "(?:(?:" + DIGITS + ")(?:\\s+" + SCALE + ")?|" + WORDS + "|" + A_SCALE + "|" + HALF_SCALE + ")";
    private static final String LEFT = "(?<![\\p{L}\\p{N}.,:/\\-–])";
    private static final String RIGHT = "(?![\\p{L}\\p{N}/]|[.,:]\\d|[-–](?!strong\\b)\\p{L})";

    private static final Pattern RANGE = Pattern.compile(
            "(?i)" + LEFT + "(?:between\\s+)?(" + NUMBER + ")\\s*(?:to|and|-|–|—)\\s*(" + NUMBER + ")" + RIGHT);
    /** "400+", and a report's "135X" (135 of them) before its noun. */
    private static final Pattern SINGLE = Pattern.compile("(?i)" + LEFT + "(" + NUMBER + ")(\\+|(?-i:X)(?=\\s+\\p{Lu}))?" + RIGHT);

    private static final Pattern MIN_BEFORE = Pattern.compile("(?i)\\b(?:at least|more than|over|upwards of"
            + "|in excess of|no fewer than|no less than|not less than|passes|passed|tops|topped|exceeds|exceeded"
            + "|exceeding|surpassed|surpassing|above|beyond)\\s+$|[>≥]\\s*$");
    /** "up to 1,000", also with a round figure's word after it: "up to about 1,000". */
    private static final Pattern MAX_BEFORE = Pattern.compile("(?i)\\b(?:fewer than|less than|up to|under"
            + "|no more than|not more than|at most|as many as|below)\\s+(?:about\\s+|around\\s+|some\\s+|roughly\\s+"
            + "|approximately\\s+)?$|[<≤]\\s*$");
    private static final Pattern EXACT_BEFORE = Pattern.compile("(?i)\\b(?:about|roughly|nearly|approximately"
            + "|an estimated|estimated|some|around|approximate|almost|close to|just under|just over"
            + "|a total of|total of)\\s+$|~\\s*$");
    private static final Pattern OR_MORE_AFTER = Pattern.compile("(?i)^\\s+or (?:more|above)\\b");
    private static final Pattern NOT_A_COUNT_BEFORE = Pattern.compile("(?i)(?:\\b(?:no|nos|issue|release|brief"
            + "|page|level|route|highway|resolution|article|chapter|vol|volume|flight|since"
            + "|jan|feb|mar|apr|aug|sept?|oct|nov|dec|january|february|march|april|may|june|july|august"
            + "|september|october|november|december)\\.?\\s+|[#№$€£]\\s*)$");
    private static final Pattern MONTH_AFTER = Pattern.compile("(?i)^\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep"
            + "|oct|nov|dec)[a-z]*\\b");
    /**
     * "rose from 200 to 400" is a change, not a range; "ranged from 15,000 to 40,000", "estimates run from 1,000 to
     * 2,000" are ranges.
     */
    private static final Pattern FROM_BEFORE = Pattern.compile("(?i)(?<!\\b(?:rang(?:e|ed|es|ing)|runs?|ran|running)\\s)"
            + "\\bfrom\\s+$");
    /** What makes a lone "a" a number: "a hundred". */
    private static final Pattern A_SCALE_AHEAD = Pattern.compile("(?i)\\s+" + SCALE + "\\b(?![\\s-]+" + SCALE + ")");
    /** A fraction of the scale that follows: "half a million", "a quarter of a million". */
    private static final Pattern FRACTION_BEFORE = Pattern.compile("(?i)\\b(?:half|quarter|third|fifth|tenth)s?\\s+(?:of\\s+)?$");
    private static final Pattern YEAR = Pattern.compile("(?:1[89]|20)\\d\\d");

    /** How far a number expression may reach from where it begins, in characters. */
    private static final int REACH = 120;

    private QuantityParser() {
    }

    /** The quantities in {@code text}, with offsets relative to {@code text}, in text order. */
    static List<Quantity> find(String text) {
        List<Integer> candidates = candidates(text);
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Quantity> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        Matcher r = RANGE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int c : candidates) {
            if (taken[c] || !r.region(c, Math.min(text.length(), c + REACH)).lookingAt()) {
                continue;
            }
            String connector = text.substring(r.end(1), r.start(2)).trim().toLowerCase(Locale.ROOT);
            boolean between = r.group().toLowerCase(Locale.ROOT).startsWith("between");
            if (connector.equals("and") && !between) {
                continue;
            }
            if (!between && FROM_BEFORE.matcher(window(text, r.start())).find()) {
                continue;
            }
            BigDecimal lo = value(r.group(1));
            BigDecimal hi = value(r.group(2));
            if (lo == null || hi == null || lo.compareTo(hi) >= 0 || isYear(r.group(1)) || isYear(r.group(2))
                    || (!connector.equals("to") && !between && lo.scale() == 0 && r.group(1).length() <= 2
                    && r.group(2).length() <= 2)) {
                continue;
            }
            if (notACount(text, r.start(), r.end())) {
                continue;
            }
            found.add(new Quantity(r.start(), r.start(), r.end(), lo, hi, true));
            mark(taken, r.start(), r.end());
        }
        Matcher s = SINGLE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int c : candidates) {
            if (taken[c] || !s.region(c, Math.min(text.length(), c + REACH)).lookingAt()) {
                continue;
            }
            BigDecimal v = value(s.group(1));
            if (v == null) {
                continue;
            }
            String before = window(text, s.start());
            boolean plus = "+".equals(s.group(2));
            boolean orMore = OR_MORE_AFTER.matcher(text.substring(s.end(), Math.min(text.length(), s.end() + 16))).find();
            Matcher q;
            int start = s.start();
            BigDecimal min = v;
            BigDecimal max = v;
            boolean qualified = plus || orMore;
            int offset = s.start() - before.length();
            if ((q = MIN_BEFORE.matcher(before)).find()) {
                max = null;
                start = offset + q.start();
                qualified = true;
            } else if ((q = MAX_BEFORE.matcher(before)).find()) {
                min = null;
                start = offset + q.start();
                qualified = true;
            } else if ((q = EXACT_BEFORE.matcher(before)).find()) {
                start = offset + q.start();
                qualified = true;
            }
            if (plus || orMore) {
                min = v;
                max = null;
            }
            if (!qualified && (isYear(s.group(1)) || notACount(text, s.start(), s.end()))) {
                continue;
            }
            if (qualified && MONTH_AFTER.matcher(text.substring(s.end(), Math.min(text.length(), s.end() + 16))).find()) {
                continue;
            }
            found.add(new Quantity(start, s.start(), s.end(), min, max, qualified));
            mark(taken, s.start(), s.end());
        }
        found.sort((a, b) -> Integer.compare(a.numberStart(), b.numberStart()));
        return found;
    }

    /**
     * Where a number (or "between") may begin: the start of each digit run and of each number word. The
     * patterns are tried only there, which keeps the scan cheap for long texts.
     */
    private static List<Integer> candidates(String text) {
        List<Integer> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                out.add(i);
                while (i < text.length() && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                continue;
            }
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            int length = i - start;
            if (length >= 3 && length <= 9) {
                String word = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (SMALL.containsKey(word) || word.equals("between") || word.equals("half")) {
                    out.add(start);
                }
            } else if (length == 1 && (c == 'a' || c == 'A') && A_SCALE_AHEAD.matcher(text).region(i, text.length()).lookingAt()
                    && !FRACTION_BEFORE.matcher(window(text, start)).find()) {
                // "more than a hundred dead" (not "half a million", which is no whole scale)
                out.add(start);
            }
        }
        return out;
    }

    /** The few words before an offset: enough for any qualifier, and bounded so long lines stay linear. */
    private static String window(String text, int end) {
        return text.substring(Math.max(0, end - 32), end);
    }

    private static boolean notACount(String text, int start, int end) {
        return NOT_A_COUNT_BEFORE.matcher(text.substring(Math.max(0, start - 16), start)).find()
                || MONTH_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 16))).find();
    }

    private static boolean isYear(String number) {
        return YEAR.matcher(number.trim()).matches();
    }

    private static void mark(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            taken[i] = true;
        }
    }

    /** The value of a number as written ("6,500", "2.5 million", "fifteen thousand"), or null. */
    static BigDecimal value(String written) {
        String w = written.trim().toLowerCase(Locale.ROOT);
        if (Character.isDigit(w.charAt(0))) {
            String[] parts = w.split("\\s+");
            BigDecimal v = new BigDecimal(parts[0].replace(",", ""));
            if (parts.length > 1) {
                v = v.multiply(BigDecimal.valueOf(SCALES.get(parts[1])));
            }
            return v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros();
        }
        if (w.startsWith("half")) {
            // "half a million"
            BigDecimal whole = value(w.substring(4));
            return whole == null ? null : whole.divide(BigDecimal.valueOf(2));
        }
        long total = 0;
        long current = 0;
        for (String t : w.split("[\\s-]+")) {
            if (t.equals("and") || t.equals("a") && total == 0 && current == 0) {
                continue;
            }
            Integer small = SMALL.get(t);
            if (small != null) {
                current += small;
            } else if (t.equals("hundred")) {
                current = (current == 0 ? 1 : current) * 100;
            } else if (SCALES.containsKey(t)) {
                total += (current == 0 ? 1 : current) * SCALES.get(t);
                current = 0;
            } else {
                return null;
            }
        }
        return BigDecimal.valueOf(total + current);
    }
}
