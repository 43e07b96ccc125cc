package org.claimgraph.model;

/** What a measurement counts (the {@code cg:measure} concepts). */
public enum Measure {
    FIGHTERS("Fighters"),
    DEATHS("Deaths"),
    INJURED("Injured"),
    TROOPS("Troops"),
    CIVILIANS("Civilians"),
    DISPLACED("Displaced"),
    SURRENDERED("Surrendered"),
    DETAINED("Detained"),
    AREA_KM2("AreaKm2"),
    VILLAGES("Villages"),
    TERRITORY_PERCENT("TerritoryPercent"),
    AIRSTRIKES("Airstrikes");

    private final String localName;

    Measure(String localName) {
        this.localName = localName;
    }

    /** The local name of the concept in the {@code cg:} namespace, e.g. "AreaKm2". */
    public String localName() {
        return localName;
    }
}
