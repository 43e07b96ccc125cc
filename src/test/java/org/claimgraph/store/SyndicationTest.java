package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyndicationTest {
    private static final String TEXT = "Government forces entered the town on Thursday after a week of fighting in the"
            + " villages around it, and engineers began clearing the roads of mines while families returned from"
            + " the camps to the south, where aid groups had set up kitchens and clinics for them over the summer.";

    @Test
    void equalHashesAndNearCopiesShareACluster() {
        Map<String, String> c = Syndication.clusters(List.of(
                new Syndication.Text("b", "h1", TEXT),
                new Syndication.Text("a", "h1", "different stored text, same hash"),
                new Syndication.Text("c", "h2", TEXT.replace("over the summer", "over the season")),
                new Syndication.Text("d", "h3", "An unrelated report about a dam on the river and its engineers,"
                        + " who said the water level had fallen after weeks of dry weather.")));
        assertEquals("a", c.get("b"), "equal hashes");
        assertEquals("a", c.get("c"), "near-identical text");
        assertEquals("d", c.get("d"));
    }

    @Test
    void differentTextsAreNotSimilar() {
        int[] a = Syndication.signature(TEXT);
        int[] b = Syndication.signature("Militants attacked checkpoints in the desert east of the city and pushed into"
                + " its northern districts on Saturday, a monitoring group said, before the army withdrew.");
        assertNotEquals(1.0, Syndication.similarity(a, b));
        assertEquals(true, Syndication.similarity(a, b) < Syndication.NEAR_IDENTICAL);
        assertEquals(1.0, Syndication.similarity(a, Syndication.signature(TEXT.toUpperCase())));
    }
}
