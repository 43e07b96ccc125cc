package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.model.Article;
import org.claimgraph.model.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Speakers that only the article around them can name: an army of the article's country, a name after an adverb. */
class SpeakerContextTest {
    private static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = new Extractor(TestGazetteer.bundled());
    }

    private static List<Statement> statements(String text) {
        return extractor.extract(new Article("t.txt", "t", text, null, LocalDate.of(2015, 12, 29), null, null, null)).claims()
                .stream().filter(c -> c.about() instanceof Statement).map(c -> (Statement) c.about()).toList();
    }

    @Test
    void anArmyOfficerSpeaksForTheArmyOfTheArticlesCountry() {
        List<Statement> s = statements("Iraqi forces retook the centre of Ramadi on Monday.\n\n\u201cEvery corridor was wired,\u201d "
                + "an army officer at the scene told us by telephone.");
        assertEquals(1, s.size(), s::toString);
        assertEquals("iraqi-government-forces", s.get(0).speaker().key());
    }

    @Test
    void aSentenceAdverbIsNotPartOfTheSpeakersName() {
        List<Statement> s = statements("\u201cThe road is open,\u201d said Richard Miles, a commander of the Badr Organization."
                + "\n\nToday Richard Miles told reporters: \u201cWe will go further.\u201d");
        assertEquals(2, s.size(), s::toString);
        s.forEach(st -> assertEquals("Richard Miles", st.speaker().label()));
    }
}
