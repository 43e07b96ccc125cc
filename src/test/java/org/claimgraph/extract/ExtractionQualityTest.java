package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimgraph.article.Articles;
import org.claimgraph.model.Article;
import org.claimgraph.model.Extraction;
import org.claimgraph.model.Gazetteer;
import org.claimgraph.rdf.GazetteerLoader;
import org.junit.jupiter.api.Test;

/** Extraction scored against the gold of the seeds (floors asserted) and of the dev set (printed). */
class ExtractionQualityTest {

    static GoldScorer run(Path articles, Path gold, boolean verbose) throws IOException {
        return run(articles, gold, TestGazetteer.ALIASES, verbose);
    }

    static GoldScorer run(Path articles, Path gold, Path aliases, boolean verbose) throws IOException {
        // the bundled gazetteer, as the product uses it (an integration test across read, extract and rdf)
        String base = "http://localhost:3030/";
        Gazetteer gaz = GazetteerLoader.toGazetteer(GazetteerLoader.loadGazetteer(base), base);
        Extractor ex = new Extractor(gaz);
        GoldScorer scorer = new GoldScorer(aliases, gaz);
        for (Path g : GoldScorer.files(gold, ".json")) {
            String name = g.getFileName().toString().replace(".json", "");
            Path file = articles.resolve(name + ".txt");
            Article a = Articles.read(file).get(0);
            Extraction x = ex.extract(a);
            scorer.score(x, g);
        }
        if (verbose) {
            scorer.details.forEach(System.out::println);
        }
        return scorer;
    }

    @Test
    void seedsReachTheirFloors() throws IOException {
        assumeTrue(Files.exists(TestGazetteer.ALIASES), "shared eval folder not present");
        GoldScorer s = run(TestGazetteer.SHARED.resolve("seeds"), TestGazetteer.SHARED.resolve("eval/seeds-gold"),
                System.getenv("SCORER_VERBOSE") != null);
        System.out.println("seeds: " + s.summary());
        assertEquals(0, s.mustNot(), "must_not hits");
        assertTrue(s.eventF1() >= 0.85, "events F1 " + s.eventF1());
        assertTrue(s.agent() >= 0.85, "agent " + s.agent());
        assertTrue(s.date() >= 0.75, "date " + s.date());
    }

    @Test
    void devSetIsPrinted() throws IOException {
        assumeTrue(Files.exists(TestGazetteer.ALIASES), "shared eval folder not present");
        GoldScorer s = run(TestGazetteer.SHARED.resolve("eval/dev-articles"), TestGazetteer.SHARED.resolve("eval/dev-gold"),
                System.getenv("SCORER_VERBOSE") != null);
        System.out.println("dev: " + s.summary());
        assertTrue(s.t.get("ev_tp") + s.t.get("ev_fn") > 0, "dev gold has events");
        assertTrue(s.eventF1() >= 0.60, "dev events F1 fell well below the seeds: " + s.eventF1());
    }

    @Test
    void unseenSetReachesItsFloors() throws IOException {
        Path eval = Path.of("src", "test", "resources", "eval");
        GoldScorer s = run(eval.resolve("articles"), eval.resolve("gold"), eval.resolve("aliases.json"),
                System.getenv("SCORER_VERBOSE") != null);
        System.out.println("unseen: " + s.summary());
        assertTrue(s.t.get("ev_tp") + s.t.get("ev_fn") > 0, "unseen gold has events");
        assertTrue(s.eventF1() >= 0.60, "unseen events F1 " + s.eventF1());
    }
}
