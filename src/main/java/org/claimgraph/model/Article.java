package org.claimgraph.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * One article as read and cleaned: the text claims point into, and what its page says about it.
 *
 * @param sourceName the input file name (or URL, for JSON Lines records without a file of their own)
 * @param key        the article's stable key, a slug that ends its IRIs
 * @param text       the cleaned text; every claim offset refers to this string
 * @param title      the headline, or null
 * @param published  the publication date, or null when the page does not state it
 * @param publisher  the outlet's name as written, or null
 * @param author     the author's name as written, or null
 * @param url        where it was published, or null
 */
public record Article(String sourceName, String key, String text, String title, LocalDate published,
                      String publisher, String author, String url) {
    public Article {
        requireNonNull(sourceName, "sourceName");
        requireNonNull(key, "key");
        requireNonNull(text, "text");
        if (!key.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("article key must be a lower-case slug: '" + key + "'");
        }
    }
}
