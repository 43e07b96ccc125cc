package org.claimgraph.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns raw article text into the final cleaned text and the metadata its head and credit lines
 * state. The headline is the first paragraph; paragraphs are separated by one blank line; inside a
 * kept line only whitespace runs are changed.
 */
final class TextCleaner {
    private static final Pattern ENCLOSING_QUOTES = Pattern.compile("^[\"“‘']+|[\"”’']+$");
    private static final int MAX_DEDUP_PARAGRAPHS = 400;

    /** The cleaned text and what the text says about the article. */
    record Cleaned(String text, Metadata metadata) {
    }

    private TextCleaner() {
    }

    /**
     * Cleans raw text.
     *
     * @param knownTitle the headline stated outside the text (HTML, JSON Lines, sidecar), or null
     */
    static Cleaned clean(String raw, String knownTitle) {
        ICalendar.Calendar calendar = ICalendar.read(raw);
        if (calendar != null) {
            // a calendar reads as its events; its name is its title
            knownTitle = knownTitle != null ? knownTitle : calendar.title();
            raw = calendar.text();
        }
        List<String> raws = Whitespace.lines(raw);
        List<String> shown = Markdown.read(raws);
        if (knownTitle == null && shown != raws) {
            // a Markdown page's first "# " heading is its title
            knownTitle = Markdown.title(raws);
        }
        Slides.Deck deck = Slides.read(shown);
        if (knownTitle == null) {
            // a slide deck's first slide holds only its title
            knownTitle = deck.title();
        }
        List<String> lines = DataRows.read(MailThread.read(Subtitles.read(Pgn.read(deck.lines()))));
        LineWraps wraps = LineWraps.of(lines);
        Header.Result head = Header.parse(lines, wraps, knownTitle);
        Body.Result body = Body.clean(lines, head);
        List<String> paragraphs = dropRepeats(paragraphs(body.lines(), wraps));
        Metadata m = head.metadata();
        String title = m.title();
        if (title == null && knownTitle != null && !knownTitle.isBlank()) {
            title = Whitespace.line(knownTitle);
            paragraphs.add(0, title);
        }
        String publisher = first(head.bylineOutlet(), m.publisher(), body.bylineOutlet(), body.source(),
                head.tickerOutlet(), body.datelineOutlet(), body.imprint(), body.maintainer());
        String author = first(m.author(), body.author());
        Metadata found = new Metadata(title, first(m.published(), body.footerDate()), publisher, author, null);
        return new Cleaned(String.join("\n\n", paragraphs), found);
    }

    /** The first of the values that is not null, or null. */
    @SafeVarargs
    static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /**
     * Groups kept lines into paragraphs: a blank line ends a paragraph; a line break inside a block
     * also ends one, unless it is a hard wrap ({@link LineWraps}), where the lines are joined.
     */
    static List<String> paragraphs(List<String> lines, LineWraps wraps) {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        String previous = null;
        for (String line : lines) {
            if (line.isEmpty()) {
                if (current != null) {
                    out.add(current.toString());
                    current = null;
                }
                continue;
            }
            if (current != null && wraps.isWrap(previous, line)) {
                wraps.join(current, line);
            } else {
                if (current != null) {
                    out.add(current.toString());
                }
                current = new StringBuilder(line);
            }
            previous = line;
        }
        if (current != null) {
            out.add(current.toString());
        }
        return out;
    }

    /**
     * Drops a short paragraph whose words (without enclosing quotes) appear again inside another
     * paragraph: pull quotes and repeated lead sentences. The headline (first paragraph) stays.
     */
    static List<String> dropRepeats(List<String> paragraphs) {
        List<String> out = new ArrayList<>(paragraphs.size());
        if (paragraphs.size() > MAX_DEDUP_PARAGRAPHS) {
            out.addAll(paragraphs);
            return out;
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            String core = ENCLOSING_QUOTES.matcher(p).replaceAll("");
            boolean repeated = false;
            if (i > 0 && core.length() >= 40 && Boilerplate.words(p) <= 60) {
                for (int j = 1; j < paragraphs.size() && !repeated; j++) {
                    String q = paragraphs.get(j);
                    repeated = j != i && (q.length() > p.length() || q.equals(p) && j > i) && q.contains(core);
                }
            }
            if (!repeated) {
                out.add(p);
            }
        }
        return out;
    }
}
