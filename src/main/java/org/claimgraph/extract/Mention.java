package org.claimgraph.extract;

import static java.util.Objects.requireNonNull;

import org.claimgraph.model.EntityRef;
import org.claimgraph.model.Span;

/** A name in the text resolved to an actor, person, outlet or place. */
public record Mention(Span span, EntityRef entity) {
    public Mention {
        requireNonNull(span, "span");
        requireNonNull(entity, "entity");
    }
}
