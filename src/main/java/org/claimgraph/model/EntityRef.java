package org.claimgraph.model;

import static java.util.Objects.requireNonNull;

/**
 * A reference to an actor, person, outlet or place.
 *
 * @param key   the readable slug that ends the entity's IRI ("islamic-state", "palmyra")
 * @param label the preferred English name
 * @param kind  what it is
 * @param known true when the entity comes from the gazetteer; false for an entity first met in an
 *              article's text, which the article's own graph must then describe (type and label)
 */
public record EntityRef(String key, String label, EntityKind kind, boolean known) {
    public EntityRef {
        requireNonNull(key, "key");
        requireNonNull(label, "label");
        requireNonNull(kind, "kind");
        if (key.isBlank() || !key.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("entity key must be a lower-case slug: '" + key + "'");
        }
    }
}
