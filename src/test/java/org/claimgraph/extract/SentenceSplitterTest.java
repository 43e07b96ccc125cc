package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimgraph.model.Span;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void abbreviationsInitialsAndDecimalsDoNotEndSentences() {
        String text = "Col. Doe met Gen. J. R. Allen on Feb. 4 at 9 a.m. near St. Mary's. The toll rose 2.5 times. Next.";
        assertEquals(List.of("Col. Doe met Gen. J. R. Allen on Feb. 4 at 9 a.m. near St. Mary's.",
                "The toll rose 2.5 times.", "Next."), sentences(text));
    }

    @Test
    void aShortMonthAfterItsDayEndsASentenceBeforeAWord() {
        assertEquals(List.of("THE OFFENSIVE BEGAN 21 SEP.", "RASHAD AIRBASE FELL 02 OCT.", "They left on 3 Oct. 2017 at dawn."),
                sentences("THE OFFENSIVE BEGAN 21 SEP. RASHAD AIRBASE FELL 02 OCT. They left on 3 Oct. 2017 at dawn."));
        assertEquals(List.of("It fell in Sep. Troops left."), sentences("It fell in Sep. Troops left."));
    }

    @Test
    void usAbbreviationEndsOnlyBeforeAnOpener() {
        assertEquals(List.of("U.S. Army officers said so.", "U.S. jets struck."),
                sentences("U.S. Army officers said so. U.S. jets struck."));
        assertEquals(List.of("They came from the U.S.", "The rest stayed."),
                sentences("They came from the U.S. The rest stayed."));
    }

    @Test
    void sentenceEndsInsideClosingQuotes() {
        assertEquals(List.of("\u201cWe will win.\u201d", "He left."), sentences("\u201cWe will win.\u201d He left."));
    }

    @Test
    void aNoteMarkAfterTheFullStopStaysWithItsSentence() {
        assertEquals(List.of("They pulled out of the last districts.[9]", "Others stayed.[10][11]", "Troops came in."),
                sentences("They pulled out of the last districts.[9] Others stayed.[10][11] Troops came in."));
        assertEquals(List.of("See item [3] below."), sentences("See item [3] below."));
        assertEquals(List.of("SOHR: 26 killed incl. 14 children"), sentences("SOHR: 26 killed incl. 14 children"));
    }

    @Test
    void headlinesBulletsAndParagraphsAreSentences() {
        String text = "Big headline without a stop\n\n\u2022 first point\n\u2022 second point\nBody starts here. Ends";
        assertEquals(List.of("Big headline without a stop", "\u2022 first point", "\u2022 second point",
                "Body starts here.", "Ends"), sentences(text));
    }

    @Test
    void lowerCaseContinuationJoinsLines() {
        assertEquals(List.of("A line that wraps\nonto the next."), sentences("A line that wraps\nonto the next."));
    }

    @Test
    void spansPointIntoTheText() {
        String text = "  One.  Two.  ";
        List<Span> spans = splitter.split(text);
        assertEquals(new Span(2, 6), spans.get(0));
        assertEquals(new Span(8, 12), spans.get(1));
    }
}
