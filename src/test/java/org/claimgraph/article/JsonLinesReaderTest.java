package org.claimgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.model.Article;
import org.claimgraph.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {

    @Test
    void goodLinesAreReadAndBadLinesReportedWithTheirLineNumbers() {
        List<InputException> skipped = new ArrayList<>();
        List<Article> articles = Articles.read(Fixtures.path("feed.jsonl"), skipped::add);

        assertEquals(List.of("feed-1", "feed-8"), articles.stream().map(Article::key).toList());
        List<String> messages = skipped.stream().map(Throwable::getMessage).toList();
        assertEquals(5, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains("feed.jsonl:2:") && messages.get(0).contains("invalid JSON"), messages.get(0));
        assertTrue(messages.get(1).contains("feed.jsonl:4:") && messages.get(1).contains("\"text\""), messages.get(1));
        assertTrue(messages.get(2).contains("feed.jsonl:5:") && messages.get(2).contains("array"), messages.get(2));
        assertTrue(messages.get(3).contains("feed.jsonl:6:") && messages.get(3).contains("not a date"), messages.get(3));
        assertTrue(messages.get(4).contains("feed.jsonl:7:") && messages.get(4).contains("\"author\" must be a string"),
                messages.get(4));
        assertTrue(messages.stream().allMatch(m -> m.contains("fix or remove this line")));
    }

    @Test
    void recordMetadataAndCleanedTextAreKept() {
        List<Article> articles = Articles.read(Fixtures.path("feed.jsonl"), e -> { });
        Article first = articles.get(0);
        assertEquals("https://example.org/news/dam-opens", first.sourceName());
        assertEquals("https://example.org/news/dam-opens", first.url());
        assertEquals("Dam opens in the hills", first.title());
        assertEquals(LocalDate.of(2018, 5, 2), first.published());
        assertEquals("Hill Post", first.publisher());
        assertEquals("Mary Major", first.author());
        assertEquals("Dam opens in the hills\n\nA new dam opened in the hills on Wednesday, ending a decade of planning"
                + " and building.", first.text());

        Article last = articles.get(1);
        assertEquals("feed.jsonl#8", last.sourceName());
        assertNull(last.url());
        assertTrue(last.text().startsWith("School garden wins prize\n\nThe school garden won"), last.text());
    }

    @Test
    void shortTextWhoseTitleIsNotInItKeepsEveryLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("short.jsonl");
        Files.writeString(file, "{\"title\":\"Mill reopens\",\"text\":\"The old mill reopened on Sunday.\\n\\n"
                + "Visitors queued all day.\"}\n");
        Article a = Articles.read(file).get(0);
        assertEquals("Mill reopens\n\nThe old mill reopened on Sunday.\n\nVisitors queued all day.", a.text());
        assertEquals("short-1", a.key());
    }

    @Test
    void plainReadLogsBadLinesInsteadOfFailing() {
        assertEquals(2, Articles.read(Fixtures.path("feed.jsonl")).size());
    }

    @Test
    void aFileWithNoGoodLineFailsNamingTheFirstProblem(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"text\": 1}\nnot json\n");
        InputException e = assertThrows(InputException.class, () -> Articles.read(file, x -> { }));
        assertTrue(e.getMessage().contains("bad.jsonl:1:"), e.getMessage());
        assertFalse(e.getMessage().contains("bad.jsonl:2:"), e.getMessage());
    }
}
