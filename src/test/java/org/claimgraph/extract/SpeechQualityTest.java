package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.claimgraph.article.Articles;
import org.claimgraph.model.Article;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Extraction;
import org.claimgraph.model.Gazetteer;
import org.claimgraph.model.Measurement;
import org.claimgraph.model.Statement;
import org.claimgraph.rdf.GazetteerLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measurements, statements and article metadata of the whole pipeline (article reader, bundled gazetteer,
 * extractor) scored against gold as the evaluation script does, on the seeds, the shared development set
 * and the unseen set under src/test/resources/eval. Floors are asserted so that a regression fails the
 * build. Set SPEECH_VERBOSE to print what was found per article.
 */
class SpeechQualityTest {

    private static final Path UNSEEN = Path.of("src/test/resources/eval");
    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        String base = "http://localhost:3030/";
        gazetteer = GazetteerLoader.toGazetteer(GazetteerLoader.loadGazetteer(base), base);
    }

    private static GoldScorer run(Path articles, Path gold, Path aliases) throws IOException {
        Extractor ex = new Extractor(gazetteer);
        GoldScorer scorer = new GoldScorer(aliases, gazetteer);
        boolean verbose = System.getenv("SPEECH_VERBOSE") != null;
        for (Path g : GoldScorer.files(gold, ".json")) {
            JsonObject json = JSON.read(g.toString());
            Path file = articles.resolve(json.get("article").getAsString().value());
            Article a = Articles.read(file).get(0);
            Extraction x = ex.extract(a);
            scorer.score(x, g);
            if (verbose) {
                print(g, json, x);
            }
        }
        return scorer;
    }

    private static void print(Path g, JsonObject gold, Extraction x) {
        List<String> lines = new ArrayList<>();
        lines.add("== " + g.getFileName() + " title=" + x.article().title() + " | published=" + x.article().published()
                + " | publisher=" + (x.publisher() == null ? null : x.publisher().label())
                + " | author=" + (x.author() == null ? null : x.author().label()));
        lines.add("   gold: " + gold.get("title") + " | " + gold.get("published") + " | " + gold.get("publisher")
                + " | " + gold.get("author"));
        for (Claim c : x.claims()) {
            if (c.about() instanceof Measurement m) {
                lines.add(String.format(Locale.ROOT, "   M %s %s..%s %s :: %s", m.measure().localName(), m.min(), m.max(),
                        c.modality(), c.evidence().of(x.article().text())));
            } else if (c.about() instanceof Statement s) {
                String ev = c.evidence().of(x.article().text());
                lines.add("   S " + s.speaker().label() + " / " + (s.affiliation() == null ? "" : s.affiliation().label())
                        + " :: " + ev.substring(0, Math.min(70, ev.length())));
            }
        }
        lines.forEach(System.out::println);
    }

    private static double[] scores(GoldScorer s) {
        double ms = f1(s.t.get("ms_tp"), s.t.get("ms_fp"), s.t.get("ms_fn"));
        double st = f1(s.t.get("st_tp"), s.t.get("st_fp"), s.t.get("st_fn"));
        double meta = s.t.get("meta_n") == 0 ? 0 : (double) s.t.get("meta_ok") / s.t.get("meta_n");
        return new double[] {ms, st, meta};
    }

    private static double f1(int tp, int fp, int fn) {
        double p = tp + fp > 0 ? (double) tp / (tp + fp) : 0;
        double r = tp + fn > 0 ? (double) tp / (tp + fn) : 0;
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }

    private static void check(String name, GoldScorer s, double ms, double st, double meta) {
        double[] got = scores(s);
        System.out.println(name + ": " + s.summary());
        assertTrue(got[0] >= ms, name + " measurements F1 " + got[0] + " below " + ms);
        assertTrue(got[1] >= st, name + " statements F1 " + got[1] + " below " + st);
        assertTrue(got[2] >= meta, name + " metadata " + got[2] + " below " + meta);
    }

    @Test
    void unseenSetReachesItsFloors() throws IOException {
        GoldScorer s = run(UNSEEN.resolve("articles"), UNSEEN.resolve("gold"), UNSEEN.resolve("aliases.json"));
        check("unseen", s, 0.90, 0.90, 0.95);
    }

    /** Articles written for these tests, in head, quote and number shapes the other sets lack. */
    @Test
    void ownArticlesReachTheirFloors() throws IOException {
        Path own = Path.of("src/test/resources/speech/own");
        GoldScorer s = run(own.resolve("articles"), own.resolve("gold"), UNSEEN.resolve("aliases.json"));
        check("own", s, 0.95, 0.95, 0.95);
    }

    @Test
    void seedsReachTheirFloors() throws IOException {
        assumeTrue(Files.exists(TestGazetteer.ALIASES), "shared eval folder not present");
        GoldScorer s = run(TestGazetteer.SHARED.resolve("seeds"), TestGazetteer.SHARED.resolve("eval/seeds-gold"),
                TestGazetteer.ALIASES);
        check("seeds", s, 0.95, 0.95, 0.95);
    }

    @Test
    void developmentSetReachesItsFloors() throws IOException {
        assumeTrue(Files.exists(TestGazetteer.ALIASES), "shared eval folder not present");
        GoldScorer s = run(TestGazetteer.SHARED.resolve("eval/dev-articles"), TestGazetteer.SHARED.resolve("eval/dev-gold"),
                TestGazetteer.ALIASES);
        check("dev", s, 0.95, 0.95, 0.95);
    }
}
