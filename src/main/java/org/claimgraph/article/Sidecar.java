package org.claimgraph.article;

import java.nio.file.Files;
import java.nio.file.Path;
import org.claimgraph.model.InputException;

/** The optional {@code NAME.meta.json} beside an article file, whose values override what the page says. */
final class Sidecar {
    static final String SUFFIX = ".meta.json";

    private Sidecar() {
    }

    /** Where the sidecar of an article file would be: {@code d01.txt} gives {@code d01.meta.json}. */
    static Path of(Path articleFile) {
        String name = Keys.stripExtension(articleFile.getFileName().toString());
        return articleFile.resolveSibling(name + SUFFIX);
    }

    /**
     * The sidecar's metadata, or {@link Metadata#EMPTY} when there is none.
     *
     * @throws InputException naming the sidecar when it exists but cannot be used
     */
    static Metadata read(Path articleFile) {
        Path sidecar = of(articleFile);
        if (!Files.exists(sidecar)) {
            return Metadata.EMPTY;
        }
        String json = InputFiles.readText(sidecar);
        try {
            return JsonFields.metadata(JsonFields.parseObject(json));
        } catch (JsonFields.BadJson e) {
            throw new InputException(sidecar + ": unreadable sidecar metadata: " + e.getMessage()
                    + "; fix it (an object with any of \"url\", \"title\", \"published\", \"publisher\", \"author\")"
                    + " or remove it");
        }
    }
}
