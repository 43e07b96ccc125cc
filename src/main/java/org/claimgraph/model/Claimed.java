package org.claimgraph.model;

/** What a claim is about: an event that happened, a measured quantity, or words someone said. */
public sealed interface Claimed permits Event, Measurement, Statement {
}
