package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.claimgraph.model.Modality;
import org.claimgraph.model.Span;
import org.junit.jupiter.api.Test;

class ModalityDetectorTest {
    private final ModalityDetector detector = new ModalityDetector();

    private Modality of(String sentence, String trigger, boolean nominal) {
        int at = sentence.indexOf(trigger);
        Span all = new Span(0, sentence.length());
        return detector.detect(sentence, all, all, new Span(at, at + trigger.length()), nominal, false);
    }

    @Test
    void hypotheticalCues() {
        assertEquals(Modality.HYPOTHETICAL, of("If the rebels manage to seize the town, they win.", "seize", false));
        assertEquals(Modality.HYPOTHETICAL, of("The army plans to retake the city.", "retake", false));
        assertEquals(Modality.HYPOTHETICAL, of("Its capture would give them depth.", "capture", true));
        assertEquals(Modality.HYPOTHETICAL, of("They want to avoid a Fallujah style siege.", "siege", true));
        assertEquals(Modality.HYPOTHETICAL, of("Fighters may have to pull back soon.", "pull back", false));
        assertEquals(Modality.HYPOTHETICAL, of("The SDF isolate Raqqa ahead of an assault on the city.", "assault", true));
    }

    @Test
    void notUntilDatesAnEventItDoesNotDenyIt() {
        assertEquals(Modality.ASSERTED, of("Hajin did not fall until 14 December.", "fall", false));
        assertEquals(Modality.NEGATED, of("Hajin did not fall in December.", "fall", false));
        assertEquals(Modality.NEGATED, of("The army failed to take Hajin until the spring.", "take", false));
    }

    @Test
    void negationCues() {
        assertEquals(Modality.NEGATED, of("The militants failed to overrun the base.", "overrun", false));
        assertEquals(Modality.NEGATED, of("There was no mass surrender.", "surrender", true));
        assertEquals(Modality.NEGATED, of("He denied that his men had destroyed homes.", "destroyed", false));
    }

    @Test
    void reportedHedgedOpinionAsserted() {
        assertEquals(Modality.REPORTED, of("The army retook the town, a spokesman said.", "retook", false));
        assertEquals(Modality.REPORTED, of("\u201cWe retook the town,\u201d he told us.", "retook", false));
        assertEquals(Modality.HEDGED, of("The group reportedly executed ten men.", "executed", false));
        assertEquals(Modality.OPINION, of("I think they abandoned the town too early.", "abandoned", false));
        assertEquals(Modality.ASSERTED, of("The army retook the town.", "retook", false));
    }

    @Test
    void attemptsAreRecognised() {
        String s = "They attempted to seize the airport.";
        int at = s.indexOf("seize");
        assertEquals(s.indexOf("attempted"), detector.attemptAt(s, new Span(0, s.length()), new Span(at, at + 5)));
        String plain = "They seized the airport.";
        assertEquals(-1, detector.attemptAt(plain, new Span(0, plain.length()), new Span(5, 11)));
    }

    @Test
    void theAimOfAnOperationIsHypothetical() {
        assertEquals(Modality.HYPOTHETICAL, of("He announced the start of the push to recapture the airport.", "recapture", false));
        assertEquals(Modality.HYPOTHETICAL, of("He announced the start of military operations to retake Tal Afar.", "retake", false));
        assertEquals(Modality.ASSERTED, of("The brigade managed to recapture the airport.", "recapture", false));
    }

    @Test
    void cuesAreMatchedOnWordsWithCurlyApostrophes() {
        assertEquals(Modality.NEGATED, of("The militias hadn\u2019t entered the town.", "entered", false));
        assertEquals(Modality.HYPOTHETICAL, of("They\u2019ll storm the town.", "storm", false));
        assertEquals(Modality.ASSERTED, of("In May the army stormed the town.", "stormed", false));
        assertEquals(Modality.HEDGED, of("The army reportedly stormed the town.", "stormed", false));
    }

    @Test
    void foretoldEventsAreNotReal() {
        assertEquals(Modality.HYPOTHETICAL, of("A prophecy names the plain as the site of a great battle.", "battle", true));
    }
}
