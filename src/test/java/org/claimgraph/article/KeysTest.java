package org.claimgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeysTest {

    @ParameterizedTest
    @CsvSource({"000_a4bedf46da72e779.txt, 000-a4bedf46da72e779", "d01.txt, d01", "Café Report (2).HTML, cafe-report-2",
        "__x__.md, x", "archive.tar.jsonl, archive-tar"})
    void fileKeysAreSlugsOfTheNameWithoutExtension(String name, String key) {
        assertEquals(key, Keys.forFile(name));
    }

    @Test
    void lineKeysAddTheLineNumber() {
        assertEquals("feed-12", Keys.forLine("feed.jsonl", 12));
    }

    @Test
    void namesWithoutLettersGetAStableHash() {
        String key = Keys.forFile("___.txt");
        assertTrue(key.matches("article-[0-9a-f]{12}"), key);
        assertEquals(key, Keys.forFile("___.txt"));
    }
}
