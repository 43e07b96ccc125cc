package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Measurement;
import org.claimgraph.model.Statement;
import org.junit.jupiter.api.Test;

/**
 * Runs both finders over the seed and development articles of the shared evaluation folder and scores
 * them as the evaluation script does: measurements match on (measure, min, max), statements on the
 * speaker's surname or, for unnamed speakers, the organisation. Skipped when the shared folder is absent.
 */
class SpeechCorpusTest {

    private static final double SEED_FLOOR = 0.95;
    private static final double DEV_FLOOR = 0.95;
    private static final double UNSEEN_FLOOR = 0.90;

    @Test
    void seedArticlesScoreAboveTheFloor() throws Exception {
        Score s = score(SpeechFixtures.SHARED.resolve("seeds"), SpeechFixtures.SHARED.resolve("eval/seeds-gold"));
        System.out.printf("seeds: measurements F1 %.2f (P %.2f R %.2f) | statements F1 %.2f (P %.2f R %.2f)%n",
                s.ms.f1(), s.ms.p(), s.ms.r(), s.st.f1(), s.st.p(), s.st.r());
        assertTrue(s.ms.f1() >= SEED_FLOOR, "measurement F1 on seeds " + s.ms.f1());
        assertTrue(s.st.f1() >= SEED_FLOOR, "statement F1 on seeds " + s.st.f1());
    }

    @Test
    void developmentArticlesScoreAboveTheFloor() throws Exception {
        Score s = score(SpeechFixtures.SHARED.resolve("eval/dev-articles"),
                SpeechFixtures.SHARED.resolve("eval/dev-gold"));
        System.out.printf("dev: measurements F1 %.2f (P %.2f R %.2f) | statements F1 %.2f (P %.2f R %.2f)%n",
                s.ms.f1(), s.ms.p(), s.ms.r(), s.st.f1(), s.st.p(), s.st.r());
        assertTrue(s.ms.f1() >= DEV_FLOOR, "measurement F1 on dev " + s.ms.f1());
        assertTrue(s.st.f1() >= DEV_FLOOR, "statement F1 on dev " + s.st.f1());
    }

    @Test
    void unseenArticlesScoreAboveTheFloor() throws Exception {
        Path eval = Path.of("src/test/resources/eval");
        Score s = score(eval.resolve("articles"), eval.resolve("gold"));
        System.out.printf("unseen: measurements F1 %.2f (P %.2f R %.2f) | statements F1 %.2f (P %.2f R %.2f)%n",
                s.ms.f1(), s.ms.p(), s.ms.r(), s.st.f1(), s.st.p(), s.st.r());
        assertTrue(s.ms.f1() >= UNSEEN_FLOOR, "measurement F1 on the unseen set " + s.ms.f1());
        assertTrue(s.st.f1() >= UNSEEN_FLOOR, "statement F1 on the unseen set " + s.st.f1());
    }

    private record Counts(int tp, int fp, int fn) {
        double p() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double r() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        double f1() {
            return p() + r() == 0 ? 0 : 2 * p() * r() / (p() + r());
        }

        Counts plus(int a, int b, int c) {
            return new Counts(tp + a, fp + b, fn + c);
        }
    }

    private record Score(Counts ms, Counts st) {
    }

    private static Score score(Path articles, Path gold) throws Exception {
        assumeTrue(Files.isDirectory(articles) && Files.isDirectory(gold), "shared evaluation folder not present");
        Map<String, String> actorCanon = actorAliases();
        Counts ms = new Counts(0, 0, 0);
        Counts st = new Counts(0, 0, 0);
        MeasurementFinder measurements = new MeasurementFinder();
        StatementFinder statements = new StatementFinder();
        List<Path> golds;
        try (Stream<Path> files = Files.list(gold)) {
            golds = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path g : golds) {
            JsonObject json = JSON.read(g.toString());
            AnalyzedText text = SpeechFixtures.read(articles.resolve(json.get("article").getAsString().value()));
            Set<String> want = new HashSet<>();
            for (JsonValue m : json.get("measurements").getAsArray()) {
                JsonObject o = m.getAsObject();
                want.add(o.get("measure").getAsString().value() + " " + num(o.get("min")) + " " + num(o.get("max")));
            }
            Set<String> got = new HashSet<>();
            for (Claim c : measurements.find(text)) {
                if (c.modality().happened() && c.about() instanceof Measurement m) {
                    got.add(m.measure().localName() + " " + num(m.min()) + " " + num(m.max()));
                }
            }
            Set<String> tp = new HashSet<>(got);
            tp.retainAll(want);
            ms = ms.plus(tp.size(), got.size() - tp.size(), want.size() - tp.size());
            report(g, "measurement", got, want);

            Set<List<String>> goldKeys = new HashSet<>();
            for (JsonValue v : json.get("statements").getAsArray()) {
                JsonObject o = v.getAsObject();
                if (o.hasKey("speaker") && !o.get("speaker").isNull()) {
                    String[] parts = norm(o.get("speaker").getAsString().value()).split(" ");
                    goldKeys.add(List.of("name", parts[parts.length - 1]));
                } else {
                    String aff = o.hasKey("affiliation") && !o.get("affiliation").isNull()
                            ? o.get("affiliation").getAsString().value() : "";
                    goldKeys.add(List.of("org", canon(actorCanon, aff)));
                }
            }
            Set<List<String>> extracted = new HashSet<>();
            for (Claim c : statements.find(text)) {
                Statement s = (Statement) c.about();
                extracted.add(List.of(s.speaker().label(), s.affiliation() == null ? "" : s.affiliation().label()));
            }
            Set<List<String>> hit = new HashSet<>();
            Set<List<String>> extra = new HashSet<>();
            for (List<String> h : extracted) {
                boolean any = false;
                for (List<String> key : goldKeys) {
                    if (fits(actorCanon, h, key)) {
                        hit.add(key);
                        any = true;
                    }
                }
                if (!any) {
                    extra.add(h);
                }
            }
            st = st.plus(hit.size(), extra.size(), goldKeys.size() - hit.size());
            Set<List<String>> missed = new HashSet<>(goldKeys);
            missed.removeAll(hit);
            missed.forEach(k -> System.out.println(g.getFileName() + " FN statement " + k));
            extra.forEach(k -> System.out.println(g.getFileName() + " FP statement " + k));
        }
        return new Score(ms, st);
    }

    private static void report(Path g, String what, Set<String> got, Set<String> want) {
        got.stream().filter(x -> !want.contains(x)).forEach(x -> System.out.println(g.getFileName() + " FP " + what + " " + x));
        want.stream().filter(x -> !got.contains(x)).forEach(x -> System.out.println(g.getFileName() + " FN " + what + " " + x));
    }

    private static boolean fits(Map<String, String> canon, List<String> h, List<String> key) {
        String speaker = h.get(0);
        String org = h.get(1);
        String v = key.get(1);
        if (key.get(0).equals("name")) {
            return List.of(norm(speaker).split(" ")).contains(v);
        }
        return v.equals(canon(canon, org)) || v.equals(canon(canon, speaker))
                || (!v.isEmpty() && (norm(org).contains(v) || norm(speaker).contains(v)));
    }

    private static String num(JsonValue v) {
        return v == null || v.isNull() ? "null" : num(new BigDecimal(v.getAsNumber().value().toString()));
    }

    private static String num(BigDecimal v) {
        return v == null ? "null" : v.stripTrailingZeros().toPlainString();
    }

    private static Map<String, String> actorAliases() {
        Map<String, String> out = new HashMap<>();
        JsonObject actors = SpeechFixtures.aliases().get("actors").getAsObject();
        for (String c : actors.keys()) {
            out.put(norm(c), c);
            for (JsonValue n : actors.get(c).getAsArray()) {
                out.put(norm(n.getAsString().value()), c);
            }
        }
        return out;
    }

    private static String canon(Map<String, String> canon, String label) {
        return canon.getOrDefault(norm(label), norm(label));
    }

    /** The evaluation script's name normalisation. */
    static String norm(String s) {
        String a = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("[^\\p{ASCII}]", "").toLowerCase(Locale.ROOT);
        a = a.replaceAll("[\u2018\u2019'`]", "").replaceAll("[^a-z0-9]+", " ").trim();
        return a.replaceFirst("^(the|al|ar|as|ash|ad|ath|an|el) ", "");
    }
}
