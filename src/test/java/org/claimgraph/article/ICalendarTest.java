package org.claimgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ICalendarTest {
    /** A calendar written by hand: lines folded between words, escapes in the values. */
    private static final String CALENDAR = String.join("\r\n",
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Riverside Memorial Trust//Anniversaries 2.0//EN",
            "X-WR-CALNAME:Riverside anniversaries",
            "BEGIN:VEVENT",
            "UID:one@riverside.example",
            "DTSTAMP:20240301T090000Z",
            "DTSTART;VALUE=DATE:20150103",
            "RRULE:FREQ=YEARLY",
            "SUMMARY:Fall of Baga (2015)",
            "LOCATION:Baga\\, Borno State",
            "DESCRIPTION:Boko Haram fighters overran Baga on the shore of the lake",
            " and the army base there.\\nSurvivors fled across the lake\\; many",
            " drowned.",
            "END:VEVENT",
            "END:VCALENDAR", "");

    @Test
    void aCalendarIsReadAsItsEventsUnderTheirDates() {
        String text = ICalendar.read(CALENDAR).text();
        assertTrue(text.startsWith("Riverside Memorial Trust\n\nRiverside anniversaries\n\n3 January 2015\nFall of Baga (2015)\n"
                + "Location: Baga, Borno State\n\n"), text);
        assertTrue(text.contains("overran Baga on the shore of the lake and the army base there.\nSurvivors fled across the lake; "
                + "many drowned."), text);
        assertFalse(text.contains("UID") || text.contains("RRULE") || text.contains("20240301"), text);
    }

    @Test
    void foldsAtAFixedWidthJoinInsideWordsAndFoldsBetweenWordsKeepTheirSpace() {
        // a program folds at 75 octets, inside a word; the fold's space is not the text's
        String wide = "DESCRIPTION:" + "x".repeat(60) + "abc";
        List<String> fixed = ICalendar.unfold(new String[] {wide, " defg", wide, " hij"});
        assertEquals(wide + "defg", fixed.get(0));
        // a writer folding between words drops the space there instead
        List<String> words = ICalendar.unfold(new String[] {"DESCRIPTION:Boko", " Haram seized Gwoza in early August 2014 and on",
            " 24 August declared a caliphate."});
        assertEquals("DESCRIPTION:Boko Haram seized Gwoza in early August 2014 and on 24 August declared a caliphate.", words.get(0));
    }

    @Test
    void otherTextsAreNoCalendarsAndTheCleanerTakesTitleAndPublisherFromTheCalendar() {
        String plain = "BEGIN here: the story of a calendar.";
        assertNull(ICalendar.read(plain));
        assertEquals("Riverside anniversaries", ICalendar.read(CALENDAR).title());
        TextCleaner.Cleaned cleaned = TextCleaner.clean(CALENDAR, null);
        assertEquals("Riverside anniversaries", cleaned.metadata().title());
        assertEquals("Riverside Memorial Trust", cleaned.metadata().publisher());
    }
}
