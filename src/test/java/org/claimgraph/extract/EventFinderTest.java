package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.model.Article;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Event;
import org.claimgraph.model.EventType;
import org.claimgraph.model.Modality;
import org.junit.jupiter.api.Test;

class EventFinderTest {
    private final Extractor extractor = new Extractor(TestGazetteer.small());

    private List<Claim> claims(String text, LocalDate published) {
        return extractor.extract(new Article("t.txt", "t", text, null, published, null, null, null)).claims().stream()
                .filter(c -> c.about() instanceof Event).toList();
    }

    private static Event event(Claim c) {
        return (Event) c.about();
    }

    @Test
    void activeCaptureWithSupporterAndCoordinatedPlaces() {
        String text = "Kurdish forces backed by U.S.-led airstrikes pushed ISIS fighters out of al Thawrah and Ash Shaddadi.";
        List<Claim> captures = claims(text, null).stream().filter(c -> event(c).type() == EventType.CAPTURE).toList();
        assertEquals(2, captures.size());
        Event first = event(captures.get(0));
        assertEquals("al-tabqa", first.place().key());
        assertEquals("syrian-democratic-forces", first.agent().key());
        assertEquals("islamic-state", first.target().key());
        assertEquals("ash-shaddadi", event(captures.get(1)).place().key());
        assertTrue(text.contains(captures.get(0).evidence().of(text)));
    }

    @Test
    void passiveCaptureFindsAgentAfterBy() {
        Claim c = claims("The city of Raqqa was retaken by the SDF on Tuesday.", LocalDate.of(2017, 10, 20)).get(0);
        Event e = event(c);
        assertEquals(EventType.CAPTURE, e.type());
        assertEquals("raqqa", e.place().key());
        assertEquals("syrian-democratic-forces", e.agent().key());
        assertEquals(LocalDate.of(2017, 10, 17), e.date().notBefore());
    }

    @Test
    void lossGivesTheLoserAsTargetAndTheGainerAsAgent() {
        String text = "ISIS overran Palmyra in May 2015, only to lose it in March 2016 to a Russian-backed Syrian regime advance.";
        List<Event> events = claims(text, null).stream().map(EventFinderTest::event).toList();
        assertEquals(2, events.size(), events::toString);
        assertEquals("islamic-state", events.get(0).agent().key());
        assertEquals(LocalDate.of(2015, 5, 1), events.get(0).date().notBefore());
        Event loss = events.get(1);
        assertEquals("syrian-government", loss.agent().key());
        assertEquals(List.of("russia"), loss.supportedBy().stream().map(r -> r.key()).toList());
        assertEquals("palmyra", loss.place().key());
        assertEquals(LocalDate.of(2016, 3, 1), loss.date().notBefore());
    }

    @Test
    void attemptedCaptureIsAnAssertedAssault() {
        Claim c = claims("The Syrian army attempted to seize al-Tabqa from the militants last June.", LocalDate.of(2017, 2, 4)).get(0);
        assertEquals(EventType.ASSAULT, event(c).type());
        assertEquals(Modality.ASSERTED, c.modality());
        assertEquals(LocalDate.of(2016, 6, 1), event(c).date().notBefore());
    }

    @Test
    void hypotheticalAndNegatedClaimsKeepTheirModality() {
        List<Claim> cs = claims("If ISIS manages to seize Deir ez-Zor, it gains depth. The SDF did not capture Raqqa.", null);
        assertEquals(List.of(Modality.HYPOTHETICAL, Modality.NEGATED), cs.stream().map(Claim::modality).toList());
    }

    @Test
    void pronounsResolveToTheSalientGroupAndTheCity() {
        String text = "ISIS fighters held Palmyra. ISIS lost ground. In May they took over the city.";
        Claim c = claims(text, LocalDate.of(2016, 3, 27)).get(0);
        assertEquals("palmyra", event(c).place().key());
        assertEquals("islamic-state", event(c).agent().key());
    }

    @Test
    void attributionAndOutletsAreKept() {
        String text = "The SDF retook Tabqa, said Colonel John Dorrian, according to The Daily Beast.";
        Claim c = claims(text, null).get(0);
        assertEquals(Modality.REPORTED, c.modality());
        assertEquals("john-dorrian", c.attributedTo().key());
        assertEquals("the-daily-beast", c.via().key());
    }

    @Test
    void eventsWithoutPlaceAreSkipped() {
        assertTrue(claims("The militants executed two men.", null).isEmpty());
        Claim c = claims("Raqqa is quiet. Militants executed two men in Mosul.", null).get(0);
        assertNull(event(c).target());
        assertEquals(EventType.EXECUTION, event(c).type());
    }
}
