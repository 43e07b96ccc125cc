import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.article.Articles;
import org.claimgraph.extract.Extractor;
import org.claimgraph.model.Article;
import org.claimgraph.model.Gazetteer;
import org.claimgraph.rdf.GazetteerLoader;

/**
 * Extraction throughput: reads the articles under the given folders, extracts each of them
 * {@code rounds} times on one thread, with all claim finders and with the event finder alone, (after a warm-up round) and prints articles per second,
 * milliseconds per article and per 3 KB of text, and the ratio to the 3 KB-in-5-ms target.
 *
 * <p>Run with bench/run-extraction.sh [ROUNDS] [FOLDER...].
 */
public final class ExtractionBench {
    /** Target: one 3 KB article in 5 ms on one core (two cores then take 400 articles/s). */
    private static final double TARGET_MS_PER_3KB = 5.0;

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<Path> inputs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            inputs.add(Path.of(args[i]));
        }
        if (inputs.isEmpty()) {
            inputs.add(Path.of("examples/articles"));
            inputs.add(Path.of("../shared/seeds"));
        }
        List<Article> articles = new ArrayList<>();
        for (Path file : Articles.expand(inputs)) {
            articles.addAll(Articles.read(file, problem -> { }));
        }
        long chars = 0;
        for (Article a : articles) {
            chars += a.text().length();
        }
        String base = "http://localhost:3030/";
        Gazetteer gaz = GazetteerLoader.toGazetteer(GazetteerLoader.loadGazetteer(base), base);
        run("all finders", new Extractor(gaz), articles, rounds, chars);
        run("events only", new Extractor(gaz, List.of()), articles, rounds, chars);
    }

    private static void run(String label, Extractor ex, List<Article> articles, int rounds, long chars) {
        int claims = 0;
        for (int w = 0; w < 3; w++) {
            for (Article a : articles) {
                claims += ex.extract(a).claims().size();
            }
        }
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (Article a : articles) {
                claims += ex.extract(a).claims().size();
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
        long n = (long) rounds * articles.size();
        double msPerArticle = seconds * 1000 / n;
        double msPer3kb = seconds * 1000 / (rounds * (chars / 3000.0));
        System.out.printf("%s: articles: %d (%.1f KB average), rounds: %d, claims seen: %d%n",
                label, articles.size(), chars / 1000.0 / articles.size(), rounds, claims);
        System.out.printf("%s: %.0f articles/s, %.2f ms/article, %.2f ms per 3 KB (target %.1f ms: %.2fx the target)%n",
                label, n / seconds, msPerArticle, msPer3kb, TARGET_MS_PER_3KB, msPer3kb / TARGET_MS_PER_3KB);
        System.out.printf("%s: CPU time %.2f ms/article, %.2f ms per 3 KB (wall time suffers when the machine is busy)%n",
                label, cpuMs / n, cpuMs / (rounds * (chars / 3000.0)));
    }
}
