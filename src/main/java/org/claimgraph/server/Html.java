package org.claimgraph.server;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A fragment of HTML built only from escaped text and markup written in this package's code, never from
 * unescaped data. Every factory that takes data escapes it; links to anything but our own paths or
 * http(s) IRIs become inert.
 */
final class Html {
    static final Html EMPTY = new Html("");
    private static final Pattern TAG = Pattern.compile("[a-z][a-z0-9]*");
    private static final Pattern CSS_CLASS = Pattern.compile("[a-z0-9 -]*");
    private static final Pattern URL_SCHEME = Pattern.compile("(?i)https?://[^\\s]+");

    private final String markup;

    private Html(String markup) {
        this.markup = markup;
    }

    /** Markup produced by this package from constants and escaped values (templates, builders). */
    static Html trusted(String markup) {
        return new Html(markup);
    }

    /** Text, escaped. */
    static Html text(String text) {
        return new Html(HtmlTemplate.escape(text == null ? "" : text));
    }

    /** The fragments one after the other. */
    static Html concat(Html... parts) {
        StringBuilder out = new StringBuilder();
        for (Html part : parts) {
            out.append(part.markup);
        }
        return new Html(out.toString());
    }

    static Html join(Iterable<Html> parts) {
        StringBuilder out = new StringBuilder();
        for (Html part : parts) {
            out.append(part.markup);
        }
        return new Html(out.toString());
    }

    /** {@code <tag>body</tag>}; the tag name is a constant of our code. */
    static Html tag(String name, Html body) {
        return tag(name, null, body);
    }

    /** {@code <tag class="...">body</tag>}; the tag name and classes are constants of our code. */
    static Html tag(String name, String cssClass, Html body) {
        if (!TAG.matcher(name).matches() || (cssClass != null && !CSS_CLASS.matcher(cssClass).matches())) {
            throw new IllegalArgumentException("bad tag or class: " + name + " " + cssClass);
        }
        String open = cssClass == null ? "<" + name + ">" : "<" + name + " class=\"" + cssClass + "\">";
        return new Html(open + body.markup + "</" + name + ">");
    }

    /** A link; an href that is neither a path of this site nor an http(s) URL is not linked. */
    static Html link(String href, Html body) {
        String safe = safeHref(href);
        if (safe == null) {
            return tag("span", body);
        }
        return new Html("<a href=\"" + HtmlTemplate.escape(safe) + "\">" + body.markup + "</a>");
    }

    static Html link(String href, String text) {
        return link(href, text(text));
    }

    /** An element with an id attribute; the id is built by our code from constants and numbers. */
    static Html anchored(String name, String id, String cssClass, Html body) {
        Html inner = tag(name, cssClass, body);
        String open = "<" + name;
        return new Html(open + " id=\"" + HtmlTemplate.escape(id) + "\"" + inner.markup.substring(open.length()));
    }

    /** The href to emit, or null when the value must not become a link. */
    static String safeHref(String href) {
        if (href == null) {
            return null;
        }
        String h = href.strip();
        if ((h.startsWith("/") && !h.startsWith("//")) || h.startsWith("#") || h.startsWith("?")) {
            return h;
        }
        if (URL_SCHEME.matcher(h).matches()) {
            String scheme = h.substring(0, h.indexOf(':')).toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? h : null;
        }
        return null;
    }

    String markup() {
        return markup;
    }

    @Override
    public String toString() {
        return markup;
    }
}
