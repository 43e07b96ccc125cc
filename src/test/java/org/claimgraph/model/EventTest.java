package org.claimgraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventTest {
    private static final EntityRef PALMYRA = new EntityRef("palmyra", "Palmyra", EntityKind.SETTLEMENT, true);

    private static Event capture(DateRange date) {
        return new Event(EventType.CAPTURE, PALMYRA, null, null, List.of(), date);
    }

    @Test
    void aMonthDateGivesAMonthKeySharedAcrossArticles() {
        Event e = capture(DateRange.month(2016, 3, "March 2016"));
        assertEquals("capture-palmyra-2016-03", e.identityKey());
        assertTrue(e.identifiableAcrossArticles());
    }

    @Test
    void aRangeWithinOneYearGivesAYearKey() {
        Event e = capture(new DateRange(LocalDate.of(2016, 2, 20), LocalDate.of(2016, 3, 10), null));
        assertEquals("capture-palmyra-2016", e.identityKey());
        assertTrue(e.identifiableAcrossArticles());
    }

    @Test
    void anOpenDateIsUndatedAndStaysInItsArticle() {
        Event e = capture(new DateRange(null, LocalDate.of(2016, 3, 27), null));
        assertEquals("capture-palmyra-undated", e.identityKey());
        assertFalse(e.identifiableAcrossArticles());
    }

    @Test
    void noPlaceNoIdentity() {
        Event e = new Event(EventType.AIRSTRIKE, null, null, null, List.of(), DateRange.year(2015, null));
        assertNull(e.identityKey());
        assertFalse(e.identifiableAcrossArticles());
    }
}
