package org.claimgraph.article;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The input formats, told apart by file extension. */
public enum ArticleFormat {
    /**
     * Plain text: {@code .txt}, {@code .text}, {@code .md}, subtitle files ({@code .srt}, {@code .vtt}), whose cues the
     * cleaner reads as running text, and iCalendar files ({@code .ics}), read as their events' text; also any file named explicitly with another extension.
     */
    TEXT,
    /** HTML pages: {@code .html}, {@code .htm}, {@code .xhtml}. */
    HTML,
    /** JSON Lines, one article object per line: {@code .jsonl}, {@code .ndjson}. */
    JSON_LINES;

    /** The format a file's extension names; empty for unsupported extensions and sidecar {@code *.meta.json} files. */
    public static Optional<ArticleFormat> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(Sidecar.SUFFIX)) {
            return Optional.empty();
        }
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return switch (ext) {
            case "txt", "text", "md", "srt", "vtt", "ics" -> Optional.of(TEXT);
            case "html", "htm", "xhtml" -> Optional.of(HTML);
            case "jsonl", "ndjson" -> Optional.of(JSON_LINES);
            default -> Optional.empty();
        };
    }
}
