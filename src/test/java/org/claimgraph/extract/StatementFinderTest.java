package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.claimgraph.model.Article;
import org.claimgraph.model.Claim;
import org.claimgraph.model.DateRange;
import org.claimgraph.model.EntityKind;
import org.claimgraph.model.Modality;
import org.claimgraph.model.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatementFinderTest {

    private final StatementFinder finder = new StatementFinder();

    /** Text, then per statement: speaker label, role, affiliation label, quoted words. */
    static Stream<Arguments> statements() {
        return Stream.of(
                Arguments.of("“The road to the airport is open to traffic again,” said Major General John Doe, "
                        + "a spokesman for the US-led coalition.",
                        List.of(List.of("John Doe", "Major General", "US-led coalition",
                                "The road to the airport is open to traffic again,"))),
                Arguments.of("Colonel Jane Doe, the coalition spokeswoman, met reporters on Friday. "
                        + "\"Our partners have cleared the western districts,\" she said.",
                        List.of(List.of("Jane Doe", "Colonel", "US-led coalition",
                                "Our partners have cleared the western districts,"))),
                Arguments.of("“The bridge was blown up overnight,” said Colonel Richard Miles.\n\n"
                        + "“We expect the pocket to collapse within days,” Colonel Mills noted.\n\n"
                        + "“They are short of food and water,” Miles added.",
                        List.of(List.of("Richard Miles", "Colonel", "", "The bridge was blown up overnight,"),
                                List.of("Richard Miles", "Colonel", "", "We expect the pocket to collapse within days,"),
                                List.of("Richard Miles", "Colonel", "", "They are short of food and water,"))),
                Arguments.of("“We are tracking the convoy closely,” a State Department official told Russia Today.",
                        List.of(List.of("State Department", "official", "", "We are tracking the convoy closely,"))),
                Arguments.of("“They ran before we arrived,” a commander with the Syrian Democratic Forces told reporters.",
                        List.of(List.of("Syrian Democratic Forces", "commander", "", "They ran before we arrived,"))),
                Arguments.of("The SDF media office announced on Monday that its fighters had entered the northern suburbs.",
                        List.of(List.of("Syrian Democratic Forces", "", "",
                                "its fighters had entered the northern suburbs"))),
                Arguments.of("President John Roe wrote on his official account: \"Today the city is free once more.\"",
                        List.of(List.of("John Roe", "President", "", "Today the city is free once more."))),
                Arguments.of("Colonel Jane Doe said on Monday that the offensive was ahead of schedule.\n\n"
                        + "“The defenders are running out of ammunition and food.”",
                        List.of(List.of("Jane Doe", "Colonel", "", "the offensive was ahead of schedule"),
                                List.of("Jane Doe", "Colonel", "", "The defenders are running out of ammunition and food."))),
                Arguments.of("Prime Minister Jane Moe toured the front. “We will rebuild every house,” the prime "
                        + "minister said.",
                        List.of(List.of("Jane Moe", "Prime Minister", "", "We will rebuild every house,"))),
                Arguments.of("“Nobody in the city slept that night.\n\n“By morning the shelling had stopped,” said "
                        + "John Roe, a teacher at the Al Noor School.",
                        List.of(List.of("John Roe", "teacher", "Al Noor School", "Nobody in the city slept that night."),
                                List.of("John Roe", "teacher", "Al Noor School", "By morning the shelling had stopped,"))),
                Arguments.of("Speaking to reporters, Kurdish commander Richard Roe said: \"We will hold the line.\"",
                        List.of(List.of("Richard Roe", "commander", "", "We will hold the line."))),
                Arguments.of("\"The campaign is entering its final phase,\" John Moe told reporters.",
                        List.of(List.of("John Moe", "", "", "The campaign is entering its final phase,"))),
                Arguments.of("“The front has not moved in a week,” said Jane Roe of the London-based Centre for "
                        + "Conflict Studies.",
                        List.of(List.of("Jane Roe", "", "Centre for Conflict Studies", "The front has not moved in a week,"))));
    }

    @ParameterizedTest
    @MethodSource("statements")
    void findsSpeakerRoleAffiliationAndWords(String text, List<List<String>> expected) {
        List<Claim> claims = finder.find(SpeechFixtures.analyze(text));
        assertEquals(expected.size(), claims.size(), () -> "statements in: " + text + " -> " + claims);
        for (int i = 0; i < expected.size(); i++) {
            List<String> want = expected.get(i);
            Claim c = claims.get(i);
            Statement s = (Statement) c.about();
            assertEquals(want.get(0), s.speaker().label());
            assertEquals(want.get(1), s.role() == null ? "" : s.role());
            assertEquals(want.get(2), s.affiliation() == null ? "" : s.affiliation().label());
            assertEquals(want.get(3), c.evidence().of(text));
            assertEquals(Modality.REPORTED, c.modality());
            assertEquals(s.speaker(), c.attributedTo());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The militants called the town their \"capital\" and its ruler a “caliph”.",
        "“Nothing will be the same after this week.”\n\nThe city fell on Sunday.",
        "Local officials said that the road was closed for the day.",
        "Forces loyal to the Syrian government said on Monday that the town had been cleared.",
        "Troops entered the city.\n\n3 comments:\n\nSam said “this is a terrible thing to happen to them”"})
    void findsNoStatement(String text) {
        assertEquals(List.of(), finder.find(SpeechFixtures.analyze(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "“", "\"", "”“”“", "said", "He said.", "\"a b c\" said", "Colonel", "“x y z,” said Col.",
        "killed 5", "between 4 and", "20,000 to", "A spokesman, ,\" said\n\n\"", "\u00a0\u00a0 12\u00a0fighters"})
    void oddTextsGiveNoErrors(String text) {
        AnalyzedText analyzed = SpeechFixtures.analyze(text);
        List<Claim> claims = new ArrayList<>(finder.find(analyzed));
        claims.addAll(new MeasurementFinder().find(analyzed));
        for (Claim c : claims) {
            assertTrue(c.evidence().end() <= text.length(), c::toString);
        }
    }

    @Test
    void namedPersonIsAnUnknownPersonWithASlugKey() {
        String text = "“We hold the ridge,” said Lt. Gen. Abdul Karim al-Roe, commander of the Joint Operations Command.";
        Statement s = (Statement) finder.find(SpeechFixtures.analyze(text)).get(0).about();
        assertEquals("abdul-karim-al-roe", s.speaker().key());
        assertEquals(EntityKind.PERSON, s.speaker().kind());
        assertFalse(s.speaker().known());
        assertEquals("Lt. Gen.", s.role());
        assertEquals("Iraqi government forces", s.affiliation().label());
        assertNull(s.date().notBefore());
    }

    @Test
    void heAfterAnUnnamedOfficialIsNotThePersonNamedEarlier() {
        String text = "“The bridge is gone,” said Colonel Jane Doe.\n\nA senior official, speaking on condition of "
                + "anonymity, described the plan. “This is not our fight,” he said.";
        List<Claim> claims = finder.find(SpeechFixtures.analyze(text));
        assertEquals(1, claims.size());
        assertEquals("The bridge is gone,", claims.get(0).evidence().of(text));
    }

    @Test
    void toldSomeoneThatIsIndirectSpeech() {
        String text = "Brig. Gen. John Doe told state television on Monday that the airport road had reopened.";
        List<Claim> claims = finder.find(SpeechFixtures.analyze(text));
        assertEquals(1, claims.size());
        assertEquals("John Doe", ((Statement) claims.get(0).about()).speaker().label());
        assertEquals("the airport road had reopened", claims.get(0).evidence().of(text));
    }

    @Test
    void onAWeekdayIsTheLatestSuchDayBeforePublication() {
        String text = "The SDF command announced on Thursday that the dam was back under its control.";
        Article article = new Article("t.txt", "t", text, null, LocalDate.of(2017, 3, 27), null, null, null);
        AnalyzedText analyzed = new AnalyzedText(article, SpeechFixtures.sentences(text), SpeechFixtures.mentions(text));
        Statement s = (Statement) finder.find(analyzed).get(0).about();
        assertEquals(DateRange.day(LocalDate.of(2017, 3, 23), "on Thursday"), s.date());
    }

    @Test
    void outletToldIsTheVia() {
        String text = "“The town is calm,” a Defence Ministry official told The Daily Beast.";
        Claim c = finder.find(SpeechFixtures.analyze(text)).get(0);
        assertEquals("The Daily Beast", c.via().label());
        assertTrue(c.confidence() > 0.5);
    }
}
