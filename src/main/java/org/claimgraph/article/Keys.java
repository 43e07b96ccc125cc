package org.claimgraph.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Article keys: lower-case slugs {@code [a-z0-9][a-z0-9-]*}. A file's key is the slug of its name
 * without extension ({@code 000_a4bedf46da72e779.txt} gives {@code 000-a4bedf46da72e779}); a JSON
 * Lines record's key is the slug of the file name followed by {@code -} and its line number
 * ({@code feed.jsonl} line 7 gives {@code feed-7}).
 */
final class Keys {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final int MAX_LENGTH = 80;

    private Keys() {
    }

    /** The key of a file: the slug of its name without the last extension. */
    static String forFile(String fileName) {
        return slug(stripExtension(fileName));
    }

    /** The key of one JSON Lines record. */
    static String forLine(String fileName, int line) {
        return slug(stripExtension(fileName)) + "-" + line;
    }

    static String stripExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** A slug of any text; text with no letters or digits gets a short hash instead. */
    static String slug(String text) {
        String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String slug = NON_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = trimDashes(slug);
        if (slug.length() > MAX_LENGTH) {
            slug = trimDashes(slug.substring(0, MAX_LENGTH));
        }
        return slug.isEmpty() ? "article-" + shortHash(text) : slug;
    }

    private static String trimDashes(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }

    static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
