package org.claimgraph.article;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head of a plain-text article: the lines before the first body paragraph. Finds the headline,
 * the outlet, the byline and the date there, and marks which head lines are page furniture
 * (section and navigation lines, taglines, date and byline lines, captions, tickers, banners).
 */
final class Header {
    private static final int MAX_HEAD_LINES = 25;
    private static final Pattern SEGMENTS = Pattern.compile("\\s+[|·›»•>]\\s+|^\\|\\s*|\\s*\\|\\s*$");
    private static final Pattern TICKER_OUTLET = Pattern.compile("^(\\p{Lu}[\\p{Lu}&' ]{2,30}?)\\s+[-–—]\\s+\\S");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** A page number set apart in a running head: "8" in "8 | THE WESTMARCH COURIER | Wednesday, June 17, 2015". */
    private static final Pattern PAGE_NUMBER = Pattern.compile("\\s*\\d{1,3}\\s*");
    /** A numbered part of a series, not its maker: "EPISODE 87", "Issue 12", "Vol. 3", "CHAPTER SEVEN", "Part II". */
    private static final Pattern NUMBERED_PART = Pattern.compile("(?i)(?:(?:episode|ep\\.|issue|vol\\.|volume|no\\.|part|chapter)\\s*\\d"
            + "|(?:part|chapter|book)\\s+\\p{L}+$)");
    /**
     * A United Nations document's first line, its symbol set apart from the name: "United Nations | S/2019/683"
     * (a letter to the Security Council), "A/HRC/37/72".
     */
    private static final Pattern UN_SYMBOL = Pattern.compile("^United Nations\\s*\\|\\s*\\p{Lu}{1,5}(?:/[\\p{Lu}\\d.-]+)+$");
    /** The organ named under a UN document's symbol: "Security Council | Distr.: General". */
    private static final Pattern UN_ORGAN = Pattern.compile("^(Security Council|General Assembly|Economic and Social Council"
            + "|Human Rights Council|Trusteeship Council)\\b");
    /** A radio station's frequency after its name: "Jazira Voice FM 94.2". */
    private static final Pattern FREQUENCY = Pattern.compile("\\s+\\d{2,3}[.,]\\d{1,2}(?:\\s*(?:FM|MHz))?$");
    /** The labels of a memo's, a cable's, a thread's or a chat group's title: "SUBJECT:", "Thread:", "Group:". */
    private static final String SUBJECT_LABEL = "subject|subj|thread|topic|group|chat|conversation|title|film";
    /** A field's number on a patent-style page (an INID code): "(54)" before "Title:". */
    private static final String FIELD_CODE = "(?:\\(\\d{2}\\)\\s*)?";
    /**
     * A label before a headline in a script, a newsletter, a memo or a patent-style page: "Bulletin headline: ...",
     * "SUBJECT: ...", "(54) Title: ..."; or the title's field code alone, "(54) ...".
     */
    private static final Pattern TITLE_LABEL = Pattern.compile("(?i)^\\s*" + FIELD_CODE + "(?:(?:bulletin |story |lead )?headline|"
            + SUBJECT_LABEL + ")\\s*:\\s*|^\\s*\\(54\\)\\s+");
    /** A memo's, a cable's or a forum thread's title, labelled: "SUBJECT: HAWIJA OFFENSIVE ...", "Thread: Sweida attacks ...". */
    private static final Pattern SUBJECT_LINE = Pattern.compile("(?i)^\\s*" + FIELD_CODE + "(?:" + SUBJECT_LABEL + ")\\s*:\\s*\\S.{8,}");
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^\\d{1,2}[.)]\\s+\\S.*");
    /** A report's section heading numbered in Roman numerals: "I. Introduction", "IV. Displacement". */
    private static final Pattern ROMAN_HEADING = Pattern.compile("^[IVX]{1,4}\\.\\s+\\p{Lu}[^\\d.]{0,80}$");
    private static final Pattern DATE_NOISE = Pattern.compile("(?i)\\b(monday|tuesday|wednesday|thursday|friday|"
            + "saturday|sunday|mon|tue|wed|thu|fri|sat|sun|published|posted|updated|last|first|on|at|issue|no|gmt|"
            + "utc|est|edt|bst|cet|cest|ast|local|time|am|pm|a\\.m|p\\.m)\\b|\\d{1,2}[:.]\\d{2}|\\d+|[^\\p{L}\\s]");
    private static final Pattern BY_TAIL = Pattern.compile("(?i)\\bby\\s+(.+)$");
    private static final Pattern PARENTHESIS = Pattern.compile("\\([^()]*\\)");
    /** "Presenter: ...", "Location: ...", "Key quote: ...": a labelled field of the page, one or two words before a colon. */
    private static final Pattern LABEL_LINE = Pattern.compile("(?i)^(?:presenters?|moderators?|speakers?|briefers?|location"
            + "|venue|present|witnesses|attendees|participants|filed|dateline|key quote|contacts?|format|language|duration"
            + "|topics?|subject|classification|ref(?:erence)?|case(?: number)?|court|status|original|distr\\.?|distribution"
            // a data release's fields: "File: hir_2018_v1.csv (semicolon-delimited)", "Licence: CC BY 4.0"
            + "|file|files|licen[cs]e|version|release|dataset|download|encoding|doi|rows|size):\\s+\\S");
    /** "From Openfront Encyclopedia", "(Redirected from Operation Free Sinjar)": a reference page's source lines. */
    private static final Pattern FROM_SOURCE = Pattern.compile("^(?:From\\s+(?:the\\s+)?\\p{Lu}[\\p{L}&'-]*(?:\\s+\\p{Lu}[\\p{L}&'-]*){0,4}"
            + "(?:,\\s+[^.]{0,40})?|\\((?:Redirected|Redirect) from [^()]{1,80}\\))$");
    /** A reference page's own name in its source line: "Levantopedia" in "From Levantopedia, the open encyclopedia". */
    private static final Pattern FROM_NAME = Pattern.compile("^From\\s+((?:the\\s+)?\\p{Lu}[^,]{1,50}),");
    /** A printed webmail page's first line: "Harran Relief Network Mail - RE: Kobani sitrep"; the mailbox's owner. */
    private static final Pattern MAIL_PRINT = Pattern.compile("^(.{2,60}?)\\s+Mail\\s+[-–—]\\s+\\S.*");
    /**
     * "Published 31 October 2014 · 36 min · Host and two guests", "Issued: Monday 6 August 2018 · Applies to: ...": the
     * publication line, however long its tail; a weekday only in a labelled field (a post's "Posted Thursday 3 May 2018,
     * 19:02" dates the post).
     */
    private static final Pattern PUBLISHED_LEAD = Pattern.compile("(?i)^(?:first\\s+)?(?:published|posted|aired|recorded|issued)"
            + "(?:\\s+on)?(?:\\s*:\\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?|\\s+)");
    /** The organisation a chat export or a shared document belongs to, labelled: "Workspace: Basalt Relief Network". */
    private static final Pattern OWNER_LABEL = Pattern.compile("(?i)^\\s*(?:workspace|organi[sz]ation|publisher)\\s*:\\s*(\\S.{2,60})$");
    /**
     * An outlet's name before its unit's: "Ridgeline Humanitarian Analysis – Euphrates Access Unit", a typed dash too
     * ("HARBOUR INSTITUTE FOR SEA STUDIES -- LIBRARY").
     */
    private static final Pattern UNIT_AFTER = Pattern.compile("\\s+(?:--|[–—-])\\s+\\p{Lu}.*$");
    /** A channel's line in a messaging app's export, under the channel's name: "Channel · 14 283 subscribers". */
    private static final Pattern CHANNEL_LINE = Pattern.compile("(?i)^(?:public\\s+)?(?:channel|group)\\s*[·|,-]\\s*[\\d ,.]+[km]?\\s+"
            + "(?:subscribers|members|followers)$");
    /** What a name may end in that is no part of it: a flag or other emoji, and the spaces before. */
    /** A field that holds a code: "RNS Number : 5127N". */
    private static final Pattern CODE_FIELD = Pattern.compile("\\s*\\p{L}[\\p{L} ]{1,30}\\s:\\s*[\\p{Lu}\\d/-]*\\d[\\p{Lu}\\d/-]*\\s*");
    /** Who compiled or edited a document: "Compiled by the Circle's catalogue committee · ...". */
    private static final Pattern COMPILED_BY = Pattern.compile("\\s*(?:Compiled|Prepared|Edited|Issued|Produced|Written) by\\b");
    /** A line wholly in brackets. */
    private static final Pattern BRACKETED_LINE = Pattern.compile("\\s*\\([^()]*\\)\\s*");
    /** Which edition or printing a document is: "Third edition, November 2018", "2nd edition, printed March 2019". */
    private static final Pattern EDITION = Pattern.compile("(?i)\\b(?:\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth"
            + "|new|revised|updated|enlarged) edition\\b|\\bprinted (?:in )?(?:\\p{L}+ )?(?:19|20)\\d{2}\\b");
    /** A part of a document named by its number: "Section 4: ...", "Part II. ...", "Chapter 3 - ...". */
    private static final Pattern PART_HEADING = Pattern.compile("\\s*(?:Section|Part|Chapter|Appendix|Annex|Volume)\\s+(?:\\d{1,3}|[IVXLC]{1,5}|[A-Z])"
            + "\\s*[:.\\u2013\\u2014-]\\s");
    /** A title's last segment that names its edition: "Specialised Catalogue of ... · Third edition, November 2018". */
    private static final Pattern EDITION_SEGMENT = Pattern.compile("\\s+[\\u00b7|]\\s+[^\\u00b7|]*?(?i:edition|printed)[^\\u00b7|]*$");
    private static final Pattern TRAILING_SYMBOLS = Pattern.compile("[\\s\\p{So}\\p{Sk}\\x{FE0F}\\x{200D}]+$");
    /** "Report excerpt - Chapter 2: ...", "Chapter 3:", "Part II -": a part of a longer work. */
    private static final Pattern KICKER = Pattern.compile("(?i)^(?:(?:report |book )?excerpt|extract|chapter \\w+|part \\w+)\\b\\s*[-–—:·|]");
    /** "SYRIA ASSESSMENT", "Iraq analysis", "WORLD BRIEFING": the kind of piece, beside a date; no outlet's name. */
    private static final Pattern GENRE_KICKER = Pattern.compile("(?i)\\b(?:assessment|analysis|verdict|update|report"
            + "|brief|briefing|digest|dispatch|bulletin|commentary|explainer|feature|profile|obituary|interview|opinion"
            + "|editorial|fact[- ]?check|transcript|review|roundup|round-up|backgrounder|timeline)$");
    /**
     * Lines under a headline that only say what the work is or how far a campaign got: "A new play in two acts",
     * "GBP 18,640 raised of GBP 30,000 goal".
     */
    private static final Pattern STANDFIRST = Pattern.compile("(?i)^(?:an?\\s+(?:new\\s+)?(?:[\\p{L}-]+\\s+)?(?:play|musical|opera"
            + "|documentary|film|novel|drama|comedy|exhibition)\\b|.*\\d[\\d,.]*\\s+(?:raised|backers|donors|supporters|funded)\\b)");
    /** Who runs a campaign, an event or a collection: "Organised by the Daraa Reading Room Committee", "Beneficiary: ...". */
    private static final Pattern ORGANISER = Pattern.compile("(?i)^\\s*(?:(?:organi[sz]ed|hosted|curated|run|managed) by\\s+\\S"
            + "|beneficiary:)");
    /** "11 min read", "Reading time: 4 minutes": how long the page takes to read. */
    private static final Pattern READING_TIME = Pattern.compile(
            "(?i)^(\\d{1,3}[- ]?(min|mins|minutes?)( read)?|reading time:?\\s*\\d{1,3}\\s*(min|mins|minutes?))$");
    /**
     * A tagline under the masthead: "The magazine of heritage and archaeology", "A weekly digest from the
     * Crossroads Briefing desk". Group 1, when present, names who makes it.
     */
    private static final Pattern TAGLINE = Pattern.compile("(?i)^(?:the|an?|your)\\s+(?:[\\p{L}-]+\\s+){0,3}?"
            + "(?:magazine|newspaper|newsletter|journal|digest|briefing|bulletin|round-?up|review|website|blog|"
            + "podcast|paper|voice|home|reference|encyclopa?edia|guide|archive|resource)\\s+(?:(?:of|for|on|about|covering)\\b.*|(?:from|by)\\s+(?:the\\s+)?(.+?)"
            + "(?:\\s+(?:desk|team|newsroom|editors))?)$");
    /** A breadcrumb's separator: "NOON BRIEFINGS › MAY 2018" is where the page sits, not who made it. */
    private static final Pattern BREADCRUMB = Pattern.compile("\\s[›»>]\\s");
    /** A trail of three steps or more: "What's On > Studio > A Loaf in the Camp". */
    private static final Pattern TRAIL = Pattern.compile("\\s[›»>]\\s[^›»>]+\\s[›»>]\\s");
    /**
     * A security classification at the head of a released document: "UNCLASSIFIED", "C O N F I D E N T I A L  --
     * DECLASSIFIED", "SECRET//NOFORN". It is neither the outlet nor the headline.
     */
    private static final Pattern CLASSIFICATION = Pattern.compile("^\\s*(?:(?:TOP\\s+)?SECRET|CONFIDENTIAL|UNCLASSIFIED|RESTRICTED"
            + "|(?:\\p{Lu}\\s){5,}\\p{Lu})\\b(?:\\s*(?:/{1,2}|--?|\\u2013|\\u2014)\\s*[\\p{Lu}/ -]*)?\\s*$");
    /** When an export or a print was made: "generated Wed 2 Nov 2016", "exported on". */
    private static final Pattern GENERATED = Pattern.compile("(?i)\\b(?:generated|exported|compiled)\\s+(?:on\\s+)?");
    /** A date given as a field, its name of up to six words: "Added to the precedent bank: 3 October 2017". */
    private static final Pattern DATE_LABEL = Pattern.compile("^\\s*\\p{Lu}[\\p{L}-]*(?:\\s+[\\p{L}-]+){0,5}:\\s*");
    /** A note in square brackets on a line of its own: "[This news is translated with automatic translation system.]" */
    private static final Pattern EDITORS_NOTE = Pattern.compile("^\\s*\\[[^\\[\\]]{10,300}]\\s*$");
    /**
     * A series' number set apart before an episode's title: "Episode 112 · Two enclaves, one spring" ("Episode 148: The
     * last convoy" is one title).
     */
    private static final Pattern EPISODE_NUMBER = Pattern.compile("(?i)^(?:episode|ep\\.)\\s*(?:no\\.\\s*)?#?\\d{1,4}\\s+[·|–—-]\\s*(?=\\S)");
    /** A programme's air time after its headline in a transcript: "… Peshmerga Clear Bashiqa. Aired 8-9p ET". */
    private static final Pattern AIRED_TAIL = Pattern.compile("\\.?\\s+Aired\\s+\\d[^.]*$");
    /** A masthead with its motto after a dash: "JABAL TALK - community forum for the people of ...". */
    private static final Pattern MASTHEAD_MOTTO = Pattern.compile("^(.{2,40}?)\\s+[-–—]\\s+(?:(?:the|an?|your)\\s+)?\\p{Ll}[^.!?]*$");
    /** A name's acronym after it: "CIVIL-MILITARY COORDINATION CENTRE NORTH (CMCC-N)". */
    private static final Pattern ACRONYM = Pattern.compile("\\s*\\([\\p{Lu}\\d&-]{2,10}\\)$");
    /** A film's or a programme's credit before its title: "CEDARLINE DOCUMENTARIES presents". */
    private static final Pattern PRESENTS = Pattern.compile("(?i)^(.{2,60}?)\\s+(?:proudly\\s+)?presents?:?$");
    /** A site bar's links to the reader's account, at its end: "Product  Solutions  Pricing      Sign in   Sign up". */
    private static final Pattern ACCOUNT_LINKS = Pattern.compile("(?i)\\b(?:(?:sign|log) ?(?:in|up|out)|my account)$");
    /** A row of links in brackets: "[Install] [Add to wishlist] [Share]", "[Briefing Room] [Company NOTAMs] [Log out]". */
    private static final Pattern BRACKETED_LINKS = Pattern.compile("^(?:\\[[^\\[\\]]{1,30}]\\s*){2,}$");
    /** The heading of a page's list of contents: "In this issue", "Contents", "On this page". */
    private static final Pattern CONTENTS_HEADING = Pattern.compile("(?i)^(?:in this (?:issue|edition|number|unit|section|report"
            + "|guide|newsletter)|(?:table of )?contents|on this page|inside(?: this issue)?)\\s*:?$");
    /**
     * "Question paper with mark scheme — Published for teachers, June 2019", "On sale Thursday 7 July 2016": a publication
     * note ending in its date.
     */
    private static final Pattern PUBLISHED_NOTE = Pattern.compile("(?i)\\b(?:published|posted|issued|delivered|released|on sale|revised)"
            + "(?:\\s+(?:for|to|in|on)\\s+[\\p{L} ]{1,30}?)?\\s*[,:]?\\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s*)?$");
    /**
     * A clause that says when the page came out, opening a line or following a sentence's end, with two words before
     * "published" at most: "Posted 18 June 2024.", "transcription published 14 March 2019." (not "a report published on
     * 3 May says").
     */
    private static final Pattern PUBLISHED_CLAUSE = Pattern.compile("(?i)(?:^|[.;:!?·|—–]\\s+)(?:[\\p{L}-]+\\s+){0,2}?"
            + "(?:first\\s+)?(?:published|posted)\\s+(?:on\\s+)?(?=\\S)");
    /** A film's maker, named as the film's label: "A Greyheron Pictures release.", "A Harbour Films production". */
    private static final Pattern RELEASE = Pattern.compile("^[Aa]n?\\s+(\\p{Lu}[^.]{1,58}?)\\s+(?:release|production)\\b");
    /** A listing's count of what it shows: "Showing 4 of 4 records", "Showing 1–20 of 312 results". */
    private static final Pattern LISTING_COUNT = Pattern.compile("(?i)^\\s*showing\\s+(?:\\d+\\s*[–-]\\s*)?\\d+\\s+of\\s+[\\d,]+\\s+"
            + "(?:records|results|items|entries|theses|documents|titles)\\b");
    /** How long a note closing with the day the page was posted may be: "DRAFT — subject to approval. Posted 18 June 2024." */
    private static final int POSTED_NOTE_WORDS = 20;
    /** A company's name with its legal form, the maker of a product or page: "Northgate Mobile Ltd". */
    private static final Pattern COMPANY = Pattern.compile("^\\p{Lu}[\\p{L}&'-]*(?:\\s+\\p{Lu}[\\p{L}&'-]*){0,5}\\s+"
            + "(?:Ltd|Limited|Inc|LLC|GmbH|plc|PLC|Pty Ltd|LLP)\\.?$");
    private static final Set<String> SECTION_WORDS = Set.of("world", "news", "politics", "security", "economy",
            "business", "opinion", "opinions", "analysis", "features", "feature", "sport", "sports", "culture",
            "science", "technology", "tech", "health", "live", "home", "province", "local", "national",
            "international", "region", "regional", "middle", "east", "africa", "europe", "asia", "americas",
            "latest", "top", "stories", "explainers", "explainer", "desk", "reprinted", "releases", "release",
            "press", "blog", "blogs", "comment", "video", "videos", "photos", "contact", "obituaries", "weather",
            "city", "editorial", "key", "points", "background", "summary", "highlights", "brief", "focus",
            "special", "report", "reports", "interview", "multimedia", "environment", "defense", "defence",
            "military", "conflict", "terrorism", "us", "uk", "more", "menu", "search", "about", "podcast",
            "podcasts", "front", "page", "headlines", "updates", "update", "briefing", "newsletters", "long",
            "read", "reads", "longreads");
    private static final Set<String> CONNECTORS = Set.of("&", "and", "of", "the", "a", "in");

    /** What the head says, and which of its lines to drop from the text. */
    record Result(int titleLine, int bodyStart, BitSet dropped, Metadata metadata, String tickerOutlet,
                  String bylineOutlet) {
    }

    private enum Kind { FREE, META, SECTION, SUBHEADING, DROP }

    private Header() {
    }

    /**
     * Reads the head of the normalised lines.
     *
     * @param knownTitle the headline when the page states it elsewhere (HTML, JSON Lines), or null
     */
    static Result parse(List<String> lines, LineWraps wraps, String knownTitle) {
        int n = lines.size();
        BitSet dropped = new BitSet(n);
        Kind[] kinds = new Kind[n];
        String tickerOutlet = null;
        String author = null;
        String bylineOutlet = null;
        LocalDate published = null;
        boolean publishedMonthOnly = false;
        boolean publishedLabelled = false;
        int bodyStart = -1;
        // the line the publication date was read from: the headline stands over it
        int dateLine = -1;
        // the line after "... presents", or a line labelled "SUBJECT:": the title
        int presented = -1;
        // a UN document's head ("United Nations | S/2019/683"): its title is the first line of prose, however long
        boolean unDocument = false;
        BitSet continued = new BitSet(n);
        int seen = 0;
        // an outlet read only from the segment before a date ("Studio Theatre | 7 February - 2 March 2019")
        boolean outletBeforeDate = false;
        // an issue's page on a code host, whose title ends in the issue's number
        boolean issuePage = false;
        // the line under a trail that names the trail's last step
        int trailTitle = -1;
        int i = 0;
        for (; i < n && seen < MAX_HEAD_LINES; i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            String ticker = seen <= 4 ? Boilerplate.tickerText(line) : null;
            if (ticker != null) {
                kinds[i] = Kind.DROP;
                if (ticker.isEmpty()) {
                    int j = nextNonBlank(lines, i + 1);
                    if (j < n) {
                        kinds[j] = Kind.DROP;
                        ticker = lines.get(j);
                        i = j;
                    }
                }
                Matcher m = TICKER_OUTLET.matcher(ticker);
                if (m.find() && tickerOutlet == null) {
                    tickerOutlet = m.group(1).strip();
                }
                continue;
            }
            Matcher generated = GENERATED.matcher(line);
            if (EDITORS_NOTE.matcher(line).matches() && generated.find() && !publishedLabelled) {
                // "[Export · read-only · generated Wed 2 Nov 2016 09:14 UTC · 14 entries]": the day the export was made
                Optional<Dates.Found> date = Dates.find(line.substring(generated.end()));
                if (date.isPresent() && date.get().start() <= 12) {
                    published = date.get().date();
                    publishedLabelled = true;
                    dateLine = i;
                }
            }
            boolean furniture = Boilerplate.isFurniture(line);
            if (furniture && !publishedLabelled) {
                // "Version 3 | Issued 6 November 2017 | Not for publication": a handling note's line still dates the page
                for (String seg : segments(line)) {
                    Optional<Dates.Found> date = Dates.find(seg);
                    if (date.isPresent() && publishedNote(seg, date.get())) {
                        published = date.get().date();
                        publishedMonthOnly = date.get().monthOnly();
                        publishedLabelled = true;
                        dateLine = i;
                        break;
                    }
                }
            }
            if (furniture || isCaptionAt(lines, i) || CLASSIFICATION.matcher(line).matches()
                    || EDITORS_NOTE.matcher(line).matches() || OTHER_SCRIPT_ONLY.matcher(line).matches() && latinAround(lines, i)) {
                kinds[i] = Kind.DROP;
                for (int last = furniture ? Boilerplate.runOn(lines, i) : i; i < last; ) {
                    kinds[++i] = Kind.DROP;
                }
                continue;
            }
            Matcher lead = PUBLISHED_LEAD.matcher(line);
            if (lead.lookingAt()) {
                Optional<Dates.Found> date = Dates.find(line);
                if (date.isPresent() && date.get().start() == lead.end()) {
                    // "Published 31 October 2014 · 36 min · Host and two guests (...)": however long, a meta line;
                    // and the day it names is the publication's, over one given unlabelled ("Ordered to be printed 8 March")
                    published = published == null || !publishedLabelled ? date.get().date() : published;
                    publishedLabelled = true;
                    dateLine = i;
                    kinds[i] = Kind.META;
                    continue;
                }
            }
            if (IssuePages.isStatusLine(line)) {
                // "Open   mbale-rivers opened this issue on 17 Feb 2025 · 8 comments": the day the issue was opened
                Optional<Dates.Found> date = Dates.find(line);
                if (date.isPresent() && !publishedLabelled) {
                    published = date.get().date();
                    publishedLabelled = true;
                    dateLine = i;
                }
                issuePage = true;
                kinds[i] = Kind.META;
                continue;
            }
            Matcher mail = MAIL_PRINT.matcher(line);
            if (seen == 1 && mail.matches() && Bylines.looksLikeOutlet(mail.group(1))) {
                bylineOutlet = bylineOutlet == null ? mail.group(1) : bylineOutlet;
                kinds[i] = Kind.META;
                continue;
            }
            if (seen == 1 && UN_SYMBOL.matcher(line).matches()) {
                unDocument = true;
                kinds[i] = Kind.META;
                continue;
            }
            if (unDocument) {
                Matcher organ = UN_ORGAN.matcher(line);
                if (organ.lookingAt()) {
                    // "Security Council | Distr.: General": the organ publishes the document
                    bylineOutlet = bylineOutlet == null ? "United Nations " + organ.group(1) : bylineOutlet;
                    kinds[i] = Kind.META;
                    continue;
                }
                if (presented < 0 && Boilerplate.words(line) >= 6 && !LABEL_LINE.matcher(line).lookingAt()
                        && !endsSentence(line)) {
                    // "Identical letters dated 26 August 2019 from the Permanent Representative of ...": the title
                    kinds[i] = Kind.FREE;
                    presented = i;
                    continue;
                }
            }
            Matcher owner = OWNER_LABEL.matcher(line);
            if (owner.matches()) {
                String name = owner.group(1).strip();
                if (bylineOutlet == null && Bylines.looksLikeOutlet(name)) {
                    bylineOutlet = name;
                }
                kinds[i] = Kind.META;
                continue;
            }
            if (CHANNEL_LINE.matcher(line).matches()) {
                // the channel's name stands on the line above: it is the export's title and its publisher
                int above = previousNonBlank(lines, i - 1);
                if (above >= 0 && kinds[above] == Kind.FREE) {
                    presented = above;
                    bylineOutlet = bylineOutlet == null ? TRAILING_SYMBOLS.matcher(lines.get(above)).replaceFirst("") : bylineOutlet;
                }
                kinds[i] = Kind.META;
                continue;
            }
            Optional<Dates.Found> posted = publishedClause(line);
            if (posted.isPresent() && Boilerplate.words(line) <= POSTED_NOTE_WORDS) {
                // "DRAFT — subject to approval at the next meeting. Posted 18 June 2024.": a note on the page's state
                // that closes with the day it was posted
                if (!publishedLabelled) {
                    published = posted.get().date();
                    publishedMonthOnly = posted.get().monthOnly();
                    publishedLabelled = true;
                    dateLine = i;
                }
                kinds[i] = Kind.META;
                continue;
            }
            if ((isBodyLine(line) || isBodyLine(wraps.block(lines, i))) && (knownTitle == null || !sameText(line, knownTitle))
                    && !headlineOverDate(lines, wraps, i)) {
                bodyStart = i;
                if (published == null && posted.isPresent()) {
                    // an archive's note on its collection, "... Transcribed by volunteers; transcription published 14 March
                    // 2019.": the day this page came out, before the dates of the documents it holds
                    published = posted.get().date();
                    publishedMonthOnly = posted.get().monthOnly();
                }
                break;
            }
            if (KICKER.matcher(line).lookingAt()) {
                // "Report excerpt - Chapter 2: ...": where the page sits in a longer work, not its headline;
                // "Report excerpt · Iraq · July 2016" dates it
                kinds[i] = Kind.SUBHEADING;
                Optional<Dates.Found> date = Dates.find(line);
                if (published == null && date.isPresent()) {
                    published = date.get().date();
                    publishedMonthOnly = date.get().monthOnly();
                }
                continue;
            }
            Matcher tagline = TAGLINE.matcher(line.strip());
            if (tagline.matches() && !isMasthead(line)) {
                kinds[i] = Kind.META;
                String maker = tagline.group(1);
                if (bylineOutlet == null && maker != null && Bylines.looksLikeOutlet(maker)) {
                    bylineOutlet = maker;
                }
                continue;
            }
            if (presented < 0 && SUBJECT_LINE.matcher(line).matches()) {
                kinds[i] = Kind.FREE;
                presented = i;
                continue;
            }
            Matcher presents = PRESENTS.matcher(line);
            if (presents.matches() && Bylines.looksLikeOutlet(presents.group(1))) {
                kinds[i] = Kind.META;
                bylineOutlet = bylineOutlet != null ? bylineOutlet : presents.group(1);
                presented = nextNonBlank(lines, i + 1);
                continue;
            }
            if (ROMAN_HEADING.matcher(line).matches()) {
                kinds[i] = Kind.SUBHEADING;
                continue;
            }
            kinds[i] = Kind.FREE;
            if (trailTitle < 0 && knownTitle == null && underTrail(lines, kinds, i)) {
                // "Archive > Games > The siege games" over "The siege games (PGN file, annotated)": the page's heading
                // stands right under the trail of where it sits (a labelled title, "Title: ...", still goes first)
                trailTitle = i;
                continue;
            }
            boolean meta = false;
            List<String> segments = segments(line);
            Bylines.Byline nameOutlet = isSectionLabel(segments.get(0)) ? null : Bylines.nameThenOutlet(segments);
            if (nameOutlet != null) {
                author = author != null ? author : nameOutlet.author();
                bylineOutlet = bylineOutlet != null ? bylineOutlet : nameOutlet.outlet();
                kinds[i] = Kind.META;
                continue;
            }
            int sectionSegments = 0;
            for (String seg : segments) {
                if (READING_TIME.matcher(seg).matches()) {
                    meta = true;
                    continue;
                }
                Matcher release = RELEASE.matcher(seg);
                if (release.lookingAt() && Bylines.looksLikeOutlet(release.group(1))) {
                    // "A Greyheron Pictures release. English subtitle track, delivered 14 November 2017.": its maker
                    bylineOutlet = bylineOutlet == null ? release.group(1) : bylineOutlet;
                    meta = true;
                }
                Optional<Dates.Found> date = Dates.find(seg);
                Matcher dateLabel = DATE_LABEL.matcher(seg);
                if (date.isPresent() && (dateLabel.lookingAt() && date.get().start() == dateLabel.end()
                        || publishedNote(seg, date.get()))) {
                    // "Added to the precedent bank: 3 October 2017 · Document type: ...": a record's date field;
                    // "Question paper with mark scheme — Published for teachers, June 2019": a publication note
                    if (!publishedLabelled) {
                        published = date.get().date();
                        publishedMonthOnly = date.get().monthOnly();
                        publishedLabelled = true;
                        dateLine = i;
                    }
                    meta = true;
                    continue;
                }
                if (COMPANY.matcher(seg).matches() && seg.equals(segments.get(0))) {
                    // "Northgate Mobile Ltd · Travel & Local · Rated 12+": the company that makes the page
                    bylineOutlet = bylineOutlet == null ? seg : bylineOutlet;
                    meta = true;
                    continue;
                }
                if (date.isPresent()) {
                    // a note in brackets after the date ("(provisional, subject to correction)") is no headline
                    String rest = PARENTHESIS.matcher(seg.substring(0, date.get().start()) + " "
                            + seg.substring(date.get().end())).replaceAll(" ");
                    Matcher by = BY_TAIL.matcher(rest);
                    if (by.find()) {
                        Bylines.Byline b = Bylines.parse("by " + by.group(1));
                        author = author != null || b == null ? author : b.author();
                        rest = rest.substring(0, by.start());
                    }
                    if (Boilerplate.words(DATE_NOISE.matcher(rest).replaceAll(" ")) <= 4 && !titlesPeriod(seg, date.get())
                            && !(publishedLabelled && closesSpan(seg, date.get()))) {
                        // "Archive » December 2015 » 28 December 2015": the day, once the month was all there was
                        if (published == null || publishedMonthOnly && !date.get().monthOnly()
                                && YearMonth.from(published).equals(YearMonth.from(date.get().date()))) {
                            published = date.get().date();
                            publishedMonthOnly = date.get().monthOnly();
                            dateLine = i;
                        }
                        meta = true;
                        continue;
                    }
                }
                Bylines.Byline b = Bylines.parse(seg);
                String roleName = Bylines.nameWithRole(seg);
                if (b != null && (b.author() != null || b.outlet() != null) || roleName != null) {
                    if (author == null) {
                        author = b != null && b.author() != null ? b.author() : roleName;
                    }
                    if (bylineOutlet == null && b != null) {
                        bylineOutlet = b.outlet();
                    }
                    meta = true;
                } else if (Bylines.isCreditLine(seg) || ORGANISER.matcher(seg).lookingAt()) {
                    meta = true;
                } else if (isSectionLabel(seg)) {
                    sectionSegments++;
                }
            }
            if (meta && bylineOutlet == null && segments.size() >= 2 && !BREADCRUMB.matcher(line).find()
                    && Dates.find(segments.get(0)).isEmpty()
                    && Bylines.parse(segments.get(0)) == null && !isSectionLabel(segments.get(0))
                    && Boilerplate.words(segments.get(0)) >= 2 && !DIGIT.matcher(segments.get(0)).find()
                    && !GENRE_KICKER.matcher(segments.get(0)).find() && Bylines.looksLikeOutlet(segments.get(0))) {
                bylineOutlet = segments.get(0);
                outletBeforeDate = true;
            }
            if (!meta && (LABEL_LINE.matcher(line).lookingAt() || FROM_SOURCE.matcher(line.strip()).matches()
                    || inFieldBlock(lines, i))) {
                // "Presenter: a senior official", "From Openfront Encyclopedia", "(Redirected from ...)", a record's
                // fields ("Document reference: HRMA-IRQ-NTS-2019-04" over "Date of issue: 30 April 2019")
                meta = true;
                Matcher from = FROM_NAME.matcher(line);
                if (bylineOutlet == null && from.find() && Bylines.looksLikeOutlet(from.group(1))) {
                    // "From Levantopedia, the open conflict encyclopedia": the reference work is the publisher
                    bylineOutlet = from.group(1);
                }
            }
            if (meta) {
                kinds[i] = Kind.META;
            } else if (sectionSegments > 0 && isSectionLabel(segments.get(0))
                    || segments.size() >= 3 && allShort(segments, 4) || BRACKETED_LINKS.matcher(line).matches()
                    || segments.size() >= 2 && ACCOUNT_LINKS.matcher(segments.get(segments.size() - 1)).find()
                    || CONTENTS_HEADING.matcher(line).matches()) {
                // a bar of links ("Audio for every word | Print this unit | Add to my flashcards"), a contents heading
                kinds[i] = Kind.SECTION;
                if (seen == 1 && bylineOutlet == null && siteBar(segments)) {
                    // "KindKettle · Discover · Start a campaign · Sign in": the site's name opens its own bar
                    bylineOutlet = segments.get(0);
                }
            } else if (NUMBERED_HEADING.matcher(line).matches() || Boilerplate.isListItem(line)) {
                kinds[i] = Kind.SUBHEADING;
            } else if (continuesOnNextLine(lines, i)) {
                // "Protection of civilians along the Tigris corridor:" / "Qayyarah and Shirqat, 16 August ...":
                // one headline on two lines; the second is read with the first
                continued.set(i);
                kinds[++i] = Kind.DROP;
            }
        }
        if (presented < 0 && trailTitle >= 0) {
            presented = trailTitle;
        }
        boolean noBody = bodyStart < 0;
        if (noBody) {
            bodyStart = i;
        }
        int title = presented >= 0 && presented < bodyStart && kinds[presented] == Kind.FREE && knownTitle == null
                ? presented : findTitle(lines, kinds, bodyStart, knownTitle, noBody, dateLine);
        if (title < 0 && knownTitle == null && bodyStart < n && Boilerplate.words(lines.get(bodyStart)) <= 20
                && nextNonBlank(lines, bodyStart + 1) < n) {
            title = bodyStart++;
        }
        int listing = listingCount(lines, Math.min(bodyStart, n));
        if (listing >= 0 && title >= listing && knownTitle == null) {
            // "Showing 4 of 4 records · Collection: ...": a listing (its count line, or its first record), whose title is not the page's
            title = -1;
        }
        boolean mastheadOverNavigation = mastheadOverNavigation(lines, kinds);
        String outlet = findOutlet(lines, kinds, bodyStart, title, dropped);
        if (outletBeforeDate && mastheadOverNavigation && outlet != null) {
            // "THE WEAVER'S HALL THEATRE" over "Home | What's On | Book Tickets": the site's own name, not the venue
            // named before a run's dates
            bylineOutlet = null;
        }
        // a headline stated outside the text replaces the one found in it
        boolean replaced = knownTitle != null && title >= 0 && !sameText(lines.get(title), knownTitle);
        for (int j = 0; j < bodyStart; j++) {
            Kind k = kinds[j];
            boolean text = k == Kind.FREE || k == Kind.SUBHEADING;
            boolean keep = j == title && !replaced || text && (j > title || knownTitle != null && title < 0);
            if (k != null && !keep) {
                dropped.set(j);
            }
        }
        // "Bulletin headline: SDF leaves Ras al-Ayn ...": a script labels its headline
        String titleText = null;
        if (title >= 0 && !replaced) {
            titleText = AIRED_TAIL.matcher(TITLE_LABEL.matcher(lines.get(title)).replaceFirst("")).replaceFirst("");
            titleText = EPISODE_NUMBER.matcher(titleText).replaceFirst("");
            titleText = issuePage ? IssuePages.withoutNumber(titleText) : titleText;
            if (continued.get(title)) {
                titleText = titleText + " " + lines.get(title + 1);
            }
            titleText = TRAILING_SYMBOLS.matcher(EDITION_SEGMENT.matcher(titleText).replaceFirst("")).replaceFirst("");
        }
        Metadata meta = new Metadata(titleText, published, outlet, author, null);
        return new Result(title, bodyStart, dropped, meta, tickerOutlet, bylineOutlet);
    }

    /**
     * Whether the line before line {@code i}, past bars of bracketed links, is a trail ("Home > Basins > Tigris > Record
     * TIG-IQ-0007") whose last step line {@code i} names ("RECORD TIG-IQ-0007 · MOSUL DAM").
     */
    private static boolean underTrail(List<String> lines, Kind[] kinds, int i) {
        int j = previousNonBlank(lines, i - 1);
        while (j >= 0 && kinds[j] == Kind.SECTION && BRACKETED_LINKS.matcher(lines.get(j)).matches()) {
            j = previousNonBlank(lines, j - 1);
        }
        if (j < 0 || !TRAIL.matcher(lines.get(j)).find()) {
            return false;
        }
        String trail = lines.get(j);
        Matcher last = BREADCRUMB.matcher(trail);
        int end = -1;
        while (last.find()) {
            end = last.end();
        }
        String step = trail.substring(end).strip().toLowerCase(Locale.ROOT);
        if (Dates.find(step).isPresent()) {
            // "Release archive > Strike summaries > August 2017": a month's page of an archive, not one item's
            return false;
        }
        String line = lines.get(i).toLowerCase(Locale.ROOT);
        int at = line.indexOf(step);
        return step.length() >= 4 && at >= 0 && (at == 0 || !Character.isLetterOrDigit(line.charAt(at - 1)))
                && (at + step.length() == line.length() || !Character.isLetterOrDigit(line.charAt(at + step.length())));
    }

    /** The head line before {@code end} that counts the records a listing shows ("Showing 4 of 4 records"), or -1. */
    private static int listingCount(List<String> lines, int end) {
        for (int i = 0; i < end; i++) {
            if (LISTING_COUNT.matcher(lines.get(i)).lookingAt()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a segment is a publication note closing with its date: "Issued 6 November 2017", "On sale Thursday 7 July
     * 2016", "version 4, issued 3 June 2019 (replaces all earlier versions)".
     */
    private static boolean publishedNote(String seg, Dates.Found date) {
        return NOTE_TAIL.matcher(seg.substring(date.end())).matches() && PUBLISHED_NOTE.matcher(seg.substring(0, date.start())).find();
    }

    /** What may follow a publication note's date: a full stop, or a remark in brackets ("(replaces all earlier versions)"). */
    private static final Pattern NOTE_TAIL = Pattern.compile("\\s*(?:\\([^()]{1,80}\\))?\\.?\\s*");

    /** The date of a clause that says when the page came out and closes with it ("Posted 18 June 2024."), or empty. */
    static Optional<Dates.Found> publishedClause(String line) {
        Matcher clause = PUBLISHED_CLAUSE.matcher(line);
        while (clause.find()) {
            String rest = line.substring(clause.end());
            Optional<Dates.Found> date = Dates.find(rest);
            if (date.isPresent() && date.get().start() == 0
                    && (date.get().end() == rest.length() || ".;".indexOf(rest.charAt(date.get().end())) >= 0)) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** A record's name: a word or two in capitals, maybe with its number ("MOSKVA (121)", "HMS SHEFFIELD (D80)"). */
    private static final Pattern NAMED_ENTRY = Pattern.compile("\\s*\\p{Lu}[\\p{Lu}'’-]+(?: \\p{Lu}[\\p{Lu}'’-]+)?(?: \\([\\p{Lu}\\d-]{1,8}\\))?\\s*");

    /**
     * The headline among the free head lines of three words or more: the one right over the line that dates
     * the page, else the last one next to a date or byline line (a question next to one counts less: it is a
     * subheading; so does a masthead), else the last one.
     */
    private static int findTitle(List<String> lines, Kind[] kinds, int bodyStart, String knownTitle,
                                 boolean noBody, int dateLine) {
        int best = -1;
        int bestScore = -1;
        int last = -1;
        // the masthead's block, the page's first lines up to a blank one: a tagline there stands over the date too
        int mastheadEnd = nextNonBlank(lines, 0);
        while (mastheadEnd < lines.size() && !lines.get(mastheadEnd).isEmpty()) {
            mastheadEnd++;
        }
        for (int i = 0; i < bodyStart; i++) {
            if (kinds[i] != Kind.FREE) {
                continue;
            }
            if (knownTitle != null && sameText(lines.get(i), knownTitle)) {
                return i;
            }
            if (noBody && knownTitle == null) {
                return i;
            }
            last = i;
            boolean fewWords = Boilerplate.words(lines.get(i)) < 3;
            int score = neighbour(kinds, i, -1, bodyStart) == Kind.META || neighbour(kinds, i, 1, bodyStart) == Kind.META
                    ? 2 : 0;
            // a kicker ("SYRIA · STATE MEDIA DIGEST No. 52", "SYRIA / TURKEY") or a row set in columns is no headline
            boolean overDate = dateLine > i && i > mastheadEnd && segments(lines.get(i)).size() == 1
                    && !COLUMNS_OR_SLASH.matcher(lines.get(i)).find();
            int below = overDate ? neighbourAt(kinds, i, 1, bodyStart) : -1;
            int metaRun = below;
            while (metaRun >= 0 && metaRun < dateLine && segments(lines.get(metaRun)).size() >= (kinds[metaRun] == Kind.META ? 2 : 3)) {
                // "Site code: MD-01 | Region: ..." between the headline and "Published: ...": the date's block of fields,
                // or rows of facts ("★★★★☆ 4.1 · 212 reviews · #7 of 31 places to stay") (a line of prose, "Held on
                // Wednesday 25 October 2017 at 10.00", dates a record, not the page)
                metaRun = neighbourAt(kinds, metaRun, 1, bodyStart);
            }
            if (overDate && metaRun == dateLine) {
                // right over the line that dates the page: the headline, over later lines beside a field
                score = 3;
            } else if (overDate && below == i + 1 && kinds[below] == Kind.FREE && neighbourAt(kinds, below, 1, bodyStart) == dateLine
                    && mostlyCapitals(lines.get(i)) && !mostlyCapitals(lines.get(below))) {
                // "CONFLICT-ZONE AIRSPACE DIGEST: ..." over "Incident archive 2015–2018 and ...": a headline in capitals
                // over its deck
                score = 4;
            }
            if (fewWords && (score != 3 || !NAMED_ENTRY.matcher(lines.get(i)).matches())) {
                // a line of a word or two is no headline, unless a record's name right over the line that dates it
                // ("MOSKVA (121)" over "Entry last updated: 12 July 2022 | Status: LOST")
                continue;
            }
            if (lines.get(i).endsWith("?") && score < 3) {
                // a question beside a field line is a subheading; right over the line that dates the page it is the headline
                score--;
            }
            if (BRACKETED_LINE.matcher(lines.get(i)).matches() || EDITION.matcher(segments(lines.get(i)).get(0)).find()
                    || CODE_FIELD.matcher(lines.get(i)).matches() || COMPILED_BY.matcher(lines.get(i)).lookingAt()) {
                // "("Zagros Highland", "ZHP" or "the Company")": the names a notice goes on to use; "Instruction sheet,
                // 2nd edition, printed March 2019": which printing of the document, not its title
                continue;
            }
            if (PART_HEADING.matcher(lines.get(i)).lookingAt()) {
                // "Section 4: Field post, censored and interrupted mail": the part of the document under its title
                score -= 2;
            }
            if (TRAIL.matcher(lines.get(i)).find()) {
                // "What's On > Studio > A Loaf in the Camp > Digital programme": where the page sits, not its headline
                continue;
            }
            if (isMasthead(lines.get(i)) || STANDFIRST.matcher(lines.get(i)).lookingAt()) {
                score -= 2;
            }
            if (repeatsEarlierLine(lines, i)) {
                // "The Standing Committee on Foreign Affairs" over the body, after it stood over the title: a running head
                continue;
            }
            if (score >= bestScore) {
                best = i;
                bestScore = score;
            }
        }
        if (knownTitle != null && noBody) {
            return -1;
        }
        return best >= 0 ? best : last;
    }

    /**
     * Whether a date in brackets closes a name of three words or more: the period a title covers ("Euphrates valley
     * campaign (October–November 2017)"), not the page's date.
     */
    private static boolean titlesPeriod(String segment, Dates.Found date) {
        int open = segment.lastIndexOf('(', date.start());
        return open > 0 && segment.indexOf(')', open) >= date.end() - 1 && segment.strip().endsWith(")")
                && Boilerplate.words(segment.substring(0, open)) >= 3;
    }

    /**
     * Whether a date closes a span of days after a name of three words or more: the period a heading covers ("Harbour
     * traffic log, 29 February – 5 March 2024"), once a labelled line has dated the page.
     */
    private static boolean closesSpan(String segment, Dates.Found date) {
        Matcher opens = SPAN_OPENING.matcher(segment.substring(0, date.start()));
        return opens.find() && Boilerplate.words(segment.substring(0, opens.start())) >= 3;
    }

    /** The first day of a span, up to its dash: "29 February – ", "1 - ", "3 to ". */
    private static final Pattern SPAN_OPENING = Pattern.compile("\\b\\d{1,2}(?:\\s+\\p{L}+)?\\s*(?:[–—-]|to)\\s*$");

    /** Whether a line next to this one, or two away, is written in the Latin script: the page is bilingual. */
    private static boolean latinAround(List<String> lines, int i) {
        for (int j = Math.max(0, i - 2); j <= Math.min(lines.size() - 1, i + 2); j++) {
            if (j != i && LATIN.matcher(lines.get(j)).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a head line says again what a line above it said, but for a leading "The". */
    private static boolean repeatsEarlierLine(List<String> lines, int i) {
        String line = LEADING_THE.matcher(lines.get(i)).replaceFirst("");
        for (int j = 0; j < i; j++) {
            if (LEADING_THE.matcher(lines.get(j)).replaceFirst("").equalsIgnoreCase(line)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");
    /** Letters, but none in the Latin script: a line of a bilingual page's head in its other language. */
    private static final Pattern OTHER_SCRIPT_ONLY = Pattern.compile("^[^\\p{IsLatin}]*\\p{L}[^\\p{IsLatin}]*$");
    private static final Pattern LEADING_THE = Pattern.compile("(?i)^\\s*the\\s+");

    /** A free head line of four words or more ending in a colon, whose headline goes on in the next line. */
    private static boolean continuesOnNextLine(List<String> lines, int i) {
        String line = lines.get(i);
        if (i + 1 >= lines.size()) {
            return false;
        }
        String next = lines.get(i + 1);
        if (!next.isEmpty() && Character.isLowerCase(next.charAt(0)) && Boilerplate.words(next) <= 8
                && Boilerplate.words(line) >= 2 && !endsSentence(line) && !isBodyLine(next)) {
            // a headline set on two lines of a printed page: "Kurds seize border town" / "from lslamic State"
            return true;
        }
        if (!line.endsWith(":") || Boilerplate.words(line) < 4) {
            return false;
        }
        return !next.isEmpty() && !isBodyLine(next) && !Boilerplate.isListItem(next)
                && Character.isLetterOrDigit(next.charAt(0));
    }

    /**
     * Whether a bar of links that ends with the reader's account opens with a site's name: a word with a capital
     * inside ("KindKettle") or two to four capitalised words ("Harbour Giving"), not a link ("Discover", "Routes").
     */
    private static boolean siteBar(List<String> segments) {
        return segments.size() >= 3 && ACCOUNT_LINKS.matcher(segments.get(segments.size() - 1)).find()
                && SITE_NAME.matcher(segments.get(0)).matches() && !isSectionLabel(segments.get(0));
    }

    /** A site's name as a bar of links gives it first: "KindKettle", "Harbour Giving". */
    private static final Pattern SITE_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+\\p{Lu}\\p{L}*"
            + "|\\p{Lu}[\\p{L}&'-]*(?:\\s+\\p{Lu}[\\p{L}&'-]*){1,3}");

    /** Whether the first line is a masthead with a navigation bar under it ("Home | What's On | Book Tickets"). */
    private static boolean mastheadOverNavigation(List<String> lines, Kind[] kinds) {
        int first = nextNonBlank(lines, 0);
        if (first >= lines.size() || !isMasthead(lines.get(first))) {
            return false;
        }
        int next = nextNonBlank(lines, first + 1);
        return next < lines.size() && kinds[next] == Kind.SECTION;
    }

    /** A name in capitals of up to six words ("STRATA & STONE"): the outlet's masthead rather than a headline. */
    private static boolean isMasthead(String line) {
        return line.codePoints().noneMatch(Character::isLowerCase) && Bylines.looksLikeOutlet(line);
    }

    /** Columns set apart by runs of spaces, or a kicker's slash: "OCMI/R/2016/14      Distr.: General", "SYRIA / TURKEY". */
    private static final Pattern COLUMNS_OR_SLASH = Pattern.compile("\\S {3,}\\S| / ");

    /** Whether four in five of a line's letters are capitals. */
    private static boolean mostlyCapitals(String line) {
        long letters = line.codePoints().filter(Character::isLetter).count();
        long capitals = line.codePoints().filter(Character::isUpperCase).count();
        return letters >= 8 && capitals * 5 >= letters * 4;
    }

    /** The kind of the nearest classified, not dropped line before ({@code step -1}) or after ({@code 1}) line i. */
    private static Kind neighbour(Kind[] kinds, int i, int step, int bodyStart) {
        int j = neighbourAt(kinds, i, step, bodyStart);
        return j < 0 ? null : kinds[j];
    }

    /** Where the nearest classified, not dropped line before ({@code step -1}) or after ({@code 1}) line i is, or -1. */
    private static int neighbourAt(Kind[] kinds, int i, int step, int bodyStart) {
        for (int j = i + step; j >= 0 && j < bodyStart; j += step) {
            if (kinds[j] != null && kinds[j] != Kind.DROP) {
                return j;
            }
        }
        return -1;
    }

    /** The first outlet-shaped free line before the title (or the first short one after it); marks it dropped. */
    private static String findOutlet(List<String> lines, Kind[] kinds, int bodyStart, int title, BitSet dropped) {
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < bodyStart; i++) {
                if (kinds[i] != Kind.FREE || i == title || (pass == 0) != (i < title)) {
                    continue;
                }
                Matcher motto = MASTHEAD_MOTTO.matcher(lines.get(i));
                String first = motto.matches() && pass == 0 ? motto.group(1) : ACRONYM.matcher(segments(lines.get(i)).get(0)).replaceFirst("");
                String beforeUnit = UNIT_AFTER.matcher(first).replaceFirst("");
                if (pass == 0 && !beforeUnit.equals(first) && Bylines.looksLikeOutlet(beforeUnit)) {
                    first = beforeUnit;
                }
                boolean shortEnough = pass == 0 || Boilerplate.words(first) <= 4;
                if (shortEnough && !NUMBERED_PART.matcher(first).lookingAt() && Bylines.looksLikeOutlet(first)) {
                    kinds[i] = Kind.META;
                    dropped.set(i);
                    // "JAZIRA VOICE FM 94.2": a station's name without its frequency
                    return FREQUENCY.matcher(first).replaceFirst("");
                }
            }
        }
        return null;
    }

    /**
     * Whether a line of one sentence that does not close with a full stop stands over a short line that opens with the
     * page's date: a headline set as a question ("Visiting grandad's grave at Tripoli War Cemetery – is it possible yet?"
     * over "Thread opened 9 July 2019 · 8 posts"), not the first line of the body.
     */
    private static boolean headlineOverDate(List<String> lines, LineWraps wraps, int i) {
        String line = lines.get(i);
        if (Boilerplate.words(line) >= 25 || line.endsWith(".") || !wraps.block(lines, i).equals(line)) {
            return false;
        }
        int next = nextNonBlank(lines, i + 1);
        if (next >= lines.size() || isBodyLine(lines.get(next))) {
            return false;
        }
        String first = segments(lines.get(next)).get(0);
        return Dates.find(first).isPresent() && Boilerplate.words(DATE_NOISE.matcher(first).replaceAll(" ")) <= 4;
    }

    /** A line that reads as running text: a long sentence, or a long line. */
    static boolean isBodyLine(String line) {
        int w = Boilerplate.words(line);
        return w >= 25 || w >= 12 && (endsSentence(line) || line.length() >= 160);
    }

    static boolean endsSentence(String line) {
        int i = line.length() - 1;
        while (i >= 0 && "\"”’')]".indexOf(line.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…".indexOf(line.charAt(i)) >= 0;
    }

    /** A caption: ends in a photo credit, is glued to itself, or is repeated on the next or previous line. */
    static boolean isCaptionAt(List<String> lines, int i) {
        String line = lines.get(i);
        if (Boilerplate.isCaption(line) || Boilerplate.isGluedDuplicate(line)) {
            return true;
        }
        if (Boilerplate.words(line) > 45) {
            return false;
        }
        int next = nextNonBlank(lines, i + 1);
        int prev = i - 1;
        while (prev >= 0 && lines.get(prev).isEmpty()) {
            prev--;
        }
        return next < lines.size() && lines.get(next).equals(line) || prev >= 0 && lines.get(prev).equals(line);
    }

    /**
     * A field of a record's head, named in lower case after its first word: "Date of issue: 30 April 2019", "Downloads:
     * Lesson plan (PDF) · Slides (PPT)", "Buyer's premium: 25% + VAT"; not "Situation Report No. 9: Tal Afar operations" or "Still Waiting: ...".
     */
    private static final Pattern FIELD_LINE = Pattern.compile("^\\p{Lu}[\\p{Ll}'’-]*(?: [\\p{Ll}'’-]+){0,4}:\\s+\\S.*");
    /** A field's name of one capitalised word, which may also open a headline: "Syria: rebels retake Palmyra". */
    private static final Pattern ONE_WORD_FIELD = Pattern.compile("^\\p{Lu}[\\p{L}-]*:\\s+(?:\\S+\\s+){3,}\\S+.*");

    /**
     * Whether a line is one of two or more field lines that follow each other with no blank line between; the
     * first of them is not when it reads as a headline after a one-word name ("Syria: rebels retake Palmyra").
     */
    private static boolean inFieldBlock(List<String> lines, int i) {
        if (!FIELD_LINE.matcher(lines.get(i)).matches()) {
            return false;
        }
        boolean before = i > 0 && FIELD_LINE.matcher(lines.get(i - 1)).matches();
        boolean after = i + 1 < lines.size() && FIELD_LINE.matcher(lines.get(i + 1)).matches();
        // a list of parts ("Legend: [S] stock flag · [SIT] situation note · [SEC] security") is no headline
        // "Manuscript: "Holding the Euphrates ..."" over "Article type: ..." and "Report submitted: ...": the first
        // field of a record's block of them
        boolean block = after && i + 2 < lines.size() && FIELD_LINE.matcher(lines.get(i + 2)).matches();
        return before || after && (!ONE_WORD_FIELD.matcher(lines.get(i)).matches() || segments(lines.get(i)).size() >= 3 || block);
    }

    static int previousNonBlank(List<String> lines, int from) {
        int j = from;
        while (j >= 0 && lines.get(j).isEmpty()) {
            j--;
        }
        return j;
    }

    static int nextNonBlank(List<String> lines, int from) {
        int j = from;
        while (j < lines.size() && lines.get(j).isEmpty()) {
            j++;
        }
        return j;
    }

    static List<String> segments(String line) {
        List<String> out = new ArrayList<>();
        for (String s : SEGMENTS.split(line)) {
            if (!s.isBlank() && !PAGE_NUMBER.matcher(s).matches()) {
                out.add(s.strip());
            }
        }
        if (out.size() > 1 && out.stream().anyMatch(s -> LATIN.matcher(s).find())) {
            // a bilingual page's head, "جسر نينوى | NINEVEH BRIDGE": the segments in the text's own script
            out.removeIf(s -> OTHER_SCRIPT_ONLY.matcher(s).matches());
        }
        if (out.isEmpty()) {
            out.add(line);
        }
        return out;
    }

    private static boolean isSectionLabel(String segment) {
        boolean content = false;
        for (String w : segment.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (SECTION_WORDS.contains(w)) {
                content = true;
            } else if (!CONNECTORS.contains(w)) {
                return false;
            }
        }
        return content;
    }

    private static boolean allShort(List<String> segments, int maxWords) {
        return segments.stream().allMatch(s -> Boilerplate.words(s) <= maxWords);
    }

    static boolean sameText(String a, String b) {
        return Whitespace.line(a).equalsIgnoreCase(Whitespace.line(b));
    }
}
