package org.claimgraph.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The reference actors and places, by key. */
public final class Gazetteer {
    private final Map<String, GazetteerEntry> byKey = new LinkedHashMap<>();

    public Gazetteer(List<GazetteerEntry> entries) {
        for (GazetteerEntry e : entries) {
            GazetteerEntry previous = byKey.putIfAbsent(e.ref().kind().iriKind() + "/" + e.ref().key(), e);
            if (previous != null) {
                throw new IllegalArgumentException("duplicate gazetteer key: " + e.ref().kind().iriKind() + "/" + e.ref().key());
            }
        }
    }

    public Collection<GazetteerEntry> entries() {
        return byKey.values();
    }

    /** The entry with this IRI kind ("actor", "place", "outlet", "person") and key. */
    public Optional<GazetteerEntry> get(String iriKind, String key) {
        return Optional.ofNullable(byKey.get(iriKind + "/" + key));
    }

    public int size() {
        return byKey.size();
    }
}
