package org.claimgraph.article;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a news feed saved as a file (RSS 2.0 or Atom) as one page: the feed's title is the title, its last build
 * date (or its newest item's) the publication date, and the site that "appeared first on" names, or the first part
 * of the feed's title, the publisher. Each item becomes a "Posted" line with its own date (so that "on Thursday" in it
 * counts from that day), its headline, and its description read as HTML, whether the HTML is in CDATA or escaped.
 */
final class FeedReader {
    /** The head of a feed document, after an XML declaration and comments, if any. */
    private static final Pattern FEED_START = Pattern.compile(HtmlReader.PROLOG + "(?:rss|feed|rdf:RDF)\\b", Pattern.DOTALL);
    /** WordPress's footer of every item: "The post X appeared first on Orontes Daily." */
    private static final Pattern APPEARED_FIRST = Pattern.compile("(?i)^The post .+ appeared first on (.+?)\\.?$");
    /** Separators between a site's name and a section in a feed's title: "Orontes Daily - Syria". */
    private static final Pattern TITLE_PARTS = Pattern.compile("\\s+[-–—|»:]\\s+");
    private static final DateTimeFormatter POSTED = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private FeedReader() {
    }

    /** Whether the text is a feed document rather than an article. */
    static boolean isFeed(String content) {
        return HtmlReader.opensWith(content, FEED_START);
    }

    static HtmlReader.Page parse(String xml) {
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        Element channel = TextCleaner.first(doc.selectFirst("channel"), doc.selectFirst("feed"), doc);
        String title = childText(channel, "title");
        LocalDate built = date(TextCleaner.first(childText(channel, "lastBuildDate"), childText(channel, "updated"),
                childText(channel, "pubDate")));
        LocalDate newest = null;
        String firstOn = null;
        // the feed's title heads the page, so that no item's headline is taken for it
        StringBuilder body = new StringBuilder(title == null ? "" : title + "\n\n");
        for (Element item : doc.select("item, entry")) {
            String headline = childText(item, "title");
            LocalDate posted = date(TextCleaner.first(childText(item, "pubDate"), childText(item, "published"),
                    childText(item, "updated"), childText(item, "dc|date")));
            if (posted != null && (newest == null || posted.isAfter(newest))) {
                newest = posted;
            }
            if (posted != null) {
                body.append("Posted ").append(POSTED.format(posted)).append("\n\n");
            }
            if (headline != null) {
                body.append(headline).append("\n\n");
            }
            String html = TextCleaner.first(childText(item, "content|encoded"), childText(item, "content"),
                    childText(item, "description"), childText(item, "summary"));
            if (html == null) {
                continue;
            }
            for (String line : HtmlReader.blockText(Jsoup.parseBodyFragment(html).body()).split("\n")) {
                String s = Whitespace.line(line);
                Matcher footer = APPEARED_FIRST.matcher(s);
                if (footer.matches()) {
                    firstOn = firstOn != null ? firstOn : footer.group(1).strip();
                } else if (!s.isEmpty()) {
                    body.append(s).append("\n\n");
                }
            }
        }
        String publisher = firstOn != null ? firstOn : title == null ? null : TITLE_PARTS.split(title, 2)[0];
        Metadata meta = new Metadata(title, TextCleaner.first(built, newest), publisher, null, null);
        return new HtmlReader.Page(meta, body.toString());
    }

    /** The text of an element's direct child with this name (a namespaced name is written "dc|date"). */
    private static String childText(Element parent, String name) {
        for (Element child : parent.children()) {
            if (child.normalName().equals(name.replace('|', ':').toLowerCase(Locale.ROOT))) {
                String t = child.wholeText().strip();
                return t.isEmpty() ? null : t;
            }
        }
        return null;
    }

    private static LocalDate date(String value) {
        return value == null ? null : Dates.parseValue(value).orElse(null);
    }
}
