package org.claimgraph.article;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML pages: metadata from Open Graph, article and JSON-LD tags, text from the article body
 * ({@code <article>}, {@code <main>}, or the block with the most paragraph text) without navigation,
 * headers, footers, asides, scripts, forms, captions, share bars and comments.
 */
final class HtmlReader {
    private static final String NOISE_TAGS = "script, style, noscript, template, nav, footer, aside, form, "
            + "iframe, svg, button, input, select, textarea, figcaption, figure, dialog, object, embed";
    private static final Pattern NOISE_NAME = Pattern.compile("(?i)(^|[\\s_-])(share|sharing|social|comments?|"
            + "related|newsletter|subscribe|promo|advert\\w*|ads?|cookies?|consent|breadcrumbs?|sidebar|widget|"
            + "popup|modal|sponsored|recommended|most-read|mostread|outbrain|taboola|disqus|poll|tags|byline-share)"
            + "([\\s_-]|$)");
    private static final Set<String> KEEP_CONTAINERS = Set.of("html", "body", "main", "article");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "tr", "table", "dd", "dt", "dl", "hr",
            "address", "header", "footer", "figure", "center");
    private static final Pattern JSONLD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\t]+");
    /** What may stand before a markup document's first element: an XML declaration and comments. */
    static final String PROLOG = "\\A\\s*(?:<\\?xml[^>]*\\?>\\s*)?(?:<!--.*?-->\\s*)*<";
    /** How much of a file is read to tell what kind of markup document it is. */
    private static final int SNIFF_LENGTH = 2000;
    /** A saved page, whatever its file is called: a doctype or an html element before any text. */
    private static final Pattern HTML_START = Pattern.compile(PROLOG + "(?:!doctype\\s+html|html)\\b",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private HtmlReader() {
    }

    /** The page's metadata and its body as lines of text (blocks separated by blank lines). */
    record Page(Metadata metadata, String bodyText) {
    }

    /** Whether a file's text is an HTML page (read as one even when saved as {@code .txt}). */
    static boolean isPage(String content) {
        return opensWith(content, HTML_START);
    }

    /** Whether the start of a file's text (its first {@value #SNIFF_LENGTH} characters) matches the given head. */
    static boolean opensWith(String content, Pattern head) {
        return head.matcher(content.length() > SNIFF_LENGTH ? content.substring(0, SNIFF_LENGTH) : content).lookingAt();
    }

    static Page parse(String html) {
        Document doc = Jsoup.parse(html);
        Metadata meta = metadata(doc);
        Element root = bodyRoot(doc);
        root.select(NOISE_TAGS).remove();
        for (Element header : root.select("header")) {
            // an article's own header holds its headline, byline and date; a site header holds none of them
            if (header.selectFirst("h1, time, [class*=byline], [rel=author]") == null) {
                header.remove();
            }
        }
        for (Element e : root.select("[class], [id]")) {
            if (!KEEP_CONTAINERS.contains(e.normalName()) && e != root
                    && (NOISE_NAME.matcher(e.className()).find() || NOISE_NAME.matcher(e.id()).find())) {
                e.remove();
            }
        }
        return new Page(meta, blockText(root));
    }

    private static Metadata metadata(Document doc) {
        String publisher = TextCleaner.first(attr(doc, "meta[property=og:site_name]"),
                attr(doc, "meta[name=application-name]"));
        String title = TextCleaner.first(attr(doc, "meta[property=og:title]"), attr(doc, "meta[name=twitter:title]"),
                doc.title().isBlank() ? null : doc.title(), textOf(doc.selectFirst("h1")));
        if (title != null && publisher != null) {
            title = stripSiteSuffix(title, publisher);
        }
        String author = TextCleaner.first(attr(doc, "meta[name=author]"), attr(doc, "meta[property=article:author]"),
                textOf(doc.selectFirst("[rel=author]")));
        if (author != null && author.startsWith("http")) {
            author = null;
        }
        String url = TextCleaner.first(attr(doc, "link[rel=canonical]", "href"), attr(doc, "meta[property=og:url]"));
        return new Metadata(title == null ? null : Whitespace.line(title), published(doc), publisher, author, url);
    }

    private static LocalDate published(Document doc) {
        String[] candidates = {attr(doc, "meta[property=article:published_time]"),
            attr(doc, "meta[itemprop=datePublished]"), attr(doc, "meta[name=date]"), attr(doc, "meta[name=pubdate]"),
            attr(doc, "meta[name=publishdate]"), attr(doc, "meta[name=dc.date]"),
            attr(doc, "meta[name=DC.date.issued]"), attr(doc, "time[datetime]", "datetime"), jsonLdDate(doc)};
        for (String c : candidates) {
            if (c != null) {
                LocalDate d = Dates.parseValue(c).orElse(null);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private static String jsonLdDate(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = JSONLD_DATE.matcher(script.data());
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static Element bodyRoot(Document doc) {
        Element best = null;
        for (Element a : doc.select("article")) {
            if (best == null || a.text().length() > best.text().length()) {
                best = a;
            }
        }
        if (best == null) {
            best = TextCleaner.first(doc.selectFirst("main"), doc.selectFirst("[role=main]"));
        }
        if (best == null) {
            int bestScore = 0;
            for (Element e : doc.select("div, section, td")) {
                int score = 0;
                for (Element p : e.children()) {
                    if (p.normalName().equals("p")) {
                        score += p.text().length();
                    }
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = e;
                }
            }
        }
        return best != null ? best : doc.body();
    }

    /** The element's text with a blank line at every block boundary and a line break at every {@code <br>}. */
    static String blockText(Element root) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(LINE_BREAKS.matcher(t.getWholeText()).replaceAll(" "));
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br")) {
                        sb.append('\n');
                    } else if (BLOCKS.contains(e.normalName())) {
                        sb.append("\n\n");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    sb.append("\n\n");
                }
            }
        }, root);
        return sb.toString();
    }

    private static String stripSiteSuffix(String title, String site) {
        for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: "}) {
            String suffix = sep + site;
            if (title.endsWith(suffix) && title.length() > suffix.length()) {
                return title.substring(0, title.length() - suffix.length()).strip();
            }
        }
        return title;
    }

    private static String attr(Document doc, String query) {
        return attr(doc, query, "content");
    }

    private static String attr(Document doc, String query, String attribute) {
        Element e = doc.selectFirst(query);
        if (e == null) {
            return null;
        }
        String v = e.attr(attribute).strip();
        return v.isEmpty() ? null : v;
    }

    private static String textOf(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.text().strip();
        return t.isEmpty() ? null : t;
    }
}
