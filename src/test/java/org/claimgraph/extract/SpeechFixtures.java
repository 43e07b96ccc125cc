package org.claimgraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.claimgraph.model.Article;
import org.claimgraph.model.EntityKind;
import org.claimgraph.model.EntityRef;
import org.claimgraph.model.Span;

/**
 * Builds {@link AnalyzedText} by hand for the quantity and statement tests: a tiny sentence splitter and
 * mentions found by plain string search for the names of the shared eval aliases file (or a few test names).
 */
final class SpeechFixtures {

    static final Path SHARED = Path.of("..", "shared");
    /** A copy of the shared evaluation's aliases, so that the unit tests do not depend on the shared folder. */
    static final String ALIASES_RESOURCE = "/speech/aliases.json";

    private static final Map<String, EntityKind> ACTOR_KINDS = Map.ofEntries(
            Map.entry("Islamic State", EntityKind.ARMED_GROUP),
            Map.entry("Syrian Democratic Forces", EntityKind.ARMED_GROUP),
            Map.entry("YPG", EntityKind.ARMED_GROUP),
            Map.entry("Popular Mobilization Forces", EntityKind.ARMED_GROUP),
            Map.entry("Free Syrian Army", EntityKind.ARMED_GROUP),
            Map.entry("Hezbollah", EntityKind.ARMED_GROUP),
            Map.entry("al-Nusra Front", EntityKind.ARMED_GROUP),
            Map.entry("US-led coalition", EntityKind.COALITION));
    private static final List<String> OUTLETS = List.of("The Daily Beast", "Russia Today", "Sweida Now",
            "The Syria Front", "ARA News", "AFP", "Meridian Wire Service");

    /** Name → entity, longest names first. */
    private static Map<String, EntityRef> names;

    private SpeechFixtures() {
    }

    static synchronized Map<String, EntityRef> names() {
        if (names != null) {
            return names;
        }
        Map<String, EntityRef> all = new LinkedHashMap<>();
        JsonObject json = aliases();
        add(all, json.get("actors").getAsObject(), true);
        add(all, json.get("places").getAsObject(), false);
        for (String outlet : OUTLETS) {
            all.put(outlet, ref(outlet, EntityKind.MEDIA_OUTLET));
        }
        List<String> keys = new ArrayList<>(all.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed());
        Map<String, EntityRef> sorted = new LinkedHashMap<>();
        keys.forEach(k -> sorted.put(k, all.get(k)));
        names = sorted;
        return names;
    }

    static JsonObject aliases() {
        try (InputStream in = SpeechFixtures.class.getResourceAsStream(ALIASES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + ALIASES_RESOURCE);
            }
            return JSON.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(Map<String, EntityRef> all, JsonObject table, boolean actors) {
        for (String canon : table.keys()) {
            EntityKind kind = actors ? ACTOR_KINDS.getOrDefault(canon, EntityKind.STATE_FORCE)
                    : (List.of("Syria", "Iraq", "Libya", "Spain").contains(canon) ? EntityKind.COUNTRY
                    : EntityKind.SETTLEMENT);
            EntityRef ref = ref(canon, kind);
            all.putIfAbsent(canon, ref);
            for (JsonValue v : table.get(canon).getAsArray()) {
                all.putIfAbsent(v.getAsString().value(), ref);
            }
        }
    }

    static EntityRef ref(String label, EntityKind kind) {
        return new EntityRef(slug(label), label, kind, true);
    }

    static String slug(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    static AnalyzedText analyze(String text) {
        Article article = new Article("test.txt", "test", text, null, null, null, null, null);
        return new AnalyzedText(article, sentences(text), mentions(text));
    }

    static AnalyzedText read(Path file) {
        try {
            String text = Files.readString(file);
            String key = slug(file.getFileName().toString().replaceFirst("\\.txt$", ""));
            Article article = new Article(file.getFileName().toString(), key, text, null, null, null, null, null);
            return new AnalyzedText(article, sentences(text), mentions(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines, cut after a full stop, question or exclamation mark that ends a sentence. */
    static List<Span> sentences(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            if (start >= text.length()) {
                break;
            }
            int end = SpeakerNames.sentenceEnd(text, start);
            int stop = end < text.length() && text.charAt(end) != '\n' ? end + 1 : end;
            while (stop < text.length() && (text.charAt(stop) == '”' || text.charAt(stop) == '"')) {
                stop++;
            }
            out.add(new Span(start, stop));
            start = stop;
        }
        return out;
    }

    static List<Mention> mentions(String text) {
        boolean[] taken = new boolean[text.length()];
        List<Mention> out = new ArrayList<>();
        for (Map.Entry<String, EntityRef> e : names().entrySet()) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(e.getKey()) + "(?![\\p{L}\\p{N}])")
                    .matcher(text);
            while (m.find()) {
                boolean free = true;
                for (int i = m.start(); i < m.end(); i++) {
                    free &= !taken[i];
                }
                if (free) {
                    for (int i = m.start(); i < m.end(); i++) {
                        taken[i] = true;
                    }
                    out.add(new Mention(new Span(m.start(), m.end()), e.getValue()));
                }
            }
        }
        out.sort(Comparator.comparing(Mention::span));
        return out;
    }
}
