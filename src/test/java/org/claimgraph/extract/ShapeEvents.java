package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.model.Article;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Event;
import org.claimgraph.model.EventType;

/** The events that happened in a text, extracted with the bundled gazetteer: what the sentence-shape tests look at. */
final class ShapeEvents {
    private static Extractor extractor;

    private ShapeEvents() {
    }

    /** One extractor for all shape tests: loading the bundled gazetteer takes seconds. */
    static synchronized Extractor extractor() {
        if (extractor == null) {
            extractor = new Extractor(TestGazetteer.bundled());
        }
        return extractor;
    }

    /** The events a text tells as having happened, in order. */
    static List<Event> events(String text, LocalDate published) {
        return extractor().extract(new Article("t.txt", "t", text, null, published, null, null, null)).claims().stream()
                .filter(c -> c.about() instanceof Event && c.modality().happened())
                .map(c -> (Event) c.about()).toList();
    }

    /** The event claims of a text, whatever their modality, in order. */
    static List<Claim> claims(String text, LocalDate published) {
        return extractor().extract(new Article("t.txt", "t", text, null, published, null, null, null)).claims().stream()
                .filter(c -> c.about() instanceof Event).toList();
    }

    static List<Event> ofType(List<Event> events, EventType type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }

    /** The agents of the events of one type, in order. */
    static List<String> agents(List<Event> events, EventType type) {
        return ofType(events, type).stream().map(e -> e.agent() == null ? null : e.agent().key()).toList();
    }

    /** The one event of a type, failing when there are none or several. */
    static Event only(List<Event> events, EventType type) {
        List<Event> found = ofType(events, type);
        assertEquals(1, found.size(), () -> type + " in " + events);
        return found.get(0);
    }
}
