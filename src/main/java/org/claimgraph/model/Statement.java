package org.claimgraph.model;

import static java.util.Objects.requireNonNull;

/**
 * Words attributed to a speaker; the words themselves are the claim's evidence span.
 *
 * @param speaker     a person, or an organisation for an institutional or unnamed speaker
 * @param role        the speaker's role as written ("spokesman"), or null
 * @param affiliation the organisation the speaker belongs to, or null
 * @param date        when it was said; never null, may be open
 */
public record Statement(EntityRef speaker, String role, EntityRef affiliation, DateRange date) implements Claimed {
    public Statement {
        requireNonNull(speaker, "speaker");
        requireNonNull(date, "date");
    }
}
