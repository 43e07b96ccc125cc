package org.claimgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The example queries offered by the query editor: every {@code *.rq} under the classpath folder
 * {@code claimgraph/queries/} (the top-level {@code queries/} folder, copied by the build), from a
 * directory or from inside the jar, sorted by file name. The title is the first line of the comment
 * header. No folder, or an empty one, means no examples.
 */
final class ExampleQueries {
    static final String FOLDER = "claimgraph/queries";
    private static final Logger LOG = LoggerFactory.getLogger(ExampleQueries.class);

    /** One example: file name, title and the query text. */
    record Example(String name, String title, String text) {
    }

    private ExampleQueries() {
    }

    static List<Example> bundled() {
        Map<String, Example> found = new TreeMap<>();
        fromLoader(ExampleQueries.class.getClassLoader(), found);
        try {
            var source = ExampleQueries.class.getProtectionDomain().getCodeSource();
            Path location = source == null ? null : Path.of(source.getLocation().toURI());
            if (location != null && Files.isRegularFile(location)) {
                fromJar(location, found);
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            LOG.warn("Could not list the example queries in the jar: {}", e.toString());
        }
        return List.copyOf(found.values());
    }

    /**
     * The examples inside a jar, read from its entries (so a jar without folder entries works too).
     */
    static void fromJar(Path jar, Map<String, Example> found) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry e : java.util.Collections.list(file.entries())) {
                String name = e.getName();
                if (!e.isDirectory() && name.startsWith(FOLDER + "/") && name.endsWith(".rq")
                        && name.indexOf('/', FOLDER.length() + 1) < 0) {
                    try (InputStream in = file.getInputStream(e)) {
                        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        String shortName = name.substring(FOLDER.length() + 1);
                        found.putIfAbsent(shortName, new Example(shortName, title(shortName, text), text));
                    }
                }
            }
        }
    }

    /** The examples visible to a class loader as a folder (in a directory, or a jar with folder entries). */
    static List<Example> from(ClassLoader loader) {
        Map<String, Example> found = new TreeMap<>();
        fromLoader(loader, found);
        return List.copyOf(found.values());
    }

    private static void fromLoader(ClassLoader loader, Map<String, Example> found) {
        try {
            Enumeration<URL> roots = loader.getResources(FOLDER);
            while (roots.hasMoreElements()) {
                collect(roots.nextElement(), found);
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            LOG.warn("Could not list the example queries: {}", e.toString());
        }
    }

    private static void collect(URL root, Map<String, Example> found) throws IOException, URISyntaxException {
        URI uri = root.toURI();
        if ("jar".equals(uri.getScheme())) {
            FileSystem fs;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            list(fs.provider().getPath(uri), found);
        } else if ("file".equals(uri.getScheme())) {
            list(Path.of(uri), found);
        }
    }

    private static void list(Path dir, Map<String, Example> found) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".rq")).toList()) {
                String name = p.getFileName().toString();
                try (InputStream in = Files.newInputStream(p)) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    found.putIfAbsent(name, new Example(name, title(name, text), text));
                }
            }
        }
    }

    /** The first comment line of the header, or the file name without ".rq". */
    static String title(String name, String text) {
        for (String line : text.lines().toList()) {
            String l = line.strip();
            if (l.startsWith("#")) {
                String t = l.replaceFirst("^#+\\s*", "");
                if (!t.isEmpty()) {
                    return t;
                }
            } else if (!l.isEmpty()) {
                break;
            }
        }
        return name.substring(0, name.length() - 3).replace('-', ' ');
    }

}
