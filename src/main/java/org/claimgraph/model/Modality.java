package org.claimgraph.model;

/** How an article puts a claim (the {@code cg:modality} concepts). */
public enum Modality {
    /** The article's own voice, stated as fact. */
    ASSERTED("Asserted"),
    /** Attributed to someone: "said", "according to", "claim to". */
    REPORTED("Reported"),
    /** Stated with hedging: "reportedly", "believed", "may". */
    HEDGED("Hedged"),
    /** Possible, planned or conditional, not something that happened: "could", "if", "aims to". */
    HYPOTHETICAL("Hypothetical"),
    /** Said not to have happened: "failed to", "denied", "did not". */
    NEGATED("Negated"),
    /** The writer's opinion, as in a blog comment. */
    OPINION("Opinion");

    private final String localName;

    Modality(String localName) {
        this.localName = localName;
    }

    /** The local name of the concept in the {@code cg:} namespace. */
    public String localName() {
        return localName;
    }

    /** Whether a claim with this modality says the thing happened (or holds). */
    public boolean happened() {
        return this != HYPOTHETICAL && this != NEGATED;
    }
}
