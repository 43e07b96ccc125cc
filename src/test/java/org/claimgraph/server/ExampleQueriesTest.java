package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Example queries are found in folders and inside jars; none at all is fine. */
class ExampleQueriesTest {
    @TempDir
    Path dir;

    @Test
    void listsQueriesInsideAJarSortedByName() throws IOException {
        Path jar = jar(true);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            check(ExampleQueries.from(loader));
        }
    }

    @Test
    void listsQueriesInsideAJarWithoutFolderEntries() throws IOException {
        java.util.Map<String, ExampleQueries.Example> found = new java.util.TreeMap<>();
        ExampleQueries.fromJar(jar(false), found);
        check(List.copyOf(found.values()));
    }

    private Path jar(boolean folders) throws IOException {
        Path jar = dir.resolve("q-" + folders + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            if (folders) {
                out.putNextEntry(new JarEntry("claimgraph/"));
                out.putNextEntry(new JarEntry("claimgraph/queries/"));
            }
            entry(out, "claimgraph/queries/b-second.rq", "# Second\nSELECT * {}");
            entry(out, "claimgraph/queries/a-first.rq", "# First one\nASK {}");
            entry(out, "claimgraph/queries/notes.txt", "not a query");
            entry(out, "claimgraph/queries/deeper/c.rq", "# Not listed\nASK {}");
        }
        return jar;
    }

    private static void check(List<ExampleQueries.Example> examples) {
        assertEquals(List.of("a-first.rq", "b-second.rq"), examples.stream().map(ExampleQueries.Example::name).toList());
        assertEquals("First one", examples.get(0).title());
        assertTrue(examples.get(1).text().contains("SELECT"));
    }

    @Test
    void noFolderMeansNoExamples() throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertEquals(List.of(), ExampleQueries.from(loader));
        }
    }

    private static void entry(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream os = out;
        os.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
