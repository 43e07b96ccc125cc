package org.claimgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.claimgraph.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reads the seed and development articles of {@code ../shared} and compares them with their gold metadata. */
class GoldArticlesTest {
    private static final Path SHARED = Path.of("../shared");
    private static final String[] FIELDS = {"title", "published", "publisher", "author"};

    record Case(Path article, Path gold) {
        @Override
        public String toString() {
            return article.getFileName().toString();
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        add(cases, SHARED.resolve("seeds"), SHARED.resolve("eval/seeds-gold"));
        add(cases, SHARED.resolve("eval/dev-articles"), SHARED.resolve("eval/dev-gold"));
        return cases;
    }

    private static void add(List<Case> cases, Path articles, Path gold) throws IOException {
        try (Stream<Path> files = Files.list(gold)) {
            for (Path g : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String name = Keys.stripExtension(g.getFileName().toString()) + ".txt";
                cases.add(new Case(articles.resolve(name), g));
            }
        }
    }

    private static JsonObject gold(Case c) throws IOException {
        return JSON.parse(Files.readString(c.gold()));
    }

    @Test
    void allSeventeenGoldArticlesAreFound() throws IOException {
        assertEquals(17, cases().size());
    }

    @Test
    void metadataMatchesGoldOnAtLeastNinetyPercentOfFields() throws IOException {
        int total = 0;
        int right = 0;
        List<String> wrong = new ArrayList<>();
        for (Case c : cases()) {
            Article a = Articles.read(c.article()).get(0);
            JsonObject g = gold(c);
            for (String field : FIELDS) {
                JsonValue v = g.get(field);
                String expected = v == null || v.isNull() ? null : v.getAsString().value();
                String got = switch (field) {
                    case "title" -> a.title();
                    case "published" -> a.published() == null ? null : a.published().toString();
                    case "publisher" -> a.publisher();
                    default -> a.author();
                };
                total++;
                boolean ok = expected == null ? got == null
                        : got != null && (field.equals("published") ? got.startsWith(expected)
                                : norm(got).equals(norm(expected)));
                if (ok) {
                    right++;
                } else {
                    wrong.add(c + " " + field + ": expected " + expected + ", got " + got);
                }
            }
        }
        double share = 100.0 * right / total;
        System.out.printf("article metadata: %d of %d fields right (%.1f%%)%n%s%n", right, total, share,
                String.join("\n", wrong));
        assertTrue(share >= 90.0, "only " + right + " of " + total + " right: " + wrong);
    }

    /** Every gold evidence string must still be in the cleaned text, character for character. */
    @ParameterizedTest
    @MethodSource("cases")
    void everyGoldEvidenceSurvivesCleaning(Case c) throws IOException {
        Article a = Articles.read(c.article()).get(0);
        JsonObject g = gold(c);
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (String section : new String[] {"events", "optional_events", "measurements", "statements", "must_not"}) {
            JsonValue list = g.get(section);
            if (list == null || !list.isArray()) {
                continue;
            }
            for (JsonValue item : list.getAsArray()) {
                JsonValue ev = item.getAsObject().get("evidence");
                if (ev != null && ev.isString()) {
                    checked++;
                    if (!a.text().contains(ev.getAsString().value())) {
                        missing.add(ev.getAsString().value());
                    }
                }
            }
        }
        assertTrue(checked > 0, "gold of " + c + " has no evidence");
        assertTrue(missing.isEmpty(), c + " lost evidence: " + missing);
    }

    /** Cleaning only drops lines and normalises whitespace: every kept paragraph is in the original. */
    @ParameterizedTest
    @MethodSource("cases")
    void everyKeptParagraphIsVerbatimInTheOriginal(Case c) throws IOException {
        String original = String.join(" ", Whitespace.lines(Files.readString(c.article())));
        Article a = Articles.read(c.article()).get(0);
        for (String paragraph : a.text().split("\n\n")) {
            assertTrue(original.contains(paragraph), () -> c + " altered: " + paragraph);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void headlineIsTheFirstParagraph(Case c) {
        Article a = Articles.read(c.article()).get(0);
        assertEquals(a.title(), a.text().split("\n\n", 2)[0]);
    }

    /** The scorer's comparison: lower case, ASCII, punctuation and a leading article dropped. */
    static String norm(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        t = t.replaceAll("[\\u2018\\u2019'`]", "").replaceAll("[^a-z0-9]+", " ").strip();
        return t.replaceFirst("^(the|al|ar|as|ash|ad|ath|an|el) ", "");
    }
}
