package org.claimgraph.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.claimgraph.model.Article;
import org.claimgraph.model.InputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reading articles from files: the entry point of the {@code article} stage. */
public final class Articles {
    private static final Logger LOG = LoggerFactory.getLogger(Articles.class);

    private Articles() {
    }

    /**
     * The article files named by the inputs: files as given, folders walked recursively (sorted,
     * hidden files and sidecar {@code *.meta.json} files skipped, and only {@code .txt .text .md .srt
     * .vtt .html .htm .xhtml .jsonl .ndjson} files taken). Each file appears once.
     *
     * @throws org.claimgraph.model.InputException when an input does not exist
     */
    public static List<Path> expand(List<Path> inputs) {
        Objects.requireNonNull(inputs, "inputs");
        Set<Path> files = new LinkedHashSet<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new InputException(input + ": no such file or folder; check the path");
            }
            if (Files.isDirectory(input)) {
                files.addAll(walk(input));
            } else {
                files.add(input);
            }
        }
        return new ArrayList<>(files);
    }

    private static List<Path> walk(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(folder, p))
                    .filter(p -> ArticleFormat.of(p).isPresent())
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(folder + ": cannot list this folder (" + e.getMessage() + "); check its permissions",
                    e);
        }
    }

    private static boolean isHidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The articles in one file: one for a text or HTML file (with its sidecar metadata, if any),
     * one per line for JSON Lines. Bad JSON Lines lines are skipped and logged as warnings; use
     * {@link #read(Path, Consumer)} to receive them instead.
     *
     * @throws org.claimgraph.model.InputException naming the file (and line) when it cannot be read
     */
    public static List<Article> read(Path file) {
        return read(file, problem -> LOG.warn("{}", problem.getMessage()));
    }

    /**
     * The articles in one file, handing every skipped JSON Lines record to {@code onSkipped} (its
     * message names the file, the line and what is wrong) while the good lines are still read.
     *
     * @throws org.claimgraph.model.InputException when the file is missing, empty, binary, not UTF-8,
     *     has an unreadable sidecar, or (JSON Lines) has no good line at all
     */
    public static List<Article> read(Path file, Consumer<? super InputException> onSkipped) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(onSkipped, "onSkipped");
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            throw new InputException(file + ": plain .json files are not read as articles; put one article object"
                    + " per line in a .jsonl file, or use NAME.meta.json only as the sidecar of NAME.txt");
        }
        String content = InputFiles.readText(file);
        ArticleFormat format = ArticleFormat.of(file).orElse(ArticleFormat.TEXT);
        if (format == ArticleFormat.JSON_LINES) {
            return JsonLinesReader.read(file, content, onSkipped);
        }
        Metadata sidecar = Sidecar.read(file);
        String fileName = file.getFileName().toString();
        TextCleaner.Cleaned cleaned;
        Metadata page;
        // a feed saved with any extension is read item by item, each with its own date; a saved page is
        // read as HTML whatever its extension
        HtmlReader.Page parsed = FeedReader.isFeed(content) ? FeedReader.parse(content)
                : format == ArticleFormat.HTML || HtmlReader.isPage(content) ? HtmlReader.parse(content) : null;
        if (parsed != null) {
            String knownTitle = sidecar.title() != null ? sidecar.title() : parsed.metadata().title();
            cleaned = TextCleaner.clean(parsed.bodyText(), knownTitle);
            page = cleaned.metadata().overriddenBy(parsed.metadata());
        } else {
            cleaned = TextCleaner.clean(content, sidecar.title());
            page = cleaned.metadata();
        }
        if (cleaned.text().isBlank()) {
            throw new InputException(file + ": has no article text left after removing page furniture;"
                    + " check that it is an article");
        }
        Metadata m = page.overriddenBy(sidecar);
        return List.of(new Article(fileName, Keys.forFile(fileName), cleaned.text(), m.title(), m.published(),
                m.publisher(), m.author(), m.url()));
    }
}
