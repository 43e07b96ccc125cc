package org.claimgraph.article;

import java.nio.file.Path;
import java.util.List;
import org.claimgraph.model.Article;

/** Reading articles from files: the entry point of the {@code article} stage. */
public final class Articles {
    private Articles() {
    }

    /**
     * The article files named by the inputs: files as given, folders walked recursively (sorted,
     * hidden files and sidecar {@code *.meta.json} files skipped).
     *
     * @throws org.claimgraph.model.InputException when an input does not exist
     */
    public static List<Path> expand(List<Path> inputs) {
        throw new UnsupportedOperationException("not yet built");
    }

    /**
     * The articles in one file: one for a text or HTML file (with its sidecar metadata, if any),
     * one per line for JSON Lines.
     *
     * @throws org.claimgraph.model.InputException naming the file (and line) when it cannot be read
     */
    public static List<Article> read(Path file) {
        throw new UnsupportedOperationException("not yet built");
    }
}
