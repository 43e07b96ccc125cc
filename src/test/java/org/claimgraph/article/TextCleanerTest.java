package org.claimgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.claimgraph.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextCleanerTest {

    /** fixture, a piece of furniture that must be gone, a sentence that must stay. */
    static Stream<Arguments> furniture() {
        return Stream.of(
                Arguments.of("cookie.txt", "use of cookies", "council crews worked through the night"),
                Arguments.of("comment-form.txt", "Leave a Reply", "remove affected leaves at once."),
                Arguments.of("comment-form.txt", "will not be published", "two weeks earlier than usual"),
                Arguments.of("comment-form.txt", "nine + 4 =", "two weeks earlier than usual"),
                Arguments.of("comment-form.txt", "Post Comment", "two weeks earlier than usual"),
                Arguments.of("blog-comments.txt", "only open in July", "which was a pity."),
                Arguments.of("blog-comments.txt", "comments:", "which was a pity."),
                Arguments.of("blog-comments.txt", "Post a Comment", "which was a pity."),
                Arguments.of("related.txt", "Related Posts", "a second boat would follow next spring."),
                Arguments.of("related.txt", "Island school gets new roof", "halving the fare for residents."),
                Arguments.of("related.txt", "You may also like", "halving the fare for residents."),
                Arguments.of("related.txt", "Storm damages pier", "halving the fare for residents."),
                Arguments.of("related.txt", "the old pier was built", "a second boat would follow next spring."),
                Arguments.of("related.txt", "Ferry crews on strike", "a second boat would follow next spring."),
                Arguments.of("newsletter.txt", "Newsletter", "about forty thousand a year"),
                Arguments.of("newsletter.txt", "follow us on Twitter", "signed by hundreds of residents."),
                Arguments.of("newsletter.txt", "WhatsApp", "signed by hundreds of residents."),
                Arguments.of("poll.txt", "Should the tram line be extended?", "to the new hospital"),
                Arguments.of("poll.txt", "64%", "to the new hospital"),
                Arguments.of("promo.txt", "Popular Video", "will reopen to all traffic in May."),
                Arguments.of("promo.txt", "waited at the station", "ahead of schedule."),
                Arguments.of("captions.txt", "seal pup rests", "largest number since counting began"),
                Arguments.of("captions.txt", "old lighthouse seen", "largest number since counting began"),
                Arguments.of("captions.txt", "File photo", "at least fifty metres from the animals."),
                Arguments.of("ticker.txt", "Breaking Headline", "a record apple crop this autumn"),
                Arguments.of("ticker.txt", "Heavy snow closed", "Prices are expected to fall as a result."),
                Arguments.of("ticker-inline.txt", "stadium vote", "about sixty thousand homes"),
                Arguments.of("credit.txt", "Reporting by", "raises wages by six percent."),
                Arguments.of("wire-update.txt", "Adds union comment", "raise wages by five percent"),
                Arguments.of("wire-update.txt", "INSIDE TODAY", "unloaded within hours of the vote."),
                Arguments.of("wire-update.txt", "Ferry fares rise", "unloaded within hours of the vote."));
    }

    @org.junit.jupiter.api.Test
    void relatedRecordsAndOtherUpdatesHeadLinkLists() {
        assertTrue(Boilerplate.isRelatedHeading("Related records"));
        assertTrue(Boilerplate.isRelatedHeading("Other recent updates"));
        assertFalse(Boilerplate.isRelatedHeading("Other updates were delayed by the storm."));
        assertTrue(Boilerplate.isRelatedHeading("NEXT GALLERIES"));
        assertTrue(Boilerplate.isRelatedHeading("MORE EXPLAINERS"));
        assertTrue(Boilerplate.isRelatedHeading("MORE WORLD NEWS"));
        assertFalse(Boilerplate.isRelatedHeading("More people need news"));
        // a bilingual page's heading, its other language first
        assertTrue(Boilerplate.isRelatedHeading("\u0627\u0642\u0631\u0623 \u0623\u064a\u0636\u0627\u064b | Read also"));
        assertFalse(Boilerplate.isRelatedHeading("\u0627\u0644\u0642\u0644\u0639\u0629 | The citadel"));
        assertTrue(Boilerplate.isListItem("\u25b8 Lahore: families bury the victims of the bombing"));
    }

    @org.junit.jupiter.api.Test
    void aShowsPointersToItsOtherEpisodesAreFurniture() {
        assertTrue(Boilerplate.isFurniture("Previously: Episode 12 – \"How the ferry strike ended\""));
        assertTrue(Boilerplate.isFurniture("Next episode: the harbour vote"));
        assertFalse(Boilerplate.isFurniture("Previously the ferry ran twice a day."));
        assertTrue(Boilerplate.isFurniture("See also our guide to the harbour archive, which covers the strike of 1984."));
        assertFalse(Boilerplate.isFurniture("Residents could see also the smoke from the harbour."));
    }

    @org.junit.jupiter.api.Test
    void aTableOfContentsRunIntoOneLineIsFurniture() {
        assertTrue(Boilerplate.isFurniture("Contents: 1. Harbour depot burned  2. The winter assault, looked back on  3. Fighting outside the capital"));
        assertTrue(Boilerplate.isFurniture("Table of contents: Part one, the siege"));
        assertFalse(Boilerplate.isFurniture("The contents of the depot were burned."));
        String raw = "HARBOUR DIGEST\nNo. 4 for staff\n\nContents: 1. Depot burned  2. The winter assault, in retro-\n"
                + "spect  3. Fighting outside the capi-\ntal  4. Other items\n\n1. DEPOT BURNED\n\nThe depot at the harbour burned "
                + "for two days in January, and the fire brigade could not reach it.\n";
        String text = TextCleaner.clean(raw, null).text();
        assertFalse(text.contains("spect  3"), text);
        assertFalse(text.contains("Fighting outside"), text);
        assertTrue(text.contains("The depot at the harbour burned"), text);
    }

    @ParameterizedTest(name = "{0}: drops \"{1}\"")
    @MethodSource("furniture")
    void dropsFurnitureAndKeepsTheArticle(String fixture, String gone, String kept) {
        String text = Fixtures.read(fixture).text();
        assertFalse(text.contains(gone), () -> "still there: " + gone + "\n" + text);
        assertTrue(text.contains(kept), () -> "lost: " + kept + "\n" + text);
    }

    @Test
    void headerLinesBecomeMetadataAndTheHeadlineLeadsTheText() {
        Article a = Fixtures.read("cookie.txt");
        assertEquals("Floods close the river road near Marden", a.title());
        assertEquals("Valley Courier", a.publisher());
        assertEquals("Jane Doe", a.author());
        assertEquals(LocalDate.of(2019, 5, 3), a.published());
        assertEquals(List.of("Floods close the river road near Marden",
                "Heavy rain closed the river road near Marden on Friday, and council crews worked through the night"
                        + " to clear the mud from the lower bridge.",
                "The council said the road would reopen on Monday if the water kept falling."),
                List.of(a.text().split("\n\n")));
    }

    @Test
    void aCommentHeadingRightUnderRelatedLinksEndsTheArticle() {
        Article a = Fixtures.read("related-then-comments.txt");
        assertTrue(a.text().contains("summer timetable"), a::text);
        assertFalse(a.text().contains("ramp broke again"), a::text);
        assertFalse(a.text().contains("About time"), a::text);
    }

    @Test
    void tickerPrefixNamesThePublisherAndTheDateLineTheDate() {
        Article a = Fixtures.read("ticker.txt");
        assertEquals("Orchard harvest breaks records in the southern valley", a.title());
        assertEquals("NEWSDESK", a.publisher());
        assertEquals(LocalDate.of(2018, 3, 3), a.published());
    }

    @Test
    void inlineTickerIsDroppedAndTheMastheadIsThePublisher() {
        Article a = Fixtures.read("ticker-inline.txt");
        assertEquals("RIVER VALLEY MONITOR", a.publisher());
        assertEquals("John Doe", a.author());
        assertEquals("New water plant opens after three years of building", a.title());
    }

    @Test
    void creditLineNamesAuthorAndSource() {
        Article a = Fixtures.read("credit.txt");
        assertEquals("Mary Major", a.author());
        assertEquals("Delta Wire", a.publisher());
        assertNull(a.published());
    }

    @Test
    void blogDateLineWithoutOutletLeavesPublisherUnstated() {
        Article a = Fixtures.read("blog-comments.txt");
        assertEquals("A long walk on the coast path", a.title());
        assertEquals(LocalDate.of(2019, 6, 8), a.published());
        assertNull(a.publisher());
    }

    @Test
    void onlyWhitespaceRunsChangeAndParagraphBreaksStay() {
        String text = Fixtures.read("whitespace.txt").text();
        assertEquals("Wind farm “passes” its first winter\n\n"
                + "The new wind farm – the largest in the region – produced “more than expected” during its first"
                + " winter, the operator said on Friday in a statement to shareholders.\n\n"
                + "It’s the company’s third site.", text);
    }

    @Test
    void hardWrappedLinesJoinAndShortLinesStayApart() {
        List<String> lines = List.of("The river rose", "overnight and flooded.", "1. Next steps", "Crews will return.",
                "", "New paragraph.");
        List<String> paragraphs = TextCleaner.paragraphs(lines, LineWraps.of(lines));
        assertEquals(List.of("The river rose overnight and flooded.", "1. Next steps", "Crews will return.",
                "New paragraph."), paragraphs);
    }

    /** Text taken from a PDF: wrapped at a fixed width, words broken with hyphens, no line ending a sentence. */
    @Test
    void textWrappedAtAFixedWidthIsReadAsParagraphs() {
        String raw = """
                Monitoring note 7

                1. During the week the provincial authorities reported that the flood
                barrier east of the city held, although water reached the outer dis-
                tricts on two nights. Engineers from the Ministry of Water Resources re-
                paired the pumping station at Kassar on Tuesday and the road to
                Tal Gomar reopened after the water fell. Relief teams from the Red Cres-
                cent reached Salah al-
                Din province on Friday, where the rains had cut the highway.

                2. A short second paragraph that ends here.
                """;
        String text = TextCleaner.clean(raw, null).text();
        assertTrue(text.contains("outer districts on two nights. Engineers from the Ministry of Water Resources"
                + " repaired the pumping station at Kassar on Tuesday and the road to Tal Gomar reopened"), text);
        assertTrue(text.contains("Red Crescent reached Salah al-Din province"), text);
        assertTrue(text.contains("\n\n2. A short second paragraph that ends here."), text);
    }

    @Test
    void aBrokenWordKeepsItsHyphenWhereTheTextWritesItSo() {
        List<String> lines = List.of("Forces loyal to the council and pro-", "government militias met",
                "the Kurdish-", "led units, and the Kurdish-led units moved north, led by the anti-", "tank squad.");
        List<String> paragraphs = TextCleaner.paragraphs(lines, LineWraps.of(lines));
        assertEquals(List.of("Forces loyal to the council and pro-government militias met the Kurdish-led units, and"
                + " the Kurdish-led units moved north, led by the anti-tank squad."), paragraphs);
    }

    @Test
    void pullQuoteRepeatedInTheBodyIsDroppedOnce() {
        List<String> out = TextCleaner.dropRepeats(List.of("Headline", "“The canal is busier than ever this year.”",
                "Body text. The canal is busier than ever this year. More body text follows here."));
        assertEquals(List.of("Headline", "Body text. The canal is busier than ever this year. More body text"
                + " follows here."), out);
    }

    @Test
    void newsSentencesThatMentionFurnitureWordsStay() {
        Article a = Fixtures.read("body-safety.txt");
        assertTrue(a.text().contains("in its weekly newsletter, which appeared on Thursday."), a.text());
        assertTrue(a.text().contains("a police officer told Reuters."), a.text());
        assertTrue(a.text().contains("Comment:\n\nThe claim came unusually fast"), a.text());
        assertTrue(a.text().endsWith("mattered more than the target in this case."), a.text());
        assertEquals("John Roe", a.author());
        assertEquals("Northern Star", a.publisher());
    }

    @Test
    void wireDatelineNamesTheAgencyAndTheCreditLineTheReporter(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("wire.txt"),
                "Ferry service resumes after storm\n\nHARBOURTOWN (Tidewire) - Ferries resumed sailing between the"
                        + " mainland and the islands on Tuesday after a two-day storm, the operator said.\n\n"
                        + "(Reporting by Jane Roe; Editing by Richard Miles)\n");
        Article a = Articles.read(file).get(0);
        assertEquals("Tidewire", a.publisher());
        assertEquals("Jane Roe", a.author());
        assertFalse(a.text().contains("Reporting by"));
    }

    @Test
    void manyShortLinesAreNeverLost() {
        StringBuilder raw = new StringBuilder("Roll of honour\n\n");
        for (int i = 1; i <= 40; i++) {
            raw.append("Runner ").append(i).append(" finished\n\n");
        }
        String text = TextCleaner.clean(raw.toString(), null).text();
        assertTrue(text.startsWith("Roll of honour\n\nRunner 1 finished"), text);
        assertTrue(text.endsWith("Runner 40 finished"), text);
    }

    @Test
    void gluedDuplicateIsRecognised() {
        assertTrue(Boilerplate.isGluedDuplicate("A tower stands by the harbour at duskA tower stands by the harbour at dusk"));
        assertFalse(Boilerplate.isGluedDuplicate("A tower stands by the harbour at dusk and at dawn, every day."));
    }

    @Test
    void aSubtitleFileIsReadAsTheTextItSpeaks() {
        String srt = "1\n00:00:01,000 --> 00:00:02,800\nHARBOUR FILMS\npresents\n\n2\n00:00:03,000 --> 00:00:05,000\n"
                + "THE EMPTY TOWN\n\n3\n00:00:05,500 --> 00:00:08,000\n[NARRATOR] On the 2nd of August 2014,\n"
                + "fighters overran the town\n\n4\n00:00:08,500 --> 00:00:10,000\nand attacked army posts around it.\n\n"
                + "5\n00:00:10,500 --> 00:00:12,000\n[\u266a low strings]\n\n6\n00:00:12,500 --> 00:00:15,000\n"
                + "[SHOPKEEPER] (in Arabic)\nWe went back\nin the spring. Nothing was left.\n";
        assertEquals("THE EMPTY TOWN\n\nOn the 2nd of August 2014, fighters overran the town and attacked army posts around it."
                + "\n\nWe went back in the spring. Nothing was left.", TextCleaner.clean(srt, null).text());
    }

    @Test
    void aWebVttFilesNotesAreItsHeadAndItsDatedCardsAreHeadings() {
        String vtt = "WEBVTT\nKind: subtitles\nLanguage: en\n\nNOTE\nFilm: The Empty Town\nA Harbour Films release. Subtitle "
                + "track delivered 14 November 2017.\n\n0\n00:00:00.500 --> 00:00:01.000\nNARRATOR: In June 2014 the militants took the "
                + "city,\nand the army divisions meant to defend it broke and fled south\ntowards the capital and the towns on the "
                + "river.\n\n1\n00:00:01.000 --> 00:00:03.000\n[CAPTION: WEST MOSUL - 19 FEBRUARY 2017]\n\n"
                + "2\n00:00:03.500 --> 00:00:06.000\nNARRATOR: The push on the west bank\nbegan that morning.\n\n"
                + "3\n00:00:06.500 --> 00:00:08.000\n[distant explosions]\n\n4\n00:00:08.500 --> 00:00:11.000\n"
                + "NARRATOR: Four days later federal police\nstormed the airport on the southern rim of the city.\n";
        TextCleaner.Cleaned cleaned = TextCleaner.clean(vtt, null);
        assertEquals("The Empty Town", cleaned.metadata().title());
        assertEquals(LocalDate.of(2017, 11, 14), cleaned.metadata().published());
        assertEquals("Harbour Films", cleaned.metadata().publisher());
        assertTrue(cleaned.text().contains("WEST MOSUL - 19 FEBRUARY 2017\n\nNARRATOR: The push on the west bank began that morning."),
                cleaned::text);
        assertFalse(cleaned.text().contains("Kind: subtitles") || cleaned.text().contains("explosions"), cleaned::text);
    }

    @Test
    void textWithAFewArrowsIsNoSubtitleFile() {
        String raw = "Town retaken\n\nThe road 10:00 --> 12:00 was closed.\nTroops entered the town.\n";
        assertEquals(List.of("Town retaken", "", "The road 10:00 --> 12:00 was closed.", "Troops entered the town."),
                Subtitles.read(List.of("Town retaken", "", "The road 10:00 --> 12:00 was closed.", "Troops entered the town.")));
        assertTrue(TextCleaner.clean(raw, null).text().contains("10:00 --> 12:00"));
    }

    @Test
    void aReplyQuotingAnEarlierPostIsDropped() {
        String raw = "Town attacked - thread\n\n#1 harbour_fan Posted 25/07/2018 08:14\n\nSuicide bombers blew themselves up "
                + "in the town this morning, my cousin says.\n\n#2 other_user Posted 25/07/2018 09:02\n\n"
                + "> Suicide bombers blew themselves up in the town\n\nCan anyone confirm?\n\n> a line nobody wrote above\n";
        String text = TextCleaner.clean(raw, null).text();
        assertFalse(text.contains("> Suicide bombers"), text);
        assertTrue(text.contains("> a line nobody wrote above"), text);
    }

    @Test
    void aTableOfIncidentsIsReadAsOneSentencePerRowWithoutTheRowsSetAside() {
        String raw = "Incident register, summer 2018\n\nRelease date: 15 August 2018\n\n"
                + "event_id;date;location;admin1;actor1;actor2;event_type;fatalities;notes\n"
                + "R-1;2018-06-19;Busra al-Harir;Daraa;Syrian Arab Army / NDF;rebels;BATTLE;n/k;Army and militia units attack rebel positions west of the town at first light\n"
                + "R-2;26/06/2018;Busra al-Harir;Daraa;Syrian Arab Army;rebels;BATTLE-GAIN;n/k;Town taken at dawn after heavy shelling; rebels pull out to the east\n"
                + "R-3;26/06/2018;Busra al-Harir;Daraa;Syrian Arab Army;rebels;BATTLE-GAIN-DUP;n/k;DUP of R-2\n"
                + "R-4;25/07/2018;Quneitra;Quneitra;IS;civilians;RETRACTED;;RETRACTED: mis-geocoded report\n\n"
                + "The register is updated monthly; corrections are welcome.";
        String text = TextCleaner.clean(raw, null).text();
        assertTrue(text.contains("On 19 June 2018 in Busra al-Harir, Syrian Arab Army: Army and militia units attack rebel positions west of the town at first light."), text);
        assertTrue(text.contains("On 26 June 2018 in Busra al-Harir, Syrian Arab Army: Town taken at dawn after heavy shelling; rebels pull out to the east."), text);
        assertFalse(text.contains("DUP") || text.contains("RETRACTED") || text.contains("event_id"), text);
        assertTrue(text.contains("The register is updated monthly; corrections are welcome."), text);
    }

    @Test
    void aMarkdownTableAndQuotedCsvCellsAreRowsToo() {
        String md = "Strikes this week\n\n| Date | Place | Side | Description |\n|---|---|---|---|\n"
                + "| 2017-06-06 | Raqqa | n/a | Coalition aircraft struck the old city and the stadium district twice before dawn |\n"
                + "| 2017-06-07 | Tabqa | n/a | Drones hit a checkpoint on the road south of the dam in the afternoon |\n";
        String text = TextCleaner.clean(md, null).text();
        assertTrue(text.contains("On 6 June 2017 in Raqqa: Coalition aircraft struck the old city and the stadium district twice before dawn."), text);
        assertTrue(text.contains("On 7 June 2017 in Tabqa: Drones hit a checkpoint on the road south of the dam in the afternoon."), text);
        String csv = "Strikes this week\n\ndate,location,actor,notes\n"
                + "2017-06-06,Raqqa,Coalition,\"Aircraft struck the old city and the stadium district, killing 12 people\"\n"
                + "2017-06-07,Tabqa,Coalition,\"Drones hit what the group called a \"\"checkpoint\"\" south of the dam\"\n";
        String csvText = TextCleaner.clean(csv, null).text();
        assertTrue(csvText.contains("On 6 June 2017 in Raqqa, Coalition: Aircraft struck the old city and the stadium district, killing 12 people."), csvText);
        assertTrue(csvText.contains("Drones hit what the group called a \"checkpoint\" south of the dam."), csvText);
    }
    @Test
    void aPrintedMailThreadLosesItsQuoteMarksAndDatesEachQuotedMessage() {
        String raw = "Harbour Aid Network Mail - RE: weekly sitrep\n\nFrom: Programme Manager <pm@harbour.example>\n"
                + "Date: Tue, 21 Oct 2014 17:36:02 +0300\nSubject: RE: weekly sitrep\n\nThanks all, very useful. The summary for the "
                + "donor call tomorrow is below and the planning figures follow in the attached sheet.\n\n"
                + "On Mon, 20 Oct 2014 at 21:14, Field Coordinator <fc@harbour.example> wrote:\n"
                + "> Update from the border office, end of day Monday, with the latest we have.\n>\n"
                + "> From the hill above the crossing you can still see the black flag on\n"
                + "> the grain silos. Fighting and air strikes continued through the day on\n"
                + "> the southern edges of the town.\n>\n"
                + "> On Wed, 15 Oct 2014 at 11:02, Security Adviser <sa@harbour.example> wrote:\n"
                + ">> Protests over the siege turned violent on Tuesday and Wednesday in the\n"
                + ">> south-east of the country.\n";
        String text = TextCleaner.clean(raw, null).text();
        assertTrue(text.contains("\n\n20 Oct 2014\n\nUpdate from the border office"), text);
        assertTrue(text.contains("the black flag on the grain silos. Fighting and air strikes continued through the day on the "
                + "southern edges of the town."), text);
        assertTrue(text.contains("\n\n15 Oct 2014\n\nProtests over the siege turned violent on Tuesday and Wednesday in the "
                + "south-east of the country."), text);
        assertFalse(text.contains(">"), text);
    }

    @Test
    void aLineCutAfterAPrepositionGoesOnInTheNext() {
        String raw = "Town retaken\n\nThe army said on Sunday that its troops had raised the flag over the citadel on\n"
                + "Mishtenur hill after a week of street fighting in the old town.";
        String text = TextCleaner.clean(raw, null).text();
        assertTrue(text.contains("the citadel on Mishtenur hill after a week"), text);
    }

    @Test
    void aDigestOfOtherHeadlinesOnOneLineIsDropped() {
        String raw = "Town retaken\n\nThe army said on Sunday that its troops had retaken the town after a week of street "
                + "fighting in the old quarter.\n\nToday's headlines (automatic digest, not checked): Police clear barricades "
                + "and detain protesters | Oil prices slip to four-year low | Health agency declares outbreak over";
        String text = TextCleaner.clean(raw, null).text();
        assertFalse(text.contains("detain protesters"), text);
        assertTrue(text.contains("retaken the town"), text);
    }
    @Test
    void anArchivesListsOfRelatedAndRecentItemsAreDropped() {
        String raw = "Town retaken\n\nThe army said on Sunday that its troops had retaken the town after a week of street "
                + "fighting in the old quarter.\n\nRelated in this archive\n· Briefing transcript: city operations, Aug. 24, 2017\n\n"
                + "Also recently added\n· Floods destroy homes across the coast as rivers burst their banks\n";
        String text = TextCleaner.clean(raw, null).text();
        assertFalse(text.contains("Briefing transcript"), text);
        assertFalse(text.contains("Floods destroy"), text);
    }

    @Test
    void listsOfOtherNoticesAndRelatedStatementsAreDropped() {
        String raw = "Town retaken\n\nThe army said on Sunday that its troops had retaken the town after a week of street "
                + "fighting in the old quarter.\n\nOTHER NOTICES IN THIS SUPPLEMENT\nNotice 2015/46 — Counter-Terrorism: asset "
                + "freezes on persons connected with the bombings and shootings in Paris on 13 November 2015\n\n"
                + "Related press statements: Members condemn wedding hall bombing in Kabul (August 2019) · Members condemn hotel "
                + "bombing in Kismayo, Somalia (July 2019)";
        String text = TextCleaner.clean(raw, null).text();
        assertFalse(text.contains("Paris"), text);
        assertFalse(text.contains("Kabul"), text);
        assertTrue(text.contains("retaken the town"), text);
    }

    @Test
    void aSectionOfOtherNewsIsDroppedUpToTheNextHeading() {
        String raw = "Town retaken\n\nThe army said on Sunday that its troops had retaken the town after a week of street "
                + "fighting in the old quarter.\n\nELSEWHERE IN THE PAPERS\n\nAmerican papers lead on another explosion in Austin, "
                + "Texas, where a bomb injured two men on Sunday night.\n\nCORRECTIONS\n\nYesterday's review misspelt the town's name.";
        String text = TextCleaner.clean(raw, null).text();
        assertFalse(text.contains("Austin"), text);
        assertTrue(text.contains("misspelt"), text);
    }

    @Test
    void aMarkdownPageReadsAsTheTextItShows() {
        String page = "# Euphrates valley campaign\n\nThe **Euphrates valley campaign** was the advance of the army down the "
                + "river in the autumn of 2017.[^1] The army then fought district by district for the rest of the city.[^2]\n\n"
                + "## See also\n\n- [Battle of Raqqa (2017)](Battle-of-Raqqa-2017)\n\n## References\n\n"
                + "[^1]: Harbour Wire, 17 November 2017.\n[^2]: Harbour Wire, 3 November 2017.\n";
        TextCleaner.Cleaned cleaned = TextCleaner.clean(page, null);
        assertEquals("Euphrates valley campaign", cleaned.metadata().title());
        String text = cleaned.text();
        assertTrue(text.contains("The Euphrates valley campaign was the advance of the army down the river in the autumn of 2017. "
                + "The army then fought"), text);
        assertFalse(text.contains("Battle of Raqqa"), text);
        assertFalse(text.contains("[^") || text.contains("**") || text.contains("Harbour Wire"), text);
        // a text with a hash or two is not Markdown
        String plain = "Town retaken\n\n# 3 in the list of towns, with **no** marks otherwise.\n";
        assertTrue(TextCleaner.clean(plain, null).text().contains("**no**"));
    }

    @Test
    void aLinksHeadingOpensARelatedList() {
        String page = "Two enclaves, one spring\n\nReleased Friday 23 March 2018\n\nThis week we look at the two battles that "
                + "have defined the spring, with a guest who spent six years coordinating aid in the north.\n\nLINKS\n"
                + "• Episode 97: Mosul, the fall of the Old City\n• Episode 104: Raqqa after the battle\n";
        String text = TextCleaner.clean(page, null).text();
        assertTrue(text.contains("coordinating aid"), text);
        assertFalse(text.contains("fall of the Old City"), text);
    }

    @Test
    void aSlideDecksMarkersGoAndItsFirstSlideIsTheTitle() {
        String deck = "Harbour University - School of Conflict Studies\nWeek 8 lecture slides\nDelivered: Tuesday 14 March 2017\n"
                + "For enrolled students only. Images removed from this export.\n\n=== Slide 1 ===\nThe battle for Manbij, 2016\n"
                + "[image removed: a map of the town]\n\n=== Slide 2 === Background\n- Islamic State seized Manbij in January 2014\n\n"
                + "=== Slide 3 === Phase 1 - over the river (31 May 2016)\n- The SDF cross the Euphrates and push west towards the town\n"
                + "- Coalition aircraft fly more than 55 strikes in the first five days\n";
        TextCleaner.Cleaned cleaned = TextCleaner.clean(deck, null);
        assertEquals("The battle for Manbij, 2016", cleaned.metadata().title());
        assertEquals(LocalDate.of(2017, 3, 14), cleaned.metadata().published());
        String text = cleaned.text();
        assertFalse(text.contains("Slide"), text);
        assertTrue(text.contains("\n\nPhase 1 - over the river (31 May 2016)\n\n- The SDF cross"), text);
        // two markers are no deck
        String two = "Notes\n\nSlide 1: a first thought on the war that we had long ago.\n\nSlide 2: a second thought on it.\n";
        assertTrue(TextCleaner.clean(two, null).text().contains("Slide 2"));
    }

    @Test
    void anIssueNoteWithARemarkAfterItsDateDatesThePage() {
        String programme = "WRENFORD CENTRE FOR THE STUDY OF INTERVENTION\n\nSEVENTY-EIGHT DAYS: KOSOVO AND THE AIR WAR OF 1999\n"
                + "International conference, 13-14 June 2019, Calder Hall, Wrenford\n\nPROGRAMME AND ABSTRACTS - version 4, issued 3 June "
                + "2019 (replaces all earlier versions)\n\nWi-Fi: WREN-GUEST (password on your badge) | Hashtag: #78days | Quiet room: "
                + "C.014\nAt the request of several contributors, this printed programme lists presenters by role only, and the full "
                + "names are in the delegate app.\n\nOn 13 May NATO bombs fell on the village of Korisa.\n";
        Metadata m = TextCleaner.clean(programme, null).metadata();
        assertEquals("SEVENTY-EIGHT DAYS: KOSOVO AND THE AIR WAR OF 1999", m.title());
        assertEquals(LocalDate.of(2019, 6, 3), m.published());
    }

    @Test
    void aChessArchivesTagsBecomeHeadingsAndItsMovesGo() {
        String archive = "Chess club archive\n\nThe club's wartime games, with what happened in the city on each day.\n\n"
                + "[Event \"Club evening\"]\n[Site \"Sarajevo BIH\"]\n[Date \"1993.07.22\"]\n[Result \"*\"]\n\n"
                + "{ Shells fell on the city all day. }\n1. d4 d5 2. c4 e6 { The game was never finished. } *\n\n"
                + "[Event \"Youth tournament\"]\n[Site \"Tuzla BIH\"]\n[Date \"1995.??.??\"]\n\n1. e4 c5 { A comment that runs\n"
                + "over two lines. } 2. Nf3 *\n";
        String text = TextCleaner.clean(archive, null).text();
        assertTrue(text.contains("Sarajevo, 22 July 1993\n\nShells fell on the city all day.\n\nThe game was never finished."), text);
        assertTrue(text.contains("Tuzla, 1995\n\nA comment that runs over two lines."), text);
        assertFalse(text.contains("d4") || text.contains("[Event"), text);
        // one game is no archive
        String one = "Notes\n\n[Event \"Club evening\"]\n[Date \"1993.07.22\"]\n\n1. d4 d5 *\n";
        assertTrue(TextCleaner.clean(one, null).text().contains("1. d4 d5"));
    }

    @Test
    void theHeadingUnderATrailThatNamesItsLastStepIsTheTitle() {
        String record = "RIVERWORKS DAM SAFETY REGISTER\nOpen register of large dams\nHome > Basins > Tigris > Iraq > Record TIG-IQ-0007\n"
                + "[Search]  [Submit a correction]\n\nRECORD TIG-IQ-0007 \u00b7 MOSUL DAM\n\nRevision 7 \u00b7 revised 11.III.2016 \u00b7 "
                + "status: ACTIVE\nRegister note: dates on this register are written day.month.year with the month in Roman numerals.\n\n"
                + "The dam stays outside the group's reach, guarded by Kurdish units, until the offensive of the summer.\n";
        Metadata m = TextCleaner.clean(record, null).metadata();
        assertEquals("RECORD TIG-IQ-0007 \u00b7 MOSUL DAM", m.title());
        assertEquals(LocalDate.of(2016, 3, 11), m.published());
        // a trail to an archive's month names no item of it
        String archive = "DIGEST\nHome | Releases | About\n\nRelease archive > Strike summaries > August 2017\n\nFiled Thursday, "
                + "31 August 2017 \u00b7 Category: Strike summaries\n\nCoalition strikes continue as Iraqi forces complete Tal Afar "
                + "operation\n\nThe summary below is reproduced as distributed by the coalition's public affairs office today.\n";
        assertEquals("Coalition strikes continue as Iraqi forces complete Tal Afar operation",
                TextCleaner.clean(archive, null).metadata().title());
    }

    @Test
    void notesEditionsAndCodesAreNoTitlesAndAJournalsOtherArticlesAreDropped() {
        String notice = "RNS Number : 5127N\nZagros Highland Petroleum PLC\n11 August 2014\n\nZagros Highland Petroleum PLC\n"
                + "(\"Zagros Highland\", \"ZHP\" or \"the Company\")\n\nOperations and Security Update\n\nZagros Highland Petroleum "
                + "PLC, the exploration and production company, provides the following update on its operations.\n";
        assertEquals("Operations and Security Update", TextCleaner.clean(notice, null).metadata().title());
        String sheet = "RIDGELINE MODELS\n1/35 scale plastic model kit \u00b7 RM35-117\n\"JAZIRA TECHNICAL\" \u2014 pickup with heavy "
                + "machine gun, north-east Syria 2015\u20132016\nInstruction sheet, 2nd edition, printed March 2019 \u00b7 Kit designed "
                + "in the UK\n\nHISTORICAL BACKGROUND\nThe Syrian Democratic Forces were announced in October 2015, and at the end of "
                + "that month they opened their first offensive.\n";
        assertEquals("\"JAZIRA TECHNICAL\" \u2014 pickup with heavy machine gun, north-east Syria 2015\u20132016",
                TextCleaner.clean(sheet, null).metadata().title());
        String report = "CLINICAL CASES IN CONFLICT MEDICINE\nVolume 4 \u00b7 Issue 2 \u00b7 Published online 17 February 2017\n\n"
                + "Delayed blistering after suspected sulfur mustard exposure: a case from Taza\n\nBACKGROUND\nTaza is a mainly Turkmen town south of Kirkuk. Rockets fired by the group fell on its residential "
                + "streets on 9 March 2016, and a second barrage struck the town three days later.\n\nDISCUSSION\nThe clinical "
                + "course is typical of sulfur mustard.\n\nRelated articles in this journal: \"Chlorine inhalation injuries after a barrel-bomb attack "
                + "in Idlib province\" \u00b7 \"Field decontamination with limited water\"\n";
        assertFalse(TextCleaner.clean(report, null).text().contains("Idlib"));
    }

    @Test
    void aRecordsNameOverItsDateAndAFieldBlockUnderTheTitle() {
        String register = "FLEETLIST NAVAL REGISTER\nSearch vessels | Browse by navy | Sign in\n\nRegister > Russian Federation > "
                + "Cruisers > Slava class (Project 1164)\n\nMOSKVA (121)\nEntry last updated: 12 July 2022 | Status: LOST | Entry "
                + "quality: reviewed\n\nSERVICE HISTORY\nCompleted at Mykolaiv as Slava, she served with the Black Sea Fleet.\n\n"
                + "RELATED ENTRIES\nVasily Bykov (368), patrol ship\nSheffield (D80), Royal Navy destroyer: hit by an Exocet missile off "
                + "the Falkland Islands on 4 May 1982\n";
        var cleaned = TextCleaner.clean(register, null);
        assertEquals("MOSKVA (121)", cleaned.metadata().title());
        assertFalse(cleaned.text().contains("Exocet"), cleaned.text());
        String review = "HALDEN JOURNAL OF SECURITY STUDIES\nHome | Current issue | Archive | Submit a manuscript | Open review policy "
                + "| Log in\n\nReview history > Manuscript HJSS-2016-0188 > Reviewer reports\n\nPeer review report: Reviewer 2, first "
                + "round\n\nManuscript: \"Holding the Euphrates: the fall and recapture of Ramadi, 2015\"\nArticle type: Research "
                + "article\nReport submitted: 14 March 2016\nReviewer: identity not disclosed (the reviewer chose not to sign this "
                + "report)\nRecommendation: Major revision\n\nPublished under the journal's open review policy. Line numbers refer to "
                + "the first submitted version.\n\nSUMMARY OF THE SUBMISSION\n\nThe authors trace how Ramadi, the capital of Anbar "
                + "province, was lost to the Islamic State group last May and retaken by Iraqi forces seven months later.\n";
        assertEquals("Peer review report: Reviewer 2, first round", TextCleaner.clean(review, null).metadata().title());
        // other items of a series or a release are no part of the page
        String digest = "HERITAGE AT RISK MONITOR\nProperties | Reports by country | Danger list | About\n\nState of conservation "
                + "digest: Site of Palmyra\nDigest no. 2017/07 | Compiled 12 June 2017 | Monitoring desk\n\nIn early October the "
                + "monumental arch at the head of the colonnaded street was blown up, and several of the tower tombs in the valley west "
                + "of the city followed it.\n\nOther digests in this series\nOld City of Dubrovnik (Croatia): the 1991-1992 siege and its "
                + "repairs (archived)\nHatra (Iraq): digest in preparation\n\nAlso in release 2021.1: Iraq, Mosul districts renamed "
                + "after the city was retaken in 2017 | Kosovo, bilingual street names\nLicence: CC BY 4.0. Report a name | Contact\n";
        String text = TextCleaner.clean(digest, null).text();
        assertFalse(text.contains("Dubrovnik") || text.contains("Mosul"), text);
    }
}
