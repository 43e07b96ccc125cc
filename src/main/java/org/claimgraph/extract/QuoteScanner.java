package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.model.Article;
import org.claimgraph.model.Span;

/**
 * Finds the quoted passages of a text (straight or curly double quotes, or single quotes in a
 * paragraph without double ones), one segment per paragraph:
 * a quote that runs over several paragraphs, each reopened with a quote mark, gives one segment per
 * paragraph marked as continuing the previous one. Unbalanced marks are dropped. Also finds where a
 * page's commentary begins (a blog's "My Comment:" or its reader comments). Stateless.
 */
final class QuoteScanner {

    /** A quoted passage: the words inside the marks, and its paragraph. */
    record Quote(Span inner, Span paragraph, boolean continuesPrevious) {
        int open() {
            return inner.start() - 1;
        }

        int close() {
            return inner.end() + 1;
        }
    }

    private static final Pattern COMMENTARY = Pattern.compile("(?im)^[ \\t]*(?:my comments?|my take|my opinion"
            + "|\\d+ comments?|no comments|comments|leave a reply|leave a comment|post a comment|reader comments)"
            + "[ \\t]*:?[ \\t]*$");

    private QuoteScanner() {
    }

    /**
     * The same analysed text with no-break and thin spaces turned into plain spaces, so that patterns can
     * use {@code \\s}; offsets are unchanged.
     */
    static AnalyzedText withPlainSpaces(AnalyzedText text) {
        String t = text.text();
        String plain = t.replace('\u00a0', ' ').replace('\u2009', ' ').replace('\u202f', ' ').replace('\u2007', ' ');
        if (plain.equals(t)) {
            return text;
        }
        Article a = text.article();
        Article copy = new Article(a.sourceName(), a.key(), plain, a.title(), a.published(), a.publisher(), a.author(),
                a.url());
        return new AnalyzedText(copy, text.sentences(), text.mentions());
    }

    /**
     * The text's sentences; when the analysis gave none, the text cut at line breaks and full stops, so
     * that a finder run without a sentence splitter still sees the text.
     */
    static List<Span> sentences(AnalyzedText text) {
        if (!text.sentences().isEmpty() || text.text().isBlank()) {
            return text.sentences();
        }
        String t = text.text();
        List<Span> out = new ArrayList<>();
        int start = 0;
        while (start < t.length()) {
            int end = SpeakerNames.sentenceEnd(t, start);
            int stop = end < t.length() && t.charAt(end) != '\n' ? end + 1 : end;
            if (t.substring(start, stop).isBlank()) {
                start = stop + 1;
                continue;
            }
            out.add(new Span(start, stop));
            start = stop + 1;
        }
        return out;
    }

    /** Where the writer's own commentary or the readers' comments begin, or the text's length. */
    static int commentaryStart(String text) {
        Matcher m = COMMENTARY.matcher(text);
        return m.find() ? m.start() : text.length();
    }

    /** The quoted passages in text order. */
    static List<Quote> scan(String text) {
        List<Quote> quotes = new ArrayList<>();
        Quote unterminated = null;
        int ps = 0;
        while (ps < text.length()) {
            int pe = text.indexOf('\n', ps);
            if (pe < 0) {
                pe = text.length();
            }
            int first = firstNonSpace(text, ps, pe);
            if (first < 0) {
                ps = pe + 1;
                continue;
            }
            boolean continues = unterminated != null && isQuoteMark(text.charAt(first));
            if (unterminated != null && !continues) {
                quotes.remove(unterminated);
            }
            unterminated = null;
            Span paragraph = new Span(ps, pe);
            if (!continues && noDoubleMarks(text, ps, pe)) {
                singleQuoted(text, paragraph, quotes);
                ps = pe + 1;
                continue;
            }
            int open = continues ? first : -1;
            for (int i = continues ? first + 1 : ps; i < pe; i++) {
                char c = text.charAt(i);
                if (c == '“' && open < 0) {
                    open = i;
                } else if ((c == '”' || c == '"') && open >= 0) {
                    quotes.add(new Quote(new Span(open + 1, i), paragraph, continues));
                    continues = false;
                    open = -1;
                } else if (c == '"') {
                    open = i;
                }
            }
            if (open >= 0) {
                int end = pe;
                while (end > open + 1 && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                unterminated = new Quote(new Span(open + 1, end), paragraph, continues);
                quotes.add(unterminated);
            }
            ps = pe + 1;
        }
        if (unterminated != null) {
            quotes.remove(unterminated);
        }
        quotes.removeIf(q -> q.inner().length() == 0);
        return List.copyOf(quotes);
    }

    private static boolean noDoubleMarks(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '”' || c == '"') {
                return false;
            }
        }
        return true;
    }

    /**
     * Passages in single quotes (‘We have taken the hill,’ he said; straight ones too), in a paragraph without
     * double quotes: the opening mark starts a word; the closing one follows sentence punctuation or is followed by
     * it, and is never followed by a letter (an apostrophe: "we’ve", "the group’s").
     */
    private static void singleQuoted(String text, Span paragraph, List<Quote> quotes) {
        int open = -1;
        for (int i = paragraph.start(); i < paragraph.end(); i++) {
            char c = text.charAt(i);
            boolean straight = c == '\'';
            if ((c == '‘' || straight) && open < 0 && (i == paragraph.start() || Character.isWhitespace(text.charAt(i - 1))
                    || text.charAt(i - 1) == '(') && i + 1 < paragraph.end() && Character.isLetter(text.charAt(i + 1))) {
                open = i;
            } else if (open >= 0 && i > open + 1 && c == (text.charAt(open) == '‘' ? '’' : '\'')) {
                char before = text.charAt(i - 1);
                char after = i + 1 < paragraph.end() ? text.charAt(i + 1) : ' ';
                boolean closes = !Character.isLetterOrDigit(after)
                        && (",.!?…".indexOf(before) >= 0 || ",.;:!?)".indexOf(after) >= 0 || i + 1 == paragraph.end());
                if (closes) {
                    quotes.add(new Quote(new Span(open + 1, i), paragraph, false));
                    open = -1;
                }
            }
        }
    }

    private static boolean isQuoteMark(char c) {
        return c == '“' || c == '"';
    }

    private static int firstNonSpace(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a word count makes a quote more than a scare quote ("capital", "caliphate"). */
    static boolean isSpeech(String quoted) {
        return quoted.trim().split("\\s+").length >= 3;
    }
}
