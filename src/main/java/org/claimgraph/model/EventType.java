package org.claimgraph.model;

import java.util.Locale;

/** The twelve event types of the contract; each is a subclass of {@code cg:Event}. */
public enum EventType {
    CAPTURE("Capture"),
    WITHDRAWAL("Withdrawal"),
    AIRSTRIKE("Airstrike"),
    BOMBING("Bombing"),
    ASSAULT("Assault"),
    SIEGE("Siege"),
    CLASH("Clash"),
    KILLING("Killing"),
    EXECUTION("Execution"),
    SURRENDER("Surrender"),
    DESTRUCTION("Destruction"),
    DETENTION("Detention");

    private final String localName;

    EventType(String localName) {
        this.localName = localName;
    }

    /** The local name of the class in the {@code cg:} namespace, e.g. "Capture". */
    public String localName() {
        return localName;
    }

    /** The lower-case slug used in IRIs, e.g. "capture". */
    public String slug() {
        return localName.toLowerCase(Locale.ROOT);
    }
}
