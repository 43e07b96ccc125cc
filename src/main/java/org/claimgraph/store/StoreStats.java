package org.claimgraph.store;

import java.util.Map;

/**
 * Counts over the whole store.
 *
 * @param eventsByType events per event type local name ("Capture" -> 12), sorted by name
 * @param quads        all quads in all named graphs
 */
public record StoreStats(long articles, long claims, long events, Map<String, Long> eventsByType,
                         long measurements, long statements, long places, long actors, long quads, long graphs) {
    public StoreStats {
        eventsByType = Map.copyOf(eventsByType);
    }
}
