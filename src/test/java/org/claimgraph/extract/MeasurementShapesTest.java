package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.claimgraph.model.Article;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Measure;
import org.claimgraph.model.Measurement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Sentences in many shapes (verbs, bounds, counted nouns, units) that each state one measurement. */
class MeasurementShapesTest {

    private final MeasurementFinder finder = new MeasurementFinder(EnumSet.allOf(Measure.class));

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of("The bombing left 35 people dead in the market.", Measure.DEATHS, "35", "35"),
                Arguments.of("FEDPOL CDR CLAIMED 135X DAESH KIA IN SHIRQAT FIGHTING.", Measure.DEATHS, "135", "135"),
                Arguments.of("They say the dead today are more than 200.", Measure.DEATHS, "200", null),
                Arguments.of("Monitors put the dead at between 560 and 770.", Measure.DEATHS, "560", "770"),
                Arguments.of("Its leader said the battle had cost his group eleven of its fighters.", Measure.DEATHS, "11", "11"),
                Arguments.of("Officials put the number of people who fled the city for the two northern towns at about "
                        + "100,000.", Measure.CIVILIANS, "100000", "100000"),
                Arguments.of("The battle killed an estimated 9,000 to 11,000 civilians.", Measure.DEATHS, "9000", "11000"),
                Arguments.of("Officials put the number of militants killed in the vehicles at about 250.", Measure.DEATHS, "250", "250"),
                Arguments.of("The monitor puts the number who left the town since Wednesday at more than 150,000.",
                        Measure.CIVILIANS, "150000", null),
                Arguments.of("Officials said that at least 643 men and boys from the area were never seen again.",
                        Measure.CIVILIANS, "643", null),
                Arguments.of("More than 20,000 Syrians have crossed into Turkey since June.", Measure.CIVILIANS, "20000", null),
                Arguments.of("The suicide attack claimed the lives of 48 civilians.", Measure.DEATHS, "48", "48"),
                Arguments.of("Hospital officials gave a toll of 19.", Measure.DEATHS, "19", "19"),
                Arguments.of("Local doctors gave a toll of 46 civilians for the week.", Measure.DEATHS, "46", "46"),
                Arguments.of("The death toll stood at 31 people on Sunday.", Measure.DEATHS, "31", "31"),
                Arguments.of("The blast brought the death toll to 61.", Measure.DEATHS, "61", "61"),
                Arguments.of("Twelve people were killed when the shell hit the school.", Measure.DEATHS, "12", "12"),
                Arguments.of("At least 40 militants were killed in the fighting.", Measure.DEATHS, "40", null),
                Arguments.of("Jets struck a convoy near the border, killing 14.", Measure.DEATHS, "14", "14"),
                Arguments.of("Jets struck a convoy near the border, killing 14 fighters.", Measure.DEATHS, "14", "14"),
                Arguments.of("More than 100 people lost their lives in the siege.", Measure.DEATHS, "100", null),
                Arguments.of("Thirty soldiers died when their base was overrun.", Measure.DEATHS, "30", "30"),
                Arguments.of("The raid led to the deaths of 27 soldiers.", Measure.DEATHS, "27", "27"),
                Arguments.of("About 500 soldiers were sent to the front.", Measure.TROOPS, "500", "500"),
                Arguments.of("An estimated 2,000 fighters remain in the town.", Measure.FIGHTERS, "2000", "2000"),
                Arguments.of("Some 4,000 civilians fled across the river.", Measure.CIVILIANS, "4000", "4000"),
                Arguments.of("Up to 1,500 militants are holed up in the old city.", Measure.FIGHTERS, null, "1500"),
                Arguments.of("Between 300 and 400 jihadists are still inside.", Measure.FIGHTERS, "300", "400"),
                Arguments.of("Commanders said 300-400 insurgents were still inside.", Measure.FIGHTERS, "300", "400"),
                Arguments.of("The group now holds about 40 percent of the province.", Measure.TERRITORY_PERCENT, "40", "40"),
                Arguments.of("Troops recaptured 25 villages during the week.", Measure.VILLAGES, "25", "25"),
                Arguments.of("The SDF cleared 1,200 sq km of desert.", Measure.AREA_KM2, "1200", "1200"),
                Arguments.of("The offensive recovered roughly 100 square miles of land.", Measure.AREA_KM2, "259", "259"),
                Arguments.of("A force of 5,000 fighters gathered north of the city.", Measure.FIGHTERS, "5000", "5000"),
                Arguments.of("Some 200 militants laid down their arms on Tuesday.", Measure.SURRENDERED, "200", "200"),
                Arguments.of("Kurdish officials said 150 fighters had turned themselves in.", Measure.SURRENDERED, "150", "150"),
                Arguments.of("The coalition says 75 ISIS militants were killed in the strikes.", Measure.DEATHS, "75", "75"),
                Arguments.of("The fighting has forced 30,000 residents from their homes, leaving 9 dead.",
                        Measure.CIVILIANS, "30000", "30000"),
                Arguments.of("Officials estimated the group's strength at 3,000 fighters.", Measure.FIGHTERS, "3000", "3000"),
                Arguments.of("The assault force numbered around 8,000 troops.", Measure.TROOPS, "8000", "8000"),
                Arguments.of("Militants numbering about 3,000 are dug in around the airport.", Measure.FIGHTERS, "3000", "3000"),
                Arguments.of("At least 80 were killed and 200 wounded in the twin blasts.", Measure.DEATHS, "80", null),
                Arguments.of("Some 2,500 Peshmerga took part in the push.", Measure.TROOPS, "2500", "2500"),
                Arguments.of("More than 4,000 militiamen joined the offensive.", Measure.FIGHTERS, "4000", null),
                Arguments.of("The strikes killed 25 Daesh members near the dam.", Measure.DEATHS, "25", "25"),
                Arguments.of("Officials said 3,000–5,000 jihadis remained.", Measure.FIGHTERS, "3000", "5000"),
                Arguments.of("The shelling killed at least 17 people and wounded 30 more.", Measure.DEATHS, "17", null),
                Arguments.of("Two US service members were killed by a roadside bomb.", Measure.DEATHS, "2", "2"),
                Arguments.of("About 1,300 IS fighters were thought to be inside.", Measure.FIGHTERS, "1300", "1300"),
                // people named by a list of nouns, then said killed, are the dead
                Arguments.of("Press freedom groups count at least 11 journalists, fixers and drivers killed covering the war.",
                        Measure.DEATHS, "11", null),
                Arguments.of("Twelve aid workers were killed when the convoy was hit.", Measure.DEATHS, "12", "12"),
                // estimates that range from one figure to another; guerrillas are fighters
                Arguments.of("Estimates of the dead range from 79 to 119.", Measure.DEATHS, "79", "119"),
                Arguments.of("On 1 November 1998 between 800 and 1,500 FARC guerrillas attacked the town.", Measure.FIGHTERS,
                        "800", "1500"),
                // a record's field of the dead set to a count; "a hundred" is a number
                Arguments.of("Haiti `HTI-2024-1206`: deaths updated to \"at least 207\" after the joint report.",
                        Measure.DEATHS, "207", null),
                Arguments.of("They speak of more than a hundred dead.", Measure.DEATHS, "100", null),
                // people taken captive are held, not a force
                Arguments.of("The rebels held the town for three days and took 61 police officers and soldiers captive.",
                        Measure.DETAINED, "61", "61"),
                // peacekeepers are troops, and dead when killed; the victims of a killing are the dead
                Arguments.of("Some 1,500 Irish peacekeepers deployed along the border.", Measure.TROOPS, "1500", "1500"),
                Arguments.of("Four UN peacekeepers were killed when their convoy was ambushed.", Measure.DEATHS, "4", "4"),
                Arguments.of("Soldiers killed dozens of villagers in the market; a monitor listed the names of more than 60 "
                        + "victims.", Measure.DEATHS, "60", null),
                Arguments.of("The rebels said 60 regime soldiers had been taken prisoner.", Measure.DETAINED, "60", "60"),
                Arguments.of("Iraqi forces, numbering some 100,000, encircled the city.", Measure.TROOPS, "100000", "100000"),
                Arguments.of("At least 18 civilians were among the dead.", Measure.DEATHS, "18", null),
                Arguments.of("Some 1,000 foreign fighters are thought to be in the city.", Measure.FIGHTERS, "1000", "1000"),
                Arguments.of("The group has lost 14 percent of its territory this year.", Measure.TERRITORY_PERCENT, "14", "14"),
                Arguments.of("Nearly 3,000 km² were retaken in the offensive.", Measure.AREA_KM2, "3000", "3000"),
                Arguments.of("Officials said there could be as many as 5,000 fighters left in the city.",
                        Measure.FIGHTERS, null, "5000"),
                Arguments.of("The group might number 30,000 fighters across both countries.",
                        Measure.FIGHTERS, "30000", "30000"),
                Arguments.of("The army has 12,000 fighters in the province, compared with 30,000 in 2015.",
                        Measure.FIGHTERS, "12000", "12000"),
                Arguments.of("Gunmen had shot dead at least 82 civilians in four neighbourhoods.", Measure.DEATHS, "82", null),
                Arguments.of("Turkey, for its part, has buried more than forty of its soldiers.", Measure.DEATHS, "40", null),
                Arguments.of("Estimates ranged from 15,000 to 40,000 civilians.", Measure.CIVILIANS, "15000", "40000"),
                Arguments.of("The last fighters in the city, about 70 of them, were allowed to leave.", Measure.FIGHTERS, "70", "70"),
                Arguments.of("More than 150 captured soldiers were marched into the desert and shot.", Measure.DEATHS, "150", null),
                Arguments.of("Officials say that 643 others are still missing.", Measure.CIVILIANS, "643", "643"),
                Arguments.of("A party official reported twelve militants' bodies lying at the crossing.", Measure.DEATHS, "12", "12"),
                Arguments.of("The president said all of the roughly 2,000 US troops in Syria would be pulled out.", Measure.TROOPS,
                        "2000", "2000"),
                // plain men at the sentence's end are a force's when the sentence is about the military
                Arguments.of("A military source put the whole demining team at about 120 men.", Measure.TROOPS, "120", "120"),
                // people buried (not buried alive or under rubble) are dead
                Arguments.of("The mayor said 140 people had been buried in a mass grave behind the church.", Measure.DEATHS,
                        "140", "140"),
                // estimates of the dead that run from one figure to another, whatever noun the figures take
                Arguments.of("Estimates of government dead in the first assault run from 300 to 500 soldiers.", Measure.DEATHS,
                        "300", "500"),
                // an upper bound with a round figure's word after it
                Arguments.of("Up to about 400 militia fighters attacked the village at dawn.", Measure.FIGHTERS, null, "400"),
                // half a scale is half of it, not the whole
                Arguments.of("About half a million displaced people were sheltering in the camps.", Measure.DISPLACED,
                        "500000", "500000"),
                // the hurt, then more kinds of people, all said to be killed after the list
                Arguments.of("Two days later about 90 wounded men, women and hospital staff taken from the clinic were killed at "
                        + "a farm.", Measure.DEATHS, "90", "90"),
                // a people counted by its name, after another count of the same verb
                Arguments.of("A suicide bomber struck the crowds at the gate, killing at least 170 Afghans.", Measure.DEATHS, "170", null));
    }

    /** A number whose noun is left out takes it from earlier in the sentence. */
    @Test
    void aNumberWithoutItsNounCountsThePeopleNamedBefore() {
        for (Object[] c : new Object[][] {
                {"About 2,500 militants had been killed and between 3,500 and 4,000 had been inside the city at the start.",
                        List.of("DEATHS 2500-2500", "FIGHTERS 3500-4000")},
                {"Between 250 and 300 militants were holding the centre; other estimates put the number at about 400.",
                        List.of("FIGHTERS 250-300", "FIGHTERS 400-400")},
                // a share of the dead is dead; a count coordinated with another, its noun left out, counts the same
                {"At least 43 people have been killed since Wednesday, 27 of them civilians, among them 11 children.",
                        List.of("DEATHS 43-null", "DEATHS 27-27", "DEATHS 11-11")},
                {"Over 200 people reached the camp and between 600 and 900 were registered at the transit site.",
                        List.of("CIVILIANS 200-null", "CIVILIANS 600-900")},
                // a count opening its sentence counts "of them" among the people of the sentence before
                {"Nearly 84,000 people fled the fighting in the summer. Approximately 69,500 of them moved south and about "
                        + "14,500 east towards the camps.",
                        List.of("CIVILIANS 84000-84000", "CIVILIANS 69500-69500", "CIVILIANS 14500-14500")},
                {"Many men were detained after the massacre. A court later sentenced 40 of them to death.",
                        List.of()},
                {"Some 200 federal police and civil defence personnel fought the fire for a week.",
                        List.of("TROOPS 200-200")},
                // people who gave themselves up, and the number who surrendered in a day, put at a range
                {"He wrote that 3,000 members of the group had given themselves up since the previous evening. A day earlier he "
                        + "had put the number who surrendered within 24 hours at between 1,500 and 2,000.",
                        List.of("SURRENDERED 3000-3000", "SURRENDERED 1500-2000")},
                // a war's cost in lives, the whole list of it; the dead put at counts of each kind; a ship's crew counted dead
                {"The war had cost the lives of 255 British servicemen, 649 Argentine servicemen and three islanders.",
                        List.of("DEATHS 255-255", "DEATHS 649-649", "DEATHS 3-3")},
                {"The prime minister later put the dead at 37 foreign hostages, with 29 attackers killed.",
                        List.of("DEATHS 37-37", "DEATHS 29-29")},
                {"The cruiser was torpedoed on 2 May; 323 of her crew died.", List.of("DEATHS 323-323")},
                // counts added to the dead ("together with ...") are dead too, the whole list of them
                {"The monitor counts more than 280 civilians killed since January, together with more than 1,500 Kurdish fighters "
                        + "and over 400 rebels.",
                        List.of("DEATHS 280-null", "DEATHS 1500-null", "DEATHS 400-null")},
                // the verb of the last count coordinated with the first counts both
                {"The monitor said more than 400 Islamic State fighters and some 180 soldiers had been killed.",
                        List.of("DEATHS 400-null", "DEATHS 180-180")},
                // the people a grave holds are dead, and so is a share of them
                {"The grave held 42 people, 24 of them civilians, and they had been shot.",
                        List.of("DEATHS 42-42", "DEATHS 24-24")},
                // a slide's shorthand: signs for bounds, a force's short name for its fighters
                {"Casualties since September: ISIS >600 killed; 37 SDF killed; ~3,000 ISIS inside the pocket",
                        List.of("DEATHS 600-null", "DEATHS 37-37", "FIGHTERS 3000-3000")},
                {"A spokesman put the number killed in those days at up to 500, soldiers and civilians together.",
                        List.of("DEATHS null-500")},
                // a second count joined by "and" to the object of "killing" is killed too, service members at the
                // sentence's end included
                {"The blast at the gate killed more than 60 Afghans and 11 US service members.",
                        List.of("DEATHS 60-null", "DEATHS 11-11")},
                // the verb after a list of counted kinds counts every one of them, the first too
                {"The spokesman said 493 IS militants, 33 SDF fighters and four civilians had died.",
                        List.of("DEATHS 493-493", "DEATHS 33-33", "DEATHS 4-4")},
                // a share of aircraft is no share of land
                {"The control tower was hit, and about 90 per cent of the aircraft parked at the airport had been put out of service.",
                        List.of()},
                // members of no armed group are people whom only a verb counts
                {"The shell hit a house near the bridge and killed six members of one family.", List.of("DEATHS 6-6")},
                {"Four members finished the spring marathon this year.", List.of()},
                {"At least 30 members of the Islamic State surrendered to the Kurds.", List.of("SURRENDERED 30-null")},
                // plain men with no force in the sentence are people, whatever ends the sentence
                {"The old tanker went down off the cape in 1941 with the loss of nine men.", List.of()}}) {
            String sentence = (String) c[0];
            List<String> got = finder.find(SpeechFixtures.analyze(sentence)).stream()
                    .map(cl -> (Measurement) cl.about())
                    .map(m -> m.measure() + " " + strip(m.min()) + "-" + strip(m.max())).toList();
            assertEquals(c[1], got, sentence);
        }
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void readsTheFirstMeasurement(String sentence, Measure measure, String min, String max) {
        List<Claim> claims = finder.find(SpeechFixtures.analyze(sentence)).stream()
                .filter(c -> c.modality().happened()).toList();
        assertTrue(!claims.isEmpty(), () -> "no measurement in: " + sentence);
        Measurement m = (Measurement) claims.get(0).about();
        assertEquals(measure, m.measure(), sentence);
        assertEquals(min == null ? null : new BigDecimal(min), strip(m.min()), sentence);
        assertEquals(max == null ? null : new BigDecimal(max), strip(m.max()), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The convoy of 40 vehicles left at 6 a.m.",
        "Resolution 2254 was adopted in December.",
        "The group could deploy 5,000 more fighters if the talks fail.",
        "The army denied that 300 soldiers had been killed.",
        "The town lies 40 km from the border and 12 miles from the river.",
        "The plan would cost $500 million over 3 years.",
        "Of the 12 candidates, 5 were elected.",
        "Flight 17 landed at 10:30 with 240 passengers.",
        "He was sentenced to 15 years in prison in 2016.",
        "A woman reached the camp with her six children.",
        "Two army divisions and tribal fighters began moving on the town.",
        "Present: the Chair and nine Members (attendance list at Annex A).",
        // members of a civic group are not fighters; a multiplier counts nothing
        "Present: the Chair; two co-opted members from the Hallowmere Ukrainian Families Group.",
        "Casualty figures are contested: a faction gave a toll more than four times the UN's.",
        // a household; the numbers of a page's contents
        "My uncle's flat had eleven people in it by the winter.",
        "Contents: 1. The palace taken 2. The siege 3. Death toll 4. Other items",
        "The court acquitted him of killing two captured Kurdish fighters.",
        // victims of a blast that also wounded are not all dead
        "The blast killed a guard and wounded dozens; the hospital treated 40 victims.",
        "The scenario estimated that between 500,000 and 1.47 million people in the flood path would probably not survive.",
        // a count taken back after it
        "Early reports that all 13 of the border guards had been killed proved false."})
    void findsNoCountedPeopleInOtherNumbers(String sentence) {
        List<Claim> claims = finder.find(SpeechFixtures.analyze(sentence)).stream()
                .filter(c -> c.modality().happened()).toList();
        assertEquals(List.of(), claims, sentence);
    }

    @Test
    void aLaterCountOfTheSameIsACountOfTheDead() {
        String text = "Restored to the UN's figure of at least 70 killed when the gang attacked the town; the mayor's later "
                + "count of 115 is kept in the notes.";
        List<Measurement> found = finder.find(SpeechFixtures.analyze(text)).stream()
                .map(c -> (Measurement) c.about()).toList();
        assertEquals(2, found.size(), found::toString);
        assertEquals(Measure.DEATHS, found.get(1).measure());
        assertEquals(new BigDecimal("115"), strip(found.get(1).min()));
        assertEquals(new BigDecimal("115"), strip(found.get(1).max()));
    }

    @Test
    void datesTheNumberByTheNearestDateOfItsSentence() {
        String text = "US officials estimated in December that the group had 12,000 fighters left.";
        Article article = new Article("t.txt", "t", text, null,
                LocalDate.of(2017, 3, 6), null, null, null);
        AnalyzedText analyzed = new AnalyzedText(article, SpeechFixtures.sentences(text), SpeechFixtures.mentions(text));
        Measurement m = (Measurement) finder.find(analyzed).get(0).about();
        assertEquals(LocalDate.of(2016, 12, 1), m.date().notBefore());
        assertEquals(LocalDate.of(2016, 12, 31), m.date().notAfter());
    }

    @Test
    void anUndatedNumberHeldNoLaterThanPublication() {
        String text = "About 500 soldiers were sent to the front.";
        Article article = new Article("t.txt", "t", text, null,
                LocalDate.of(2017, 3, 6), null, null, null);
        AnalyzedText analyzed = new AnalyzedText(article, SpeechFixtures.sentences(text), SpeechFixtures.mentions(text));
        Measurement m = (Measurement) finder.find(analyzed).get(0).about();
        assertEquals(null, m.date().notBefore());
        assertEquals(LocalDate.of(2017, 3, 6), m.date().notAfter());
    }

    private static BigDecimal strip(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros();
    }
}
