package org.claimgraph.article;

import java.nio.file.Path;
import org.claimgraph.model.Article;

/** Test fixtures under {@code src/test/resources/article/}. */
final class Fixtures {
    static final Path DIR = Path.of("src/test/resources/article");

    private Fixtures() {
    }

    static Path path(String name) {
        return DIR.resolve(name);
    }

    /** The one article a text or HTML fixture holds. */
    static Article read(String name) {
        return Articles.read(path(name)).get(0);
    }
}
