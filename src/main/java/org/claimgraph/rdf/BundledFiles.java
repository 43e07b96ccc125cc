package org.claimgraph.rdf;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.net.URL;
import java.util.List;

import org.claimgraph.model.ClaimgraphException;

/**
 * The files that travel inside the jar: ontology, gazetteer, shapes, queries and examples. The build
 * copies the top-level folders to the classpath under the prefix {@value #PREFIX}, so
 * {@code ontology/claimgraph.ttl} is the resource {@code claimgraph/ontology/claimgraph.ttl}.
 */
public final class BundledFiles {
    /** Resource prefix of the bundled top-level folders. */
    public static final String PREFIX = "claimgraph/";

    /** The ontology, relative to the bundle. */
    public static final String ONTOLOGY = "ontology/claimgraph.ttl";

    /**
     * The gazetteer files, relative to the bundle, in load order. A folder cannot be listed inside a
     * jar, so a new file must be added here (a test checks this list against the folder).
     */
    public static final List<String> GAZETTEER_FILES = List.of(
            "ontology/gazetteer/actors.ttl",
            "ontology/gazetteer/people.ttl",
            "ontology/gazetteer/outlets.ttl",
            "ontology/gazetteer/places.ttl",
            "ontology/gazetteer/places-geonames.ttl",
            "ontology/gazetteer/places-geonames-conflicts.ttl");

    private BundledFiles() {
    }

    /** The classpath URL of a bundled file, e.g. {@code url("ontology/claimgraph.ttl")}. */
    public static URL url(String path) {
        requireNonNull(path, "path");
        URL url = loader().getResource(PREFIX + strip(path));
        if (url == null) {
            throw missing(path);
        }
        return url;
    }

    /** Opens a bundled file; the caller closes the stream. */
    public static InputStream open(String path) {
        requireNonNull(path, "path");
        InputStream in = loader().getResourceAsStream(PREFIX + strip(path));
        if (in == null) {
            throw missing(path);
        }
        return in;
    }

    /** Whether a bundled file exists. */
    public static boolean exists(String path) {
        return loader().getResource(PREFIX + strip(path)) != null;
    }

    private static String strip(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private static ClassLoader loader() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return cl != null ? cl : BundledFiles.class.getClassLoader();
    }

    private static ClaimgraphException missing(String path) {
        return new ClaimgraphException("bundled file not found on the classpath: " + PREFIX + strip(path)
                + " (the build copies the top-level folders ontology/, shapes/, queries/ and examples/ into the jar;"
                + " rebuild with 'mvn package' or check that the file exists in the source tree)");
    }
}
