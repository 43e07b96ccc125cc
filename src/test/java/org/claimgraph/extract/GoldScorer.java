package org.claimgraph.extract;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.claimgraph.model.Claim;
import org.claimgraph.model.EntityRef;
import org.claimgraph.model.Event;
import org.claimgraph.model.Extraction;
import org.claimgraph.model.Gazetteer;
import org.claimgraph.model.Measurement;
import org.claimgraph.model.Modality;
import org.claimgraph.model.Statement;

/**
 * The scoring of ../shared/eval/score.py, on extraction records instead of a store: one event per
 * identity key and article (hypothetical and negated claims left out), names matched through the
 * aliases file, the same matching order and the same measurement, statement and metadata scores.
 */
final class GoldScorer {
    private final Map<String, String> place = new HashMap<>();
    private final Map<String, String> actor = new HashMap<>();
    private final Gazetteer gazetteer;
    final Map<String, Integer> t = new LinkedHashMap<>();
    final List<String> details = new ArrayList<>();

    GoldScorer(Path aliases, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        JsonObject data = JSON.read(aliases.toString());
        fill(place, data.get("places").getAsObject());
        fill(actor, data.get("actors").getAsObject());
        for (String k : List.of("ev_tp", "ev_fp", "ev_fn", "ms_tp", "ms_fp", "ms_fn", "st_tp", "st_fp", "st_fn",
                "agent_ok", "agent_n", "date_ok", "date_n", "must_not", "meta_ok", "meta_n", "dups")) {
            t.put(k, 0);
        }
    }

    private static void fill(Map<String, String> table, JsonObject src) {
        for (String canon : src.keys()) {
            table.put(norm(canon), canon);
            for (JsonValue n : src.get(canon).getAsArray()) {
                table.put(norm(n.getAsString().value()), canon);
            }
        }
    }

    static String norm(String s) {
        if (s == null) {
            return null;
        }
        String a = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("[^\\x00-\\x7F]", "").toLowerCase(Locale.ROOT);
        a = a.replaceAll("['`]", "");
        a = a.replaceAll("[^a-z0-9]+", " ").strip();
        return a.replaceFirst("^(the|al|ar|as|ash|ad|ath|an|el) ", "");
    }

    String canonPlace(String label) {
        return place.getOrDefault(norm(label), norm(label));
    }

    String canonActor(String label) {
        return actor.getOrDefault(norm(label), norm(label));
    }

    private List<String> labels(EntityRef r) {
        List<String> out = new ArrayList<>();
        out.add(r.label());
        if (r.known()) {
            gazetteer.get(r.kind().iriKind(), r.key()).ifPresent(e -> out.addAll(e.altLabels()));
        }
        return out;
    }

    private static final class Got {
        String type;
        Set<String> places = new HashSet<>();
        Set<String> agents = new HashSet<>();
        Set<List<String>> dates = new HashSet<>();
    }

    private static Object num(BigDecimal v) {
        if (v == null) {
            return null;
        }
        double d = v.doubleValue();
        return d == Math.rint(d) ? (Object) (long) d : (Object) d;
    }

    private static Object num(JsonValue v) {
        if (v == null || v.isNull()) {
            return null;
        }
        double d = v.getAsNumber().value().doubleValue();
        return d == Math.rint(d) ? (Object) (long) d : (Object) d;
    }

    private static String str(JsonObject o, String k) {
        JsonValue v = o.get(k);
        return v == null || v.isNull() ? null : v.getAsString().value();
    }

    /** Scores one article's extraction against its gold file; adds to the totals. */
    void score(Extraction x, Path goldFile) {
        JsonObject g = JSON.read(goldFile.toString());
        Map<String, Got> byKey = new LinkedHashMap<>();
        Set<List<Object>> hm = new HashSet<>();
        Set<List<String>> hs = new HashSet<>();
        for (Claim c : x.claims()) {
            boolean happened = c.modality() != Modality.HYPOTHETICAL && c.modality() != Modality.NEGATED;
            if (c.about() instanceof Event e && happened) {
                String key = e.identityKey() != null ? e.identityKey() : "noplace-" + byKey.size();
                Got got = byKey.computeIfAbsent(key, k -> new Got());
                got.type = e.type().localName();
                if (e.place() != null) {
                    labels(e.place()).forEach(l -> got.places.add(canonPlace(l)));
                }
                if (e.agent() != null) {
                    labels(e.agent()).forEach(l -> got.agents.add(canonActor(l)));
                }
                if (e.date().notBefore() != null && e.date().notAfter() != null) {
                    got.dates.add(List.of(e.date().notBefore().toString(), e.date().notAfter().toString()));
                }
            } else if (c.about() instanceof Measurement m && happened) {
                hm.add(java.util.Arrays.asList(m.measure().localName(), num(m.min()), num(m.max())));
            } else if (c.about() instanceof Statement s) {
                hs.add(List.of(s.speaker().label(), s.affiliation() == null ? "" : s.affiliation().label()));
            }
        }
        List<Got> got = new ArrayList<>(byKey.values());
        List<JsonObject> gold = objects(g.get("events"));
        List<JsonObject> optional = objects(g.get("optional_events"));
        List<JsonObject> forbidden = objects(g.get("must_not"));
        Map<Integer, Integer> matched = new LinkedHashMap<>();
        for (boolean passDates : new boolean[] {true, false}) {
            for (int xi = 0; xi < got.size(); xi++) {
                if (matched.containsValue(xi)) {
                    continue;
                }
                for (int gi = 0; gi < gold.size(); gi++) {
                    if (matched.containsKey(gi) || !fits(got.get(xi), gold.get(gi)) || passDates && !dateFits(got.get(xi), gold.get(gi))) {
                        continue;
                    }
                    matched.put(gi, xi);
                    break;
                }
            }
        }
        String name = goldFile.getFileName().toString();
        for (int xi = 0; xi < got.size(); xi++) {
            if (matched.containsValue(xi)) {
                continue;
            }
            Got e = got.get(xi);
            if (gold.stream().anyMatch(ge -> fits(e, ge))) {
                add("dups", 1);
            } else if (optional.stream().noneMatch(ge -> fits(e, ge))) {
                add("ev_fp", 1);
                details.add(name + "   FP " + e.type + " " + new TreeSet<>(e.places));
                if (forbidden.stream().anyMatch(ge -> fits(e, ge))) {
                    add("must_not", 1);
                    details.add(name + "   MUST_NOT " + e.type + " " + new TreeSet<>(e.places));
                }
            }
        }
        add("ev_tp", matched.size());
        for (int gi = 0; gi < gold.size(); gi++) {
            if (!matched.containsKey(gi)) {
                add("ev_fn", 1);
                details.add(name + "   FN " + str(gold.get(gi), "type") + " " + canonPlace(str(gold.get(gi), "place")));
            }
        }
        for (var en : matched.entrySet()) {
            JsonObject e = gold.get(en.getKey());
            Got h = got.get(en.getValue());
            if (str(e, "agent") != null) {
                add("agent_n", 1);
                boolean ok = h.agents.contains(canonActor(str(e, "agent")));
                add("agent_ok", ok ? 1 : 0);
                if (!ok) {
                    details.add(name + "   AGENT " + str(e, "type") + " " + str(e, "place") + " want " + str(e, "agent") + " got " + h.agents);
                }
            }
            if (str(e, "date") != null) {
                add("date_n", 1);
                boolean ok = dateFits(h, e);
                add("date_ok", ok ? 1 : 0);
                if (!ok) {
                    details.add(name + "   DATE " + str(e, "type") + " " + str(e, "place") + " want " + str(e, "date") + " got " + h.dates);
                }
            }
        }
        Set<List<Object>> gm = new HashSet<>();
        for (JsonObject m : objects(g.get("measurements"))) {
            gm.add(java.util.Arrays.asList(str(m, "measure"), num(m.get("min")), num(m.get("max"))));
        }
        add("ms_tp", (int) gm.stream().filter(hm::contains).count());
        add("ms_fp", (int) hm.stream().filter(v -> !gm.contains(v)).count());
        add("ms_fn", (int) gm.stream().filter(v -> !hm.contains(v)).count());
        Set<List<String>> gs = new HashSet<>();
        for (JsonObject s : objects(g.get("statements"))) {
            String sp = str(s, "speaker");
            if (sp != null) {
                String[] parts = norm(sp).split(" ");
                gs.add(List.of("name", parts[parts.length - 1]));
            } else {
                gs.add(List.of("org", canonActor(Objects.requireNonNullElse(str(s, "affiliation"), ""))));
            }
        }
        Set<List<String>> hit = new HashSet<>();
        for (List<String> key : gs) {
            if (hs.stream().anyMatch(h -> stFits(h, key))) {
                hit.add(key);
            }
        }
        add("st_tp", hit.size());
        add("st_fp", (int) hs.stream().filter(h -> gs.stream().noneMatch(k -> stFits(h, k))).count());
        add("st_fn", gs.size() - hit.size());
        meta(x, g);
    }

    private void meta(Extraction x, JsonObject g) {
        Map<String, String> have = new HashMap<>();
        have.put("title", x.article().title());
        have.put("published", x.article().published() == null ? null : x.article().published().toString());
        have.put("publisher", x.publisher() == null ? null : x.publisher().label());
        have.put("author", x.author() == null ? null : x.author().label());
        for (String field : List.of("title", "published", "publisher", "author")) {
            String gv = str(g, field);
            if (gv == null) {
                continue;
            }
            add("meta_n", 1);
            String hv = have.get(field);
            boolean ok = hv != null && (field.equals("published") ? hv.startsWith(gv) : norm(hv).equals(norm(gv)));
            add("meta_ok", ok ? 1 : 0);
        }
    }

    private boolean stFits(List<String> h, List<String> key) {
        String speaker = h.get(0);
        String org = h.get(1);
        String v = key.get(1);
        if (key.get(0).equals("name")) {
            return List.of(norm(speaker).split(" ")).contains(v);
        }
        return v.equals(canonActor(org)) || v.equals(canonActor(speaker))
                || !v.isEmpty() && (norm(org).contains(v) || norm(speaker).contains(v));
    }

    private boolean fits(Got x, JsonObject e) {
        String type = str(e, "type");
        boolean typeOk = x.type.equals(type);
        JsonValue alt = e.get("alt");
        if (!typeOk && alt != null && alt.isArray()) {
            for (JsonValue a : alt.getAsArray()) {
                typeOk |= x.type.equals(a.getAsString().value());
            }
        }
        return typeOk && x.places.contains(canonPlace(str(e, "place")));
    }

    private static boolean dateFits(Got x, JsonObject e) {
        String d = str(e, "date");
        if (d == null || d.isEmpty()) {
            return false;
        }
        for (List<String> r : x.dates) {
            String nb = r.get(0);
            String na = r.get(1);
            String nbp = nb.substring(0, Math.min(d.length(), nb.length()));
            String nap = na.substring(0, Math.min(d.length(), na.length()));
            if (nbp.compareTo(d) <= 0 && d.compareTo(nap) <= 0 || nb.startsWith(d)) {
                return true;
            }
        }
        return false;
    }

    private static List<JsonObject> objects(JsonValue v) {
        List<JsonObject> out = new ArrayList<>();
        if (v != null && v.isArray()) {
            JsonArray a = v.getAsArray();
            a.forEach(x -> out.add(x.getAsObject()));
        }
        return out;
    }

    private void add(String k, int n) {
        t.merge(k, n, Integer::sum);
    }

    private static double[] prf(int tp, int fp, int fn) {
        double p = tp + fp > 0 ? (double) tp / (tp + fp) : 0.0;
        double r = tp + fn > 0 ? (double) tp / (tp + fn) : 0.0;
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return new double[] {p, r, f};
    }

    double eventF1() {
        return prf(t.get("ev_tp"), t.get("ev_fp"), t.get("ev_fn"))[2];
    }

    double agent() {
        return t.get("agent_n") == 0 ? 0.0 : (double) t.get("agent_ok") / t.get("agent_n");
    }

    double date() {
        return t.get("date_n") == 0 ? 0.0 : (double) t.get("date_ok") / t.get("date_n");
    }

    int mustNot() {
        return t.get("must_not");
    }

    /** The summary line, in the format of score.py. */
    String summary() {
        double[] e = prf(t.get("ev_tp"), t.get("ev_fp"), t.get("ev_fn"));
        double[] m = prf(t.get("ms_tp"), t.get("ms_fp"), t.get("ms_fn"));
        double[] s = prf(t.get("st_tp"), t.get("st_fp"), t.get("st_fn"));
        double meta = t.get("meta_n") == 0 ? 0.0 : (double) t.get("meta_ok") / t.get("meta_n");
        return String.format(Locale.ROOT,
                "events P %.2f R %.2f F1 %.2f | agent %.2f | date %.2f | must_not hits %d | duplicates %d | "
                + "measurements F1 %.2f (P %.2f R %.2f) | statements F1 %.2f | metadata %.2f",
                e[0], e[1], e[2], agent(), date(), t.get("must_not"), t.get("dups"), m[2], m[0], m[1], s[2], meta);
    }

    static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }
}
