package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimgraph.model.EntityKind;
import org.claimgraph.model.EntityRef;
import org.claimgraph.model.Gazetteer;
import org.claimgraph.model.GazetteerEntry;

/**
 * The gazetteer's names, indexed once: an exact trie over normalised words, a skeleton trie for
 * place-name spelling variants, and a lookup of a whole name (for publishers and descriptors).
 */
final class NameIndex {
    /** An entity with what ranks it among namesakes. */
    record Named(EntityRef ref, long population, int aliasCount, String within) {
        boolean strongPlace() {
            return ref.kind() == EntityKind.COUNTRY || ref.kind() == EntityKind.REGION
                    || population >= 10_000 || aliasCount >= 2;
        }
    }

    /**
     * Descriptive names that the gazetteer does not list but that name its actors: adjectives and
     * generic references, each pointing at a gazetteer name it resolves through.
     */
    private static final String[][] DESCRIPTORS = {
        {"Russian", "Russia"}, {"Russians", "Russia"}, {"Russian-led", "Russia"},
        {"American", "United States"}, {"Americans", "United States"}, {"U.S.", "United States"},
        {"U.S.-led", "US-led coalition"}, {"US-led", "US-led coalition"}, {"American-led", "US-led coalition"},
        {"coalition forces", "US-led coalition"},
        {"Turkish", "Turkey"}, {"Iranian", "Iran"},
        {"Iraqis", "Iraqi forces"}, {"Iraqi government", "Iraqi forces"}, {"Iraqi police", "Iraqi forces"},
        {"the regime", "Syrian regime"}, {"regime", "Syrian regime"}, {"Syrian soldiers", "Syrian army"},
        {"Syrian Army", "Syrian army"}, {"government troops", "Syrian regime"},
        {"Kurdish forces", "Peshmerga"}, {"Kurdish fighters", "Peshmerga"}, {"Kurdish units", "Peshmerga"},
        {"Shia militias", "Popular Mobilization Forces"}, {"Shiite militiamen", "Popular Mobilization Forces"},
        {"Shi'ite militias", "Popular Mobilization Forces"},
        {"Islamic State militants", "Islamic State"}, {"Daesh militants", "Islamic State"},
    };

    private final NameTrie exact = new NameTrie();
    private final NameTrie fuzzy = new NameTrie();
    private final Map<String, Named> byName = new HashMap<>();
    private final Map<String, Named> actorByName = new HashMap<>();
    private final Map<String, Named> byKey = new HashMap<>();
    /** The most populous settlement of each region, by the region's key. */
    private final Map<String, GazetteerEntry> largest = new HashMap<>();

    NameIndex(Gazetteer gazetteer) {
        List<GazetteerEntry> entries = new ArrayList<>(gazetteer.entries());
        for (GazetteerEntry e : entries) {
            Named named = new Named(e.ref(), e.population(), e.altLabels().size(), e.within());
            byKey.put(e.ref().kind().iriKind() + "/" + e.ref().key(), named);
            add(e.ref().label(), named);
            for (String alt : e.altLabels()) {
                add(alt, named);
            }
        }
        for (GazetteerEntry e : entries) {
            if (e.ref().kind() == EntityKind.SETTLEMENT && e.within() != null && e.population() > 0) {
                GazetteerEntry best = largest.get(e.within());
                if (best == null || e.population() > best.population()) {
                    largest.put(e.within(), e);
                }
            }
        }
        for (String[] d : DESCRIPTORS) {
            Named target = actorByName.get(String.join(" ", Names.nameKey(d[1])));
            if (target != null && !actorByName.containsKey(String.join(" ", Names.nameKey(d[0])))) {
                add(d[0], target);
            }
        }
    }

    private void add(String name, Named named) {
        List<String> key = Names.nameKey(name);
        if (key.isEmpty()) {
            return;
        }
        String letters = name.replace(".", "");
        boolean acronym = letters.length() <= 5 && letters.chars().allMatch(c -> Character.isUpperCase(c) || !Character.isLetter(c))
                && letters.chars().anyMatch(Character::isLetter) && key.size() == 1;
        exact.add(key, new NameTrie.Entry(named, acronym ? Names.tokens(name).get(0).surface() : null, false));
        byName.merge(String.join(" ", key), named, NameIndex::better);
        if (named.ref().kind().isActor()) {
            actorByName.merge(String.join(" ", key), named, NameIndex::better);
        }
        if (named.ref().kind().isPlace() && !acronym) {
            List<String> skel = key.stream().map(Names::skeleton).toList();
            if (String.join("", skel).length() >= (skel.size() == 1 ? 4 : 3)) {
                fuzzy.add(skel, new NameTrie.Entry(named, null, true));
            }
        }
    }

    static Named better(Named a, Named b) {
        if (a.ref().kind().isPlace() != b.ref().kind().isPlace()) {
            return a.ref().kind().isPlace() ? a : b;
        }
        if (a.population() != b.population()) {
            return a.population() > b.population() ? a : b;
        }
        return a.aliasCount() >= b.aliasCount() ? a : b;
    }

    NameTrie exact() {
        return exact;
    }

    NameTrie fuzzy() {
        return fuzzy;
    }

    /** The entity a whole name refers to, if the gazetteer knows it. */
    Optional<Named> lookup(String name) {
        return Optional.ofNullable(byName.get(String.join(" ", Names.nameKey(name))));
    }

    /** How many people live in a known settlement (0 when unknown or not a settlement). */
    long population(EntityRef ref) {
        return byKey(ref).map(Named::population).orElse(0L);
    }

    /** The actor (or outlet, or person) a whole name refers to, if the gazetteer knows it. */
    Optional<Named> lookupActor(String name) {
        return Optional.ofNullable(actorByName.get(String.join(" ", Names.nameKey(name))));
    }

    Optional<Named> byKey(EntityRef ref) {
        return Optional.ofNullable(byKey.get(ref.kind().iriKind() + "/" + ref.key()));
    }

    /** The capital of a region, taken as its most populous settlement in the gazetteer. */
    Optional<EntityRef> capitalOf(EntityRef region) {
        if (region.kind() != EntityKind.REGION) {
            return Optional.empty();
        }
        GazetteerEntry e = largest.get(region.key());
        return e == null ? Optional.empty() : Optional.of(e.ref());
    }

    /** The country most of the places mentioned lie in (the first to be named most often), or null. */
    EntityRef mainCountry(List<Mention> mentions) {
        Map<EntityRef, Integer> counts = new HashMap<>();
        EntityRef best = null;
        for (Mention m : mentions) {
            if (!m.entity().kind().isPlace()) {
                continue;
            }
            EntityRef c = countryOf(m.entity()).orElse(null);
            if (c != null) {
                int n = counts.merge(c, 1, Integer::sum);
                if (best == null || n > counts.get(best)) {
                    best = c;
                }
            }
        }
        return best;
    }

    /** A place by its gazetteer key ("khartoum"), if the gazetteer has it. */
    Optional<EntityRef> place(String key) {
        return Optional.ofNullable(byKey.get("place/" + key)).map(Named::ref);
    }

    /** The country a place lies in (following {@code within}), or the place itself if a country. */
    Optional<EntityRef> countryOf(EntityRef place) {
        EntityRef cur = place;
        for (int depth = 0; cur != null && depth < 6; depth++) {
            if (cur.kind() == EntityKind.COUNTRY) {
                return Optional.of(cur);
            }
            Named n = byKey.get("place/" + cur.key());
            if (n == null || n.within() == null) {
                return Optional.empty();
            }
            Named up = byKey.get("place/" + n.within());
            cur = up == null ? null : up.ref();
        }
        return Optional.empty();
    }
}
