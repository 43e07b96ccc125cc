package org.claimgraph.model;

/**
 * The kinds of named things: actors (with their subclasses) and places.
 * Each kind fixes the class ({@code cg:ArmedGroup}, {@code cg:Settlement}, ...) and the IRI kind
 * ({@code actor}, {@code person}, {@code outlet}, {@code place}).
 */
public enum EntityKind {
    ARMED_GROUP("ArmedGroup", "actor"),
    STATE_FORCE("StateForce", "actor"),
    COALITION("Coalition", "actor"),
    ORGANIZATION("Organization", "actor"),
    PERSON("Person", "person"),
    MEDIA_OUTLET("MediaOutlet", "outlet"),
    SETTLEMENT("Settlement", "place"),
    REGION("Region", "place"),
    COUNTRY("Country", "place");

    private final String className;
    private final String iriKind;

    EntityKind(String className, String iriKind) {
        this.className = className;
        this.iriKind = iriKind;
    }

    /** Local name of the class in the {@code cg:} namespace. */
    public String className() {
        return className;
    }

    /** The {@code {kind}} segment of the entity's IRI: actor, person, outlet or place. */
    public String iriKind() {
        return iriKind;
    }

    public boolean isPlace() {
        return iriKind.equals("place");
    }

    public boolean isActor() {
        return !isPlace();
    }
}
