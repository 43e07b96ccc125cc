package org.claimgraph.article;

import java.time.LocalDate;

/**
 * What a page says about itself; any field may be null.
 *
 * @param title     the headline as written
 * @param published the publication date
 * @param publisher the outlet's name as written
 * @param author    the author's name as written
 * @param url       where it was published
 */
record Metadata(String title, LocalDate published, String publisher, String author, String url) {
    static final Metadata EMPTY = new Metadata(null, null, null, null, null);

    /** This metadata with every field that {@code other} states replaced by {@code other}'s value. */
    Metadata overriddenBy(Metadata other) {
        return new Metadata(
                pick(other.title, title),
                other.published != null ? other.published : published,
                pick(other.publisher, publisher),
                pick(other.author, author),
                pick(other.url, url));
    }

    private static String pick(String preferred, String fallback) {
        return preferred != null && !preferred.isBlank() ? preferred : fallback;
    }
}
