package org.claimgraph.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.claimgraph.model.EntityKind;
import org.claimgraph.model.EntityRef;
import org.claimgraph.model.Gazetteer;
import org.claimgraph.model.GazetteerEntry;

/**
 * Gazetteers for tests: a tiny hand-made one, and one built from the evaluation's aliases file
 * (places and actors with their spellings) plus countries, kinds and a few outlets, standing in for
 * the bundled gazetteer until it is available.
 */
final class TestGazetteer {
    static final Path SHARED = Path.of("..", "shared");
    static final Path ALIASES = SHARED.resolve("eval/aliases.json");

    private TestGazetteer() {
    }

    static GazetteerEntry entry(EntityKind kind, String label, String within, long population, String... alts) {
        return new GazetteerEntry(new EntityRef(Names.slug(label), label, kind, true), List.of(alts), within, null, null, population);
    }

    /** The gazetteer the product bundles, as it is loaded for extraction. */
    static Gazetteer bundled() {
        String base = "http://localhost:3030/";
        return org.claimgraph.rdf.GazetteerLoader.toGazetteer(org.claimgraph.rdf.GazetteerLoader.loadGazetteer(base), base);
    }

    static Gazetteer small() {
        return new Gazetteer(List.of(
            entry(EntityKind.COUNTRY, "Syria", null, 0),
            entry(EntityKind.COUNTRY, "Iraq", null, 0),
            entry(EntityKind.SETTLEMENT, "Deir ez-Zor", "syria", 200000, "Deir al-Zour", "Dayr az Zawr"),
            entry(EntityKind.SETTLEMENT, "Raqqa", "syria", 200000, "Raqqah", "Ar-Raqqah"),
            entry(EntityKind.SETTLEMENT, "al-Tabqa", "syria", 70000, "Tabqa", "al-Thawrah"),
            entry(EntityKind.SETTLEMENT, "Ash Shaddadi", "syria", 15000, "al-Shaddadi"),
            entry(EntityKind.SETTLEMENT, "Kobani", "syria", 45000, "Kobane", "Ayn al-Arab"),
            entry(EntityKind.SETTLEMENT, "Mosul", "iraq", 1000000),
            entry(EntityKind.SETTLEMENT, "Palmyra", "syria", 50000, "Tadmur"),
            entry(EntityKind.SETTLEMENT, "Hit", "iraq", 0),
            entry(EntityKind.SETTLEMENT, "Tal", "syria", 0),
            entry(EntityKind.ARMED_GROUP, "Islamic State", null, 0, "ISIS", "ISIL", "IS", "Daesh"),
            entry(EntityKind.ARMED_GROUP, "Syrian Democratic Forces", null, 0, "SDF"),
            entry(EntityKind.STATE_FORCE, "Peshmerga", null, 0),
            entry(EntityKind.STATE_FORCE, "United States", null, 0, "US", "U.S."),
            entry(EntityKind.STATE_FORCE, "Syrian government", null, 0, "Syrian regime", "Syrian army"),
            entry(EntityKind.STATE_FORCE, "Russia", null, 0),
            entry(EntityKind.COALITION, "US-led coalition", null, 0, "coalition"),
            entry(EntityKind.STATE_FORCE, "Iraqi government forces", null, 0, "Iraqi forces", "Iraqi Security Forces"),
            entry(EntityKind.MEDIA_OUTLET, "The Daily Beast", null, 0),
            entry(EntityKind.MEDIA_OUTLET, "AFP", null, 0, "Agence France-Presse")));
    }

    private static final Map<String, EntityKind> ACTOR_KINDS = Map.ofEntries(
        Map.entry("Islamic State", EntityKind.ARMED_GROUP), Map.entry("Syrian Democratic Forces", EntityKind.ARMED_GROUP),
        Map.entry("YPG", EntityKind.ARMED_GROUP), Map.entry("Popular Mobilization Forces", EntityKind.ARMED_GROUP),
        Map.entry("Free Syrian Army", EntityKind.ARMED_GROUP), Map.entry("Hezbollah", EntityKind.ARMED_GROUP),
        Map.entry("al-Nusra Front", EntityKind.ARMED_GROUP), Map.entry("US-led coalition", EntityKind.COALITION));
    private static final Map<String, String> COUNTRY_OF = Map.ofEntries(
        Map.entry("Mosul", "iraq"), Map.entry("Raqqa", "syria"), Map.entry("Sinjar", "iraq"), Map.entry("Ramadi", "iraq"),
        Map.entry("Fallujah", "iraq"), Map.entry("Tikrit", "iraq"), Map.entry("Kirkuk", "iraq"), Map.entry("al-Tabqa", "syria"),
        Map.entry("Deir ez-Zor", "syria"), Map.entry("Palmyra", "syria"), Map.entry("Ash Shaddadi", "syria"),
        Map.entry("Hawija", "iraq"), Map.entry("Homs", "syria"), Map.entry("Anbar", "iraq"), Map.entry("Qaryatayn", "syria"),
        Map.entry("Damascus", "syria"), Map.entry("Baiji", "iraq"), Map.entry("Amerli", "iraq"), Map.entry("Kuweires", "syria"),
        Map.entry("Hit", "iraq"), Map.entry("Rutba", "iraq"), Map.entry("Qayyarah", "iraq"), Map.entry("Sirte", "libya"),
        Map.entry("Suwayda", "syria"), Map.entry("Baghdad", "iraq"), Map.entry("Aleppo", "syria"), Map.entry("Erbil", "iraq"),
        Map.entry("Tripoli", "libya"), Map.entry("Misrata", "libya"));
    private static final Map<String, Long> POPULATION = Map.of("Hit", 0L, "Amerli", 0L, "Kuweires", 0L, "Ash Shaddadi", 15000L);

    /** The evaluation's places and actors as a gazetteer, or null when the shared folder is absent. */
    static Gazetteer fromAliases() {
        if (!Files.exists(ALIASES)) {
            return null;
        }
        JsonObject data = JSON.read(ALIASES.toString());
        List<GazetteerEntry> out = new ArrayList<>();
        JsonObject places = data.get("places").getAsObject();
        for (String canon : places.keys()) {
            EntityKind kind = switch (canon) {
                case "Syria", "Iraq", "Libya", "Spain" -> EntityKind.COUNTRY;
                case "Anbar", "Europe" -> EntityKind.REGION;
                default -> EntityKind.SETTLEMENT;
            };
            long pop = POPULATION.getOrDefault(canon, kind == EntityKind.SETTLEMENT ? 50_000L : 0L);
            out.add(entry(kind, canon, COUNTRY_OF.get(canon), pop, alts(places.get(canon), canon)));
        }
        JsonObject actors = data.get("actors").getAsObject();
        for (String canon : actors.keys()) {
            EntityKind kind = ACTOR_KINDS.getOrDefault(canon, EntityKind.STATE_FORCE);
            out.add(entry(kind, canon, null, 0, alts(actors.get(canon), canon)));
        }
        for (String outlet : List.of("AFP", "The Daily Beast", "Russia Today", "ARA News", "Al Bawaba", "Amaq", "SANA", "Reuters")) {
            out.add(entry(EntityKind.MEDIA_OUTLET, outlet, null, 0));
        }
        return new Gazetteer(out);
    }

    private static String[] alts(JsonValue names, String canon) {
        List<String> out = new ArrayList<>();
        for (JsonValue v : names.getAsArray()) {
            String s = v.getAsString().value();
            if (!s.equals(canon)) {
                out.add(s);
            }
        }
        return out.toArray(String[]::new);
    }
}
