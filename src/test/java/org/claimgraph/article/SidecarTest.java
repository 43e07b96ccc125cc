package org.claimgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.claimgraph.model.Article;
import org.claimgraph.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SidecarTest {
    private static final String TEXT = "Valley Courier\n\nFloods close the river road\n\nBy Jane Doe\n"
            + "Published: 3 May 2019\n\nHeavy rain closed the river road near Marden on Friday, and crews worked"
            + " through the night to clear the mud.\n";

    @Test
    void sidecarValuesOverrideWhatTheHeaderSays(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("floods.txt");
        Files.writeString(file, TEXT);
        Files.writeString(dir.resolve("floods.meta.json"), "{\"url\": \"https://courier.example/floods\","
                + " \"published\": \"2019-05-04\", \"publisher\": \"The Valley Courier\", \"author\": null}");
        Article a = Articles.read(file).get(0);
        assertEquals("https://courier.example/floods", a.url());
        assertEquals(LocalDate.of(2019, 5, 4), a.published());
        assertEquals("The Valley Courier", a.publisher());
        assertEquals("Jane Doe", a.author(), "a null sidecar value keeps the page's value");
        assertEquals("Floods close the river road", a.title());
        assertEquals("floods.txt", a.sourceName());
    }

    @Test
    void sidecarTitleLeadsTheTextWhenItDiffersFromTheHeader(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("floods.txt");
        Files.writeString(file, TEXT);
        Files.writeString(dir.resolve("floods.meta.json"), "{\"title\": \"River road closed by floods\"}");
        Article a = Articles.read(file).get(0);
        assertEquals("River road closed by floods", a.title());
        assertTrue(a.text().startsWith("River road closed by floods\n\nHeavy rain closed"), a.text());
    }

    @Test
    void unreadableSidecarIsReportedByName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("floods.txt");
        Files.writeString(file, TEXT);
        Files.writeString(dir.resolve("floods.meta.json"), "{\"title\": ");
        InputException e = assertThrows(InputException.class, () -> Articles.read(file));
        assertTrue(e.getMessage().contains("floods.meta.json") && e.getMessage().contains("sidecar"), e.getMessage());
    }

    @Test
    void sidecarWithWrongTypeIsReported(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("floods.txt");
        Files.writeString(file, TEXT);
        Files.writeString(dir.resolve("floods.meta.json"), "{\"published\": 2019}");
        InputException e = assertThrows(InputException.class, () -> Articles.read(file));
        assertTrue(e.getMessage().contains("\"published\" must be a string"), e.getMessage());
    }
}
