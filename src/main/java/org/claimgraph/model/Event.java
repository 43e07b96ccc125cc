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

    /**
     * What makes two reports the same event: type, place and the month (or year) the date falls in.
     * Events with the same key share one IRI across articles, so the union graph shows one event with
     * a claim from each article that reports it. Null when there is no place to anchor identity.
     */
    public String identityKey() {
        if (place == null) {
            return null;
        }
        return type.slug() + "-" + place.key() + "-" + dateBucket();
    }

    /**
     * Whether reports of this event in different articles may share one IRI: only when the date fixes
     * a month or a year. An undated capture of Palmyra in one article may be the May 2015 one or the
     * March 2017 one, so undated events are kept apart per article.
     */
    public boolean identifiableAcrossArticles() {
        return place != null && !"undated".equals(dateBucket());
    }

    private String dateBucket() {
        if (!date.isBounded()) {
            return "undated";
        }
        var from = date.notBefore();
        var to = date.notAfter();
        if (from.getYear() != to.getYear()) {
            return "undated";
        }
        if (from.getMonthValue() == to.getMonthValue()) {
            return String.format("%04d-%02d", from.getYear(), from.getMonthValue());
        }
        return String.format("%04d", from.getYear());
    }
}
