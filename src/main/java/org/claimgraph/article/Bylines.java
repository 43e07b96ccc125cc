package org.claimgraph.article;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Author and outlet names in bylines and credit lines: "by Jane Doe", "By Richard Roe,
 * Meridian Wire Service", "Reporting by: X | Source: Y", "Posted by X at 9:47 PM",
 * "Mary Major, Senior Fellow".
 */
final class Bylines {
    /** A byline segment: what follows "by" is the name (and maybe an outlet). */
    private static final Pattern BY = Pattern.compile(
            "^\\(?\\s*(?:\\|\\s*)?(?:posted|written|reporting|report|words|text|story|published|updated|prepared|compiled"
                    + "|produced|translated(?: from \\p{L}+)?)?\\s*by\\s*:?\\s+(.+?)\\)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHOR_LABEL = Pattern.compile("^(?:author|writer|reporter)s?\\s*:\\s*(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE = Pattern.compile("^source\\s*:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME_TAIL = Pattern.compile("\\s+(?:at|on|@)\\s+\\d.*$", Pattern.CASE_INSENSITIVE);
    /** What is left of "Posted by NAME on DATE" once the date is cut out. */
    private static final Pattern DANGLING = Pattern.compile("(?i)\\s*(?:\\b(?:on|at|in)|[@,|·–—-])\\s*$");
    private static final Pattern NAME_SPLIT = Pattern.compile("\\s*(?:,|;|\\s[-–—|·]\\s|\\sfor\\s)\\s*");
    private static final Pattern CO_AUTHOR = Pattern.compile("\\s+(?:and|&)\\s+");
    private static final Pattern NAME_TOKEN = Pattern.compile("(?:\\p{Lu}[\\p{L}'’.-]*|\\p{Lu}\\.)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> TEAM = Set.of("team", "desk", "unit", "staff", "newsroom", "bureau", "department");
    /** "From our Middle East desk", "From the foreign newsroom": where the page was written, naming nobody. */
    private static final Pattern DESK = Pattern.compile("(?i)^from (?:our|the) (?:[\\p{L}-]+ ){0,4}"
            + "(?:desk|team|newsroom|bureau|correspondents?|staff)$");
    private static final Pattern LEADING_BY = Pattern.compile("(?i)^by\\s+");
    private static final Pattern ROLE_LINE = Pattern.compile("^([^,]{3,60}),\\s*(.{3,60})$");
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "la", "le", "du", "da",
            "di", "al", "el", "bin", "ibn", "y", "dos", "das", "del", "ter");
    private static final Set<String> NOT_PEOPLE = Set.of("staff", "desk", "team", "editors", "editor", "editorial",
            "newsroom", "agency", "agencies", "wire", "reporters", "correspondents", "digest", "contributors",
            "admin", "administrator", "news", "service", "bureau", "media", "press", "online", "web", "unknown",
            "correspondent", "reporter", "writer", "our", "special", "foreign", "political", "diplomatic",
            "herald", "post", "times", "daily", "review", "monitor", "observer", "tribune", "gazette", "journal",
            "network", "radio", "chronicle", "telegraph", "express", "ledger", "weekly", "today", "report", "magazine");
    /** The last word of a credit line that has no "by": "Courtwatch Europe correspondent". */
    private static final Set<String> CREDIT_TAIL = Set.of("correspondent", "correspondents", "reporter", "reporters",
            "staff", "editors");
    private static final Pattern ROLE = Pattern.compile("(?i)\\b(fellow|correspondent|reporter|editor|writer|analyst|"
            + "researcher|contributor|columnist|director|professor|journalist|producer|chief|head|associate)\\b");

    private Bylines() {
    }

    /** The name and outlet a byline segment gives; null when the segment is no byline. */
    record Byline(String author, String outlet) {
    }

    /** Reads "by NAME[, OUTLET]", "Reporting by: NAME", "Author: NAME"; null if the segment is none of these. */
    static Byline parse(String segment) {
        String s = segment.strip();
        Matcher m = BY.matcher(s);
        String rest = null;
        if (m.matches()) {
            rest = m.group(1);
        } else {
            Matcher a = AUTHOR_LABEL.matcher(s);
            if (a.matches()) {
                rest = a.group(1);
            }
        }
        if (rest == null) {
            return null;
        }
        rest = TIME_TAIL.matcher(rest.strip()).replaceFirst("");
        rest = DANGLING.matcher(rest).replaceFirst("");
        String[] parts = NAME_SPLIT.split(rest);
        String name = personName(CO_AUTHOR.split(parts[0], 2)[0]);
        String outlet = null;
        // "By NAME, Senior Analyst, OUTLET": the outlet is the last part that is no role
        for (int i = parts.length - 1; i >= 1 && outlet == null; i--) {
            if (!ROLE.matcher(parts[i]).find() && looksLikeOutlet(parts[i])) {
                outlet = parts[i].strip();
            }
        }
        return new Byline(name, outlet);
    }

    /** "By Our Correspondent", "By Staff Reporters": a credit line naming nobody in particular. */
    static boolean isCreditLine(String segment) {
        if (DESK.matcher(segment.strip()).matches()) {
            return true;
        }
        Matcher m = BY.matcher(segment.strip());
        String[] tokens;
        if (m.matches()) {
            tokens = SPACES.split(m.group(1).strip());
            if (tokens.length <= 8 && TEAM.contains(tokens[tokens.length - 1])) {
                // "Prepared by the Harbour regional analysis team": a team, whatever words describe it
                return true;
            }
        } else {
            // "Courtwatch Europe correspondent", "Staff reporter": an outlet's writer, with no "by"
            tokens = SPACES.split(segment.strip());
            // (a masthead such as "THE TIGRIS DESK" is no credit: the role word is written in lower case)
            if (tokens.length < 2 || !CREDIT_TAIL.contains(tokens[tokens.length - 1])) {
                return false;
            }
        }
        for (String t : tokens) {
            // "By Euphrates Local staff", "By the Borderlands Daily foreign desk"
            if (!Character.isUpperCase(t.charAt(0)) && !t.equals("&") && !t.equals("and") && !t.equals("the")
                    && !NOT_PEOPLE.contains(t.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return tokens.length <= 6;
    }

    /**
     * "Jane Doe | Harbour News Agency" or "Harbour Daily | Jane Doe": a person's name and an outlet of two
     * words or more that is no name; else null.
     */
    static Byline nameThenOutlet(List<String> segments) {
        if (segments.size() != 2) {
            return null;
        }
        for (int first = 0; first < 2; first++) {
            String name = personName(segments.get(first));
            String outlet = segments.get(1 - first).strip();
            boolean outletShaped = SPACES.split(outlet).length >= 2 && looksLikeOutlet(outlet)
                    && Dates.find(outlet).isEmpty()
                    && !ROLE.matcher(outlet).find() && personName(outlet) == null;
            if (name != null && outletShaped) {
                return new Byline(name, outlet);
            }
        }
        return null;
    }

    /** "Mary Major, Senior Fellow": the name, when the line is a name followed by a role; else null. */
    static String nameWithRole(String line) {
        Matcher m = ROLE_LINE.matcher(LEADING_BY.matcher(line.strip()).replaceFirst(""));
        if (m.matches() && ROLE.matcher(m.group(2)).find()) {
            return personName(m.group(1));
        }
        return null;
    }

    /** The outlet a "Source: NAME" segment names, or null. */
    static String source(String segment) {
        Matcher m = SOURCE.matcher(segment.strip());
        return m.matches() && looksLikeOutlet(m.group(1)) ? m.group(1).strip() : null;
    }

    /** The text as a person's name (two to five capitalised words or particles), or null. */
    static String personName(String text) {
        String t = text.strip();
        String[] tokens = t.split("\\s+");
        if (tokens.length < 2 || tokens.length > 5 || tokens[0].equalsIgnoreCase("the")) {
            return null;
        }
        int capitalised = 0;
        for (String token : tokens) {
            String lower = token.toLowerCase(Locale.ROOT);
            if (NOT_PEOPLE.contains(lower.replaceAll("[^a-z]", ""))) {
                return null;
            }
            if (NAME_TOKEN.matcher(token).matches()) {
                capitalised++;
            } else if (!PARTICLES.contains(lower) && !lower.startsWith("al-") && !lower.startsWith("el-")) {
                return null;
            }
        }
        return capitalised >= 2 ? t : null;
    }

    /** One to six words, each capitalised (or a connecting word), no sentence punctuation. */
    static boolean looksLikeOutlet(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 60 || t.matches(".*[.!?:;,\"“”]$")) {
            return false;
        }
        String[] tokens = t.split("\\s+");
        if (tokens.length > 8) {
            return false;
        }
        int named = 0;
        for (String token : tokens) {
            char c = token.charAt(0);
            if (token.indexOf(':') >= 0) {
                // "SITREP SERIAL: 17-041": a labelled field
                return false;
            }
            boolean connector = token.equals("&") || token.matches("(?i)of|the|and|for|on|de|al|el|la|le");
            if (!connector && !Character.isUpperCase(c) && !Character.isDigit(c)) {
                return false;
            }
            named += connector ? 0 : 1;
        }
        // up to six words, or five names joined by connectors: "OFFICIAL GAZETTE OF THE REPUBLIC OF CARRENLAND"
        return (tokens.length <= 6 || named <= 5) && (Character.isUpperCase(t.charAt(0)) || Character.isDigit(t.charAt(0)));
    }
}
