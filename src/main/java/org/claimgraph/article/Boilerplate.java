package org.claimgraph.article;

import java.util.regex.Pattern;

/**
 * Recognises page furniture line by line, by shape and by phrases every site uses: cookie banners,
 * comment forms, captchas, share and newsletter lines, related-links headings, promos, polls,
 * photo captions, separators and tickers. Each test looks at one normalised line.
 */
final class Boilerplate {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern COOKIE = Pattern.compile("\\bcookies?\\b.*\\b(use|uses|accept|agree|consent|"
            + "settings|policy|continuing|browse|browsing)\\b|\\b(accept|agree|consent)\\b.*\\bcookies?\\b", FLAGS);
    /** Phrases that mark a short line as furniture wherever it occurs. */
    private static final Pattern FURNITURE = Pattern.compile(String.join("|",
            "your email address will not be published", "required fields are marked", "^leave a (reply|comment)\\b",
            // "See also our companion codebook, which covers ...": a pointer to another work, not its story
            "^see also\\s+\\p{L}",
            "^post (a )?comment$", "^(submit|send|reply|cancel reply|log ?in to reply|load more comments)$",
            "^(comment|name|e-?mail|website|url)\\s*\\*?$", "^notify me of", "^save my name",
            "\\b(join|subscribe to|sign up (for|to)|get) (our|the|my)( \\w+){0,2} newsletter", "^newsletters?$",
            "newsletter sign-?up", "\\bunsubscribe\\b", "^subscribe\\b", "\\bsubscribe (now|here|today|to our)\\b",
            "^sign up\\b", "already a subscriber", "^subscribers? (save|get|enjoy)\\b", "^log ?in to (read|continue)\\b",
            "follow us on", "like us on facebook", "^share( this)?( article| story| post)?\\s*(:|on\\b|$)",
            "^(tweet|print|email|permalink)( ·| \\||$)", "click here", "all rights reserved", "^©", "^copyright\\b",
            "privacy policy", "terms of (use|service)", "^jump to (navigation|search|content)\\b", "^forwarded from\\b", "view (it |this )?in (your )?browser",
            // a site's own controls, read out as text: "Skip to content", "Navigation Menu", "Toggle navigation"
            "^skip (to (the )?(main )?content|navigation)$", "^((main|site|primary|mobile) )?(navigation|menu)( menu)?$",
            "^(toggle|open|close) (the )?(navigation|menu)$", "^(sign|log) ?(in|out)$",
            "forward to a (friend|colleague)", "you are receiving this",
            "^(tags?|labels?|filed under|categories|category|topics)\\s*:", "^(advertisement|advertising|sponsored)$",
            "^(photo|image|picture|video)s?( credits?)?\\s*:", "\\bphoto credit\\s*:", "^about the author\\s*:",
            "^sources?\\s*:.*\\bphoto\\b",
            // a preprint server's notice: "PREPRINT - this article has not been peer reviewed."
            "\\bnot (yet )?been (peer[- ])?reviewed\\b",
            // a show's pointers to its other episodes: "Previously: Episode 86 - 'How Mosul fell'"
            "^(previously( on [\\w' ]{1,30})?|previous episode|last episode|next episode|coming (up )?next( week)?)\\s*:",
            "^\\((adds|updates|recasts|corrects|changes|rewrites|refiles|writes through|adding|updating)\\b[^()]*\\)$",
            // a slide deck's page marks and a briefing's handling notes: "Slide 1 of 12", "not for publication"
            "^(slide|page) \\d{1,3} of \\d{1,3}$", "\\bnot for (publication|distribution|circulation)\\b",
            "\\bfor internal use only\\b",
            // a table of contents run into one line: "Contents: 1. Grozny palace taken  2. The New Year assault"
            "^(table of )?contents\\s*:",
            // a parliamentary report's cover: "Report, together with formal minutes ...", "Ordered by the House to be printed ..."
            "^report,? together with (formal minutes|oral and written evidence)\\b", "^ordered by the [\\w ]{1,30} to be printed\\b",
            "^[\\w-]+ (special )?report of (the )?session\\b"),
            FLAGS);
    private static final Pattern COMMENTS_START = Pattern.compile(
            "^(leave a (reply|comment)|post a comment|no comments?:?|\\d+ (comments?|responses?|replies):?"
                    + "|comments?\\s*\\(\\d+\\)|add a comment|show comments|join the discussion)$", FLAGS);
    /** A bare "Comments" heading: opens the comment section only near the end of a page. */
    private static final Pattern COMMENTS_HEADING = Pattern.compile("^(reader )?(comments|responses):?$", FLAGS);
    private static final Pattern RELATED = Pattern.compile("^(?:[^\\p{IsLatin}\\n|·]{1,40}\\s[|·]\\s*)?[→»▶►>•]?\\s*(related( in this (archive|section|series|site)|( [\\p{L}-]+){0,3}"
            + " (posts?|items?|articles?|stories|news|content|links|reading|coverage|explainers?|videos?|episodes?|podcasts?"
            + "|timelines?|records?|reports?|updates?|documents?|briefings?|statements?|press releases?|notices?"
            // "RELATED ENTRIES" under a register's record, "Related insights" under a firm's alert
            + "|entries|insights|digests|alerts)( (in|from) this (journal|magazine|publication|issue|volume))?)?"
            + "|(other|more|latest|next) (recent )?(updates|records|reports|briefings|stories|articles|posts|notices|items"
            + "|explainers|galleries|pictures|photos|videos|podcasts|episodes|features|digests|entries|alerts|extracts)"
            + "( in this (supplement|issue|edition|gazette|bulletin|series))?"
            // "Also in release 2021.1: Iraq, Mosul districts renamed ..."
            + "|also in (this )?(release|series|volume|number)( [\\w.]{1,12})?|you (may|might) also (like|be "
            + "interested in)|(episode |show |useful )?links|more (stories|from|on this|news|[\\p{L}-]+ (news|stories))"
            + "|read (more|also|next)|see also|recommended( for "
            + "you| reading| stories)?|most (read|popular|viewed|shared)|popular (posts|stories|articles)|"
            + "further reading|trending( now| stories)?|top stories|what to read next|(also )?in this (issue|edition)"
            + "|elsewhere in this (issue|edition)|inside( today| this (issue|edition))?|(today['’]?s|other|more) headlines|(also )?recently (added|published|updated))"
            + "(\\s*\\([^()]{1,60}\\))?(\\s*$|\\s*[:|·])", FLAGS);
    private static final Pattern OTHER_NEWS = Pattern.compile("^(elsewhere in the (papers|press|news|world|region)"
            + "|in other news|other news|world (news )?briefs|news in brief|around the world)\\s*:?$", FLAGS);
    private static final Pattern PROMO = Pattern.compile("^(popular video|recommended video|trending video|"
            + "watch next|watch|video|sponsored( content| stories)?|promoted( stories| content)?|advertisement|"
            + "from our partners|around the web)\\s*:?$", FLAGS);
    private static final Pattern POLL_OPTION = Pattern.compile(
            "^.{1,40}?\\s*[-–—:]\\s*\\d{1,3}(?:[.,]\\d+)?\\s*%(?:\\s*\\(\\d+ votes?\\))?$");
    private static final String NUMBER = "(\\d{1,3}|zero|one|two|three|four|five|six|seven|eight|nine|ten|"
            + "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)";
    private static final Pattern CAPTCHA = Pattern.compile(
            "^" + NUMBER + "\\s*[-+×x*]\\s*" + NUMBER + "\\s*=\\s*" + NUMBER + "?\\s*[.?]?$", FLAGS);
    private static final Pattern SEPARATOR = Pattern.compile("^([-=_*#~•·.+]{3,}|-30-|# ?# ?#|\\* ?\\* ?\\*|end)$",
            FLAGS);
    private static final Pattern CREDIT_TAIL = Pattern.compile("(\\((?:[^()]{0,40}\\b(?:photo|file|pic|picture|"
            + "image|courtesy|credit)s?\\b[^()]{0,40}|AFP|AP|Reuters|Getty(?: Images)?|EPA|Anadolu|Xinhua)\\)|"
            + "(?:^|[.!?]\\s+)file (photo|picture|image)|\\b(photo|picture|image)\\s*(credit)?\\s*:\\s*[^.]{1,60}|"
            + "(?:^|[.!?]\\s+|\\s[-–—|/]\\s*)(AFP|Reuters|Getty Images|EPA|AP)(/[\\w ]{1,20})?)\\.?$", FLAGS);
    private static final Pattern TICKER = Pattern.compile(
            "^(?:breaking(?: news| headlines?)?|news ticker|just in|latest(?: news| headlines)?|live updates?)"
                    + "\\s*(?:$|[:▶►▸▹›»|•-]\\s*)(.*)$", FLAGS);

    private Boilerplate() {
    }

    static boolean isCookieBanner(String line) {
        return words(line) <= 80 && COOKIE.matcher(line).find();
    }

    /** A short line that is site furniture by its wording: forms, share bars, newsletters, copyright... */
    /**
     * The last line a furniture line runs on to through words broken at its end: "Contents: 1. Grozny palace taken
     * 2. The New Year assault, in retro-" / "spect  3. Shali" (the line itself when it ends whole).
     */
    static int runOn(java.util.List<String> lines, int at) {
        int last = at;
        while (last + 1 < lines.size() && lines.get(last).endsWith("-") && !lines.get(last + 1).isEmpty()
                && Character.isLowerCase(lines.get(last + 1).charAt(0))) {
            last++;
        }
        return last;
    }

    static boolean isFurniture(String line) {
        return words(line) <= 40 && (FURNITURE.matcher(line).find() || isCookieBanner(line))
                || isCaptcha(line) || isSeparator(line);
    }

    /** The heading that opens a comment section (everything below it is readers' talk or a form). */
    static boolean opensComments(String line, boolean nearEnd) {
        return COMMENTS_START.matcher(line).matches() || nearEnd && COMMENTS_HEADING.matcher(line).matches();
    }

    /**
     * A related-links heading ("Related Posts", "You may also like", "MOST READ", "→ Read more: ..."), or such a list on
     * one line ("Today's headlines: ... | ... | ...").
     */
    static boolean isRelatedHeading(String line) {
        return (words(line) <= 20 || line.indexOf(" | ") > 0 || line.indexOf(" · ") > 0) && RELATED.matcher(line).find()
                && !line.endsWith(".");
    }

    /**
     * A heading over a section of other news that closes a page: "ELSEWHERE IN THE PAPERS", "In other news",
     * "World briefs". What follows it, up to the next heading, is about other places.
     */
    static boolean isOtherNewsHeading(String line) {
        return OTHER_NEWS.matcher(line).matches();
    }

    /** A promo heading such as "Popular Video", whose next short line is the teaser. */
    static boolean isPromoHeading(String line) {
        return PROMO.matcher(line).matches();
    }

    /** "Yes - 0%": one answer of a reader poll. */
    static boolean isPollOption(String line) {
        return POLL_OPTION.matcher(line).matches();
    }

    /** "seven + 10 =": the arithmetic question of a comment form. */
    static boolean isCaptcha(String line) {
        return CAPTCHA.matcher(line).matches();
    }

    static boolean isSeparator(String line) {
        return SEPARATOR.matcher(line).matches();
    }

    /** A short line that ends in a photo credit ("(AFP/File)", "File photo", "AFP."): a caption. */
    static boolean isCaption(String line) {
        int w = words(line);
        return w <= 45 && CREDIT_TAIL.matcher(line).find() && !line.startsWith("“") && !line.startsWith("\"");
    }

    /** A caption glued to a copy of itself ("XX"), as scraped pages often have it. */
    static boolean isGluedDuplicate(String line) {
        int n = line.length();
        if (n < 30 || n % 2 != 0) {
            return false;
        }
        return line.regionMatches(0, line, n / 2, n / 2);
    }

    /** The text of a breaking-news ticker line ("" when the line is only the label); null if no ticker. */
    static String tickerText(String line) {
        var m = TICKER.matcher(line);
        return m.matches() ? m.group(1).strip() : null;
    }

    static boolean isListItem(String line) {
        return line.startsWith("•") || line.startsWith("·") || line.startsWith("- ") || line.startsWith("* ")
                || line.startsWith("– ") || line.startsWith("→") || line.startsWith("»") || line.startsWith("▸")
                || line.startsWith("▪");
    }

    static int words(String line) {
        int count = 0;
        boolean in = false;
        for (int i = 0; i < line.length(); i++) {
            boolean space = Character.isWhitespace(line.charAt(i));
            if (!space && !in) {
                count++;
            }
            in = !space;
        }
        return count;
    }
}
