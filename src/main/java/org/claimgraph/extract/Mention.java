package org.claimgraph.extract;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.claimgraph.model.EntityRef;
import org.claimgraph.model.Span;

/** A name in the text resolved to an actor, person, outlet or place. */
public record Mention(Span span, EntityRef entity) {
    public Mention {
        requireNonNull(span, "span");
        requireNonNull(entity, "entity");
    }

    /**
     * The gazetteer's entity when a name built from the text ("Abdul Wahab al-Saadi") has the key of
     * one the text mentions as known ("Abdul-Wahab al-Saadi"); else the name itself. Without this the
     * article would describe a known entity a second time, with a second preferred label.
     */
    static EntityRef knownAs(EntityRef ref, List<Mention> mentions) {
        if (ref == null || ref.known()) {
            return ref;
        }
        for (Mention m : mentions) {
            if (m.entity().known() && m.entity().kind() == ref.kind() && m.entity().key().equals(ref.key())) {
                return m.entity();
            }
        }
        return ref;
    }
}
