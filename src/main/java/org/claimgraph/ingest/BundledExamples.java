package org.claimgraph.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import org.claimgraph.model.ClaimgraphException;

/**
 * The example corpus that travels inside the jar ({@code examples/articles/}), as a folder the
 * article readers can walk: a plain folder when running from the build tree, a folder inside the
 * jar's file system when running from the shaded jar.
 */
public final class BundledExamples {
    static final String RESOURCE = "claimgraph/examples/articles";

    private BundledExamples() {
    }

    /** The folder of bundled example articles. */
    public static Path folder() {
        URL url = BundledExamples.class.getClassLoader().getResource(RESOURCE);
        if (url == null) {
            throw new ClaimgraphException("the bundled example corpus (" + RESOURCE + ") is missing from the build;"
                    + " rebuild with 'mvn -B package' from the repository root");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                return jarFileSystem(uri).provider().getPath(uri);
            }
            return Path.of(uri);
        } catch (URISyntaxException | IOException e) {
            throw new ClaimgraphException("cannot open the bundled example corpus at " + url + ": " + e.getMessage(), e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }
}
