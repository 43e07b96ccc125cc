package org.claimgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Published February 4th, 2017 - 12:00 GMT ; 2017-02-04",
        "Sunday, March 27, 2016 ; 2016-03-27",
        "Published: 1 April 2015 ; 2015-04-01",
        "Posted 26/07/2018 09:15 · Updated 26/07/2018 14:30 ; 2018-07-26",
        "Policy Brief No. 14 | June 2016 ; 2016-06-01",
        "Aug. 25, 2016 ; 2016-08-25",
        "Issue 37 · Thursday 7 April 2016 ; 2016-04-07",
        "2019-04-12T08:30:00+02:00 ; 2019-04-12",
        "12/25/2019 ; 2019-12-25",
        "Revision 7 · revised 11.III.2016 ; 2016-03-11",
        "Doc ref KIP-ML3-RR-005 · Issued 04-Feb-13 ; 2013-02-04"})
    void findsTheDate(String text, String expected) {
        assertEquals(LocalDate.parse(expected), Dates.find(text).orElseThrow().date());
    }

    @ParameterizedTest
    @ValueSource(strings = {"April 1 (MWS)", "on February 4th", "February 31", "no date here"})
    void findsNothingWithoutAYear(String text) {
        assertTrue(Dates.find(text).isEmpty(), text);
    }

    @ParameterizedTest
    @CsvSource({"2016-08-26, 2016-08-26", "2016-08, 2016-08-01", "2016, 2016-01-01",
        "2017-09-10T10:00:00Z, 2017-09-10", "'7 December 2016', 2016-12-07"})
    void parsesMetadataValues(String value, String expected) {
        assertEquals(LocalDate.parse(expected), Dates.parseValue(value).orElseThrow());
    }
}
