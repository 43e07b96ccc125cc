package org.claimgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML page from a classpath template with {@code {{name}}} slots. Every string value is HTML-escaped
 * when filled in; an {@link Html} value is markup already built from escaped parts and goes in as it is.
 * A slot without a value is an error, not an empty string.
 */
final class HtmlTemplate {
    private static final Pattern SLOT = Pattern.compile("\\{\\{([a-zA-Z][a-zA-Z0-9]*)}}");
    private final String text;

    private HtmlTemplate(String text) {
        this.text = text;
    }

    /** Renders to an {@link Html} fragment, for templates of page parts. */
    Html fragment(Map<String, ?> values) {
        return Html.trusted(render(values));
    }

    /** Loads a template beside this class. */
    static HtmlTemplate load(String name) {
        return new HtmlTemplate(resource(name));
    }

    /** A text resource beside this class, as UTF-8. */
    static String resource(String name) {
        try (InputStream in = HtmlTemplate.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + name + "; rebuild the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String render(Map<String, ?> values) {
        Matcher m = SLOT.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 256);
        while (m.find()) {
            Object value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("No value for template slot " + m.group(1));
            }
            String filled = value instanceof Html html ? html.markup() : escape(value.toString());
            m.appendReplacement(out, Matcher.quoteReplacement(filled));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
