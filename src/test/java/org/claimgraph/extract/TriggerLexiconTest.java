package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.claimgraph.model.EventType;
import org.junit.jupiter.api.Test;

class TriggerLexiconTest {

    /** The former way: one alternation of all definitions scanned over every character. */
    private static List<String> byOneRegex(String text) {
        StringBuilder b = new StringBuilder("(?i)\\b(?:");
        List<TriggerLexicon.Def> defs = TriggerLexicon.defs();
        for (int i = 0; i < defs.size(); i++) {
            b.append(i > 0 ? "|" : "").append("(?<t").append(i).append('>').append(defs.get(i).regex()).append(')');
        }
        Matcher m = Pattern.compile(b.append(")\\b").toString()).matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            for (int i = 0; i < defs.size(); i++) {
                if (m.start("t" + i) >= 0) {
                    out.add(i + "@" + m.start() + "-" + m.end());
                    break;
                }
            }
        }
        return out;
    }

    private static List<String> byWords(String text) {
        List<String> out = new ArrayList<>();
        for (TriggerLexicon.Hit h : TriggerLexicon.find(text, 0, text.length())) {
            out.add(TriggerLexicon.defs().indexOf(h.def()) + "@" + h.start() + "-" + h.end());
        }
        return out;
    }

    @Test
    void wordLookupFindsWhatTheSingleRegexFound() throws IOException {
        List<Path> dirs = List.of(Path.of("examples/articles"), Path.of("src/test/resources/eval/articles"),
                Path.of("../shared/seeds"), Path.of("../shared/eval/dev-articles"));
        int files = 0;
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    String text = Files.readString(p);
                    assertEquals(byOneRegex(text), byWords(text), p.toString());
                    files++;
                }
            }
        }
        assertTrue(files > 10, "corpus files read: " + files);
    }

    @Test
    void curlyApostrophesAndHyphensDoNotHideTriggers() {
        String text = "Rebels launched a counter-offensive; the army didn\u2019t retreat.";
        List<TriggerLexicon.Hit> hits = TriggerLexicon.find(text, 0, text.length());
        assertEquals(EventType.ASSAULT, hits.get(0).def().type());
        assertEquals("counter-offensive", text.substring(hits.get(0).start(), hits.get(0).end()));
        assertEquals(EventType.WITHDRAWAL, hits.get(1).def().type());
    }

    @Test
    void wordsInsideLongerWordsAreNoTriggers() {
        String text = "The unsettled retaker overtook the seizures.";
        assertTrue(TriggerLexicon.find(text, 0, text.length()).isEmpty());
    }
}
