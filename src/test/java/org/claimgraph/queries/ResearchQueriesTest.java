package org.claimgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.claimgraph.ingest.Ingest;
import org.claimgraph.ingest.IngestReport;
import org.claimgraph.ingest.ReferenceData;
import org.claimgraph.queries.QueryResults.Row;
import org.claimgraph.rdf.Iris;
import org.claimgraph.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every research query in {@code queries/}, run on the example corpus plus the seed articles
 * (when {@code ../shared/seeds} is present), ingested once for the class. The assertions are
 * about what the graph holds, not about what an ideal extractor would find.
 */
class ResearchQueriesTest {
    private static final Path EXAMPLES = Path.of("examples/articles");
    private static final Path SEEDS = Path.of("../shared/seeds");
    private static final Set<String> CHECKED = new TreeSet<>();

    @TempDir
    static Path tmp;

    private static TdbStore store;
    private static DatasetGraph dsg;

    @BeforeAll
    static void ingest() {
        store = TdbStore.open(tmp.resolve("db"));
        List<Path> inputs = new ArrayList<>(List.of(EXAMPLES));
        if (Files.isDirectory(SEEDS)) {
            inputs.add(SEEDS);
        }
        IngestReport report = new Ingest(ReferenceData.bundled(Iris.defaults()), 2, s -> { }).run(inputs, store);
        assertEquals(0, report.rejected(), report.summary());
        dsg = store.dataset();
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    private static List<Row> run(String file) {
        CHECKED.add(file);
        return QueryResults.run(dsg, file);
    }

    private static boolean seeds() {
        return Files.isDirectory(SEEDS);
    }

    static List<String> queryFiles() {
        return QueryResults.files();
    }

    @Test
    void thereAreAtLeastFifteenQueries() {
        assertTrue(queryFiles().size() >= 15, queryFiles().toString());
    }

    @ParameterizedTest
    @MethodSource("queryFiles")
    void everyQueryIsADocumentedSelect(String file) {
        String text = QueryResults.text(file);
        assertTrue(text.startsWith("# "), file + " starts with its question");
        assertTrue(text.contains("# Parameters:"), file + " documents its parameters");
        assertTrue(text.contains("# Columns:"), file + " documents its columns");
        Query q = QueryResults.parse(file);
        assertTrue(q.isSelectType(), file);
        for (var v : q.getProjectVars()) {
            assertTrue(text.substring(0, text.indexOf("PREFIX")).contains(v.getVarName()),
                    file + " documents its column " + v.getVarName());
        }
    }

    @Test
    void everyQueryHasACheckedAnswer() throws Exception {
        for (var m : getClass().getDeclaredMethods()) {
            if (m.getName().startsWith("q_")) {
                m.setAccessible(true);
                m.invoke(this);
            }
        }
        assertEquals(new TreeSet<>(queryFiles()), CHECKED, "each query file has an answer test");
    }

    // ------------------------------------------------------------------ one check per query

    @Test
    void q_controlTimeline() {
        List<Row> rows = run("control-timeline.rq");
        List<Row> dated = rows.stream().filter(r -> r.has("notBefore")).toList();
        List<String> controllers = new ArrayList<>();
        for (Row r : dated) {
            if ("captured".equals(r.get("change")) && r.has("gainedBy")
                    && (controllers.isEmpty() || !controllers.get(controllers.size() - 1).equals(r.get("gainedBy")))) {
                controllers.add(r.get("gainedBy"));
            }
        }
        assertEquals(List.of("Islamic State", "Syrian government", "Islamic State", "Syrian government"), controllers,
                "Palmyra: taken May 2015, retaken March 2016, lost December 2016, retaken March 2017");
        List<String> starts = dated.stream().map(r -> r.get("notBefore")).toList();
        assertEquals(starts.stream().sorted().toList(), starts, "dated rows in order of notBefore");
        int firstOpen = rows.indexOf(rows.stream().filter(r -> !r.has("notBefore")).findFirst().orElse(null));
        assertTrue(firstOpen < 0 || rows.subList(firstOpen, rows.size()).stream().noneMatch(r -> r.has("notBefore")),
                "events without a lower bound come last, with the bound left empty");
        assertTrue(dated.stream().anyMatch(r -> "captured".equals(r.get("change")) && r.get("notBefore").startsWith("2016-0")
                        && r.get("notAfter").startsWith("2016-03") && "Syrian government".equals(r.get("gainedBy"))
                        && r.number("articles") >= 2),
                "the March 2016 recapture is one event reported by at least two articles");
        assertTrue(dated.stream().anyMatch(r -> r.get("notBefore").startsWith("2015-05") && "Islamic State".equals(r.get("gainedBy"))));
    }

    @Test
    void q_strengthEstimates() {
        List<Row> rows = run("strength-estimates.rq");
        assertTrue(rows.stream().anyMatch(r -> r.number("low") == 20000 && r.number("high") == 30000
                && "2018-12-15".equals(r.get("when")) && "Northline Press Agency".equals(r.get("publisher"))),
                "the UN figure of the Hajin report, dated by its article");
        if (seeds()) {
            List<String> seedRanges = rows.stream().filter(r -> r.get("article").matches(".*/article/00[01]-.*"))
                    .map(r -> (long) r.number("low") + "-" + (long) r.number("high")).toList();
            assertEquals(List.of("20000-31500", "19000-25000", "6500-6500"), seedRanges,
                    "the seeds' ISIS estimates, old to new");
        }
        assertTrue(rows.stream().allMatch(r -> r.has("article") && r.has("quote")));
    }

    @Test
    void q_claimsBySource() {
        List<Row> rows = run("claims-by-source.rq");
        assertTrue(rows.size() >= 5, "SOHR is cited again and again: " + rows.size());
        assertTrue(rows.stream().anyMatch(r -> r.get("quote").contains("at least 400")));
        Set<String> modalities = Set.of("Asserted", "Reported", "Hedged", "Hypothetical", "Negated", "Opinion");
        assertTrue(rows.stream().allMatch(r -> modalities.contains(local(r.get("modality")))));
    }

    @Test
    void q_corroboratedAndSingleSourceEvents() {
        List<Row> many = run("corroborated-events.rq");
        List<Row> one = run("single-source-events.rq");
        assertTrue(many.stream().allMatch(r -> r.number("outlets") >= 2));
        assertTrue(many.stream().anyMatch(r -> r.get("event").endsWith("/event/capture-palmyra-2015-05")));
        assertTrue(many.stream().anyMatch(r -> r.get("event").endsWith("/event/capture-palmyra-2016") && r.number("articles") >= 2));
        Set<String> corroborated = new TreeSet<>(many.stream().map(r -> r.get("event")).toList());
        assertFalse(one.isEmpty());
        assertTrue(one.stream().noneMatch(r -> corroborated.contains(r.get("event"))));
        assertTrue(many.stream().anyMatch(r -> r.get("event").endsWith("/event/capture-palmyra-2017-03")
                && r.number("articles") == 1 && r.number("outlets") == 2),
                "the March 2017 recapture: one article, which cites a second outlet");
    }

    @Test
    void q_contradictingFigures() {
        List<Row> rows = run("contradicting-figures.rq");
        List<Row> links = QueryResults.select(dsg, "PREFIX cg: <https://w3id.org/claimgraph/ns#> "
                + "SELECT ?a ?b WHERE { ?a cg:contradicts ?b ; a cg:Measurement }");
        assertEquals(links.size() / 2, rows.size(), "one row per contradicting pair of figures");
        for (Row r : rows) {
            double high1 = r.has("high1") ? r.number("high1") : Double.MAX_VALUE;
            double high2 = r.has("high2") ? r.number("high2") : Double.MAX_VALUE;
            assertTrue(r.number("low2") > high1 || r.number("low1") > high2, r.toString());
        }
    }

    @Test
    void q_disputedEvents() {
        List<Row> rows = run("disputed-events.rq");
        List<Row> negated = QueryResults.select(dsg, "PREFIX cg: <https://w3id.org/claimgraph/ns#> "
                + "SELECT ?c WHERE { ?c cg:modality cg:Negated ; cg:contradicts ?x }");
        assertEquals(negated.isEmpty(), rows.isEmpty());
        for (Row r : rows) {
            assertFalse(r.get("denied").equals(r.get("affirmed")), "a claim does not dispute itself: " + r);
        }
        assertTrue(rows.stream().noneMatch(r -> r.get("affirmed").equals(r.get("denied"))));
    }

    @Test
    void q_deniedAndPredicted() {
        List<Row> rows = run("denied-and-predicted.rq");
        Set<String> modalities = new TreeSet<>(rows.stream().map(r -> local(r.get("modality"))).toList());
        assertEquals(Set.of("Hypothetical", "Negated"), modalities);
        assertTrue(rows.stream().anyMatch(r -> "Hypothetical".equals(local(r.get("modality")))
                && r.get("quote").contains("months away")), "Mosul offensive announced in 2015, not begun");
    }

    @Test
    void q_eventsNearPlace() {
        List<Row> rows = run("events-near-place.rq");
        assertFalse(rows.isEmpty());
        List<Double> km = rows.stream().map(r -> r.number("km")).toList();
        assertEquals(km.stream().sorted().toList(), km, "nearest first");
        assertTrue(km.stream().allMatch(d -> d <= 150));
        assertTrue(rows.stream().anyMatch(r -> "Palmyra".equals(r.get("place")) && r.number("km") == 0));
        assertTrue(rows.stream().noneMatch(r -> Set.of("Raqqa", "Mosul", "Ramadi").contains(r.get("place"))));
    }

    @Test
    void q_eventsPerProvinceMonth() {
        List<Row> rows = run("events-per-province-month.rq");
        assertTrue(rows.stream().allMatch(r -> r.get("month").matches("\\d{4}-\\d{2}|undated or spans months")));
        Predicate<Row> homs = r -> "Homs Governorate".equals(r.get("province"));
        for (String month : List.of("2015-05", "2016-12", "2017-03")) {
            assertTrue(rows.stream().anyMatch(homs.and(r -> month.equals(r.get("month")) && r.get("types").contains("Capture"))),
                    "a capture in Homs province (Palmyra) in " + month);
        }
    }

    @Test
    void q_outletCitations() {
        List<Row> rows = run("outlet-citations.rq");
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(r -> r.number("articles") >= 1 && r.number("articles") <= 3),
                "Northline Press Agency published three of the examples");
    }

    @Test
    void q_citationChain() {
        List<Row> rows = run("citation-chain.rq");
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(r -> r.get("quote").toLowerCase().contains("palmyra")));
        assertTrue(rows.stream().allMatch(r -> r.has("via") || r.has("attributedTo") || r.has("speaker")));
        assertTrue(rows.stream().anyMatch(r -> r.has("speaker")), "a quoted statement in the chain");
    }

    @Test
    void q_casualtiesPerEvent() {
        List<Row> rows = run("casualties-per-event.rq");
        assertFalse(rows.isEmpty());
        for (Row r : rows) {
            assertTrue(!r.has("high") || r.number("low") <= r.number("high"), r.toString());
            assertTrue(r.number("figures") >= 1 && r.number("articles") >= 1);
        }
        assertTrue(rows.stream().anyMatch(r -> "Palmyra".equals(r.get("place")) && r.get("event").contains("capture-palmyra")));
    }

    @Test
    void q_eventsInWindow() {
        List<Row> rows = run("events-in-window.rq");
        for (Row r : rows) {
            assertTrue(!r.has("notBefore") || r.get("notBefore").compareTo("2016-03-31") <= 0, r.toString());
            assertTrue(!r.has("notAfter") || r.get("notAfter").compareTo("2016-03-01") >= 0, r.toString());
        }
        assertTrue(rows.stream().anyMatch(r -> r.get("event").endsWith("/capture-palmyra-2016-03") && "true".equals(r.get("certain"))));
        assertTrue(rows.stream().anyMatch(r -> r.get("event").endsWith("/capture-palmyra-2016") && "false".equals(r.get("certain"))),
                "27 February to 27 March overlaps March without lying inside it");
    }

    @Test
    void q_statementsBySpeaker() {
        List<Row> rows = run("statements-by-speaker.rq");
        assertTrue(rows.stream().allMatch(r -> r.has("speaker") && r.has("said") && r.has("article")));
        assertTrue(rows.stream().anyMatch(r -> "Department of Defense".equals(r.get("speaker"))
                || "Iraqi government forces".equals(r.get("speaker"))), "unnamed officials stand for their institution");
        if (seeds()) {
            assertTrue(rows.stream().anyMatch(r -> "John Dorrian".equals(r.get("speaker")) && r.has("role")
                    && "US-led coalition".equals(r.get("affiliation"))), "a named spokesman with role and affiliation");
        }
    }

    @Test
    void q_citeAClaim() {
        List<Row> rows = run("cite-a-claim.rq");
        assertFalse(rows.isEmpty());
        for (Row r : rows) {
            String text = QueryResults.select(dsg, "PREFIX cg: <https://w3id.org/claimgraph/ns#> SELECT ?t WHERE { <"
                    + r.get("article") + "> cg:text ?t }").get(0).get("t");
            int start = text.offsetByCodePoints(0, Integer.parseInt(r.get("start")));
            int end = text.offsetByCodePoints(0, Integer.parseInt(r.get("end")));
            assertEquals(r.get("quote"), text.substring(start, end), "the quote is the article's text at its offsets");
            assertTrue(r.get("claim").contains("/id/claim/"));
        }
        assertTrue(rows.stream().anyMatch(r -> r.has("publisher") && r.has("published") && r.has("title")));
    }

    private static String local(String iri) {
        return iri.substring(iri.indexOf('#') + 1);
    }

    @Test
    void seedsArePresentWhereExpected() {
        assumeTrue(seeds(), "../shared/seeds is not present");
        assertTrue(QueryResults.select(dsg, "PREFIX cg: <https://w3id.org/claimgraph/ns#> SELECT ?a WHERE { ?a a cg:Article }")
                .size() >= 24);
    }
}
