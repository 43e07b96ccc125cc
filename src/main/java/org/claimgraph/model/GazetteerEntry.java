package org.claimgraph.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One actor or place of the reference gazetteer, as extraction sees it: names, not RDF.
 *
 * @param ref       the entity (always {@code known})
 * @param altLabels every other name it goes by
 * @param within    for a place, the key of the region or country it lies in; null otherwise
 * @param lat       latitude for a place, or null
 * @param lon       longitude for a place, or null
 * @param population population for a populated place, or 0 when unknown (used to rank ambiguous names)
 */
public record GazetteerEntry(EntityRef ref, List<String> altLabels, String within, Double lat, Double lon,
                             long population) {
    public GazetteerEntry {
        requireNonNull(ref, "ref");
        altLabels = List.copyOf(altLabels);
    }
}
