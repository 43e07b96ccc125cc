package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Measure;
import org.claimgraph.model.Measurement;
import org.claimgraph.model.Modality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MeasurementFinderTest {

    private final MeasurementFinder finder = new MeasurementFinder();

    static Stream<Arguments> quantities() {
        return Stream.of(
                Arguments.of("Analysts put the number of jihadists at 12,000 to 15,500 last year.",
                        Measure.FIGHTERS, "12000", "15500", null),
                Arguments.of("Between 3,000 and 4,500 ISIS fighters remain in the city.",
                        Measure.FIGHTERS, "3000", "4500", "islamic-state"),
                Arguments.of("Roughly 20,000-31,500 fighters were thought to be active.",
                        Measure.FIGHTERS, "20000", "31500", null),
                Arguments.of("Government troops killed at least 75 of the militants near the border.",
                        Measure.DEATHS, "75", null, null),
                Arguments.of("Airstrikes killed 400+ fighters in the valley.", Measure.DEATHS, "400", null, null),
                Arguments.of("Nearly 90 soldiers and police were killed in the ambush.", Measure.DEATHS, "90", "90", null),
                Arguments.of("The death toll rose to 57 on Sunday.", Measure.DEATHS, "57", "57", null),
                Arguments.of("More than 2,000 civilians fled the fighting on Monday.", Measure.CIVILIANS, "2000", null, null),
                Arguments.of("Fewer than 300 residents remained in the old city.", Measure.CIVILIANS, null, "300", null),
                Arguments.of("2.5 million people have been displaced by the war.",
                        Measure.CIVILIANS, "2500000", "2500000", null),
                Arguments.of("About 1,200 US troops are stationed at the base.", Measure.TROOPS, "1200", "1200", "united-states"),
                Arguments.of("The SDF has taken more than 350 square kilometers since March.",
                        Measure.AREA_KM2, "350", null, "syrian-democratic-forces"),
                Arguments.of("The army retook 12 villages and 40 hamlets in a week.", Measure.VILLAGES, "12", "12", null),
                Arguments.of("The army now controls nearly 60% of the province's territory.",
                        Measure.TERRITORY_PERCENT, "60", "60", null),
                Arguments.of("Some two thousand fighters surrendered to the Peshmerga.",
                        Measure.SURRENDERED, "2000", "2000", null),
                Arguments.of("More than 200 members of the Islamic State were killed in the battle.",
                        Measure.DEATHS, "200", null, null),
                Arguments.of("A car bomb in the capital killed 23 and wounded dozens on Friday.",
                        Measure.DEATHS, "23", "23", null),
                Arguments.of("The 3,000-strong force crossed the river at dawn.", Measure.TROOPS, "3000", "3000", null),
                Arguments.of("Around 120 militants who had been encircled gave themselves up.",
                        Measure.SURRENDERED, "120", "120", null),
                Arguments.of("By then the garrison of militants in the citadel had dwindled to about 40.",
                        Measure.FIGHTERS, "40", "40", null));
    }

    @ParameterizedTest
    @MethodSource("quantities")
    void readsMeasureBoundsAndSubject(String sentence, Measure measure, String min, String max, String subject) {
        List<Claim> claims = finder.find(SpeechFixtures.analyze(sentence));
        assertEquals(1, claims.size(), () -> "claims for: " + sentence + " -> " + claims);
        Measurement m = (Measurement) claims.get(0).about();
        assertEquals(measure, m.measure());
        assertEquals(min == null ? null : new BigDecimal(min), strip(m.min()));
        assertEquals(max == null ? null : new BigDecimal(max), strip(m.max()));
        assertEquals(subject, m.subject() == null ? null : m.subject().key());
        String evidence = claims.get(0).evidence().of(sentence);
        assertTrue(evidence.matches("(?is).*(?:\\d|\\bthousand\\b).*"), evidence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "He was 82 years old when he was killed.",
        "The town lies 90 miles south of the capital.",
        "A Tu-22 bomber and two B-1B aircraft flew over on 4 March 2016.",
        "Dozens of fighters and hundreds of civilians were reported killed.",
        "In 2015 militants seized the town.",
        "About 52 percent of voters backed the plan.",
        "The offensive began on March 2 and lasted 24 hours.",
        "Release No. 20160825 was issued at 9.30am.",
        "Police released a picture of three men pushing trolleys.",
        "Some 60 members of parliament walked out of the session.",
        "One of the militants was later identified."})
    void ignoresNumbersThatCountNothing(String sentence) {
        assertEquals(List.of(), finder.find(SpeechFixtures.analyze(sentence)));
    }

    static Stream<Arguments> modalities() {
        return Stream.of(
                Arguments.of("Officials warned that the militants could send 5,000 fighters to the front.",
                        Modality.HYPOTHETICAL),
                Arguments.of("Commanders denied that 40 soldiers were killed.", Modality.NEGATED),
                Arguments.of("About 300 fighters are believed to be hiding in the town.", Modality.HEDGED),
                Arguments.of("“We killed 120 militants,” the commander said.", Modality.REPORTED),
                Arguments.of("The monitor said 35 civilians were killed.", Modality.REPORTED),
                Arguments.of("Some 35 civilians were killed in the raid.", Modality.ASSERTED));
    }

    @ParameterizedTest
    @MethodSource("modalities")
    void readsModality(String sentence, Modality modality) {
        List<Claim> claims = finder.find(SpeechFixtures.analyze(sentence));
        assertEquals(1, claims.size(), () -> "claims for: " + sentence);
        assertEquals(modality, claims.get(0).modality());
    }

    @Test
    void keepsTheCitedOutletAndTheSourceOfAFigure() {
        Claim cited = finder.find(SpeechFixtures.analyze(
                "The group now has 19,000 to 25,000 fighters, according to Northline Radio.")).get(0);
        assertEquals("Northline Radio", cited.via().label());
        Claim said = finder.find(SpeechFixtures.analyze(
                "A Pentagon official said the group had lost about 400 fighters in the battle.")).get(0);
        assertEquals("United States", said.attributedTo().label());
    }

    @Test
    void oneClaimPerNumberAndInheritsDeathsAfterAmongThem() {
        String text = "At least 80 people were killed, among them 25 civilians, and about 140 injured.";
        List<Claim> claims = finder.find(SpeechFixtures.analyze(text));
        assertEquals(List.of(Measure.DEATHS, Measure.DEATHS), claims.stream()
                .map(c -> ((Measurement) c.about()).measure()).toList());
        List<Claim> all = new MeasurementFinder(EnumSet.allOf(Measure.class)).find(SpeechFixtures.analyze(text));
        assertEquals(Measure.INJURED, ((Measurement) all.get(2).about()).measure());
    }

    @Test
    void putTheNumberAtReadsTheNounOfThePreviousSentence() {
        String text = "A number of women and children are missing. Volunteers put the number at around 45.";
        List<Claim> claims = finder.find(SpeechFixtures.analyze(text));
        assertEquals(1, claims.size());
        assertEquals(Measure.CIVILIANS, ((Measurement) claims.get(0).about()).measure());
    }

    @Test
    void skipsTheWritersCommentaryAndReaderComments() {
        String text = "Troops killed 60 fighters on Monday.\n\nMy Comment:\nThey lost 60 fighters at the very least.\n";
        List<Claim> claims = finder.find(SpeechFixtures.analyze(text));
        assertEquals(1, claims.size());
        assertFalse(claims.get(0).evidence().start() > text.indexOf("My Comment"));
    }

    @Test
    void readsTheTextWhenTheAnalysisGaveNoSentences() {
        String text = "The town fell on Monday.\nAbout 400 fighters surrendered to the army.";
        AnalyzedText bare = new AnalyzedText(SpeechFixtures.analyze(text).article(), List.of(), List.of());
        List<Claim> claims = finder.find(bare);
        assertEquals(1, claims.size());
        assertEquals(Measure.SURRENDERED, ((Measurement) claims.get(0).about()).measure());
        assertEquals("About 400 fighters surrendered to the army", claims.get(0).evidence().of(text));
    }

    @Test
    void readsNoBreakSpacesAsSpaces() {
        List<Claim> claims = finder.find(SpeechFixtures.analyze("They killed at least 620\u00a0of the militants."));
        assertEquals(1, claims.size());
        assertEquals(Measure.DEATHS, ((Measurement) claims.get(0).about()).measure());
    }

    private static BigDecimal strip(BigDecimal v) {
        return v == null ? null : new BigDecimal(v.stripTrailingZeros().toPlainString());
    }

}
