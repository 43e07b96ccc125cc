package org.claimgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimgraph.model.Article;
import org.claimgraph.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticlesTest {

    @Test
    void expandWalksFoldersSortedAndSkipsHiddenSidecarAndUnsupportedFiles(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("b/deeper"));
        Files.createDirectories(dir.resolve(".git"));
        for (String name : List.of("z.txt", "a.html", "a.meta.json", "notes.pdf", ".hidden.txt", "b/deeper/c.jsonl",
                "b/m.htm", ".git/x.txt", "b/data.json", "film.srt")) {
            Files.writeString(dir.resolve(name), "x");
        }
        List<Path> files = Articles.expand(List.of(dir));
        assertEquals(List.of(dir.resolve("a.html"), dir.resolve("b/deeper/c.jsonl"), dir.resolve("b/m.htm"),
                dir.resolve("film.srt"), dir.resolve("z.txt")), files);
    }

    @Test
    void expandKeepsFilesAsGivenOnce(@TempDir Path dir) throws IOException {
        Path odd = Files.writeString(dir.resolve("article.dat"), "x");
        Path text = Files.writeString(dir.resolve("one.txt"), "x");
        assertEquals(List.of(odd, text), Articles.expand(List.of(odd, text, dir.resolve("one.txt"))));
    }

    @Test
    void expandRejectsAMissingPath(@TempDir Path dir) {
        InputException e = assertThrows(InputException.class, () -> Articles.expand(List.of(dir.resolve("nope"))));
        assertTrue(e.getMessage().contains("nope") && e.getMessage().contains("check the path"), e.getMessage());
    }

    @Test
    void readsTheSeedsFromTheSharedFolder() {
        List<Path> seeds = Articles.expand(List.of(Path.of("../shared/seeds")));
        assertEquals(5, seeds.size());
        Article first = Articles.read(seeds.get(0)).get(0);
        assertEquals("000-a4bedf46da72e779", first.key());
        assertEquals("000_a4bedf46da72e779.txt", first.sourceName());
    }

    @Test
    void missingFile(@TempDir Path dir) {
        assertProblem(dir.resolve("gone.txt"), "gone.txt", "no such file");
    }

    @Test
    void folderGivenToRead(@TempDir Path dir) {
        assertProblem(dir, dir.toString(), "is a folder");
    }

    @Test
    void emptyFile(@TempDir Path dir) throws IOException {
        assertProblem(Files.writeString(dir.resolve("empty.txt"), ""), "empty.txt", "is empty");
        assertProblem(Files.writeString(dir.resolve("blank.jsonl"), " \n\n"), "blank.jsonl", "is empty");
    }

    @Test
    void binaryFile(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("image.txt"), new byte[] {'G', 'I', 'F', 0, 1, 2});
        assertProblem(file, "image.txt", "NUL byte at byte offset 3");
    }

    @Test
    void invalidUtf8NamesTheByteOffset(@TempDir Path dir) throws IOException {
        byte[] bytes = "Caf\u00e9 owners protest".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("latin1.txt"), bytes);
        assertProblem(file, "latin1.txt", "not valid UTF-8 (bad byte 0xE9 at byte offset 3)");
    }

    @Test
    void fileWithOnlyFurniture(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("junk.txt"), "Join our Weekly Newsletter\n\nfollow us on Twitter\n");
        assertProblem(file, "junk.txt", "no article text");
    }

    @Test
    void plainJsonFileIsRefusedWithAHint(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("one.json"), "{\"text\": \"x\"}");
        assertProblem(file, "one.json", ".jsonl");
    }

    @Test
    void byteOrderMarkIsIgnored(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bom.txt"), "\uFEFFQuiet day at the harbour\n\nNothing happened"
                + " at the harbour today, and the harbour master went home early for once.\n");
        assertEquals("Quiet day at the harbour", Articles.read(file).get(0).title());
    }

    private static void assertProblem(Path file, String names, String says) {
        InputException e = assertThrows(InputException.class, () -> Articles.read(file));
        assertTrue(e.getMessage().contains(names) && e.getMessage().contains(says), e.getMessage());
    }

    @Test
    void aPageSavedAsTextIsReadAsHtml(@TempDir Path dir) throws IOException {
        Path page = Files.writeString(dir.resolve("page.txt"), """
                <!doctype html>
                <html lang="en"><head><title>Town retaken | Harbour Daily</title>
                <meta property="og:site_name" content="Harbour Daily">
                <meta property="article:published_time" content="2017-10-17T16:40:00Z"></head>
                <body><div class="cookie"><p>We use cookies to measure traffic.</p></div>
                <article><h1>Town retaken</h1>
                <p>The army said on Tuesday that its troops had retaken the town after a week of fighting in the old quarter.</p>
                </article><aside class="most-viewed"><p>Floods hit the coast</p></aside></body></html>
                """);
        Article a = Articles.read(page).get(0);
        assertEquals("Town retaken", a.title());
        assertEquals(java.time.LocalDate.of(2017, 10, 17), a.published());
        assertEquals("Harbour Daily", a.publisher());
        assertEquals("Town retaken\n\nThe army said on Tuesday that its troops had retaken the town after a week of fighting"
                + " in the old quarter.", a.text());
    }

    @Test
    void aFeedIsReadItemByItemWithEachItemsDate(@TempDir Path dir) throws IOException {
        Path feed = dir.resolve("feed.txt");
        Files.writeString(feed, """
                <?xml version="1.0" encoding="UTF-8"?><rss version="2.0">
                <channel>
                  <title>Harbour Daily - Syria</title>
                  <link>https://harbour.example/syria/</link>
                  <lastBuildDate>Thu, 22 Dec 2016 21:46:12 +0000</lastBuildDate>
                  <item>
                    <title>Army declares the city secure</title>
                    <pubDate>Thu, 22 Dec 2016 21:40:00 +0000</pubDate>
                    <description><![CDATA[<p>The army said on Thursday that the last convoy of fighters and their families had left the eastern districts.</p>
                <p>The post <a href="https://harbour.example/1">Army declares the city secure</a> appeared first on <a href="https://harbour.example">Harbour Daily</a>.</p>]]></description>
                  </item>
                  <item>
                    <title>Evacuation resumes</title>
                    <pubDate>Mon, 19 Dec 2016 07:05:00 +0000</pubDate>
                    <description>&lt;p&gt;Buses left the eastern districts on Sunday &amp;#8212; the first to leave in two days of talks.&lt;/p&gt;</description>
                  </item>
                </channel>
                </rss>
                """);
        Article a = Articles.read(feed).get(0);
        assertEquals("Harbour Daily - Syria", a.title());
        assertEquals(java.time.LocalDate.of(2016, 12, 22), a.published());
        assertEquals("Harbour Daily", a.publisher());
        assertTrue(a.text().contains("Posted 19 December 2016\n\nEvacuation resumes\n\nBuses left the eastern districts on Sunday \u2014 the first to leave in two days of talks."),
                a::text);
        assertTrue(a.text().contains("The army said on Thursday that the last convoy of fighters and their families had left the eastern districts."), a::text);
        assertTrue(!a.text().contains("appeared first on") && !a.text().contains("<p>"), a::text);
    }
}
