package org.claimgraph.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Something that happened at a place and time.
 *
 * @param type        one of the twelve event types
 * @param place       where; null when the text names no place
 * @param agent       who did it (for a capture: who gains the place); null if unknown
 * @param target      to whom (for a capture: who loses it); null if unknown
 * @param supportedBy actors backing the agent ("backed by U.S.-led airstrikes")
 * @param date        when; never null, but may be open on both sides
 */
public record Event(EventType type, EntityRef place, EntityRef agent, EntityRef target,
                    List<EntityRef> supportedBy, DateRange date) implements Claimed {
    public Event {
        requireNonNull(type, "type");
        requireNonNull(date, "date");
        supportedBy = List.copyOf(supportedBy);
        if (place != null && !place.kind().isPlace()) {
            throw new IllegalArgumentException("event place is not a place: " + place);
        }
    }
}
