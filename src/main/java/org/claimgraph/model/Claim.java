package org.claimgraph.model;

import static java.util.Objects.requireNonNull;

/**
 * One assertion made in one article, grounded in one span of its cleaned text.
 *
 * @param evidence     where in the article's text the claim is made
 * @param about        what is claimed
 * @param modality     how the article puts it
 * @param confidence   how sure the extraction is, in [0, 1]
 * @param attributedTo who the article says the claim comes from (null: the article's own voice)
 * @param via          the outlet the article cites for it ("according to The Daily Beast"), or null
 */
public record Claim(Span evidence, Claimed about, Modality modality, double confidence,
                    EntityRef attributedTo, EntityRef via) {
    public Claim {
        requireNonNull(evidence, "evidence");
        requireNonNull(about, "about");
        requireNonNull(modality, "modality");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
        if (via != null && via.kind() != EntityKind.MEDIA_OUTLET) {
            throw new IllegalArgumentException("via must name a media outlet: " + via);
        }
    }
}
