package org.claimgraph.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body of an article after its head: drops comment sections, furniture lines, related-links
 * lists, promos with their teasers, polls, captions and credit lines, a reply's quote ("> ...") of
 * what the page already said, and picks up the author and
 * outlet that credit lines name ("Reporting by: X | Source: Y", "Posted by X at ...").
 */
final class Body {
    /** A page footer's date: "This page was last edited on ", "Last updated: ". */
    private static final Pattern LAST_EDITED = Pattern.compile("(?i)\\blast\\s+(?:edited|updated|modified|revised)(?:\\s+on)?\\s*:?\\s*");
    /** A book's imprint: "Copyright © 2020 by the author. First published in March 2020 by Tigris Lantern Press." */
    private static final Pattern IMPRINT = Pattern.compile("(?i)\\b(?:first\\s+)?published\\s+(?:in|on)\\s+(.{4,30}?)\\s+by\\s+"
            + "((?:the\\s+)?\\p{Lu}[^.;,]{1,60}?)\\s*[.;]");
    /** "This repository is maintained by the Lakeside Cartography Collective.": who keeps the page, named in the page. */
    private static final Pattern MAINTAINED_BY = Pattern.compile("(?i)\\b(?:this|the|our)\\s+(?:repository|repo|site|website"
            + "|page|project|wiki|blog|forum|archive|list|database|dataset|map|catalogue|catalog|channel|newsletter|feed|bulletin)"
            + "\\s+is\\s+(?:maintained|published|run|operated|edited|curated|managed|produced)\\s+by\\s+(?:the\\s+)?"
            + "(?-i:(\\p{Lu}[\\p{L}&'’-]*(?:\\s+(?:(?:of|for|and|&|the|on)\\s+)*\\p{Lu}[\\p{L}&'’-]*){0,6}))");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)©|\\bcopyright\\b|\\ball rights reserved\\b");
    private static final Pattern ABOUT_AUTHOR =
            Pattern.compile("(?i)^about the author\\s*:\\s*(.+?)\\s+(?:is|was|has|writes)\\b");
    private static final Pattern CREDIT_START = Pattern.compile(
            "(?i)^\\(?\\s*(?:posted|written|reporting|additional reporting|editing|writing|compiled|reported)\\s+by\\b");
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}'. -]+(?:,[^–—(]{0,40}?)?\\s*\\((\\p{Lu}[\\p{L}]{1,9})\\)\\s*[–—-]");

    /**
     * The kept lines ("" for a paragraph break) and what the credit lines said; {@code footerDate} is the date
     * of a footer ("last edited on", a book's "first published in"), {@code imprint} the publisher a book's
     * imprint names, {@code maintainer} who the page says keeps it ("This repository is maintained by ...").
     */
    record Result(List<String> lines, String author, String source, String bylineOutlet, String datelineOutlet,
                  java.time.LocalDate footerDate, String imprint, String maintainer) {
    }

    private Body() {
    }

    static Result clean(List<String> lines, Header.Result head) {
        int n = lines.size();
        List<String> kept = new ArrayList<>();
        String author = null;
        String source = null;
        String bylineOutlet = null;
        String datelineOutlet = null;
        java.time.LocalDate footerDate = null;
        String imprint = null;
        String maintainer = null;
        for (int i = 0; i < Math.min(head.bodyStart(), n); i++) {
            if (!head.dropped().get(i) && !lines.get(i).isEmpty()) {
                kept.add(lines.get(i));
                kept.add("");
            }
        }
        boolean content = false;
        boolean[] drop = new boolean[n];
        // the body kept so far, where a reply's quote of an earlier post is found
        StringBuilder said = new StringBuilder();
        for (int i = head.bodyStart(); i < n; i++) {
            String line = lines.get(i);
            if (content && !line.isEmpty() && Boilerplate.opensComments(line, i >= n / 2)) {
                // checked before dropped lines: a comment heading right under a related-links list still ends the article
                break;
            }
            if (line.isEmpty() || drop[i]) {
                kept.add("");
                continue;
            }
            if (Boilerplate.words(line) <= 30 && CREDIT_START.matcher(line).find()
                    || Boilerplate.words(line) <= 12 && Bylines.parse(line) != null
                    && Bylines.parse(line).author() != null) {
                for (String seg : Header.segments(line)) {
                    Bylines.Byline b = Bylines.parse(seg);
                    if (b != null && author == null) {
                        author = b.author();
                        bylineOutlet = bylineOutlet == null ? b.outlet() : bylineOutlet;
                    }
                    String s = Bylines.source(seg);
                    source = source == null ? s : source;
                }
                continue;
            }
            if (Boilerplate.words(line) <= 8 && Bylines.source(line) != null) {
                source = source == null ? Bylines.source(line) : source;
                continue;
            }
            Matcher lastEdited = LAST_EDITED.matcher(line);
            if (lastEdited.find() && Boilerplate.words(line) <= 20) {
                // "This page was last edited on 16 April 2018, at 10:12 (UTC).": a reference page's date, in its footer
                var date = Dates.find(line.substring(lastEdited.end()));
                if (date.isPresent() && date.get().start() == 0) {
                    footerDate = date.get().date();
                    continue;
                }
            }
            if (COPYRIGHT.matcher(line).find()) {
                Matcher m = IMPRINT.matcher(line);
                if (m.find() && Bylines.looksLikeOutlet(m.group(2))) {
                    // the imprint of an excerpted book: its publisher, and the month it came out
                    var date = Dates.find(m.group(1));
                    footerDate = footerDate == null && date.isPresent() ? date.get().date() : footerDate;
                    imprint = imprint == null ? m.group(2) : imprint;
                    continue;
                }
            }
            Matcher keeper = MAINTAINED_BY.matcher(line);
            if (maintainer == null && keeper.find() && Bylines.looksLikeOutlet(keeper.group(1))) {
                maintainer = keeper.group(1);
            }
            Matcher about = ABOUT_AUTHOR.matcher(line);
            if (about.find() && author == null) {
                author = Bylines.personName(about.group(1));
            }
            if (Boilerplate.isFurniture(line)) {
                if (source == null && Boilerplate.words(line) <= 8) {
                    source = Bylines.source(line);
                }
                for (int k = i + 1, last = Boilerplate.runOn(lines, i); k <= last; k++) {
                    drop[k] = true;
                }
                continue;
            }
            if (Boilerplate.isRelatedHeading(line)) {
                if (headingOnly(line)) {
                    dropList(lines, i + 1, drop);
                }
                continue;
            }
            if (content && Boilerplate.isOtherNewsHeading(line)) {
                dropSection(lines, i + 1, drop);
                continue;
            }
            if (Boilerplate.isPromoHeading(line)) {
                int j = Header.nextNonBlank(lines, i + 1);
                if (j < n && Boilerplate.words(lines.get(j)) <= 30) {
                    drop[j] = true;
                }
                continue;
            }
            if (Boilerplate.isPollOption(line) || isPollQuestion(lines, i)) {
                continue;
            }
            if (Header.isCaptionAt(lines, i)) {
                if (Boilerplate.words(line) <= 45 || Header.nextNonBlank(lines, i + 1) < n
                        && lines.get(Header.nextNonBlank(lines, i + 1)).equals(line)) {
                    continue;
                }
            }
            if (line.startsWith(">") && line.length() > 1 && said.indexOf(line.substring(1).strip()) >= 0) {
                // "> several suicide bombers blew themselves up": a reply quoting a post above, told once already
                continue;
            }
            if (!content) {
                Matcher d = DATELINE.matcher(line);
                datelineOutlet = d.find() ? d.group(1) : null;
            }
            said.append(line).append('\n');
            kept.add(line);
            content = true;
        }
        return new Result(kept, author, source, bylineOutlet, datelineOutlet, footerDate, imprint, maintainer);
    }

    private static boolean headingOnly(String line) {
        int colon = line.indexOf(':');
        return colon < 0 || colon == line.length() - 1;
    }

    /** Drops the list under a related-links heading: bullets and title lines, up to running text. */
    private static void dropList(List<String> lines, int from, boolean[] drop) {
        for (int j = from; j < lines.size(); j++) {
            String l = lines.get(j);
            if (l.isEmpty()) {
                continue;
            }
            if (Boilerplate.isListItem(l) || Boilerplate.words(l) <= 25 && !Header.endsSentence(l)) {
                drop[j] = true;
            } else {
                return;
            }
        }
    }

    /** Drops the paragraphs under a heading of other news, up to the next heading (a short line that is no sentence). */
    private static void dropSection(List<String> lines, int from, boolean[] drop) {
        for (int j = from; j < lines.size(); j++) {
            String l = lines.get(j);
            if (!l.isEmpty() && Boilerplate.words(l) <= 8 && !Header.endsSentence(l)) {
                return;
            }
            drop[j] = true;
        }
    }

    private static boolean isPollQuestion(List<String> lines, int i) {
        String line = lines.get(i);
        if (!line.endsWith("?") || Boilerplate.words(line) > 20) {
            return false;
        }
        int j = Header.nextNonBlank(lines, i + 1);
        return j < lines.size() && Boilerplate.isPollOption(lines.get(j));
    }
}
