package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.model.EntityKind;
import org.junit.jupiter.api.Test;

class EntityMatcherTest {
    private final EntityMatcher matcher = new EntityMatcher(TestGazetteer.small());

    private List<String> keys(String text) {
        return matcher.find(text).stream().map(m -> m.entity().key()).toList();
    }

    private List<String> surfaces(String text) {
        return matcher.find(text).stream().map(m -> m.span().of(text)).toList();
    }

    @Test
    void aliasesAndLongestMatch() {
        assertEquals(List.of("syrian-democratic-forces", "islamic-state", "raqqa"),
                keys("The Syrian Democratic Forces fought ISIS near Raqqah."));
        assertEquals(List.of("Syrian regime"), surfaces("a Syrian regime offensive"));
    }

    @Test
    void aNameKnownWithTheGoesOnIntoALongerOne() {
        EntityMatcher bundled = new EntityMatcher(TestGazetteer.bundled());
        // "the Islamic State" does not cut short "the Islamic State of Iraq and the Levant"
        assertEquals(List.of("islamic-state", "qayyarah"), bundled.find("fighters of the Islamic State of Iraq and the Levant "
                + "left Qayyarah").stream().map(m -> m.entity().key()).toList());
        // towns of the war with their spellings: Kafr Nabl (Kafranbel); Harasta even with no word of place before it
        assertEquals(List.of("kafranbel", "kafranbel", "harasta"), bundled.find("Kafr Nabl (Kafranbel) and buses left Harasta")
                .stream().map(m -> m.entity().key()).toList());
    }

    @Test
    void shortAcronymsAreCaseSensitive() {
        assertEquals(List.of("islamic-state"), keys("This is what IS fighters said to us."));
        assertEquals(List.of(), keys("it is for us"));
        assertEquals(List.of("united-states", "syrian-democratic-forces"), keys("U.S. advisers joined the SDF"));
    }

    @Test
    void transliterationVariantsMeet() {
        assertEquals(List.of("deir-ez-zor", "deir-ez-zor", "deir-ez-zor", "deir-ez-zor"),
                keys("In Deir ez-Zor, Dayr az Zawr, Deir Ez Zor and Dier Ez Zor."));
        assertEquals(List.of("al-tabqa", "ash-shaddadi"), keys("near al Thawrah and Ash Shaddadi"));
        assertEquals(List.of("kobani", "kobani", "kobani"), keys("Kobani, Kobane and Ayn al-Arab"));
    }

    @Test
    void possessivesAndCurlyApostrophes() {
        assertEquals(List.of("Mosul's", "ISIS"), surfaces("Mosul's bridges and ISIS\u2019 fighters"));
        assertEquals(List.of("mosul", "islamic-state"), keys("Mosul\u2019s bridges and ISIS\u2019 fighters"));
    }

    @Test
    void weakPlaceNamesNeedCapitalsAndPlaceContext() {
        assertEquals(List.of(), keys("The blast hit the market."));
        assertEquals(List.of(), keys("Hit hard by the war, families fled."));
        assertEquals(List.of("iraqi-government-forces", "hit"), keys("Iraqi forces retook Hit in April."));
        assertEquals(List.of("hit"), keys("Hit, a town on the Euphrates, fell."));
        assertEquals(List.of("iraq", "tal"), keys("fighting in Iraq and near Tal"));
    }

    @Test
    void unknownPlacesAfterPlaceWordsAreNew() {
        var ms = matcher.find("They entered the town of Al-Bab and camped near Markada.");
        assertEquals(2, ms.size());
        assertEquals("al-bab", ms.get(0).entity().key());
        assertFalse(ms.get(0).entity().known());
        assertEquals(EntityKind.SETTLEMENT, ms.get(1).entity().kind());
        assertEquals("markada", ms.get(1).entity().key());
        assertTrue(keys("the city of March and near The river").isEmpty());
    }

    @Test
    void lookupResolvesWholeNames() {
        assertEquals("afp", matcher.lookup("Agence France-Presse").orElseThrow().key());
        assertTrue(matcher.lookup("Unknown Times").isEmpty());
    }

    @Test
    void theCapitalOfARegionIsItsLargestSettlement() {
        org.claimgraph.model.Gazetteer g = new org.claimgraph.model.Gazetteer(java.util.List.of(
                TestGazetteer.entry(org.claimgraph.model.EntityKind.REGION, "Nineveh", null, 0),
                TestGazetteer.entry(org.claimgraph.model.EntityKind.SETTLEMENT, "Mosul", "nineveh", 1_000_000),
                TestGazetteer.entry(org.claimgraph.model.EntityKind.SETTLEMENT, "Sinjar", "nineveh", 40_000)));
        EntityMatcher m = new EntityMatcher(g);
        String a = "Troops entered the provincial capital of Nineveh on Monday.";
        assertEquals("mosul", m.find(a).get(0).entity().key());
        String b = "Nineveh's capital was quiet; Nineveh itself was not.";
        assertEquals(java.util.List.of("mosul", "nineveh"), m.find(b).stream().map(x -> x.entity().key()).toList());
    }

    @Test
    void anUnknownNameAfterInIsANewPlaceOnlyAtAClauseBoundary() {
        List<String> found = matcher.find("Clashes broke out in Qabasin, and later in Government Hands: a headline.").stream()
                .map(m -> m.span().of("Clashes broke out in Qabasin, and later in Government Hands: a headline.")).toList();
        assertEquals(List.of("Qabasin"), found);
        assertTrue(matcher.find("Talks were held in Qabasin Street today.").isEmpty());
        assertTrue(matcher.find("They reached the home town of Richard Roe.").isEmpty());
    }

    @Test
    void aPlaceThatOnlyEndsOrStartsALongerNameIsNotMatched() {
        // "Busra al-Harir" is not Harir, "Daraa al-Balad" not Balad; "Masaken Hanano" is no spelling of Maskanah
        assertFalse(keys("The flag went up in Daraa al-Balad on Thursday.").contains("balad"));
        assertFalse(keys("Busra al-Harir fell on Tuesday.").contains("harir"));
        assertTrue(keys("Troops seized full control of Masaken Hanano.").isEmpty(), () -> keys("Troops seized full control of Masaken Hanano.").toString());
        assertEquals(List.of("raqqa"), keys("In ar-Raqqa the fighting went on."));
    }
}
