package org.claimgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.claimgraph.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps our evaluation sets honest: every gold file parses, names an article that exists,
 * quotes only text that occurs verbatim in that article, uses only the twelve event types of
 * the contract, and names places and actors by their canonical keys in its set's
 * {@code aliases.json}.
 */
class GoldFilesTest {

    private static final Set<String> EVENT_TYPES =
            Arrays.stream(EventType.values()).map(EventType::localName).collect(Collectors.toSet());
    private static final Set<String> MEASURES = Set.of("Fighters", "Deaths", "Troops", "Civilians",
            "Surrendered", "AreaKm2", "Villages", "TerritoryPercent");
    private static final Set<String> MODALITIES = Set.of("asserted", "reported", "hedged");

    /** Our sets under src/test/resources, each with articles/, gold/ and aliases.json. */
    static Stream<Path> sets() {
        return Stream.of("eval", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21", "heldout22", "heldout23", "heldout24", "heldout25", "heldout26", "heldout27", "heldout28", "heldout29", "heldout30", "heldout31", "heldout32", "heldout33").map(GoldFilesTest::folder);
    }

    static Stream<Path> goldFiles() {
        return sets().flatMap(set -> list(set.resolve("gold")).stream().filter(p -> p.toString().endsWith(".json")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void everyArticleHasAGoldFile(Path set) {
        List<String> articles = list(set.resolve("articles")).stream().map(p -> p.getFileName().toString()).toList();
        List<String> annotated = list(set.resolve("gold")).stream().map(p -> read(p).getString("article")).sorted().toList();
        assertFalse(articles.isEmpty(), "no evaluation articles found in " + set);
        assertEquals(articles, annotated);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldFiles")
    void evidenceOccursVerbatimInTheArticle(Path goldFile) throws IOException {
        JsonObject gold = read(goldFile);
        String text = Files.readString(setOf(goldFile).resolve("articles").resolve(gold.getString("article")),
                StandardCharsets.UTF_8);
        List<String> missing = new ArrayList<>();
        for (String key : List.of("events", "optional_events", "measurements", "statements")) {
            for (JsonValue item : gold.get(key).getAsArray()) {
                String evidence = item.getAsObject().getString("evidence");
                if (evidence == null || evidence.isBlank() || !text.contains(evidence)) {
                    missing.add(key + ": " + evidence);
                }
            }
        }
        assertTrue(missing.isEmpty(), () -> goldFile.getFileName() + " quotes text not in its article: " + missing);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldFiles")
    void eventsUseTheTwelveTypesAndCanonicalNames(Path goldFile) {
        JsonObject gold = read(goldFile);
        JsonObject aliases = JSON.read(setOf(goldFile).resolve("aliases.json").toString());
        Set<String> places = aliases.getObj("places").keys();
        Set<String> actors = aliases.getObj("actors").keys();
        List<String> problems = new ArrayList<>();
        for (String key : List.of("events", "optional_events", "must_not")) {
            for (JsonValue item : gold.get(key).getAsArray()) {
                JsonObject event = item.getAsObject();
                List<String> types = new ArrayList<>(List.of(event.getString("type")));
                if (event.hasKey("alt")) {
                    event.get("alt").getAsArray().forEach(v -> types.add(v.getAsString().value()));
                }
                types.stream().filter(t -> !EVENT_TYPES.contains(t)).forEach(t -> problems.add("type " + t));
                checkName(event, "place", places, problems);
                checkName(event, "agent", actors, problems);
                checkName(event, "target", actors, problems);
                if (key.equals("events") && !MODALITIES.contains(event.getString("modality"))) {
                    problems.add("modality " + event.getString("modality"));
                }
            }
        }
        for (JsonValue item : gold.get("measurements").getAsArray()) {
            JsonObject m = item.getAsObject();
            if (!MEASURES.contains(m.getString("measure"))) {
                problems.add("measure " + m.getString("measure"));
            }
            checkName(m, "subject", actors, problems);
            checkName(m, "place", places, problems);
        }
        assertTrue(problems.isEmpty(), () -> goldFile.getFileName() + ": " + problems);
    }

    private static void checkName(JsonObject o, String role, Set<String> canonical, List<String> problems) {
        if (!o.hasKey(role) || o.get(role).isNull()) {
            return;
        }
        String name = o.getString(role);
        if (!canonical.contains(name)) {
            problems.add(role + " not canonical: " + name);
        }
    }

    private static JsonObject read(Path file) {
        try {
            return JSON.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The set a gold file belongs to: the folder above its gold/. */
    private static Path setOf(Path goldFile) {
        return goldFile.getParent().getParent();
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path folder(String name) {
        try {
            return Path.of(GoldFilesTest.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
