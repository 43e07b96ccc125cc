package org.claimgraph.extract;

import static org.claimgraph.extract.ShapeEvents.agents;
import static org.claimgraph.extract.ShapeEvents.events;
import static org.claimgraph.extract.ShapeEvents.ofType;
import static org.claimgraph.extract.ShapeEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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

/**
 * Sentence shapes that decide where, by whom and when, run with the bundled gazetteer: place names that
 * stand for a government or an office, places left behind, coordinated dates, movements, dates of
 * other events, speakers, and the story's year.
 */
class EventShapesTest {
    @Test
    void aCapitalThatAnnouncesIsTheGovernmentNotThePlace() {
        List<Event> events = events("At Abu Kamal, Damascus announced victory on 9 November, only for Islamic State to "
                + "counter-attack and regain most of the town within days.", LocalDate.of(2017, 11, 30));
        assertTrue(events.stream().noneMatch(e -> e.place().key().equals("damascus")), events::toString);
        assertEquals("abu-kamal", only(events, EventType.CAPTURE).place().key());
    }

    @Test
    void aRegionBeforeAnOfficeIsNotWhereItHappened() {
        List<Event> events = events("Peshmerga units entered Sinjar on Friday.\n\nKurdistan Region President Massoud Barzani "
                + "declared the town liberated.", LocalDate.of(2015, 11, 13));
        assertTrue(events.stream().noneMatch(e -> e.place().key().contains("kurdistan")), events::toString);
        // the town entered, and the town declared liberated: Sinjar both times
        assertTrue(ofType(events, EventType.CAPTURE).stream().allMatch(e -> e.place().key().equals("sinjar")), events::toString);
        assertEquals(2, ofType(events, EventType.CAPTURE).size(), events::toString);
    }

    @Test
    void aWithdrawalWithoutAPlaceLeavesTheTownOfTheStory() {
        List<Event> events = events("Kurdish fighters captured Tal Abyad from Islamic State on Tuesday. Many of the militants appeared to have "
                + "slipped away southwards, towards Raqqa, before the final push.", LocalDate.of(2015, 6, 17));
        Event w = only(events, EventType.WITHDRAWAL);
        assertEquals("tal-abyad", w.place().key());
        assertEquals("islamic-state", w.agent().key());
    }

    @Test
    void coordinatedPlacesEachKeepTheirOwnDate() {
        List<Event> captures = ofType(events("Iraqi forces retook Hawija on 5 October, al-Qaim on 3 November and Rawa on "
                + "17 November.", LocalDate.of(2017, 12, 10)), EventType.CAPTURE);
        assertEquals(List.of("hawija", "al-qaim", "rawa"), captures.stream().map(e -> e.place().key()).toList());
        assertEquals(List.of(LocalDate.of(2017, 10, 5), LocalDate.of(2017, 11, 3), LocalDate.of(2017, 11, 17)),
                captures.stream().map(e -> e.date().notBefore()).toList());
    }

    @Test
    void aPushInADirectionIsAMoveNotACapture() {
        List<Event> events = events("The advance began in late May, when Kurdish fighters pushed east from Kobani.",
                LocalDate.of(2015, 6, 17));
        assertTrue(ofType(events, EventType.CAPTURE).isEmpty(), events::toString);
    }

    @Test
    void aDateAfterSinceBelongsToTheEarlierEvent() {
        Event strike = only(events("Turkish jets struck targets inside Jarablus on Wednesday, the first such raids since a "
                + "Russian warplane was shot down in November 2015.", LocalDate.of(2016, 8, 25)), EventType.AIRSTRIKE);
        assertEquals(LocalDate.of(2016, 8, 24), strike.date().notBefore());
    }

    @Test
    void aPlaceAfterALaterEventsTriggerIsThatEventsPlace() {
        List<Event> events = events("The incursion came four days after a suicide bomber struck a wedding party in the "
                + "Turkish city of Gaziantep.", LocalDate.of(2016, 8, 24));
        assertTrue(ofType(events, EventType.ASSAULT).isEmpty(), events::toString);
        assertEquals("gaziantep", only(events, EventType.BOMBING).place().key());
    }

    @Test
    void theTellerIsNotTheDoer() {
        Event w = only(events("US officers said the militant garrison had dwindled to about 30 by the time Iraqi troops "
                + "arrived in Rutba, the rest having slipped away into the desert.", LocalDate.of(2016, 5, 25)), EventType.WITHDRAWAL);
        assertTrue(!w.agent().key().equals("united-states"), w::toString);
    }

    @Test
    void aNameHoldingTheTriggerIsItsAgentAndShareItsVerbsDate() {
        List<Event> events = events("Coalition airstrikes on Raqqa killed dozens of civilians last week.", LocalDate.of(2017, 7, 12));
        Event strike = only(events, EventType.AIRSTRIKE);
        assertEquals("us-led-coalition", strike.agent().key());
        assertEquals(LocalDate.of(2017, 7, 3), strike.date().notBefore());
        assertEquals(LocalDate.of(2017, 7, 9), strike.date().notAfter());
    }

    @Test
    void clashesBetweenTwoSidesNameBoth() {
        Event clash = only(events("Clashes between the SDF and Islamic State continued in Hajin on Saturday.",
                LocalDate.of(2018, 12, 10)), EventType.CLASH);
        assertEquals("syrian-democratic-forces", clash.agent().key());
        assertNotNull(clash.target());
        assertEquals("islamic-state", clash.target().key());
    }

    @Test
    void aMonthWithoutItsYearFollowsTheStorysYear() {
        List<Event> captures = ofType(events("Iraqi troops entered Baiji in November 2014, only to lose it to an "
                + "ISIS counterattack in December.", LocalDate.of(2016, 9, 1)), EventType.CAPTURE);
        // the town entered in November, lost in December of the same year
        assertEquals(List.of(LocalDate.of(2014, 11, 1), LocalDate.of(2014, 12, 1)),
                captures.stream().map(e -> e.date().notBefore()).toList(), captures::toString);
    }

    @Test
    void aDayWithoutItsYearFollowsTheStoryOfTheParagraphBefore() {
        String text = "IS launched its offensive on Kobani in mid-September 2014, overrunning the villages around it.\n\n"
                + "Coalition aircraft struck IS positions around Kobani for the first time on 27 September, the judge said.\n\n"
                + "In December he was wounded in a coalition air strike near Kobani.";
        List<Event> strikes = ofType(events(text, LocalDate.of(2021, 3, 9)), EventType.AIRSTRIKE);
        assertEquals(List.of(LocalDate.of(2014, 9, 27), LocalDate.of(2014, 12, 1)),
                strikes.stream().map(e -> e.date().notBefore()).toList(), strikes::toString);
    }

    @Test
    void aYearToldSinceTheStoryBringsItBackToThePresent() {
        String text = "When Iraqi forces retook Tikrit in the spring of 2015, teams began opening the graves. "
                + "In February this year a court sentenced 40 men.\n\n"
                + "Then came Karrada. On 3 July a truck bomb tore through a shopping street in Baghdad.";
        Event bombing = only(events(text, LocalDate.of(2016, 8, 22)), EventType.BOMBING);
        assertEquals(LocalDate.of(2016, 7, 3), bombing.date().notBefore());
    }

    @Test
    void theAcronymOfTheGroupIsNoPresentTense() {
        Event killing = only(events("On 25 June 2015, IS fighters entered Kobani again and killed more than 200 civilians.",
                LocalDate.of(2020, 12, 9)), EventType.KILLING);
        assertEquals(LocalDate.of(2015, 6, 25), killing.date().notBefore());
    }

    @Test
    void anItemsDatelineIsItsToday() {
        String text = "DAMASCUS, 17 March 2017 (SANA) - Syrian warplanes struck positions near Palmyra at dawn today.\n\n"
                + "---\n\nHOMS, 2 March 2017 (SANA) - The army announced on Thursday that it had recaptured Palmyra.";
        List<Event> events = events(text, LocalDate.of(2017, 3, 18));
        assertEquals(LocalDate.of(2017, 3, 17), only(events, EventType.AIRSTRIKE).date().notBefore());
        assertEquals(LocalDate.of(2017, 3, 2), only(events, EventType.CAPTURE).date().notBefore());
    }

    @Test
    void theItemsOfADatedStrikeListHaveItsDay() {
        String text = "SOUTHWEST ASIA - On Saturday, Dec. 26, Coalition military forces continued to attack ISIL.\n\n"
                + "Strikes in Iraq\n\n-- Near Mosul, seven strikes engaged six ISIL tactical units.\n\n"
                + "-- Near Sinjar, six strikes destroyed two ISIL fighting positions.";
        List<Event> strikes = ofType(events(text, LocalDate.of(2015, 12, 28)), EventType.AIRSTRIKE);
        assertEquals(2, strikes.size(), strikes::toString);
        assertTrue(strikes.stream().allMatch(e -> e.date().notBefore().equals(LocalDate.of(2015, 12, 26))
                && e.date().notAfter().equals(LocalDate.of(2015, 12, 26))), strikes::toString);
    }

    @Test
    void isolatingATownAndCuttingItsRoadsIsASiege() {
        LocalDate pub = LocalDate.of(2017, 5, 12);
        assertEquals("ramadi", only(events("Since July Iraqi forces have steadily isolated Ramadi, cutting the group's "
                + "supply lines from the north.", pub), EventType.SIEGE).place().key());
        assertEquals("al-tabqa", only(events("The SDF cut the roads out of al-Tabqa during April.", pub), EventType.SIEGE)
                .place().key());
    }

    @Test
    void newShapesOfCaptureWithdrawalAndDestruction() {
        LocalDate pub = LocalDate.of(2017, 5, 12);
        assertEquals("palmyra", only(events("Army units established full control over Palmyra on Sunday.", pub),
                EventType.CAPTURE).place().key());
        assertEquals("raqqa", only(events("ISIS has moved much of its senior leadership out of Raqqa.", pub),
                EventType.WITHDRAWAL).place().key());
        assertEquals("fallujah", only(events("He saw fighters setting fire to shops near the main market in Fallujah.", pub),
                EventType.DESTRUCTION).place().key());
    }

    @Test
    void beingTakenSomewhereOrOutOfServiceOrClearedOfACrimeIsNoCapture() {
        LocalDate pub = LocalDate.of(2020, 12, 9);
        assertTrue(ofType(events("He was wounded and taken back to Raqqa for treatment.", pub), EventType.CAPTURE).isEmpty());
        assertTrue(ofType(events("The operators of the Tabqa dam took it out of service.", pub), EventType.CAPTURE).isEmpty());
        List<Event> events = events("A returnee from Kobani was cleared of killing prisoners.", pub);
        assertTrue(ofType(events, EventType.CAPTURE).isEmpty() && ofType(events, EventType.KILLING).isEmpty(),
                events::toString);
    }

    @Test
    void anAcquittalAndAnUnlikelyIncursionAreNoEvents() {
        LocalDate pub = LocalDate.of(2020, 12, 9);
        assertTrue(events("The court acquitted him of killing two captured fighters near Kobani.", pub).isEmpty());
        assertTrue(events("We consider a Turkish ground incursion near Tal Abyad unlikely.", pub).isEmpty());
    }

    @Test
    void aRegionThatLocatesATownIsNotThePlace() {
        LocalDate pub = LocalDate.of(2019, 4, 1);
        assertEquals("baghuz", only(events("Thousands left the last IS enclave at Baghuz, in eastern Syria, in March 2019 and "
                + "surrendered to the Syrian Democratic Forces.", pub), EventType.SURRENDER).place().key());
        assertEquals("ramadi", only(events("The Government Center in Ramadi, the provincial seat of al-Anbar, was cleared of "
                + "ISIL fighters by Iraqi forces.", pub), EventType.CAPTURE).place().key());
    }

    @Test
    void aRelativeClausesSubjectIsWhatItHangsOn() {
        Event capture = only(events("Thousands surrendered to the Syrian Democratic Forces, which declared the enclave at "
                + "Baghuz taken on 23 March.", LocalDate.of(2019, 4, 1)), EventType.CAPTURE);
        assertEquals("syrian-democratic-forces", capture.agent().key());
    }

    @Test
    void aVillageTheTextIntroducesIsANewPlace() {
        Event capture = only(events("Government forces retook al-Sejar, a village north-east of Fallujah, in the last days "
                + "of May.", LocalDate.of(2016, 7, 1)), EventType.CAPTURE);
        assertEquals("al-Sejar", capture.place().label());
    }

    @Test
    void materielThatStrikesDestroyedIsNoDestructionOfItsOwn() {
        List<Event> events = events("Near Mosul, seven strikes engaged six ISIL tactical units and destroyed 15 ISIL fighting "
                + "positions and two vehicles.", LocalDate.of(2015, 12, 27));
        assertEquals(1, ofType(events, EventType.AIRSTRIKE).size(), events::toString);
        assertTrue(ofType(events, EventType.DESTRUCTION).isEmpty(), events::toString);
    }

    @Test
    void theTownAfterATriggerIsTheOneJustNamed() {
        List<Event> events = events("The highway between Mosul and Raqqa was cut on Thursday.\n\nThe offensive to retake Sinjar "
                + "began at dawn, with Peshmerga units advancing on the town from three directions.", LocalDate.of(2015, 11, 13));
        assertTrue(ofType(events, EventType.ASSAULT).stream().allMatch(e -> e.place().key().equals("sinjar")), events::toString);
    }

    @Test
    void countedStrikesOfAStrikeReportAreAirstrikesWithoutClashes() {
        List<Event> events = events("Near Hajin, 19 strikes engaged 12 ISIS tactical units and destroyed 14 fighting positions.",
                LocalDate.of(2018, 12, 15));
        assertEquals("hajin", only(events, EventType.AIRSTRIKE).place().key());
        assertTrue(ofType(events, EventType.CLASH).isEmpty(), events::toString);
    }

    @Test
    void reachingTheCentreIsAnAdvanceAndAPlaceInTheAreaCounts() {
        assertEquals("hajin", only(events("SDF fighters have reached the centre of Hajin.", LocalDate.of(2018, 12, 15)),
                EventType.ASSAULT).place().key());
        Event clash = only(events("Heavy clashes were reported in the Susah area on Friday.", LocalDate.of(2018, 12, 15)),
                EventType.CLASH);
        assertTrue(clash.place().label().contains("Susah") || clash.place().label().contains("S\u016bsah"), clash::toString);
    }

    @Test
    void unitsOfAnArmyThatBreakASiegeAssaultTheBesiegers() {
        List<Event> events = events("Units of the Syrian Arab Army broke the siege imposed by Daesh on Deir al-Zour city on Tuesday.",
                LocalDate.of(2017, 9, 6));
        Event assault = only(events, EventType.ASSAULT);
        assertEquals("syrian-government", assault.agent().key());
        assertEquals("islamic-state", only(events, EventType.SIEGE).agent().key());
    }

    @Test
    void aFailedCaptureIsAnAssaultThatHappened() {
        List<Event> events = events("Syrian rebels failed to take Abu Kamal from Islamic State in June 2016.", LocalDate.of(2017, 11, 30));
        assertTrue(ofType(events, EventType.CAPTURE).isEmpty(), events::toString);
        Event assault = only(events, EventType.ASSAULT);
        assertEquals("abu-kamal", assault.place().key());
        assertEquals("free-syrian-army", assault.agent().key());
    }

    @Test
    void theFirstOfCoordinatedForcesLeads() {
        List<Event> events = events("The town fell on August 24, when Turkish troops and allied rebels drove ISIL out of Jarablus.",
                LocalDate.of(2016, 8, 30));
        assertEquals(List.of("turkey", "free-syrian-army"), agents(events, EventType.CAPTURE));
    }

    @Test
    void aStatesAdjectiveBeforeAMilitaryNounNamesItsForces() {
        Event assault = only(events("An Iraqi counter-terrorism unit stormed the hospital in Mosul on Friday.",
                LocalDate.of(2017, 1, 15)), EventType.ASSAULT);
        assertEquals("iraqi-government-forces", assault.agent().key());
    }

    @Test
    void shellingIsABombardmentOfThePositionsShelled() {
        Event assault = only(events("Turkish artillery shelled YPG positions near Afrin on Sunday.", LocalDate.of(2018, 1, 22)),
                EventType.BOMBING);
        assertEquals("turkey", assault.agent().key());
        assertEquals("ypg", assault.target().key());
    }

    @Test
    void supportingAirstrikesHaveTheDateOfTheEventTheySupport() {
        List<Event> events = events("Iraqi forces, backed by coalition airstrikes, retook Tal Afar on Thursday.",
                LocalDate.of(2017, 9, 1));
        assertEquals(LocalDate.of(2017, 8, 31), only(events, EventType.AIRSTRIKE).date().notBefore());
        assertEquals(LocalDate.of(2017, 8, 31), only(events, EventType.CAPTURE).date().notBefore());
    }

    @Test
    void theArmyIsTheArmyOfThePlacesCountry() {
        Event iraq = only(events("In Ramadi the army abandoned its headquarters in May.", LocalDate.of(2015, 6, 1)), EventType.WITHDRAWAL);
        assertEquals("iraqi-government-forces", iraq.agent().key());
        Event syria = only(events("In Palmyra the army abandoned its positions in May.", LocalDate.of(2015, 6, 1)), EventType.WITHDRAWAL);
        assertEquals("syrian-government", syria.agent().key());
    }

    @Test
    void aDateOpeningTheSentenceDatesItsEvents() {
        Event capture = only(events("Dec. 13 \u2013 The SDF liberated central Hajin.", LocalDate.of(2018, 12, 20)), EventType.CAPTURE);
        assertEquals(LocalDate.of(2018, 12, 13), capture.date().notBefore());
    }

    @Test
    void militantsUsingCiviliansAsShieldsStillWithdraw() {
        Event w = only(events("Islamic State held the centre of Ramadi for months. Officials said the militants used civilians as "
                + "human shields as they pulled back towards the eastern outskirts.", LocalDate.of(2015, 12, 29)), EventType.WITHDRAWAL);
        assertEquals("islamic-state", w.agent().key());
        assertEquals("ramadi", w.place().key());
    }

    @Test
    void raisingTheFlagOverAPlaceIsItsCapture() {
        Event capture = only(events("Iraqi troops raised the national flag over Tikrit on Tuesday.", LocalDate.of(2015, 4, 2)),
                EventType.CAPTURE);
        assertEquals("tikrit", capture.place().key());
        assertEquals("iraqi-government-forces", capture.agent().key());
    }

    @Test
    void aSpeakersSeatIsNotTheTownOfTheStory() {
        List<Event> events = events("Syrian troops broke the siege of Deir ez-Zor on Tuesday.\n\nIn Moscow, the Kremlin said the "
                + "siege had lasted three years.", LocalDate.of(2017, 9, 6));
        assertTrue(events.stream().noneMatch(e -> e.place().key().equals("moscow")), events::toString);
    }

    @Test
    void theCityIsACityNotTheLastVillageNamed() {
        List<Event> events = events("Syrian troops broke the siege of Deir ez-Zor on Tuesday after fighting near al-Shoula.\n\n"
                + "During the years of the siege the people of the city lived on airdrops.", LocalDate.of(2017, 9, 6));
        assertTrue(ofType(events, EventType.SIEGE).stream().allMatch(e -> e.place().key().equals("deir-ez-zor")), events::toString);
    }

    @Test
    void columnsSweepingThroughVillagesTakeThem() {
        Event capture = only(events("In mid-September IS columns swept through the Kurdish villages around Kobani.",
                LocalDate.of(2014, 10, 21)), EventType.CAPTURE);
        assertEquals("kobani", capture.place().key());
        assertEquals("islamic-state", capture.agent().key());
    }

    @Test
    void reportsSaidToBeUntrueAreNegated() {
        List<Event> events = events("Reports that Peshmerga units have also entered Tal Afar are untrue, the General Command says.",
                LocalDate.of(2015, 11, 13));
        assertTrue(events.isEmpty(), events::toString);
        assertTrue(events("The ministry denied reports that the army had abandoned Ramadi.", LocalDate.of(2015, 5, 16)).isEmpty());
    }

    @Test
    void theComingStageIsAPlanNotAnEvent() {
        List<Event> events = events("Military sources said that the coming stage will be to secure the airport, and then the "
                + "advance towards Mayadin and Abu Kamal.", LocalDate.of(2017, 9, 6));
        assertTrue(ofType(events, EventType.ASSAULT).isEmpty(), events::toString);
    }

    @Test
    void surroundingIsASiegeAndAnAmbushAnAssault() {
        assertEquals("islamic-state", only(events("Islamic State fighters surrounded Kobani in September.", LocalDate.of(2014, 10, 1)),
                EventType.SIEGE).agent().key());
        assertEquals("tal-afar", only(events("Militants ambushed an army convoy near Tal Afar on Sunday.", LocalDate.of(2017, 8, 22)),
                EventType.ASSAULT).place().key());
    }

    @Test
    void anEventWithNoPlaceOfItsOwnHappenedInTheTownOfTheStory() {
        List<Event> events = events("Islamic State seized Palmyra in May 2015. Over the following months in Palmyra the group held "
                + "public trials.\n\nThey blew up the temples of Bel and Baalshamin in August.", LocalDate.of(2016, 3, 28));
        assertEquals("palmyra", only(events, EventType.DESTRUCTION).place().key());
    }

    @Test
    void itFellToIsTheTownJustNamed() {
        List<Event> events = events("Manbij lies on the road to the border. It fell to the Islamic State in January 2014.",
                LocalDate.of(2016, 8, 15));
        Event capture = only(events, EventType.CAPTURE);
        assertEquals("manbij", capture.place().key());
        assertEquals("islamic-state", capture.agent().key());
    }

    @Test
    void aTownThatFellToTheMilitantsFellToTheArticlesGroup() {
        Event capture = only(events("Islamic State now holds much of Nineveh. Mosul fell to the militants on June 10, 2014.",
                LocalDate.of(2014, 6, 20)), EventType.CAPTURE);
        assertEquals("islamic-state", capture.agent().key());
    }

    @Test
    void armyAndPoliceUnitsAreTheForcesOfThePlacesCountry() {
        List<Event> withdrawals = ofType(events("In Mosul army and police units abandoned their posts and fled on June 10.",
                LocalDate.of(2014, 6, 20)), EventType.WITHDRAWAL);
        assertTrue(!withdrawals.isEmpty());
        withdrawals.forEach(w -> assertEquals("iraqi-government-forces", w.agent().key()));
    }

    @Test
    void kurdishFightersInSyriaWereTheYpgBeforeTheSdfExisted() {
        Event before = only(events("Kurdish fighters drove Islamic State out of Kobani in January 2015.", LocalDate.of(2015, 2, 1)),
                EventType.CAPTURE);
        assertEquals("ypg", before.agent().key());
        Event after = only(events("Kurdish fighters drove Islamic State out of Manbij in August 2016.", LocalDate.of(2016, 9, 1)),
                EventType.CAPTURE);
        assertEquals("syrian-democratic-forces", after.agent().key());
    }

    @Test
    void anAttemptThatCouldStillComeIsNotAnAssaultThatHappened() {
        assertTrue(events("Security officials fear the militants could still try to attack pilgrims on the roads to Karbala.",
                LocalDate.of(2014, 10, 28)).isEmpty());
        assertEquals("ramadi", only(events("The militants tried to storm Ramadi on Sunday.", LocalDate.of(2015, 3, 10)),
                EventType.ASSAULT).place().key());
    }

    @Test
    void fightersWhoFellBackLeftTheTownOfTheStory() {
        List<Event> events = events("Government forces drove Islamic State militants out of Jurf al-Sakhar on Friday.\n\n"
                + "Militants who survived the assault fell back into the palm groves to the west.", LocalDate.of(2014, 10, 28));
        assertTrue(ofType(events, EventType.CAPTURE).size() == 1, events::toString);
        Event w = only(events, EventType.WITHDRAWAL);
        assertEquals("jurf-al-sakhar", w.place().key());
        assertTrue(events("They are ceding territory in the north, an analyst said of the Islamic State in Raqqa.",
                LocalDate.of(2016, 3, 1)).stream().noneMatch(e -> e.type() == EventType.WITHDRAWAL));
    }

    @Test
    void closingInOnTheDistrictIsAnAssaultThere() {
        List<Event> events = events("Jurf al-Sakhar fell to Islamic State in July.\n\nThe operation began before dawn on Friday. "
                + "Army units closed in on the district from several directions. A suicide bomber drove a Humvee into a "
                + "gathering of fighters on the edge of the district.", LocalDate.of(2014, 10, 28));
        List<Event> assaults = ofType(events, EventType.ASSAULT);
        assertEquals(2, assaults.size(), events::toString);
        assertTrue(assaults.stream().allMatch(a -> a.place().key().equals("jurf-al-sakhar")), events::toString);
        assertEquals(LocalDate.of(2014, 10, 24), assaults.get(0).date().notBefore(), "the operation began on Friday");
        assertEquals(LocalDate.of(2014, 10, 1), assaults.get(1).date().notBefore(), "dated by the sentence before");
        assertEquals("jurf-al-sakhar", only(events, EventType.BOMBING).place().key());
    }

    @Test
    void roadsTakenAndBombsClearedAreNoCapture() {
        List<Event> events = events("The town lies close to the roads taken by pilgrims walking to Karbala. In Jurf al-Sakhar "
                + "engineers are still clearing roadside bombs.", LocalDate.of(2014, 10, 28));
        assertTrue(ofType(events, EventType.CAPTURE).isEmpty(), events::toString);
        assertTrue(ofType(events, EventType.AIRSTRIKE).isEmpty(), events::toString);
    }

    @Test
    void aProvinceBeforeItsPoliceIsNotWhereItHappened() {
        List<Event> events = events("Iraqi forces retook Jurf al-Sakhar on Friday. A spokesman of the Babil police said dozens of "
                + "militants had been killed.", LocalDate.of(2014, 10, 28));
        assertTrue(events.stream().noneMatch(e -> e.place().key().startsWith("babil")), events::toString);
    }

    @Test
    void aDateAloneOnItsLineDatesTheTimelineEntryUnderIt() {
        List<Event> events = events("Baiji: a timeline\n\nThe battle for Baiji lasted sixteen months.\n\n21 December 2014\n"
                + "The militants retake Baiji after weeks of street fighting.\n\n16 Oct. 2015\nThe army says government troops "
                + "have retaken Baiji.", LocalDate.of(2015, 10, 24));
        List<Event> captures = ofType(events, EventType.CAPTURE);
        assertEquals(List.of(LocalDate.of(2014, 12, 21), LocalDate.of(2015, 10, 16)),
                captures.stream().map(e -> e.date().notBefore()).toList(), events::toString);
    }

    @Test
    void theRefineryIsTheStorysTownsAndTheTownIsNoBigCity() {
        List<Event> events = events("Fighting for Baiji and its refinery went on for months. Baiji fell a day after the fall of Mosul.\n\n"
                + "Fighters attack the refinery compound with mortars.", LocalDate.of(2014, 6, 18));
        assertEquals("baiji", only(events, EventType.ASSAULT).place().key());
        List<Event> siege = ofType(events("Government forces took al-Mayadin on Saturday. Al-Mayadin had been a stronghold; IS moved "
                + "its command there as Raqqa came under attack. The army had encircled the town last Sunday.",
                LocalDate.of(2017, 10, 15)), EventType.SIEGE);
        assertEquals(List.of("mayadin"), siege.stream().map(e -> e.place().key()).toList());
    }

    @Test
    void thePresidentOfARegionIsNoPlaceAndTheFallOfXIsX() {
        List<Event> events = events("Peshmerga forces retook Sinjar on 13 November. The president of the Kurdistan Region declared "
                + "the town liberated.", LocalDate.of(2015, 11, 14));
        assertTrue(events.stream().noneMatch(e -> e.place().key().contains("kurdistan")), events::toString);
        Event fall = only(events("For the city of Deir ez-Zor the fall of al-Mayadin comes six weeks after the siege was broken.",
                LocalDate.of(2017, 10, 15)), EventType.CAPTURE);
        assertEquals("mayadin", fall.place().key());
    }

    @Test
    void moreWaysToSayItHappened() {
        LocalDate d = LocalDate.of(2018, 3, 19);
        assertEquals("afrin", only(events("In Afrin fighters pulled down the statue of Kawa on Sunday.", d), EventType.DESTRUCTION)
                .place().key());
        assertEquals("sinjar", only(events("The militants carried off the women and children of Sinjar.", d),
                EventType.DETENTION).place().key());
        assertEquals("baiji", only(events("At Baiji a suicide bomber blows himself up at the main gate.", d), EventType.BOMBING)
                .place().key());
        assertEquals("baiji", only(events("British Tornado jets strike three positions near Baiji.", d), EventType.AIRSTRIKE)
                .place().key());
        assertEquals("deir-ez-zor", only(events("A Russian frigate fired cruise missiles at positions near Deir ez-Zor.", d),
                EventType.AIRSTRIKE).place().key());
        assertEquals("saqlawiyah", only(events("At Saqlawiya, north-west of Fallujah, men were taken away by militiamen.", d),
                EventType.DETENTION).place().key());
    }

    @Test
    void partsOfTheStorysCityAreTheCity() {
        List<Event> events = events("Syrian troops besieged eastern Aleppo for months. Aleppo was split in two in 2012.\n\n"
                + "The rebels pulled out of the Old City on the seventh of December. Shelling resumed across the pocket on Wednesday. "
                + "The last buses crossed out of the city towards the countryside.", LocalDate.of(2016, 12, 23));
        assertTrue(ofType(events, EventType.WITHDRAWAL).size() >= 1, events::toString);
        assertTrue(events.stream().allMatch(e -> e.place().key().equals("aleppo")), events::toString);
    }

    @Test
    void aProvinceWhereTheTownLiesIsNoSecondPlace() {
        List<Event> events = events("Iraqi forces liberated the Euphrates town of Rawah, in western Anbar province, on Friday.",
                LocalDate.of(2017, 11, 18));
        assertEquals(List.of("rawa"), events.stream().map(e -> e.place().key()).toList());
    }

    @Test
    void peopleTakenToAPlaceAreNotACapture() {
        assertTrue(events("Most of the evacuees were taken first to al-Rashideen and then on into Idlib province.",
                LocalDate.of(2016, 12, 23)).stream().noneMatch(e -> e.type() == EventType.CAPTURE));
        assertEquals("abu-kamal", only(events("Nov. 13 | Near Abu Kamal | 1 strike | engaged 1 ISIS tactical unit",
                LocalDate.of(2017, 11, 17)), EventType.AIRSTRIKE).place().key());
    }

    @Test
    void anOffensiveThatBeganIsOneOnTheStorysTown() {
        List<Event> events = events("SDF fighters took Manbij on Friday after a ten-week battle for Manbij.\n\n"
                + "The offensive began at the end of May.", LocalDate.of(2016, 8, 14));
        Event assault = only(events, EventType.ASSAULT);
        assertEquals("manbij", assault.place().key());
        assertTrue(events("Analysts expect a long war. The offensive began at the end of May.", LocalDate.of(2016, 8, 14))
                .isEmpty());
    }

    @Test
    void theArmyOpeningTheClauseIsTheAgentNotWhomItsRecalls() {
        Event siege = only(events("Islamic State held al-Mayadin for three years. The army and its allies had encircled "
                + "al-Mayadin last Sunday.", LocalDate.of(2017, 10, 15)), EventType.SIEGE);
        assertEquals("syrian-government", siege.agent().key());
        Event aleppo = only(events("Rebel factions held eastern Aleppo. The government had encircled eastern Aleppo in July.",
                LocalDate.of(2016, 12, 23)), EventType.SIEGE);
        assertEquals("syrian-government", aleppo.agent().key());
        Event declared = only(events("Rebels held eastern Aleppo for four years.\n\nThe army declared yesterday evening that it "
                + "had taken full control of Aleppo.", LocalDate.of(2016, 12, 23)), EventType.CAPTURE);
        assertEquals("syrian-government", declared.agent().key());
    }

    @Test
    void whatIsStillToComeOrWasSparedDidNotHappen() {
        LocalDate d = LocalDate.of(2016, 8, 22);
        assertTrue(events("Politicians talk about hanging men before Mosul is even taken.", d).isEmpty());
        assertTrue(events("Tal Rifaat, crowded with the displaced, has so far been spared an assault.", d).isEmpty());
        assertTrue(events("He told the militants in Tal Afar that their only choices were to surrender or to die.", d).isEmpty());
        assertTrue(events("She said the SDF were the only force able to take Raqqa in the near future.", d).isEmpty());
        assertEquals("raqqa", only(events("The SDF were able to take Raqqa in October.", d), EventType.CAPTURE).place().key());
    }

    @Test
    void aHeadingOrASourcesSeatIsNoEvent() {
        LocalDate d = LocalDate.of(2017, 3, 3);
        assertTrue(events("Iraqi forces retook Tal Afar.\n\nSURRENDERS\n\nNo numbers were given.", d).stream()
                .noneMatch(e -> e.type() == EventType.SURRENDER));
        List<Event> events = events("According to a monitoring group based in London, the militants had withdrawn from most of "
                + "Palmyra.", d);
        assertTrue(events.stream().noneMatch(e -> e.place().key().equals("london")), events::toString);
    }

    @Test
    void aStateSinceAYearDoesNotDateTheEvent() {
        List<Event> captures = ofType(events("Rebels said on Wednesday they had driven Islamic State out of Jarabulus, a border "
                + "town the militants had held since 2013.", LocalDate.of(2016, 8, 24)), EventType.CAPTURE);
        assertEquals(LocalDate.of(2016, 8, 24), captures.get(0).date().notBefore());
        // the hold itself began with the militants' capture, in 2013
        assertEquals(2, captures.size());
        assertEquals(2013, captures.get(1).date().notBefore().getYear());
    }

    @Test
    void aLandmarkTownIsNeitherWhereItHappenedNorTheTown() {
        List<Event> events = events("The operation opened with artillery pounding positions around Jarabulus, which sits opposite "
                + "the Turkish town of Karkamis. Jets then struck Islamic State positions in and around the town.",
                LocalDate.of(2016, 8, 24));
        assertTrue(events.stream().noneMatch(e -> e.place().key().equals("karkamis")), events::toString);
        assertTrue(ofType(events, EventType.AIRSTRIKE).size() >= 1, events::toString);
        assertTrue(ofType(events, EventType.AIRSTRIKE).stream().allMatch(e -> e.place().key().equals("jarabulus")), events::toString);
    }

    @Test
    void theArmyAfterAForeignStatesForceIsThatStatesArmy() {
        Event assault = only(events("Turkish tanks crossed the border before dawn. The army attacked positions around "
                + "Jarabulus.", LocalDate.of(2016, 8, 24)), EventType.ASSAULT);
        assertEquals("turkey", assault.agent().key());
        Event iraqi = only(events("The army attacked positions around Fallujah on Monday.", LocalDate.of(2016, 6, 1)),
                EventType.ASSAULT);
        assertEquals("iraqi-government-forces", iraqi.agent().key());
    }

    @Test
    void aPlaceThatFellWithoutToFell() {
        LocalDate d = LocalDate.of(2019, 3, 24);
        Event hajin = only(events("The SDF began the campaign in September.\n\nHajin itself, the last real town the group held, "
                + "did not fall until 14 December 2018.", d), EventType.CAPTURE);
        assertEquals("hajin", hajin.place().key());
        assertEquals(LocalDate.of(2018, 12, 14), hajin.date().notBefore());
        assertEquals("ramadi", only(events("Militants attacked Ramadi in May. The city fell on 17 May 2015.", d), EventType.CAPTURE)
                .place().key());
        assertTrue(ofType(events("Oil prices fell in May as the fighting around Mosul went on.", d), EventType.CAPTURE).isEmpty());
        assertTrue(ofType(events("Soldiers who fell in Mosul were buried in Najaf.", d), EventType.CAPTURE).isEmpty());
    }

    @Test
    void aForecastSectionTellsWhatHasNotHappened() {
        List<Event> events = events("The SDF took Tabqa on 10 May.\n\nOUTLOOK (7-14 days)\n\nMost dangerous: ISIS sleeper cells "
                + "carry out car bomb attacks in Manbij.\n\nWhat next?\n\nThe army may advance on Deir ez-Zor, where a garrison "
                + "has been besieged by ISIS for two years.", LocalDate.of(2017, 5, 11));
        assertTrue(events.stream().noneMatch(e -> e.place().key().equals("manbij")), events::toString);
        assertEquals("deir-ez-zor", only(events, EventType.SIEGE).place().key());
    }

    @Test
    void prisonersKilledWereExecutedAndWereNotCaptured() {
        LocalDate d = LocalDate.of(2017, 5, 11);
        List<Event> tabqa = events("ISIS overran Tabqa airbase in August 2014, after which more than 150 captured government "
                + "soldiers were marched into the desert and shot.", d);
        assertEquals(1, ofType(tabqa, EventType.EXECUTION).size(), tabqa::toString);
        assertEquals(1, ofType(tabqa, EventType.CAPTURE).size(), tabqa::toString);
        List<Event> saqlawiyah = events("At Saqlawiyah, militiamen abused men who fled the fighting. Officials say that 49 men "
                + "were killed after being detained.", d);
        assertEquals("saqlawiyah", only(saqlawiyah, EventType.EXECUTION).place().key());
        assertTrue(ofType(saqlawiyah, EventType.WITHDRAWAL).isEmpty(), saqlawiyah::toString);
        assertTrue(ofType(saqlawiyah, EventType.KILLING).isEmpty(), saqlawiyah::toString);
    }

    @Test
    void translatedAndTerseShapesOfTakingAndLeaving() {
        LocalDate d = LocalDate.of(2017, 11, 20);
        Event restored = only(events("The army restored on Sunday 19/11/2017 the security and stability to the whole of the city "
                + "of Al-Bukamal in the eastern countryside of Deir Ezzor.", d), EventType.CAPTURE);
        assertEquals("abu-kamal", restored.place().key());
        assertEquals(LocalDate.of(2017, 11, 19), restored.date().notBefore());
        assertEquals("abu-kamal", only(events("Groups of Daesh terrorists had infiltrated into the northern neighbourhoods of "
                + "Al-Bukamal.", d), EventType.ASSAULT).place().key());
        assertTrue(events("Bombers took off from Russian territory and struck targets near Al-Bukamal.", d).stream()
                .noneMatch(e -> e.type() == EventType.CAPTURE));
        assertEquals("al-tabqa", only(events("The SDF took Tabqa on 10 May. The last ISIS fighters in the city were allowed to "
                + "leave.", d), EventType.WITHDRAWAL).place().key());
        assertTrue(events("The caliphate's territory in Baghuz had been eliminated completely.", d).stream()
                .noneMatch(e -> e.type() == EventType.KILLING));
    }

    @Test
    void governmentTroopsAtANewPlaceAreTheArticlesCountrys() {
        Event capture = only(events("Iraqi forces besieged Fallujah in May. Government troops first took the village of "
                + "Zankura, north of Fallujah, on May 26.", LocalDate.of(2016, 6, 28)), EventType.CAPTURE);
        assertEquals("iraqi-government-forces", capture.agent().key());
    }

    @Test
    void aThreadPostDatesItsOwnTodayAndThisMorning() {
        List<Event> events = events("1/ 21 Dec 2016 · 11:03\nBig ISIS counter-attack this morning on Turkish lines W of al-Bab.\n\n"
                + "2/ 23 Feb 2017 · 10:48\nRebel commanders say al-Bab fully captured this morning. Last ISIS groups pulled out "
                + "of al-Bab overnight.\n\n3/ 23 Feb 2017 · 15:05\nRebels take Akhtarin, just N of al-Bab.", LocalDate.of(2017, 2, 25));
        assertEquals(LocalDate.of(2016, 12, 21), only(events, EventType.ASSAULT).date().notBefore());
        assertEquals(LocalDate.of(2017, 2, 23), ofType(events, EventType.CAPTURE).get(0).date().notBefore());
        assertEquals(LocalDate.of(2017, 2, 23), only(events, EventType.WITHDRAWAL).date().notBefore());
        assertTrue(ofType(events, EventType.CAPTURE).stream().allMatch(e -> e.place().key().equals("al-bab")
                || !e.place().key().equals("al-bab") && e.date().notBefore() != null), events::toString);
        assertEquals(1, ofType(events, EventType.CAPTURE).stream().filter(e -> e.place().key().equals("al-bab")).count(),
                events::toString);
    }

    @Test
    void aRumourDeniedRightAfterIsNegated() {
        LocalDate d = LocalDate.of(2017, 2, 14);
        assertTrue(events("Rumour going round that ISIS fighters in al-Bab surrendered en masse. Not true per 2 FSA sources. "
                + "Nobody has seen mass surrenders.", d).isEmpty());
        assertTrue(events("A tweet saying the FSA has entered al-Bab: no, it has not.", d).isEmpty());
        assertEquals(1, events("ISIS fighters in al-Bab surrendered en masse. Hundreds were seen.", d).size());
    }

    @Test
    void anOperationThatBeganIsAnAssaultUnlessItOnlyDatesAnother() {
        LocalDate d = LocalDate.of(2015, 4, 2);
        Event op = only(events("Iraqi forces retook Tikrit this week.\n\nThe Iraqi operation began on March 2 with roughly "
                + "30,000 personnel.", d), EventType.ASSAULT);
        assertEquals("tikrit", op.place().key());
        assertEquals(LocalDate.of(2015, 3, 2), op.date().notBefore());
        assertTrue(ofType(events("Peshmerga forces retook Sinjar on 13 November.\n\nAbout 600 fighters were in the town when "
                + "the operation began.", LocalDate.of(2015, 11, 20)), EventType.ASSAULT).isEmpty());
    }

    @Test
    void aPersonHeldByMilitantsWasDetainedATownHeldWasNot() {
        LocalDate d = LocalDate.of(2016, 3, 30);
        assertEquals("palmyra", only(events("Khaled al-Asaad lived in Palmyra. He was held by the militants for about a month.", d),
                EventType.DETENTION).place().key());
        assertTrue(ofType(events("Islamic State took Palmyra in May 2015. It had been held by ISIS since then.", d),
                EventType.DETENTION).isEmpty());
    }

    @Test
    void aNewSubjectAfterAnEarlierVerbIsTheAgent() {
        LocalDate d = LocalDate.of(2017, 10, 25);
        Event tuz = only(events("On 16 October the Peshmerga withdrew from Sinjar and from Khanaqin near the Iranian border, "
                + "and Popular Mobilisation Forces units took control of Tuz Khurmatu.", d), EventType.CAPTURE);
        assertEquals("popular-mobilization-forces", tuz.agent().key());
        assertTrue(tuz.supportedBy().isEmpty(), tuz::toString);
        List<Event> hit = events("Federal forces advanced on Hit, in Anbar. After hours of rocket fire, the Kurdish forces fell "
                + "back across the river and federal forces took Hit by the evening.", d);
        assertEquals("iraqi-government-forces", only(hit, EventType.CAPTURE).agent().key());
        Event attack = only(events("On Friday last, federal troops and Popular Mobilisation Forces units attacked the Peshmerga "
                + "positions at Tuz Khurmatu.", d), EventType.ASSAULT);
        assertEquals("iraqi-government-forces", attack.agent().key());
        Event retaken = only(events("At Saqlawiyah, which Popular Mobilisation Forces fighters and army units retook in June, "
                + "abuses were reported.", LocalDate.of(2016, 6, 28)), EventType.CAPTURE);
        assertEquals("popular-mobilization-forces", retaken.agent().key());
        assertTrue(ofType(events("In March 2016 the Syrian army, with Russian support, drove the militants out of Palmyra, and "
                + "Russian sappers cleared the historic quarter of mines.", d), EventType.CAPTURE).stream()
                .noneMatch(e -> e.agent() != null && e.agent().key().equals("russia")));
    }

    @Test
    void destinationsAndNamesAreNotWhereNorWho() {
        LocalDate d = LocalDate.of(2017, 10, 25);
        Event left = only(events("Most Peshmerga units in and around Kirkuk had pulled back towards Erbil and Sulaimaniyah "
                + "without a fight.", d), EventType.WITHDRAWAL);
        assertEquals("kirkuk", left.place().key());
        List<Event> both = ofType(events("IS also withdrew from Bza'a and Qabasin, east of al-Bab, on 26 January.", d),
                EventType.WITHDRAWAL);
        assertEquals(2, both.size(), both::toString);
        Event offensive = only(events("The YPG, fighting alongside Free Syrian Army groups under a joint operations room known "
                + "as Burkan al-Furat, began an offensive towards Tal Abyad in late May 2015.", d), EventType.ASSAULT);
        assertEquals("ypg", offensive.agent().key());
        Event town = only(events("The YPG took control of Tal Abyad town, in northern ar-Raqqa governorate, on 15 June 2015 after "
                + "Islamic State fighters withdrew.", d), EventType.WITHDRAWAL);
        assertEquals("tal-abyad", town.place().key());
        Event loss = only(events("The militants used the crossing for goods moving between Turkey and Raqqa. The loss of the "
                + "town of Tal Abyad cuts that route.", d), EventType.CAPTURE);
        assertEquals(null, loss.agent(), loss::toString);
    }

    @Test
    void aSceneToldInThePresentIsDatedByItsOpening() {
        LocalDate d = LocalDate.of(2017, 11, 26);
        List<Event> events = events("I. June 2014\n\nIt is Saturday, 21 June 2014, and the heat at the crossing is already "
                + "unbearable. Islamic State fighters take the crossing and then the town of al-Qaim.\n\nII. November 2017\n\n"
                + "It is Friday, 3 November 2017, and the column that rolls into al-Qa'im at dawn is long. Army units have been "
                + "pushing along the Euphrates since the operation began on 26 October. Coalition aircraft strike Islamic State "
                + "positions in and around the town.", d);
        List<Event> captures = ofType(events, EventType.CAPTURE);
        assertEquals(LocalDate.of(2014, 6, 21), captures.get(0).date().notBefore(), events::toString);
        Event strike = only(events, EventType.AIRSTRIKE);
        assertEquals("al-qaim", strike.place().key());
        assertEquals(LocalDate.of(2017, 11, 3), strike.date().notBefore());
    }

    @Test
    void presentTenseHistoryAndWhoLeads() {
        LocalDate d = LocalDate.of(2017, 11, 26);
        List<Event> taking = ofType(events("In 2016 Iraqi forces begin the slow march west from Ramadi, taking Hit and Rutba.", d),
                EventType.CAPTURE);
        assertEquals(List.of("hit", "rutba"), taking.stream().map(e -> e.place().key()).toList());
        Event rawa = only(events("On Saturday, 11 November 2017, two army divisions and tribal fighters begin moving on Rawa.", d),
                EventType.ASSAULT);
        assertEquals("iraqi-government-forces", rawa.agent().key());
        assertEquals("baiji", only(events("Troops retook the refinery near Baiji in October 2015.\n\nA new offensive is launched "
                + "on three axes, with the Popular Mobilisation Forces in the lead.", LocalDate.of(2015, 10, 24)),
                EventType.ASSAULT).place().key());
        Event led = only(events("A new offensive on Baiji is launched on 14 October 2015, with the Popular Mobilisation Forces "
                + "in the lead and army units alongside them.", LocalDate.of(2015, 10, 24)), EventType.ASSAULT);
        assertEquals("popular-mobilization-forces", led.agent().key());
        assertTrue(ofType(events("Militia commanders said they would keep pushing, and some spoke of moving on next to Tikrit.", d),
                EventType.ASSAULT).isEmpty());
        Event qaryatayn = only(events("After seizing Palmyra in May 2015, when the government garrison withdrew, Islamic State "
                + "pushed west and took the town of al-Qaryatayn in August.", d).stream()
                .filter(e -> e.place().key().equals("qaryatayn")).toList(), EventType.CAPTURE);
        assertEquals("islamic-state", qaryatayn.agent().key());
    }

    @Test
    void datesCountedFromTheDateToldBefore() {
        LocalDate d = LocalDate.of(2017, 9, 11);
        List<Event> airport = events("Government forces broke the siege of Deir ez-Zor on Tuesday 5 September.\n\n"
                + "The siege began in January 2016, when militants stormed the suburbs.\n\n"
                + "Four days later, troops pushed through to the military airport of Deir ez-Zor.", d);
        Event assault = ofType(airport, EventType.ASSAULT).stream().filter(e -> e.date().notBefore().getYear() == 2017)
                .reduce((a, b) -> b).orElseThrow();
        assertEquals(LocalDate.of(2017, 9, 9), assault.date().notBefore(), airport::toString);
        Event nimrud = only(events("In February 2015 the militants smashed statues in the Mosul Museum, and the following month "
                + "they bulldozed the palaces of Nimrud.", d).stream().filter(e -> e.place().key().equals("nimrud")).toList(),
                EventType.DESTRUCTION);
        assertEquals(LocalDate.of(2015, 3, 1), nimrud.date().notBefore());
        assertEquals(LocalDate.of(2015, 3, 31), nimrud.date().notAfter());
        Event claimed = only(events("The prime minister has announced that Qaim has been liberated.", d), EventType.CAPTURE);
        assertEquals("iraqi-government-forces", claimed.agent().key());
        Event blast = only(events("On Friday a suicide bomber detonated a car outside a security office in Sousian.", d),
                EventType.BOMBING);
        assertEquals("sousian", blast.place().key());
    }

    @Test
    void aPlaceOpeningAReportIsItsSceneUnlessTheReportNamesAnother() {
        LocalDate d = LocalDate.of(2017, 10, 25);
        Event killing = only(events("In Tuz Khurmatu, Kurdish officials said at least 10 people had been killed on Monday.", d),
                EventType.KILLING);
        assertEquals("tuz-khurmatu", killing.place().key());
        List<Event> seat = events("In Moscow, the Kremlin spokesman said Russian jets struck Idlib on Monday.", d);
        assertTrue(seat.stream().noneMatch(e -> e.place().key().equals("moscow")), seat::toString);
    }

    @Test
    void peopleKilledByAnEarthquakeAreNoEventOfTheWar() {
        LocalDate d = LocalDate.of(2017, 9, 11);
        assertTrue(events("A magnitude 8.1 earthquake struck off the coast late on Thursday. Dozens of people were killed, most "
                + "of them in the town of Juchitan.", d).isEmpty());
        assertEquals(1, events("Dozens of people were killed in Mosul on Thursday.", d).size());
    }

    @Test
    void foughtTheirWayBackIsARecaptureAndAnExchangeOfFireAClash() {
        LocalDate d = LocalDate.of(2017, 11, 26);
        assertEquals(1, ofType(events("Islamic State fighters fought their way back into much of Abu Kamal within days.", d),
                EventType.CAPTURE).size());
        assertEquals(1, ofType(events("On 29 June soldiers fought their way to the ruins of the mosque in Mosul.", d),
                EventType.ASSAULT).size());
        assertEquals("kirkuk", only(events("There had been an exchange of fire in Kirkuk on 16 October.", d),
                EventType.CLASH).place().key());
        assertEquals("palmyra", only(events("The militants' demolition of the temples of Palmyra in August 2015 shocked the "
                + "world.", d), EventType.DESTRUCTION).place().key());
        Event killing = only(events("In January 2016 militants stormed a suburb of Deir ez-Zor, killing dozens of civilians, and in "
                + "September of that year aircraft struck army positions above the airport.", d), EventType.KILLING);
        assertEquals(LocalDate.of(2016, 1, 1), killing.date().notBefore());
    }

    @Test
    void shellingNamesNoDefaultPerpetrator() {
        LocalDate d = LocalDate.of(2017, 10, 25);
        List<Event> events = events("Islamic State had left the area in 2014. On Friday there were several hours of artillery and "
                + "rocket fire on Tuz Khurmatu.", d);
        assertEquals(null, only(events, EventType.BOMBING).agent(), events::toString);
        assertEquals("islamic-state", only(events("Islamic State cells remain active. A car bomb exploded in Tuz Khurmatu on Friday.",
                d), EventType.BOMBING).agent().key());
    }

    @Test
    void evacuationBusesAreWithdrawalsAndTheirTownsNewPlaces() {
        LocalDate d = LocalDate.of(2018, 4, 16);
        Event arbin = only(events("Failaq al-Rahman signed the next deal, and from the twenty-fourth its fighters were bussed out "
                + "of Arbin with their families.", d), EventType.WITHDRAWAL);
        assertEquals("Arbin", arbin.place().label());
        assertEquals(LocalDate.of(2018, 3, 24), arbin.date().notBefore(), arbin::toString);
        List<Event> buses = events("Troops shelled Harasta on Monday.\n\nThen the deals. Harasta first. Ahrar al-Sham agreed to go, and on the twenty-second of March buses "
                + "started taking fighters and their families north to Idlib.", d);
        assertTrue(ofType(buses, EventType.CAPTURE).isEmpty(), buses::toString);
        assertEquals("harasta", only(buses, EventType.WITHDRAWAL).place().key(), buses::toString);
        List<Event> douma = events("From the ninth, Jaish al-Islam fighters were taken by bus to Jarablus in the north.", d);
        assertTrue(ofType(douma, EventType.CAPTURE).isEmpty(), douma::toString);
        assertEquals("Mesraba", only(events("In the second week of March the army took Mesraba, right in the middle.", d),
                EventType.CAPTURE).place().label());
        assertEquals("Hammouriyeh", only(events("Troops broke into Hammouriyeh overnight.", d), EventType.ASSAULT).place().label());
    }

    @Test
    void anEnclaveIsTheRegionJustNamedAndTheBombingOfATownAnAirRaid() {
        LocalDate d = LocalDate.of(2018, 4, 16);
        assertEquals("eastern-ghouta", only(events("The show covers Damascus and Homs.\n\nSo, Ghouta. It is the farmland next "
                + "to the capital. Government forces had besieged the enclave since 2013.", d), EventType.SIEGE).place().key());
        List<Event> douma = events("On the sixth of April the bombing of Douma resumed.", d);
        assertEquals(LocalDate.of(2018, 4, 6), only(douma, EventType.AIRSTRIKE).date().notBefore());
        assertTrue(ofType(douma, EventType.BOMBING).isEmpty(), douma::toString);
        assertTrue(ofType(events("In practice the truce never took hold in Ghouta.", d), EventType.CAPTURE).isEmpty());
        List<Event> push = events("At the end of February troops began pushing into Douma from the east.", d);
        assertTrue(ofType(push, EventType.CAPTURE).isEmpty(), push::toString);
    }

    @Test
    void aRoadByATownIsAtTheTownAndJetsThatHitStrike() {
        LocalDate d = LocalDate.of(2017, 9, 1);
        Event road = only(events("On Wednesday 30 August coalition aircraft cratered the road east of Humaymah.", d), EventType.AIRSTRIKE);
        assertEquals("Humaymah", road.place().label());
        assertEquals("deir-ez-zor-governorate", only(events("Its jets had hit Islamic State vehicles heading out of Deir ez-Zor "
                + "province.", d), EventType.AIRSTRIKE).place().key());
        assertEquals("tokhar", only(events("Dozens died when coalition air strikes hit the village of Tokhar, north of Manbij, "
                + "on 19 July.", d), EventType.AIRSTRIKE).place().key());
        // a river is no place of its own
        assertTrue(events("The SDF advanced south along the river east of the Euphrates on 9 September.", d).stream()
                .noneMatch(e -> e.place().label().equals("Euphrates")));
    }

    @Test
    void peopleSeizedAreDetainedAndTheCityIsTheStorysCity() {
        LocalDate d = LocalDate.of(2017, 9, 1);
        List<Event> arsal = events("The militants disclosed where they had buried Lebanese soldiers seized during the raid on the "
                + "border town of Arsal in August 2014.", d);
        assertEquals(1, ofType(arsal, EventType.DETENTION).size(), arsal::toString);
        assertTrue(ofType(arsal, EventType.CAPTURE).isEmpty(), arsal::toString);
        assertEquals(1, ofType(events("Iraqi troops and allied paramilitary fighters recaptured Hawija on Thursday.", d),
                EventType.CAPTURE).size());
        Event offensive = only(events("Tal Afar was taken by Islamic State in June 2014. Tal Afar, a city west of Mosul, fell days "
                + "after the army's collapse in Mosul.\n\nOn Sunday 20 August army divisions advanced on the city from the south.", d),
                EventType.ASSAULT);
        assertEquals("tal-afar", offensive.place().key());
    }

    @Test
    void aNumberedPostsOpeningDateDatesThePost() {
        LocalDate d = LocalDate.of(2018, 3, 20);
        assertEquals(LocalDate.of(2018, 1, 28), only(events("4/ 28 January: Turkish troops and the factions took Mount Bursaya, "
                + "the hill between Azaz and Afrin.", d), EventType.CAPTURE).date().notBefore());
        Event clash = only(events("6/ 20 February: a convoy of militiamen drove in from Nubl. Turkish artillery opened fire on the "
                + "column in Afrin.", d), EventType.CLASH);
        assertEquals(LocalDate.of(2018, 2, 20), clash.date().notBefore(), clash::toString);
        assertEquals(LocalDate.of(2018, 2, 20), clash.date().notAfter(), clash::toString);
    }

    @Test
    void aKnownNameAtTheEndOfALongerOneIsNotThatPlace() {
        LocalDate d = LocalDate.of(2018, 3, 20);
        Event temple = only(events("A Turkish air strike badly damaged the Iron Age temple at Ain Dara, south of Afrin, in late January.", d),
                EventType.AIRSTRIKE);
        assertEquals("Ain Dara", temple.place().label());
        assertEquals("jinderes", only(events("On 8 March Turkish forces took Jindires.", d), EventType.CAPTURE).place().key());
    }

    @Test
    void anEventOfTheStorysTownNeedsItNamedLatelyButNotInAQuote() {
        LocalDate d = LocalDate.of(2018, 3, 20);
        String story = "Afrin fell on Sunday. Fighters entered the centre of Afrin from three directions.\n\n"
                + "Video 2 shows fighters raising flags over a government building.\n\n";
        assertEquals("afrin", only(events(story + "Video 3: the statue of Kawa being pulled down by Turkish-backed fighters "
                + "with a rope.", d), EventType.DESTRUCTION).place().key());
        assertTrue(ofType(events(story + "An official said: \"They murdered our people and we will return.\"", d),
                EventType.KILLING).isEmpty());
    }

    @Test
    void underAHeadingThatNamesATownTheTownIsThatTown() {
        LocalDate d = LocalDate.of(2017, 3, 1);
        String text = "3.1 Amerli\nIslamic State fighters reached Amerli in June 2014. Amerli held out. Aircraft struck around "
                + "Amerli on 30 August.\n\n3.2 Baiji\nThe refinery at Baiji was attacked on 18 June 2014.\n\n"
                + "Iraqi troops retook most of the town on 14 November 2014. In April 2015 its fighters broke into the refinery "
                + "perimeter.";
        List<Event> events = events(text, d);
        assertEquals("baiji", events.stream().filter(e -> e.type() == EventType.CAPTURE).findFirst().orElseThrow().place().key(),
                events::toString);
        assertTrue(events.stream().filter(e -> e.date().notBefore() != null && e.date().notBefore().getYear() == 2015)
                .allMatch(e -> e.place().key().equals("baiji")), events::toString);
        // a byline's town is no heading
        Event capture = only(events("Herald staff, Hilla\n\nGovernment forces retook the town of Jurf al-Sakhar on Monday. "
                + "Army units attacked the town from three sides.", d), EventType.ASSAULT);
        assertEquals("jurf-al-sakhar", capture.place().key());
    }

    @Test
    void aForceThatLeavesATownWithdrawsAPersonWhoLeavesItDoesNot() {
        LocalDate d = LocalDate.of(2019, 10, 21);
        Event convoy = only(events("The last SDF fighters left Ras al-Ayn yesterday afternoon.", d), EventType.WITHDRAWAL);
        assertEquals("ras-al-ayn", convoy.place().key());
        assertEquals(LocalDate.of(2019, 10, 20), convoy.date().notBefore());
        assertTrue(events("The writer left Raqqa for Turkey in 2015.", d).isEmpty());
        assertEquals(1, ofType(events("On Sunday the thirteenth Washington said it was pulling about 1,000 American troops out of "
                + "Kobani.", d), EventType.WITHDRAWAL).size());
    }

    @Test
    void coordinatedSubjectsLeadWithTheirFirstForce() {
        LocalDate d = LocalDate.of(2016, 11, 15);
        List<Event> listed = events("Army units, local police and Sunni tribal fighters advanced on Shirqat on Tuesday.", d);
        assertEquals("iraqi-government-forces", agents(listed, EventType.ASSAULT).get(0));
        // "Iraqi and Kurdish forces": the adjectives share the noun, the first leads
        List<Event> shared = events("Iraqi and Kurdish forces launched the offensive on Mosul on 17 October.", d);
        assertEquals(List.of("iraqi-government-forces", "peshmerga"), agents(shared, EventType.ASSAULT));
        assertEquals(LocalDate.of(2016, 10, 17), ofType(shared, EventType.ASSAULT).get(0).date().notBefore());
    }

    @Test
    void anEventNamedAsATimeOrInsideANameIsNoNewEvent() {
        LocalDate d = LocalDate.of(2016, 11, 15);
        List<Event> strike = events("Coalition aircraft struck ISIL positions around Shirqat during the advance.", d);
        assertEquals(1, strike.size(), strike::toString);
        assertEquals(EventType.AIRSTRIKE, strike.get(0).type());
        // "before the fighters pulled out" is a clause of its own, not a noun
        assertEquals(1, ofType(events("There were a few hours of skirmishing before the Islamic State fighters pulled out of Dabiq.", d),
                EventType.WITHDRAWAL).size());
        List<Event> declared = events("On 22 September the Joint Operations Command declared that Shirqat had been liberated.", d);
        assertTrue(ofType(declared, EventType.ASSAULT).isEmpty(), declared::toString);
        assertEquals(1, ofType(declared, EventType.CAPTURE).size(), declared::toString);
        Claim told = ShapeEvents.extractor().extract(new Article("t.txt", "t", "On 22 September the Joint Operations Command declared that "
                + "Shirqat had been liberated.", null, d, null, null, null)).claims().get(0);
        assertEquals(Modality.REPORTED, told.modality());
    }

    @Test
    void aNounsEventLedByTheArmyIsTheArmysAndItsSupportIsNoTarget() {
        Event assault = only(events("When paramilitaries did much of the fighting elsewhere, the assault on Ramadi was led by "
                + "the army and the US-trained Counter Terrorism Service, with Sunni tribal fighters in support.",
                LocalDate.of(2015, 12, 28)), EventType.ASSAULT);
        assertEquals("iraqi-government-forces", assault.agent().key());
        assertNull(assault.target());
    }

    @Test
    void aLeadingTimeClausesPronounIsTheMainSubjectAndAnEarlierPracticeIsNoDate() {
        List<Event> events = events("As they withdrew, ISIL fighters set fire to oil wells on the edges of Qayyarah, a practice "
                + "they had begun in late June as government forces approached.", LocalDate.of(2016, 11, 15));
        Event fire = only(events, EventType.DESTRUCTION);
        assertEquals("islamic-state", fire.agent().key());
        assertTrue(fire.date().notBefore() == null || fire.date().notBefore().getMonthValue() != 6, events::toString);
        assertEquals("islamic-state", only(events, EventType.WITHDRAWAL).agent().key());
    }

    @Test
    void aForceThatDeclaresATownLiberatedLiberatedIt() {
        Event capture = only(events("Coalition aircraft struck ISIL positions around Shirqat. On 22 September the Joint "
                + "Operations Command declared that the district had been completely liberated.", LocalDate.of(2016, 11, 15)),
                EventType.CAPTURE);
        assertEquals("iraqi-government-forces", capture.agent().key());
        assertNull(capture.target());
    }

    @Test
    void villagesOverrunOrFreedAreNewPlacesEachAndTheGangsAreTheGroup() {
        LocalDate d = LocalDate.of(2015, 5, 29);
        List<Event> overrun = ofType(events("Before dawn on 23 February, Daesh gangs attacked the villages around Tell Tamer. "
                + "Within hours the gangs had overrun Til Semiram, Til Hurmiz and Til Goran, about a dozen villages in all.", d),
                EventType.CAPTURE);
        assertEquals(List.of("Til Semiram", "Til Hurmiz", "Til Goran"), overrun.stream().map(e -> e.place().label()).toList());
        assertTrue(overrun.stream().allMatch(e -> "islamic-state".equals(e.agent() == null ? null : e.agent().key())),
                overrun::toString);
        Event freed = only(events("Kurdish fighters freed Tal Rifaat from the rebels on 27 February.", d), EventType.CAPTURE);
        assertEquals("tal-rifaat", freed.place().key());
        assertEquals(LocalDate.of(2015, 2, 27), freed.date().notBefore());
    }

    @Test
    void peopleTakenAreDetainedAndBulldozersTakenToABuildingDestroyIt() {
        LocalDate d = LocalDate.of(2015, 10, 20);
        assertEquals(EventType.DETENTION, events("In al-Qaryatayn masked men took the prior of Mar Elian from the monastery.", d)
                .get(0).type());
        Event razed = events("Yesterday Islamic State fighters took bulldozers to Mar Elian in al-Qaryatayn.", d).get(0);
        assertEquals(EventType.DESTRUCTION, razed.type());
        assertEquals(LocalDate.of(2015, 10, 19), razed.date().notBefore());
    }

    @Test
    void missilesFiredFromShipsAtABaseAreAStrikeAndPicturesTakenCaptureNothing() {
        LocalDate d = LocalDate.of(2017, 4, 20);
        Event strike = only(events("On 7 April 2017 the United States fired 59 Tomahawk cruise missiles from two destroyers in "
                + "the eastern Mediterranean at Shayrat airbase.", d), EventType.AIRSTRIKE);
        assertEquals("united-states", strike.agent().key());
        assertTrue(events("This post sets out what commercial imagery of the base near Khan Shaykhun, taken before and after "
                + "the strike, shows.", d).isEmpty());
    }

    @Test
    void aBulletedIncidentIsDatedAndPlacedByItsHead() {
        LocalDate d = LocalDate.of(2016, 11, 2);
        String text = "INCIDENTS\n\n\u2022 19 May - Rutba. Government forces retook the town three days after moving on it.\n\n"
                + "\u2022 14 March - West of Ramadi. Suicide bombers struck two army convoys north-west of the city.\n\n"
                + "\u2022 21 October - Kirkuk. Dozens of IS gunmen infiltrated the city and attacked police posts, killing at least "
                + "46 people.";
        List<Event> events = events(text, d);
        Event bombing = only(events, EventType.BOMBING);
        assertEquals("ramadi", bombing.place().key());
        assertEquals(LocalDate.of(2016, 3, 14), bombing.date().notBefore());
        assertTrue(ofType(events, EventType.AIRSTRIKE).isEmpty(), events::toString);
        assertEquals(LocalDate.of(2016, 5, 19), only(events, EventType.CAPTURE).date().notBefore());
        assertEquals("kirkuk", only(events, EventType.KILLING).place().key());
    }

    @Test
    void anExpectedOffensiveAndAnAttackNotRuledOutHaveNotHappened() {
        LocalDate d = LocalDate.of(2016, 11, 2);
        List<Event> events = events("A government offensive to retake Anah, Rawa and al-Qaim is expected once Mosul is secured. "
                + "We assess that an attack on Ain al-Asad air base cannot be ruled out. The Islamic State has lost most of the "
                + "ground it held in Anbar in 2015.", d);
        assertTrue(events.isEmpty(), events::toString);
    }

    @Test
    void aCapitalThatUsesItsAirForceIsItsGovernment() {
        Event strike = only(events("On Thursday Syrian air force jets bombed positions of the YPG in the city of Hasakah, the "
                + "first time Damascus had used its air force against the Kurds.", LocalDate.of(2016, 8, 23)), EventType.AIRSTRIKE);
        assertEquals("al-hasakah", strike.place().key());
    }

    @Test
    void aPlaceAboveOrAroundANameOrItsAreaIsANewPlace() {
        LocalDate d = LocalDate.of(2017, 12, 11);
        List<Event> events = events("On the 19th of August, army helicopters fired missiles at the group's posts above Ras Baalbek. "
                + "The same morning, Hezbollah attacked the Islamic State around Qarawil in the west. On the 28th of August, "
                + "Islamic State fighters and their families left the Jarudiyah area on buses.", d);
        assertEquals("ras-baalbek", only(events, EventType.AIRSTRIKE).place().key());
        assertEquals("qarawil", only(events, EventType.ASSAULT).place().key());
        assertEquals("jarudiyah", only(events, EventType.WITHDRAWAL).place().key());
    }

    @Test
    void aReportInCapitalsIsSplitAndDatedByItsDaysAndDateTimeGroups() {
        List<Event> events = events("1. (U) SUMMARY. ISF AND PMF RETOOK HAWIJA TOWN FROM DAESH ON 05 OCT AFTER A TWO-PHASE "
                + "OFFENSIVE BEGUN 21 SEP. RASHAD AIRBASE FELL 02 OCT.\n\n2. (U) PHASE 2.\nD. 040500ZOCT17: ISF AND PMF SEIZED ABBASI.",
                LocalDate.of(2017, 10, 10));
        // ISF and PMF are each an agent of the captures of Hawija and Abbasi
        List<Event> captures = ofType(events, EventType.CAPTURE);
        assertEquals(List.of("hawija", "hawija", "rashad", "al-abbasi", "al-abbasi"),
                captures.stream().map(e -> e.place().key()).toList());
        assertEquals(LocalDate.of(2017, 10, 5), captures.get(1).date().notBefore());
        assertEquals(LocalDate.of(2017, 10, 2), captures.get(2).date().notBefore());
        assertEquals(LocalDate.of(2017, 10, 4), captures.get(4).date().notBefore());
    }

    @Test
    void aForumPostIsDatedByItsHeadAndItsTodayIsThatDay() {
        List<Event> events = events("Sweida attacks - news and updates\n\n#8 harbour_fan Posted 14/08/2018 13:12\n\n"
                + "They have surrounded the Daesh pocket in the Safa and the helicopters are bombing Tulul al-Safa every day.\n\n"
                + "#12 harbour_fan Posted 17/11/2018 22:03 [MODERATOR]\n\nIn al-Shabki they took women and children today.",
                LocalDate.of(2018, 7, 25));
        Event strike = only(events, EventType.AIRSTRIKE);
        assertEquals(LocalDate.of(2018, 8, 14), strike.date().notBefore());
        Event taken = only(events, EventType.DETENTION);
        assertEquals("al-shabki", taken.place().key());
        assertEquals(LocalDate.of(2018, 11, 17), taken.date().notBefore());
    }

    @Test
    void aLatePostCountsEveryParagraphFromItsOwnDay() {
        // the thread opened in March; the post of September tells its weekdays, "yesterday" and "has" from its own day
        List<Event> events = events("Thread opened 3 March 2018\n\n#1 dune_walker\nPosted Saturday 3 March 2018, 20:10\n\n"
                + "Has anyone been to Palmyra lately?\n\n#2 old_hand\nPosted Monday 10 September 2018, 09:15\n\n"
                + "Sorry to bring this thread back up.\n\nOn Saturday night warplanes bombed Raqqa.\n\n"
                + "Then yesterday government troops retook Palmyra. The army says Deir ez-Zor has been encircled.",
                LocalDate.of(2018, 3, 3));
        assertEquals(LocalDate.of(2018, 9, 8), only(events, EventType.AIRSTRIKE).date().notBefore());
        assertEquals(LocalDate.of(2018, 9, 9), only(events, EventType.CAPTURE).date().notBefore());
        assertEquals(LocalDate.of(2018, 9, 10), only(events, EventType.SIEGE).date().notAfter());
    }

    @Test
    void aLongSentenceOpenedByADateWithItsYearSetsTheStorysTime() {
        String text = "On the evening of 3 August 2015 a long column of trucks with flour, fuel and medicine drove slowly "
                + "along the old desert road towards the eastern edge of the city, about two kilometres from the river.\n\n"
                + "In the last days of August rebels captured Palmyra.";
        Event capture = only(events(text, LocalDate.of(2017, 5, 1)), EventType.CAPTURE);
        assertEquals(LocalDate.of(2015, 8, 1), capture.date().notBefore());
    }

    @Test
    void aSeasonWithItsYearSetsTheStorysYear() {
        String text = "In the autumn of 2016, after months of quarrels between the rebel factions, the eastern districts were "
                + "cut off within a week. Government troops captured Palmyra on 2 October.";
        Event capture = only(events(text, LocalDate.of(2019, 3, 1)), EventType.CAPTURE);
        assertEquals(LocalDate.of(2016, 10, 2), capture.date().notBefore());
    }

    @Test
    void aDayWithoutItsYearAfterTheStorysDayMovesTheStoryForward() {
        // the story's day is the paragraph's scene, and the days told after it follow it rather than fall a year before
        String text = "On Tuesday 3 July 2012, weeks after the talks broke down, government troops shelled Homs. On 9 July "
                + "rebels captured Palmyra, and on 14 August warplanes bombed Raqqa.\n\nIn Aleppo the army besieged the old city.";
        List<Event> events = events(text, LocalDate.of(2019, 10, 28));
        assertEquals(LocalDate.of(2012, 7, 9), only(events, EventType.CAPTURE).date().notBefore());
        assertEquals(LocalDate.of(2012, 8, 14), only(events, EventType.AIRSTRIKE).date().notBefore());
        // with no story told, a day without its year is the last one before publication
        assertEquals(LocalDate.of(2018, 7, 9), only(events("On 9 July rebels captured Palmyra.", LocalDate.of(2019, 6, 20)),
                EventType.CAPTURE).date().notBefore());
    }

    @Test
    void eventsOfAYearBefore1900AreHistory() {
        List<Event> events = events("British troops held out during the siege of Kandahar in 1880, the old men recall. "
                + "The governor of Palmyra was arrested by the Ottoman authorities in 1613 and taken to Damascus.",
                LocalDate.of(2021, 9, 24));
        assertTrue(events.isEmpty(), events::toString);
    }

    @Test
    void aTimeCountedFromThePageAndNarrowedToADayMovesTheStoryToThatDay() {
        String text = "In December 2023 rebels captured Palmyra after a week of fighting.\n\n"
                + "Last January, on Sunday the 12th, the army came back. Troops entered Palmyra in the morning.";
        List<Event> captures = ofType(events(text, LocalDate.of(2025, 4, 3)), EventType.CAPTURE);
        Event entry = captures.get(captures.size() - 1);
        assertEquals(LocalDate.of(2025, 1, 12), entry.date().notBefore());
        assertEquals(LocalDate.of(2025, 1, 12), entry.date().notAfter());
    }

    @Test
    void wordsQuotedAfterADatedSpeechActCountTheirTodayFromThatDay() {
        String text = "On Sunday 4 March 2018 the governor announced in a televised address: \"Today our forces took Palmyra.\"\n\n"
                + "On Monday 12 March 2018 a spokesman wrote that \"Raqqa has been encircled.\"";
        List<Event> events = events(text, LocalDate.of(2020, 6, 1));
        assertEquals(LocalDate.of(2018, 3, 4), only(events, EventType.CAPTURE).date().notBefore());
        assertEquals(LocalDate.of(2018, 3, 12), only(events, EventType.SIEGE).date().notAfter());
    }

    @Test
    void lastSundayAfterAStoryCarriedOverIsStillAWeekBack() {
        String text = "On 2 October 2017 the army reached the river after a long advance.\n\n"
                + "The army and its allies had encircled Palmyra last Sunday.";
        Event siege = only(events(text, LocalDate.of(2017, 10, 15)), EventType.SIEGE);
        assertEquals(LocalDate.of(2017, 10, 8), siege.date().notBefore());
    }

    @Test
    void hostagesTakenFromATownAreDetainedAndFightersLeaveWithTheirFamilies() {
        LocalDate d = LocalDate.of(2018, 8, 6);
        List<Event> events = events("They killed one of the hostages taken from al-Shabki, a student. On Friday Islamic State "
                + "fighters and their families left the Jarudiyah area.", d);
        assertTrue(ofType(events, EventType.CAPTURE).isEmpty(), events::toString);
        assertEquals("jarudiyah", only(events, EventType.WITHDRAWAL).place().key());
    }

    @Test
    void aSiteNamedAfterAPlaceIsThatPlace() {
        LocalDate d = LocalDate.of(2017, 10, 10);
        List<Event> events = events("Militants set fire to wells in the Allas oilfield. Rashad airbase fell on 2 October. "
                + "A Syrian airbase was struck by jets on Friday.", d);
        assertEquals("allas", only(events, EventType.DESTRUCTION).place().key());
        assertEquals("rashad", only(events, EventType.CAPTURE).place().key());
        assertTrue(ofType(events, EventType.AIRSTRIKE).stream().noneMatch(e -> e.place() != null && e.place().key().equals("syrian")),
                events::toString);
    }

    @Test
    void aYesOrNoQuestionTellsNothingAsFact() {
        List<Event> events = events("Question: Were people leaving the camp detained at checkpoints in Yarmouk?",
                LocalDate.of(2018, 5, 22));
        assertTrue(events.isEmpty(), events::toString);
    }

    @Test
    void busesCarryFightersOutAndStrikesHitANeighbouringTown() {
        LocalDate d = LocalDate.of(2018, 5, 22);
        List<Event> events = events("Jets carried out air strikes on Yarmouk and neighbouring Hajar al-Aswad. Buses then took "
                + "Islamic State fighters and their families out of Yarmouk on Sunday.", d);
        assertEquals(2, ofType(events, EventType.AIRSTRIKE).size(), events::toString);
        Event out = only(events, EventType.WITHDRAWAL);
        assertEquals("islamic-state", out.agent().key());
        assertEquals("yarmouk", out.place().key());
    }

    @Test
    void theRefineryIsTheOneNamedBeforeAndAMonthLaterCountsFromAMonth() {
        LocalDate d = LocalDate.of(2017, 10, 19);
        List<Event> events = events("The Peshmerga took control of Kirkuk city in June 2014. A month later Kurdish forces took over "
                + "the Bai Hassan and Avana fields.\n\nIslamic State fighters attacked the Baiji refinery in June 2014. Iraqi "
                + "forces finally retook the refinery in mid-October 2015.", d);
        List<Event> captures = ofType(events, EventType.CAPTURE);
        assertEquals(List.of("kirkuk", "bai-hassan", "avana", "baiji"), captures.stream().map(e -> e.place().key()).toList());
        assertEquals(LocalDate.of(2014, 7, 1), captures.get(1).date().notBefore());
    }

    @Test
    void aSentenceAboutAFarCountryOrAPlaceInAnAdjectiveIsNotAboutTheStorysTown() {
        LocalDate d = LocalDate.of(2017, 10, 19);
        List<Event> events = events("Iraqi forces retook Kirkuk on Monday.\n\n\u2022 Somalia: officials said Saturday's truck "
                + "bombing killed more than 300 people.\n\u2022 London-listed producers traded lower on Monday as the operation "
                + "began.", d);
        assertEquals(List.of(EventType.CAPTURE), events.stream().map(Event::type).toList(), events::toString);
    }

    @Test
    void anItemFiledFromAFarCountryCountsNoDead() {
        String text = "\u2022 Somalia: officials said Saturday's truck bombing in Mogadishu killed more than 300 people.\n\n"
                + "A. 01 OCT: KNIFE ATTACK AT MARSEILLE STATION, FRANCE. 2X KILLED.\n\nB. 4,000 IS fighters were in Libya.";
        List<String> counts = ShapeEvents.extractor().extract(new Article("t.txt", "t", text, null, LocalDate.of(2017, 10, 19), null, null, null))
                .claims().stream().filter(c -> c.about() instanceof org.claimgraph.model.Measurement)
                .map(c -> ((org.claimgraph.model.Measurement) c.about()).min().toPlainString()).toList();
        assertEquals(List.of("4000"), counts);
    }

    @Test
    void jetsThatBeganBombingStruckFromTheAirForTheirOwner() {
        LocalDate d = LocalDate.of(2016, 9, 1);
        List<Event> events = events("The offensive began on 2 March last year. Baghdad turned to the US-led coalition, whose jets "
                + "began bombing Islamic State positions inside Tikrit on 25 March. The government has promised an assault on "
                + "Mosul before the year is out.", d);
        Event strike = only(events, EventType.AIRSTRIKE);
        assertEquals("us-led-coalition", strike.agent().key());
        assertEquals(LocalDate.of(2015, 3, 25), strike.date().notBefore());
        assertTrue(ofType(events, EventType.BOMBING).isEmpty(), events::toString);
        assertTrue(events.stream().noneMatch(e -> e.place() != null && e.place().key().equals("mosul")), events::toString);
    }

    @Test
    void coordinatedSubjectsInCapitalsLeadWithTheirFirstForce() {
        List<Event> events = events("ISF AND TRIBAL FIGHTERS RETOOK ANAH IN W ANBAR ON 22 SEP.", LocalDate.of(2017, 10, 10));
        assertEquals(List.of("iraqi-government-forces", "tribal-fighters"), agents(events, EventType.CAPTURE));
    }

    @Test
    void theSecondHalfOfALongerNameIsNotAPlaceOfItsOwn() {
        List<Event> events = events("The army raised the flag in Daraa al-Balad on 12 July.", LocalDate.of(2018, 7, 20));
        assertEquals("daraa", only(events, EventType.CAPTURE).place().key());
    }

    @Test
    void aRarePlaceNamedInContextIsKnownAgainWhereItOpensASentence() {
        List<Event> events = events("On 30 July the army fought in Shajara. Shajara, the main stronghold of the group in the "
                + "Yarmouk Basin, was taken by the army.", LocalDate.of(2018, 8, 15));
        assertEquals("ash-shajarah", only(events, EventType.CAPTURE).place().key());
    }

    @Test
    void aFlagRaisedIsAPlaceTaken() {
        Event capture = only(events("National flag raised in the main square of Palmyra on 2 March after the militants pulled back.",
                LocalDate.of(2017, 3, 5)), EventType.CAPTURE);
        assertEquals("palmyra", capture.place().key());
    }

    @Test
    void aStateForceNamedBeforeTheStrikesInTheirSentenceIsTheirAgent() {
        Event strike = only(events("On 26 June in al-Musayfirah, Russian Aerospace Forces: overnight strikes put the town "
                + "hospital out of service.", LocalDate.of(2018, 8, 15)), EventType.AIRSTRIKE);
        assertEquals("russia", strike.agent().key());
        assertEquals("al-musayfirah", strike.place().key());
    }

    @Test
    void genericForcesReportingTheirOwnDeedAreItsAgent() {
        List<Event> events = events("Rebels in Aleppo lost ground all week.\n\nArmy says it has retaken Hanano, the first "
                + "district rebels seized in 2012", LocalDate.of(2016, 11, 27));
        Event capture = events.stream().filter(e -> e.type() == EventType.CAPTURE && e.place().label().equals("Hanano")
                && e.date().notBefore().getYear() == 2016).findFirst().orElseThrow(() -> new AssertionError(events.toString()));
        assertEquals("syrian-government", capture.agent().key());
    }

    @Test
    void aDistrictNamedBeforeItsKindIsANewPlace() {
        Event capture = only(events("Government forces captured the Sheikh Saeed district of Aleppo on Sunday night.",
                LocalDate.of(2016, 12, 12)), EventType.CAPTURE);
        assertEquals("Sheikh Saeed", capture.place().label());
    }

    @Test
    void livesLostAreKillingsNotLosses() {
        List<Event> events = events("Six civilians lost their lives in shelling on Sarmin on 16 March.", LocalDate.of(2015, 3, 20));
        assertEquals("sarmin", only(events, EventType.KILLING).place().key());
        assertTrue(ofType(events, EventType.CAPTURE).isEmpty(), events::toString);
    }

    @Test
    void barrelBombsAreAirStrikes() {
        Event strike = only(events("Helicopters dropped barrel bombs on Sarmin on 16 March.", LocalDate.of(2015, 3, 20)),
                EventType.AIRSTRIKE);
        assertEquals("sarmin", strike.place().key());
    }

    @Test
    void aCampNamedWithItsArticleIsANewSiteAndTheCampRefersToIt() {
        List<Event> events = events("Rebels took the al-Mastumah military camp on 19 May. A suicide car bomb had hit the gate "
                + "of the camp.", LocalDate.of(2015, 5, 29));
        assertEquals("al-Mastumah", only(events, EventType.CAPTURE).place().label());
        assertEquals("al-Mastumah", only(events, EventType.BOMBING).place().label());
    }

    @Test
    void thePlaceARoadGoesToIsNotWhatFell() {
        Event capture = only(events("On 25 April the Jisr ash-Shughour district on the road that goes to Latakia fell to the "
                + "hands of the Nusra Front.", LocalDate.of(2015, 5, 29)), EventType.CAPTURE);
        assertEquals("jisr-al-shughur", capture.place().key());
    }
    @Test
    void aOneWordSentenceIsASectionLabelNotAnEvent() {
        List<Event> events = events("Airstrikes. Coalition aircraft are striking IS positions around Kobani.", LocalDate.of(2014, 10, 14));
        assertEquals(1, ofType(events, EventType.AIRSTRIKE).size());
    }

    @Test
    void aHillNamedByItsNameIsNoSettlementAndTheTownIsWhereItHappened() {
        Event capture = only(events("The IS offensive on Kobani is in its fifth week. IS raised its flag on Mishtenur hill, on the "
                + "eastern edge of the town, on 6 October.", LocalDate.of(2014, 10, 14)), EventType.CAPTURE);
        assertEquals("kobani", capture.place().key());
    }

    @Test
    void aTownNamedInAListIsNotTheTownReferredToNext() {
        Event siege = only(events("The IS offensive on Kobani began in mid-September, and the town of Kobani has been shelled daily. More than 130,000 people crossed into Turkey; "
                + "most are now in Suruc, Urfa and the surrounding villages. IS fighters besieged the town on three sides.",
                LocalDate.of(2014, 10, 14)), EventType.SIEGE);
        assertEquals("kobani", siege.place().key());
    }

    @Test
    void aQuotedMessageIsDatedByItsOwnHeader() {
        Event strike = only(events("20 Oct 2014\n\nTurkish jets struck PKK positions near Hakkari on Monday.",
                LocalDate.of(2014, 10, 29)), EventType.AIRSTRIKE);
        assertEquals(LocalDate.of(2014, 10, 20), strike.date().notBefore());
    }
    @Test
    void aStrikeReportsSingleStrikeAndSeriesOfStrikesAreAirstrikesDatedByTheLead() {
        List<Event> events = events("SOUTHWEST ASIA – Coalition military forces continued to attack ISIS in Syria and Iraq on Aug. 30, "
                + "conducting strikes against the group's fighters.\n\nStrikes in Syria\n\n-- Near Dayr Az Zawr, a strike destroyed an "
                + "ISIS headquarters.\n\n-- Near Raqqa, a series of strikes engaged ISIS tactical units.", LocalDate.of(2017, 8, 31));
        List<Event> strikes = ofType(events, EventType.AIRSTRIKE);
        assertEquals(List.of("deir-ez-zor", "raqqa"), strikes.stream().map(e -> e.place().key()).sorted().toList());
        strikes.forEach(e -> assertEquals(LocalDate.of(2017, 8, 30), e.date().notBefore()));
    }

    @Test
    void fightersWhoFledToAnotherTownWithdrewFromTheOneJustTaken() {
        Event withdrawal = only(events("Iraqi forces launched the operation to liberate Tal Afar on Aug. 20. By Aug. 27 they had "
                + "cleared the city itself, and most of the ISIS fighters who survived had fled to al-Ayadiya.",
                LocalDate.of(2017, 8, 31)), EventType.WITHDRAWAL);
        assertEquals("tal-afar", withdrawal.place().key());
        assertEquals("islamic-state", withdrawal.agent().key());
    }

    @Test
    void fightersLeavingNamedMountainsWithdraw() {
        Event withdrawal = only(events("On Aug. 28, ISIS fighters and their families left the Qalamoun mountains in buses.",
                LocalDate.of(2017, 8, 31)), EventType.WITHDRAWAL);
        assertEquals("qalamoun", withdrawal.place().key());
    }

    @Test
    void speechRecognitionsRunOnTextIsReadWithoutCapitals() {
        List<Event> events = events("[00:11:24] speaker 2: yeah so on saturday morning the peshmerga moved on zumar from five directions "
                + "and they took the town by the afternoon so the army says it's closing in on beiji from two sides and then on monday "
                + "a suicide bomber drove a humvee packed with explosives into a checkpoint near baiji", LocalDate.of(2014, 10, 31));
        Event capture = only(events, EventType.CAPTURE);
        assertEquals("zumar", capture.place().key());
        assertEquals(LocalDate.of(2014, 10, 25), capture.date().notBefore());
        Event bombing = only(events, EventType.BOMBING);
        assertEquals("baiji", bombing.place().key());
        assertEquals(LocalDate.of(2014, 10, 27), bombing.date().notBefore());
    }

    @Test
    void anItemOpeningWithADateWhoseNumberLooksLikeAnItemNumberIsDatedByIt() {
        Event strike = only(events("Intro line of the article about the war that runs long enough.\n\n12/03/2017: coalition "
                + "aircraft struck ISIS positions near Raqqa.", LocalDate.of(2017, 3, 20)), EventType.AIRSTRIKE);
        assertEquals(LocalDate.of(2017, 3, 12), strike.date().notBefore());
    }

    @Test
    void earlierInTheDayIsTheDayToldBefore() {
        List<Event> events = events("The Syrian Democratic Forces said on Tuesday that they had taken full control of Raqqa, after a "
                + "battle that began in June.\n\nEarlier in the day they had captured the national hospital in Raqqa.",
                LocalDate.of(2017, 10, 17));
        ofType(events, EventType.CAPTURE).forEach(e -> assertEquals(LocalDate.of(2017, 10, 17), e.date().notBefore(), e.toString()));
    }

    @Test
    void aMemoirsStoryYearHoldsOverParagraphsWithoutDates() {
        List<Event> events = events("The assault on the outskirts began on 23 May 2016.\n\nOn the third day the first families came "
                + "across the fields.\n\nIn the first days of June the army took Saqlawiyah, north-west of Fallujah.",
                LocalDate.of(2020, 3, 1));
        Event capture = only(events, EventType.CAPTURE);
        assertEquals(LocalDate.of(2016, 6, 1), capture.date().notBefore());
    }

    @Test
    void aCampaignToTakeATownBackOpensAnAssaultThere() {
        List<Event> events = events("Iraqi forces have taken back Mosul. Nobody seems willing to count the "
                + "cost.\n\nThe campaign to take it back opened on 17 October 2016 with roughly 100,000 soldiers.", LocalDate.of(2017, 7, 14));
        Event assault = only(events, EventType.ASSAULT);
        assertEquals("mosul", assault.place().key());
        assertEquals(LocalDate.of(2016, 10, 17), assault.date().notBefore());
    }

    @Test
    void aCampaignTalkedAboutHasNotHappened() {
        assertTrue(events("Iraqi officials are already talking about a campaign to retake Hawija.", LocalDate.of(2017, 9, 1)).isEmpty());
    }

    @Test
    void controlRestoredOverAListOfVillagesCapturesEachOfThem() {
        List<Event> captures = ofType(events("On 23 August 2019 the Syrian Arab Army restored control over Kafr Zita, al-Latamina, Murak "
                + "and neighbouring villages in the northern countryside of Hama.", LocalDate.of(2019, 8, 28)), EventType.CAPTURE);
        assertEquals(List.of("al-lataminah", "kafr-zayta", "murak"), captures.stream().map(e -> e.place().key()).sorted().toList());
    }

    @Test
    void rocketsFiredAtAVillageAreShellingAndTheDeathsThatFollowAreThere() {
        List<Event> events = events("The town was quiet.\n\n1. 22 July 2019: terrorist groups fired rockets at the village of Naour Jourin "
                + "in the countryside of Hama. One rocket struck a vehicle, killing seven civilians.", LocalDate.of(2019, 8, 28));
        assertEquals("naour-jourin", only(events, EventType.BOMBING).place().key());
        assertTrue(ofType(events, EventType.AIRSTRIKE).isEmpty());
        Event killing = only(events, EventType.KILLING);
        assertEquals("naour-jourin", killing.place().key());
        assertEquals(LocalDate.of(2019, 7, 22), killing.date().notBefore());
    }

    @Test
    void neighbourhoodsOfACityAreTheCity() {
        List<Event> events = events("On 22 July 2019 gunmen fired rocket shells at the al-Hamadaniyah and Jamiliyah neighbourhoods of "
                + "Aleppo city, killing seven civilians.", LocalDate.of(2019, 8, 28));
        assertEquals(List.of("aleppo"), events.stream().map(e -> e.place().key()).distinct().toList());
    }

    @Test
    void boobyTrappedVehiclesAgainstPositionsByATownAreBombingsThere() {
        Event bombing = only(events("In the days that followed, the militants sent booby-trapped vehicles against army positions west "
                + "of Khan Shaykhun.", LocalDate.of(2019, 8, 28)), EventType.BOMBING);
        assertEquals("khan-shaykhun", bombing.place().key());
    }

    @Test
    void pullingDownAStatueIsDestruction() {
        Event destruction = only(events("On Sunday fighters were seen pulling down the statue of Kawa the blacksmith in the main square "
                + "of Afrin.", LocalDate.of(2018, 3, 20)), EventType.DESTRUCTION);
        assertEquals("afrin", destruction.place().key());
    }

    @Test
    void fightersWithdrawingTowardTwoTownsLeaveTheOneTheyWereIn() {
        Event withdrawal = only(events("Remaining ISIS fighters were reported to have withdrawn from Hajin south-east toward al-Shafah "
                + "and Sousa.", LocalDate.of(2018, 12, 14)), EventType.WITHDRAWAL);
        assertEquals("hajin", withdrawal.place().key());
    }

    @Test
    void theStatesForcesNamedFirstInACoordinatedSubjectLead() {
        Event capture = only(events("In the first days of June 2016 the army and the Hashd took Saqlawiyah, north-west of Fallujah.",
                LocalDate.of(2016, 7, 1)), EventType.CAPTURE);
        assertEquals("saqlawiyah", capture.place().key());
        assertEquals("iraqi-government-forces", capture.agent().key());
    }

    @Test
    void aNumberedParagraphsOpeningDayDatesItsEventsAndMenShotAreKilled() {
        Event killing = only(events("3.2 On 15 August 2014, in the village of Kocho, south of the mountain, ISIL fighters gathered "
                + "the people who remained in the village at the school, separated them, and shot the men and older boys.",
                LocalDate.of(2015, 11, 27)), EventType.KILLING);
        assertEquals("kocho", killing.place().key());
        assertEquals("islamic-state", killing.agent().key());
        assertEquals(LocalDate.of(2014, 8, 15), killing.date().notBefore());
    }

    @Test
    void aTownCutOffIsBesieged() {
        Event siege = only(events("Fallujah was quiet that spring.\n\nThe city had been cut off since February, and the few families "
                + "who got out brought stories of hunger.", LocalDate.of(2016, 6, 30)), EventType.SIEGE);
        assertEquals("fallujah", siege.place().key());
        assertTrue(events("The town was cut off from electricity for weeks after the storm.", LocalDate.of(2016, 6, 30)).isEmpty());
    }

    @Test
    void aStatesBombOrMissileIsAnAirstrikeByThatState() {
        Event strike = only(events("On 17 March an American bomb aimed at two snipers on a rooftop in Mosul set off explosives packed "
                + "into the building below.", LocalDate.of(2017, 7, 14)), EventType.AIRSTRIKE);
        assertEquals("mosul", strike.place().key());
        assertEquals("united-states", strike.agent().key());
        assertEquals(LocalDate.of(2017, 3, 17), strike.date().notBefore());
    }

    @Test
    void aChatMessagesStampDatesItAndTheLinesUnderIt() {
        List<Event> events = events("[24/06/2018, 09:48] Field desk: our volunteers count 40 strikes on Busra al-Harir so far today\n\n"
                + "[26/06/2018, 11:20] River: Forwarded\n\n"
                + "Syrian Observatory: government forces have taken Busra al-Harir, the first major advance of the offensive",
                LocalDate.of(2018, 7, 13));
        assertEquals(LocalDate.of(2018, 6, 24), only(events, EventType.AIRSTRIKE).date().notBefore());
        assertEquals(LocalDate.of(2018, 6, 26), only(events, EventType.CAPTURE).date().notBefore());
    }

    @Test
    void aCaptionsPlaceAndDateDateThePictureBelowIt() {
        Event withdrawal = only(events("Our photographers followed the army into the modern town of Palmyra and the engineers who came "
                + "in behind it.\n\nPalmyra, 27 March 2016\n\nA military source said the last Islamic State militants pulled out of the "
                + "town towards al-Sukhnah.", LocalDate.of(2016, 4, 3)), EventType.WITHDRAWAL);
        assertEquals(LocalDate.of(2016, 3, 27), withdrawal.date().notBefore());
        assertEquals(LocalDate.of(2016, 3, 27), withdrawal.date().notAfter());
    }

    @Test
    void aWeekAgoTodayIsThatDay() {
        Event capture = only(events("A week ago today Syrian government troops drove Islamic State fighters out of Palmyra.",
                LocalDate.of(2016, 4, 3)), EventType.CAPTURE);
        assertEquals(LocalDate.of(2016, 3, 27), capture.date().notBefore());
        assertEquals(LocalDate.of(2016, 3, 27), capture.date().notAfter());
        assertEquals("syrian-government", capture.agent().key());
    }

    @Test
    void anOffensiveSinceADayBeganThatDayAndAGovtOffensiveIsTheGovernments() {
        Event assault = only(events("Context: govt offensive on Daraa province since 19/06, and heavy fighting in the east.",
                LocalDate.of(2018, 6, 24)), EventType.ASSAULT);
        assertEquals(LocalDate.of(2018, 6, 19), assault.date().notBefore());
        assertEquals("syrian-government", assault.agent().key());
    }

    @Test
    void anEarlierYearInARelativeClauseDoesNotMoveTheStory() {
        List<Event> events = events("On Saturday 26 August, Counter-Terrorism Service units raised the national flag over the citadel "
                + "of Tal Afar, parts of which the militants blew up in 2014, and cleared the neighbouring al-Basatin district.\n\n"
                + "Troops stormed al-Ayadiya.", LocalDate.of(2017, 9, 2));
        assertEquals(2014, only(events, EventType.DESTRUCTION).date().notBefore().getYear());
        assertTrue(ofType(events, EventType.CAPTURE).stream().allMatch(e -> e.date().notBefore().getYear() == 2017), events::toString);
        assertEquals(2017, only(events, EventType.ASSAULT).date().notBefore().getYear());
    }

    @Test
    void planedPushesAndDealsThatLayDownMovesAreNotEvents() {
        assertTrue(events("It is not clear which will come first; a push on al-Qaim, on the border, would cut the militants' route.",
                LocalDate.of(2017, 9, 2)).isEmpty());
        assertTrue(events("Under the deal, all army units are to leave Hasakah within a week.", LocalDate.of(2016, 8, 23)).isEmpty());
        assertTrue(events("Ministers in Baghdad speak of a campaign for Mosul later in the year.", LocalDate.of(2016, 3, 10)).isEmpty());
    }

    @Test
    void aDatedPastEventUnderAForecastHeadingHappened() {
        List<Event> events = events("What comes next?\n\nIslamic State has already exploited the chaos once: on 11 October a car "
                + "bomb killed at least six people outside a restaurant in Qamishli. More such attacks are possible in Tal Abyad.",
                LocalDate.of(2019, 10, 24));
        assertEquals("qamishli", only(events, EventType.BOMBING).place().key());
        assertTrue(ofType(events, EventType.ASSAULT).isEmpty(), events::toString);
    }

    @Test
    void sortiesAgainstTargetsAreAirStrikesAndAttackHelicoptersNoAttack() {
        Event strike = only(events("Russia's General Staff said its aircraft flew roughly 500 combat sorties against targets around "
                + "Palmyra.", LocalDate.of(2016, 4, 3)), EventType.AIRSTRIKE);
        assertEquals("palmyra", strike.place().key());
        assertTrue(events("Russian attack helicopters fly low over the desert road to Palmyra.", LocalDate.of(2016, 4, 3)).isEmpty());
        assertTrue(events("Russian army engineers unload mine-clearing robots at a camp outside Palmyra.", LocalDate.of(2016, 4, 3))
                .isEmpty());
    }

    @Test
    void aBuildingPackedWithExplosivesIsDestroyed() {
        Event destruction = only(events("In Palmyra, the militants packed the first-century sanctuary with explosives at the end of "
                + "August 2015.", LocalDate.of(2016, 4, 3)), EventType.DESTRUCTION);
        assertEquals("palmyra", destruction.place().key());
        assertEquals(2015, destruction.date().notBefore().getYear());
    }

    @Test
    void whereASourceSitsIsNotTheTownTheyTellOf() {
        Event killing = only(events("The army is fighting for Palmyra. Russian helicopters fly over the road to Palmyra. On 24 March a "
                + "military source at Russia's "
                + "Hmeimim base told Interfax that a Russian officer had been killed near the town.", LocalDate.of(2016, 4, 3)),
                EventType.KILLING);
        assertEquals("palmyra", killing.place().key());
    }

    @Test
    void aCityNamedAsAYardstickOrARoadIsNotTheCity() {
        List<Event> captures = ofType(events("Tal Afar fell to Islamic State on 16 June 2014, less than a week after Mosul. The local "
                + "security forces left before dawn, and the militants took the city after two days of fighting.",
                LocalDate.of(2017, 9, 2)), EventType.CAPTURE);
        assertEquals(List.of("tal-afar"), captures.stream().map(e -> e.place().key()).distinct().toList());
        Event withdrawal = only(events("Troops entered Tal Afar. \"They left in small groups,\" an officer told us at a checkpoint on "
                + "the Mosul road.\n\nMany of the Islamic State militants who fled the city regrouped in al-Ayadiya.", LocalDate.of(2017, 9, 2)),
                EventType.WITHDRAWAL);
        assertEquals("tal-afar", withdrawal.place().key());
    }

    @Test
    void theTownThatFellBeforeThingsWereMovedIsTheStorysTown() {
        List<Event> captures = ofType(events("Islamic State seized Palmyra in May 2015.\n\nOfficials say hundreds of statues were "
                + "moved to Damascus before the town fell.", LocalDate.of(2016, 4, 3)), EventType.CAPTURE);
        assertEquals(List.of("palmyra"), captures.stream().map(e -> e.place().key()).distinct().toList());
    }

    @Test
    void aBulletsWeekdayAndShortDateHeadIt() {
        Event strike = only(events("\u2022 Thu 8/11: coalition strikes on Hajin killed 7 civilians (SOHR)", LocalDate.of(2018, 12, 17)),
                EventType.AIRSTRIKE);
        assertEquals(LocalDate.of(2018, 11, 8), strike.date().notBefore());
    }

    @Test
    void anEnclaveNamedAsItsSubjectWithWhereItLiesIsTheRegion() {
        List<Event> events = events("The week in review.\n\nEastern Ghouta. The enclave east of Damascus, home to nearly 400,000 "
                + "people, has been besieged by government forces since 2013. On 18 February the army began one of the heaviest "
                + "bombardments of the war, followed about a week later by a ground assault.", LocalDate.of(2018, 3, 23));
        Event siege = only(events, EventType.SIEGE);
        assertEquals("eastern-ghouta", siege.place().key());
        // "since 2013": when the siege began, which leaves the story in this year
        assertEquals(LocalDate.of(2013, 1, 1), siege.date().notBefore());
        Event bombardment = only(events, EventType.AIRSTRIKE);
        assertEquals("eastern-ghouta", bombardment.place().key());
        assertEquals(LocalDate.of(2018, 2, 18), bombardment.date().notBefore());
        assertEquals("eastern-ghouta", only(events, EventType.ASSAULT).place().key());
    }

    @Test
    void theAttackNamedAgainIsNoNewEventAtTheScene() {
        List<Event> events = events("A car bomb exploded outside a police station in Gaziantep on Sunday, killing 12 people. "
                + "Turkish officials have blamed Islamic State for the attack.", LocalDate.of(2016, 8, 22));
        assertTrue(ofType(events, EventType.ASSAULT).isEmpty(), events::toString);
    }

    @Test
    void busesCarryingFightersOutOfATownAreTheirWithdrawal() {
        Event withdrawal = only(events("Yesterday the first buses left Harasta carrying Ahrar al-Sham fighters and their families "
                + "towards Idlib under a deal brokered by Russia.", LocalDate.of(2018, 3, 23)), EventType.WITHDRAWAL);
        assertEquals("harasta", withdrawal.place().key());
        assertEquals("ahrar-al-sham", withdrawal.agent().key());
        assertEquals(LocalDate.of(2018, 3, 22), withdrawal.date().notBefore());
    }

    @Test
    void newAssaultWords() {
        assertEquals("afrin", only(events("On 20 January Turkey sent troops and allied Syrian rebel factions over the border "
                + "against the YPG-held enclave of Afrin.", LocalDate.of(2018, 3, 23)), EventType.ASSAULT).place().key());
        assertEquals("baiji", only(events("In mid-April 2015 militants breached the outer perimeter of the refinery at Baiji.",
                LocalDate.of(2015, 10, 16)), EventType.ASSAULT).place().key());
        Event push = only(events("In the last week of March, rebel factions led by Hayat Tahrir al-Sham pushed south towards "
                + "Hama city.", LocalDate.of(2017, 5, 10)), EventType.ASSAULT);
        assertEquals("hama", push.place().key());
        assertEquals("hayat-tahrir-al-sham", push.agent().key());
        assertEquals(LocalDate.of(2017, 3, 1), push.date().notBefore());
        // refugees crossing are no incursion; forces crossing are
        assertTrue(events("Thousands of families crossed the border into Turkey near Jarablus.", LocalDate.of(2016, 8, 31))
                .stream().noneMatch(e -> e.type() == EventType.ASSAULT));
    }

    @Test
    void aircraftThatBackAForceStrikeToo() {
        List<Event> events = events("In December government forces backed by Russian jets retook Palmyra.", LocalDate.of(2017, 1, 5));
        Event strike = only(events, EventType.AIRSTRIKE);
        assertEquals("russia", strike.agent().key());
        assertEquals("palmyra", strike.place().key());
        Event coalition = ofType(events("Iraqi security forces supported by aircraft of the international coalition drove "
                + "fighters of the Islamic State of Iraq and the Levant out of Qayyarah.", LocalDate.of(2016, 10, 1)),
                EventType.AIRSTRIKE).get(0);
        assertEquals("us-led-coalition", coalition.agent().key());
        assertEquals("qayyarah", coalition.place().key());
        Event framed = only(events("In Syria, government troops backed by Russian air power recaptured Mayadin on 14 October.",
                LocalDate.of(2017, 10, 20)), EventType.AIRSTRIKE);
        assertEquals("mayadin", framed.place().key());
    }

    @Test
    void armedGroupsFlyNoAirRaidsAndBarrelBombsAreTheStates() {
        List<Event> events = events("As rebel factions led by Hayat Tahrir al-Sham pushed south towards Hama city, fighting and "
                + "air raids spread across the north of Hama province.", LocalDate.of(2017, 5, 10));
        assertNull(only(events, EventType.AIRSTRIKE).agent(), events::toString);
        Event barrel = only(events("Fighting in Syria's Hama province went on. On 25 March a helicopter dropped a barrel bomb on the "
                + "hospital in Kafr Zita.", LocalDate.of(2017, 5, 10)), EventType.AIRSTRIKE);
        assertEquals("syrian-government", barrel.agent().key());
    }

    @Test
    void theArmyAfterATimeWithItsMonthIsTheSubject() {
        Event capture = ofType(events("The rebels took Suran in March. By the middle of April the army had retaken Suran.",
                LocalDate.of(2017, 5, 10)), EventType.CAPTURE).get(1);
        assertEquals("syrian-government", capture.agent().key());
        // "In late July the group overran the army's base": the group, not the army named inside the object
        Event overran = only(events("In late July the group overran the army's Division 17 base near Raqqa.", LocalDate.of(2014, 9, 1)),
                EventType.CAPTURE);
        assertNotEquals("syrian-government", overran.agent() == null ? null : overran.agent().key());
    }

    @Test
    void aYearOpeningASentenceIsTheStorysYear() {
        List<Event> events = events("2017 was the year our teams stopped counting.\n\nIn the last week of March two car bombs "
                + "struck army positions at Suran. In the last week of December government forces opened an offensive on the "
                + "south-east of Idlib province.", LocalDate.of(2018, 5, 10));
        assertEquals(LocalDate.of(2017, 3, 1), only(events, EventType.BOMBING).date().notBefore());
        Event offensive = only(events, EventType.ASSAULT);
        assertEquals("idlib-governorate", offensive.place().key());
        assertEquals(LocalDate.of(2017, 12, 1), offensive.date().notBefore());
    }

    @Test
    void wordsThatTakeNoTown() {
        List<Event> events = events("When Islamic State fighters attacked Amerli on 10 June 2014, the men took turns on the berms. "
                + "The wounded were flown to the medical point at Tuz Khurmatu, where many of the wounded had been taken before. "
                + "The US jets that struck Shayrat had taken off from ships.", LocalDate.of(2015, 9, 2));
        assertTrue(ofType(events, EventType.CAPTURE).isEmpty(), events::toString);
        assertTrue(ofType(events, EventType.DETENTION).isEmpty(), events::toString);
    }

    @Test
    void aSiegeForTheNextTenWeeksIsTold() {
        Event siege = only(events("Eight days later, on 18 June 2014, the militants closed the last road out, and for the next "
                + "ten weeks Amerli was under siege.", LocalDate.of(2015, 9, 2)), EventType.SIEGE);
        assertEquals(LocalDate.of(2014, 6, 18), siege.date().notBefore());
    }

    @Test
    void aReportSaidToBeWrongTellsNothing() {
        assertTrue(events("Early reports that the hospital in Kafr Nabl had been destroyed in the March raids were wrong.",
                LocalDate.of(2017, 5, 10)).stream().noneMatch(e -> e.type() == EventType.DESTRUCTION));
    }

    @Test
    void theOutskirtsOfATownAreTheTown() {
        Event push = only(events("Government troops reached the outskirts of al-Mayadin early in October 2017.",
                LocalDate.of(2017, 11, 25)), EventType.ASSAULT);
        assertEquals("mayadin", push.place().key());
    }

    @Test
    void lastWeekdayInAPaperOfThatWeekdayIsAWeekBefore() {
        Event strike = only(events("Turkish jets struck Islamic State positions in Jarablus before dawn last Wednesday.",
                LocalDate.of(2016, 8, 31)), EventType.AIRSTRIKE);
        assertEquals(LocalDate.of(2016, 8, 24), strike.date().notBefore());
    }

    @Test
    void aPlaceOfALaterClausesEventIsNotTheOffensives() {
        List<Event> events = events("American-led forces made some significant progress in the offensive against the Islamic "
                + "State in Iraq and Syria on Tuesday as the ISIS capital city of Raqqa was retaken by the Syrian Democratic Forces.",
                LocalDate.of(2017, 10, 20));
        assertTrue(ofType(events, EventType.ASSAULT).isEmpty(), events::toString);
        assertEquals("raqqa", only(events, EventType.CAPTURE).place().key());
    }

    @Test
    void menShotByTheMilitantsWereKilled() {
        List<Event> events = events("The air force cadets seized at Camp Speicher, outside Tikrit, were shot by the militants on "
                + "12 June 2014.", LocalDate.of(2015, 9, 2));
        Event killing = only(events, EventType.KILLING);
        assertEquals("tikrit", killing.place().key());
        assertEquals(LocalDate.of(2014, 6, 12), killing.date().notBefore());
    }

    @Test
    void aDayToldRightAfterAMonthNarrowsIt() {
        Event capture = only(events("Syrian government forces, supported by Russian air strikes, retook Palmyra two years ago this "
                + "month, on the 27th.", LocalDate.of(2018, 3, 14)), EventType.CAPTURE);
        assertEquals(LocalDate.of(2016, 3, 27), capture.date().notBefore());
        assertEquals(LocalDate.of(2016, 3, 27), capture.date().notAfter());
    }

    @Test
    void aReportsSourceReferencesDateNothing() {
        List<Event> events = events("In the early hours of 3 August 2014 fighters of the Islamic State group attacked Sinjar. The "
                + "Peshmerga units stationed in the district withdrew, and the militants took Sinjar town the same day [UN COI, "
                + "June 2016; UPI, 17 October 2017]. On 15 August 2014 the residents of Kocho were ordered to gather at the school. "
                + "The women and children were taken to Solagh, where the older women were executed the following day [Amnesty "
                + "International, 18 August 2014; USHMM, undated].", LocalDate.of(2018, 9, 28));
        Event capture = only(events, EventType.CAPTURE);
        assertEquals(LocalDate.of(2014, 8, 3), capture.date().notBefore());
        Event execution = only(events, EventType.EXECUTION);
        assertEquals("Solagh", execution.place().label());
        assertEquals(LocalDate.of(2014, 8, 16), execution.date().notBefore());
    }

    @Test
    void anAnniversaryPageDatesItsEntriesByTheirHeadings() {
        List<Event> events = events("2014 · Five years ago today\nIslamic State takes Tabqa air base\n\nIslamic State fighters "
                + "overran the Tabqa military airport on this day in 2014, ending an assault that had begun on the Tuesday before.\n\n"
                + "2017 · Two years ago today\nTal Afar, day five\n\nIraqi forces took three more neighbourhoods of Tal Afar. "
                + "Three days later the military announced that all of the city's neighbourhoods had been retaken.\n\n"
                + "2019 · This week\nKhan Shaykhun\n\nSyrian government forces this week retook Khan Shaykhun.",
                LocalDate.of(2019, 8, 24));
        Event overran = ofType(events, EventType.CAPTURE).stream().filter(e -> e.place().key().equals("al-tabqa")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2014, 8, 24), overran.date().notBefore());
        assertEquals(LocalDate.of(2014, 8, 19), only(events, EventType.ASSAULT).date().notBefore());
        assertTrue(ofType(events, EventType.CAPTURE).stream().anyMatch(e -> e.date().notBefore().equals(LocalDate.of(2017, 8, 27))),
                events::toString);
        Event khan = ofType(events, EventType.CAPTURE).stream().filter(e -> e.place().key().equals("khan-shaykhun")).findFirst().orElseThrow();
        assertEquals(2019, khan.date().notBefore().getYear());
    }

    @Test
    void aCountrysOfficialSpeakingPlacesNothing() {
        Event smashed = only(events("Islamic State fighters captured the town of Palmyra on 21 May 2015. Syria's director of "
                + "antiquities said that on 27 June 2015 they smashed the lion.", LocalDate.of(2018, 3, 14)), EventType.DESTRUCTION);
        assertEquals("palmyra", smashed.place().key());
    }

    @Test
    void aCatalogueEntrysShortLinesKeepTheStorysTown() {
        Event arch = only(events("Islamic State fighters captured the town of Palmyra on 21 May 2015.\n\nCat. 5\nThe Monumental "
                + "Arch\n3D-printed model, scale 1:50.\nThe arch at the head of the colonnaded street was blown up on Sunday 4 "
                + "October 2015.", LocalDate.of(2018, 3, 14)), EventType.DESTRUCTION);
        assertEquals("palmyra", arch.place().key());
    }

    @Test
    void controlGainedSealedAndCrossedFrontiers() {
        List<Event> events = events("Nimrud came under the militants' control in the summer of 2014. Government forces sealed "
                + "Daraya in November 2012. The Free Syrian Army said Jarablus was under its full control. Turkish tanks and "
                + "special forces then crossed the frontier near Jarablus. Rebels sealed the border.", LocalDate.of(2018, 3, 14));
        assertTrue(ofType(events, EventType.CAPTURE).stream().anyMatch(e -> e.place().key().equals("nimrud")), events::toString);
        assertTrue(ofType(events, EventType.CAPTURE).stream().anyMatch(e -> e.place().key().equals("jarabulus")), events::toString);
        assertEquals("daraya", only(events, EventType.SIEGE).place().key());
        assertEquals("jarabulus", only(events, EventType.ASSAULT).place().key());
    }

    @Test
    void anAttackByHelicoptersIsAnAirRaid() {
        List<Event> events = events("Early on 19 August an attack by government helicopters put the last field hospital in Daraya "
                + "out of action.", LocalDate.of(2016, 8, 25));
        assertEquals("daraya", only(events, EventType.AIRSTRIKE).place().key());
        assertTrue(ofType(events, EventType.ASSAULT).isEmpty(), events::toString);
    }

    @Test
    void aTownTakenApartIsNotTaken() {
        assertTrue(ofType(events("The librarians rescued books in Daraya while the town above them was being taken apart.",
                LocalDate.of(2017, 8, 25)), EventType.CAPTURE).isEmpty());
    }

    @Test
    void aRefusalInTheSubjectNegatesNothing() {
        // only what happened is listed: a negated killing would not be
        Event killed = only(events("In August 2014 the militants overran Sinjar. Men who refused to convert were killed in Sinjar.",
                LocalDate.of(2018, 9, 28)), EventType.KILLING);
        assertEquals("sinjar", killed.place().key());
    }

    @Test
    void fightersWhoDriveOutOfATownWithdrawAndPeopleTakenWithThemAreDetained() {
        List<Event> events = events("The SDF took full control of Manbij on 12 August 2016, after the last Islamic State fighters "
                + "drove out of the town in a convoy; the SDF said the departing militants had taken about 2,000 civilians "
                + "with them as human shields. In 2017 the army drove the militants out of Deir Hafer.", LocalDate.of(2019, 3, 26));
        Event left = only(events, EventType.WITHDRAWAL);
        assertEquals("manbij", left.place().key());
        assertEquals("islamic-state", left.agent().key());
        assertEquals("manbij", only(events, EventType.DETENTION).place().key());
        assertEquals(List.of("manbij", "deir-hafer"), ofType(events, EventType.CAPTURE).stream().map(e -> e.place().key()).toList());
    }

    @Test
    void bombsDroppedAndRussiasBombingAreAirStrikesAndHazardCodesNoBombing() {
        List<Event> events = events("Eastern Ghouta is a group of towns and farms just outside Damascus.\n\nThe Syrian army has "
                + "surrounded the area since 2013. Syrian government planes dropped bombs on Douma day after day.\n\n"
                + "Since Russia began bombing to help the government in September 2015, the army has won back land.\n\n"
                + "SD-BJI-011 | Baiji | IED-V, BT, UXO-G | Priority: high", LocalDate.of(2018, 3, 20));
        // the area is the enclave, not the capital named to say where it lies
        assertEquals("eastern-ghouta", only(events, EventType.SIEGE).place().key());
        List<Event> strikes = ofType(events, EventType.AIRSTRIKE);
        assertEquals(List.of("Syrian government", "Russia"), strikes.stream().map(e -> e.agent().label()).toList());
        assertEquals(List.of(), ofType(events, EventType.BOMBING));
    }

    @Test
    void stocksSetAlightAreDestroyed() {
        Event fire = only(events("Islamic State fighters set the oil wells around Qayyarah alight as they pulled back.",
                LocalDate.of(2016, 10, 25)), EventType.DESTRUCTION);
        assertEquals("islamic-state", fire.agent().key());
    }

    @Test
    void aMonthWithoutItsYearJustBeforeTheStorysTimeIsInItsYearAndNeverAfterPublication() {
        List<Event> events = events("Iraqi forces seized the Qayyarah air base on 9 July 2016 and took the town on 25 August. "
                + "From late June onwards Islamic State fighters set fire to oil wells around the town.\n\n"
                + "An article about the fall of Hajin on 15 December 2018 said the SDF offensive against the town had begun in "
                + "November.", LocalDate.of(2019, 3, 26));
        assertEquals(LocalDate.of(2016, 6, 21), only(events, EventType.DESTRUCTION).date().notBefore());
        assertEquals(LocalDate.of(2018, 11, 1), only(events, EventType.ASSAULT).date().notBefore());
    }

    @Test
    void thatYearTheFollowingMonthAndAToldTimeDateTheStory() {
        List<Event> events = events("On 16 January 2016 Islamic State fighters stormed the northern suburb of al-Baghaliyah.\n\n"
                + "On 17 September that year, aircraft of the US-led coalition struck Syrian army positions near Deir ez-Zor.\n\n"
                + "The following January an Islamic State offensive cut the government enclave in Deir ez-Zor in two.\n\n"
                + "Relief came in the autumn of 2017. On 5 September an army column reached the city and broke the siege of Deir "
                + "ez-Zor.", LocalDate.of(2019, 2, 16));
        assertEquals(LocalDate.of(2016, 9, 17), only(events, EventType.AIRSTRIKE).date().notBefore());
        assertEquals(List.of(LocalDate.of(2016, 1, 16), LocalDate.of(2017, 1, 1)), ofType(events, EventType.ASSAULT).stream()
                .map(e -> e.date().notBefore()).toList());
        assertEquals(LocalDate.of(2017, 9, 5), only(events, EventType.SIEGE).date().notBefore());
        // a lasting state's start moves nothing
        Event detained = only(events("Fighting broke out in Hasakah on Wednesday, when the Asayish clashed with the National "
                + "Defence Forces. Hasakah has been split between Kurdish forces and the government since 2013. The trigger "
                + "was the detention of several young Kurds by militiamen.", LocalDate.of(2016, 8, 23)), EventType.DETENTION);
        assertEquals(2016, detained.date().notBefore().getYear());
    }

    @Test
    void aPassiveClauseWithoutASubjectSharesTheSentences() {
        List<Event> events = events("Lot 4, Rutba. The town fell to Islamic State in June 2014, in the same week as al-Qaim, "
                + "and was retaken by Iraqi forces on 19 May 2016.\n\nHit fell to the militants in October 2014 and was "
                + "retaken in April 2016 after a battle near Ramadi.", LocalDate.of(2019, 2, 11));
        assertEquals(List.of("rutba", "rutba", "hit", "hit"), ofType(events, EventType.CAPTURE).stream()
                .map(e -> e.place().key()).toList());
    }

    @Test
    void theCampIsTheCampNamedBeforeHoweverFarBack() {
        List<Event> events = events("The play is set in one street of the Yarmouk camp in southern Damascus.\n\n"
                + "Yarmouk was set up in 1957 for Palestinian refugees and grew into a district of Damascus with its own "
                + "markets and schools, and the camp's story is told by the people who queued for bread there.\n\n"
                + "On 1 April 2015 Islamic State fighters pushed into the camp from Hajar al-Aswad and fought the faction "
                + "Aknaf Bait al-Maqdis street by street. At the end of April fighters linked to the Nusra Front were "
                + "taken out of the camp by bus.", LocalDate.of(2019, 2, 1));
        assertEquals("yarmouk", only(events, EventType.ASSAULT).place().key());
        Event left = only(events, EventType.WITHDRAWAL);
        assertEquals("yarmouk", left.place().key());
        assertEquals("al-nusra-front", left.agent().key());
    }

    @Test
    void categoriesWrittenInCapitalsAreCodesNotEvents() {
        List<Event> events = events("Jisr al-Shughur in April 2015 is coded as a CAPTURE (25 April), a SIEGE of the hospital "
                + "and a WITHDRAWAL (22 May), each with its own record.", LocalDate.of(2019, 3, 14));
        assertEquals(List.of(), events);
    }

    @Test
    void aHoldTellsACaptureAtItsStartAndMostOfAPlaceHeldIsOneWon() {
        List<Event> events = events("The offensive on Tal Afar, which Islamic State had held since mid-June 2014, began on "
                + "20 August.\n\nFour days after the attack on Idlib the alliance held almost the whole city.",
                LocalDate.of(2017, 10, 26));
        List<Event> captures = ofType(events, EventType.CAPTURE);
        assertEquals(List.of("tal-afar", "idlib"), captures.stream().map(e -> e.place().key()).toList());
        assertEquals("islamic-state", captures.get(0).agent().key());
        assertEquals(LocalDate.of(2014, 6, 11), captures.get(0).date().notBefore());
    }

    @Test
    void termsAgreedAndTerritoryHandedOverAreSurrendersAndSoldiersCapturedAreDetained() {
        List<Event> events = events("Government forces attacked Daraa in June.\n\nOn 6 July rebel commanders in Daraa agreed "
                + "terms with Russian officers. A week later "
                + "rebels in Quneitra agreed to hand over their territory.\n\nIn Jisr al-Shughur the factions captured "
                + "more than 100 soldiers and militiamen.", LocalDate.of(2018, 9, 3));
        assertEquals(2, ofType(events, EventType.SURRENDER).size());
        assertEquals("jisr-al-shughur", only(events, EventType.DETENTION).place().key());
        assertEquals(List.of(), ofType(events, EventType.CAPTURE));
    }

    @Test
    void strikesThatBackAPushStrikeWhereItGoes() {
        List<Event> events = events("The YPG, backed by coalition air strikes, pushed into Tal Abyad on 15 June 2015.\n\n"
                + "Free Syrian Army factions, backed by US and Turkish strikes, took al-Rai on 7 April 2016.",
                LocalDate.of(2019, 11, 5));
        List<Event> strikes = ofType(events, EventType.AIRSTRIKE);
        assertEquals(List.of("tal-abyad", "al-rai", "al-rai"), strikes.stream().map(e -> e.place().key()).toList());
        assertEquals(List.of("united-states", "turkey"), strikes.subList(1, 3).stream().map(e -> e.agent().key()).toList());
    }

    @Test
    void coordinatedForcesAreEachAnAgentOfTheOneEvent() {
        List<Event> events = events("Russian and Syrian jets struck Saraqib on 4 February 2018.\n\nUS and Iraqi aircraft "
                + "bombed Hawija on 6 February 2018.\n\nThe Iraqi army and the Peshmerga retook Bashiqa on 7 February 2018.",
                LocalDate.of(2018, 2, 20));
        assertEquals(List.of("russia", "syrian-government", "united-states", "iraqi-government-forces"),
                agents(events, EventType.AIRSTRIKE));
        assertEquals(List.of("iraqi-government-forces", "peshmerga"), agents(events, EventType.CAPTURE));
    }

    @Test
    void aLogEntrysHeadDatesItsLinesAndTheirToday() {
        List<Event> events = events("Entries are written by the officer on shift.\n\nSat 9 Jul 2016 · ERB · stores officer\n"
                + "[SIT] Iraqi forces took the Qayyarah West airbase today.\n[S] Dressings low.\n\nThu 25 Aug 2016 · ERB · "
                + "duty pharmacist\n[SIT] Iraqi forces retook Qayyarah town today.", LocalDate.of(2016, 11, 3));
        assertEquals(List.of(LocalDate.of(2016, 7, 9), LocalDate.of(2016, 8, 25)), ofType(events, EventType.CAPTURE).stream()
                .map(e -> e.date().notBefore()).toList());
    }

    @Test
    void unnamedVillagesByATownAreAtTheTownAndItsDefendersInsideAreBesiegedThere() {
        List<Event> events = events("Air strikes hit Tal Abyad on 9 October 2019. On 10 October Turkish troops pushed into "
                + "villages east of Tal Abyad. Rebels said they had taken the town itself on 13 October.\n\nRas al-Ayn held out "
                + "longer. For days the Kurdish fighters inside were encircled by Turkish forces.\n\nShelling on 9 October "
                + "knocked out the water station east of Ras al-Ayn, and a Turkish push on Qamishli is not expected.",
                LocalDate.of(2019, 11, 18));
        assertEquals("tal-abyad", only(events, EventType.ASSAULT).place().key());
        assertEquals("tal-abyad", only(events, EventType.CAPTURE).place().key());
        assertEquals("ras-al-ayn", only(events, EventType.SIEGE).place().key());
        assertEquals("ras-al-ayn", only(events, EventType.DESTRUCTION).place().key());
    }

    @Test
    void theDeclaredEndOfTheCaliphateIsTheCaptureOfItsLastGround() {
        Event capture = only(events("Many families came from Baghuz, the Euphrates village where the Syrian Democratic Forces "
                + "declared the end of the Islamic State's territorial \"caliphate\" on 23 March 2019.", LocalDate.of(2019, 11, 18)),
                EventType.CAPTURE);
        assertEquals("baghuz", capture.place().key());
        assertEquals("syrian-democratic-forces", capture.agent().key());
    }

    @Test
    void coordinatedNamesThatTheWordsAfterThemCallVillagesAreNewPlaces() {
        List<Event> events = events("Before dawn on 19 July 2016, air strikes hit Tokhar and Hoshariyeh, villages north of Manbij.",
                LocalDate.of(2016, 7, 20));
        assertEquals(List.of("Tokhar", "Hoshariyeh"), ofType(events, EventType.AIRSTRIKE).stream()
                .map(e -> e.place().label()).toList());
    }

    @Test
    void stormingBackIntoATownTakesItAgain() {
        Event capture = only(events("On 11 December 2016 Islamic State fighters stormed back into Palmyra and the troops withdrew "
                + "south of the city.", LocalDate.of(2017, 3, 2)), EventType.CAPTURE);
        assertEquals("islamic-state", capture.agent().key());
        assertEquals(LocalDate.of(2016, 12, 11), capture.date().notBefore());
    }

    @Test
    void aParticipleClauseHasTheTimeOfTheClauseItFollows() {
        List<Event> events = events("Warplanes bombed Maarat al-Numan on Tuesday, killing at least 12 people.",
                LocalDate.of(2019, 5, 10));
        assertEquals(LocalDate.of(2019, 5, 7), only(events, EventType.KILLING).date().notBefore());
        assertEquals(LocalDate.of(2019, 5, 7), only(events, EventType.KILLING).date().notAfter());
    }

    @Test
    void overnightIsTheNightBeforePublicationUnlessTheStoryToldAnotherDay() {
        Event strike = only(events("Coalition jets struck Hawija overnight.", LocalDate.of(2017, 9, 22)), EventType.AIRSTRIKE);
        assertEquals(LocalDate.of(2017, 9, 21), strike.date().notBefore());
        assertEquals(LocalDate.of(2017, 9, 22), strike.date().notAfter());
        List<Event> told = events("On 3 March 2016 the army attacked Palmyra. Troops broke into the citadel overnight, and "
                + "the army shelled Palmyra.", LocalDate.of(2019, 5, 10));
        assertTrue(told.stream().allMatch(e -> e.date().notBefore().getYear() == 2016), told::toString);
        Event convoy = only(events("Islamic State fighters left Raqqa in a convoy overnight from Saturday to Sunday.",
                LocalDate.of(2017, 10, 17)), EventType.WITHDRAWAL);
        assertNotEquals(LocalDate.of(2017, 10, 16), convoy.date().notBefore());
    }

    @Test
    void thatYearIsTheYearWrittenJustBeforeIt() {
        List<Event> events = events("This summer the army retook Daraa.\n\nThe quarter is where the protests of March 2011 "
                + "began. On 23 March that year security forces stormed the mosque in Daraa.", LocalDate.of(2018, 9, 3));
        assertEquals(LocalDate.of(2011, 3, 23), only(events, EventType.ASSAULT).date().notBefore());
    }

    @Test
    void aPlacesLiberationTheArmyAnnouncedIsTheGovernmentsCaptureOfEveryPlaceNamed() {
        List<Event> events = events("Iraqi forces attacked Hawija on 21 September 2017, and the prime minister announced the "
                + "town's liberation on 5 October.\n\nSyrian and Russian warplanes bombed the camp for weeks. On 21 May 2018 "
                + "the army announced that Yarmouk and Hajar al-Aswad had been cleared.", LocalDate.of(2019, 2, 1));
        List<Event> captures = ofType(events, EventType.CAPTURE);
        assertEquals(List.of("hawija", "yarmouk", "al-hajar-al-aswad"), captures.stream().map(e -> e.place().key()).toList());
        assertEquals(LocalDate.of(2017, 10, 5), captures.get(0).date().notBefore());
        assertEquals("syrian-government", captures.get(2).agent().key());
    }

    @Test
    void aCapacityAndAWikiNamespaceAreNoEvents() {
        List<Event> events = events("Islamic State retains the capacity for small-scale attacks in Kirkuk and Diyala provinces."
                + "\n\nThere is a discussion at Talk:Siege of Leningrad about merging tables.", LocalDate.of(2017, 10, 26));
        assertEquals(List.of(), events);
    }

    @Test
    void aProvinceThatOnlySaysWhereADescribedTownLiesIsNoPlaceOfItsOwn() {
        List<Event> events = events("The files were assessed after the battle for al-Bab, the last Islamic State stronghold in "
                + "Aleppo province, which Turkish troops attacked from December 2016.", LocalDate.of(2019, 11, 5));
        assertEquals(List.of("al-bab", "al-bab"), events.stream().map(e -> e.place().key()).toList());
    }

    @Test
    void anAircraftShotDownIsADestructionByTheStateWhoseModelItIs() {
        List<Event> events = events("On 24 November 2015 two Turkish F-16s on patrol shot down a Russian Su-24 in the hills of "
                + "northern Latakia.\n\nOn 18 June 2017 a Syrian Su-22 dropped bombs near rebel lines south of Tabqa and was shot down by an "
                + "American F/A-18E.", LocalDate.of(2018, 9, 24));
        assertEquals(List.of("turkey", "united-states"), agents(events, EventType.DESTRUCTION));
        assertEquals(List.of("latakia", "al-tabqa"), ofType(events, EventType.DESTRUCTION).stream().map(e -> e.place().key()).toList());
        assertEquals("syrian-government", only(events, EventType.AIRSTRIKE).agent().key());
        assertEquals(List.of(), events("Food prices brought down the mood in Sinjar on 3 May 2016.", LocalDate.of(2016, 5, 4)));
    }

    @Test
    void shipsAndMissilesFiredAtATargetAreAStrikeOfTheirState() {
        Event strike = only(events("Before dawn on 7 April 2017 the destroyers USS Ross and USS Porter fired 59 Tomahawk missiles "
                + "at Shayrat.", LocalDate.of(2017, 4, 8)), EventType.AIRSTRIKE);
        assertEquals("united-states", strike.agent().key());
        assertEquals("shayrat", strike.place().key());
        Event reaper = only(events("On 26 March 2018 an RAF Reaper fired a Hellfire at three fighters in a car near Raqqa.",
                LocalDate.of(2018, 5, 2)), EventType.AIRSTRIKE);
        assertEquals("united-kingdom", reaper.agent().key());
    }

    @Test
    void aDatedEntryTitleDatesTheEntryUnderItAndIsNoEventOfItsOwn() {
        List<Event> events = events("Incident archive, newest last.\n\n[2015-11-24] Border sector — Su-24 shot down near Latakia\n"
                + "Two Turkish F-16s shot down a Russian Su-24 near the border in northern Latakia. The pilot was killed by ground fire "
                + "from Turkmen rebels as he came down.\n\n4.1.3 — 18 November 2017\n• Rawa: Iraqi troops retook the town on "
                + "Friday after five hours of fighting.", LocalDate.of(2018, 9, 24));
        Event downed = only(events, EventType.DESTRUCTION);
        assertEquals(LocalDate.of(2015, 11, 24), downed.date().notBefore());
        Event pilot = only(events, EventType.KILLING);
        assertEquals(LocalDate.of(2015, 11, 24), pilot.date().notBefore());
        assertEquals("syrian-turkmen-brigades", pilot.agent().key());
        assertEquals(LocalDate.of(2017, 11, 17), only(events, EventType.CAPTURE).date().notBefore());
    }

    @Test
    void aDateThatOpensAParagraphAsASentenceDatesIt() {
        List<Event> events = events("Six dates the members remember.\n\n14 April 2018. Four Tornados fired Storm Shadow missiles at "
                + "a former missile base near Homs.\n\n3 December 2015. Within hours four Tornados struck targets near Raqqa.",
                LocalDate.of(2019, 4, 1));
        assertEquals(List.of(LocalDate.of(2018, 4, 14), LocalDate.of(2015, 12, 3)),
                ofType(events, EventType.AIRSTRIKE).stream().map(e -> e.date().notBefore()).toList());
    }

    @Test
    void anEntryMetByNoResistanceIsACaptureAndNoDenial() {
        List<Event> events = events("On 7 August 2014 its fighters drove into Tel Keppe without meeting resistance, and Bartella "
                + "and Karamles were overrun once their people had fled.\n\nOn 18 March 2018 Turkish troops entered Afrin largely "
                + "unopposed.", LocalDate.of(2019, 6, 1));
        assertEquals(List.of("tel-keppe", "bartella", "karamles", "afrin"),
                ofType(events, EventType.CAPTURE).stream().map(e -> e.place().key()).toList());
        assertEquals(List.of(), ofType(events, EventType.ASSAULT));
    }

    @Test
    void aClaimDeniedInTheNextSentenceOrOpenedByNoneOfDidNotHappen() {
        List<Event> events = events("Some candidates wrote that Turkish forces went on to capture Manbij in 2017. They did not, and "
                + "no credit is given.\n\nIn none of the incidents listed here was a civil aircraft struck by jets near Damascus.",
                LocalDate.of(2019, 6, 1));
        assertEquals(List.of(), events);
    }

    @Test
    void historyRecalledLongBeforeTheWarsIsNoEventAndDoesNotMoveTheStory() {
        List<Event> events = events("The talk on the massacres of 1915, in which thousands were killed in Mardin, is online.\n\n"
                + "The rally marked the Battle of Gallipoli of 1915. Euphrates Shield drove Islamic State from Jarablus on 24 "
                + "August.", LocalDate.of(2017, 3, 1));
        assertTrue(ofType(events, EventType.KILLING).isEmpty(), events::toString);
        assertTrue(events.stream().allMatch(e -> e.date() == null || e.date().notBefore().getYear() > 2000), events::toString);
    }

    @Test
    void aWeekdayTellsTheYearOfADateWithoutOne() {
        List<Event> events = events("Mosul, July 2014. The militants told Christians to leave, and on Saturday 19 July they seized "
                + "the last church in Mosul.", LocalDate.of(2017, 8, 6));
        assertEquals(LocalDate.of(2014, 7, 19), only(events, EventType.CAPTURE).date().notBefore());
    }

    @Test
    void aPersonCapturedIsADetentionAndAReliefConvoyEnteringIsNoAttack() {
        List<Event> events = events("On 24 December 2014 a Jordanian F-16 came down near Raqqa and its pilot, Lieutenant Muath "
                + "al-Kasasbeh, was captured by Islamic State.\n\nThe first aid convoy entered Madaya on 11 January 2016.",
                LocalDate.of(2019, 4, 1));
        assertEquals("raqqa", only(events, EventType.DETENTION).place().key());
        assertTrue(ofType(events, EventType.CAPTURE).isEmpty(), events::toString);
        assertTrue(ofType(events, EventType.ASSAULT).isEmpty(), events::toString);
    }

    @Test
    void deathsInARelativeClauseHaveTheDayOfTheBombingAndAChoiceOfDeathIsNoKilling() {
        List<Event> events = events("After the two suicide bombings in Baghdad on Monday 15 January, which killed at least 38 people, "
                + "the layer is back on.\n\nThe prime minister told the militants in Tal Afar to get out or be killed.",
                LocalDate.of(2018, 1, 22));
        Event killing = only(events, EventType.KILLING);
        assertEquals(LocalDate.of(2018, 1, 15), killing.date().notBefore());
        assertEquals("baghdad", killing.place().key());
    }

    @Test
    void aGassingIsToldByItsDeathsAndAnOffensiveOnHoldDidNotHappen() {
        List<Event> events = events("Rescuers said a suspected chemical attack on Douma on 7 April 2018 killed at least 40 people.\n\n"
                + "The agreement signed in Sochi on 17 September put the offensive on Idlib on hold.", LocalDate.of(2018, 10, 2));
        assertEquals(List.of(EventType.KILLING), events.stream().map(Event::type).toList());
    }

    @Test
    void rebelsInATownWhoAgreeToGiveItUpSurrenderThere() {
        Event surrender = only(events("After four years of siege, the rebels in Darayya agreed on 25 August 2016 to give up the town.",
                LocalDate.of(2018, 10, 2)), EventType.SURRENDER);
        assertEquals("daraya", surrender.place().key());
        assertEquals(LocalDate.of(2016, 8, 25), surrender.date().notBefore());
    }

    @Test
    void aForceThatAnnouncesItsOwnDeedIsItsAgentAndTheyAreTheFirstOfTheForcesBefore() {
        List<Event> events = events("On 21 May 2018 the Syrian army announced that it had driven the Islamic State out of the Yarmouk "
                + "camp, a month after launching its offensive there on 20 April.\n\nOn 8 February 2017 Turkish troops and Free "
                + "Syrian Army factions fought their way into al-Bab. They took full control of al-Bab on 23 February 2017.\n\n"
                + "The minister said: \"Damascus and all the areas around it are now completely secure.\"", LocalDate.of(2018, 10, 2));
        assertEquals(List.of("syrian-government", "turkey"), agents(events, EventType.CAPTURE));
        assertEquals("syrian-government", agents(events, EventType.ASSAULT).get(0));
        assertTrue(events.stream().noneMatch(e -> e.place().key().equals("damascus")), events::toString);
    }

    @Test
    void aDowningToldOfAircraftNamedBeforeIsNoNewEvent() {
        List<Event> events = events("The statement said that air defences in Damascus confronted the hostile aircraft and downed one "
                + "of them on 17 March 2017.", LocalDate.of(2017, 3, 18));
        assertTrue(ofType(events, EventType.DESTRUCTION).isEmpty(), events::toString);
    }

    @Test
    void itsFightersAreTheFightersOfTheSubjectToldAfterADate() {
        List<Event> events = events("The Peshmerga pulled out of the plain during the night. On 7 August 2014 the Islamic State was "
                + "inside Qaraqosh. In the same hours its fighters drove into Tel Keppe without meeting resistance.",
                LocalDate.of(2017, 8, 6));
        assertEquals(List.of("islamic-state"), agents(events, EventType.CAPTURE));
    }

    @Test
    void aLabelledCaptionEndingInItsDayDatesTheTextUnderIt() {
        List<Event> events = events("Section A: sources.\n\nSource A: adapted from a news agency report, 16 October 2016.\n\n"
                + "Syrian rebel factions backed by Turkish tanks took Dabiq from Islamic State on Sunday.", LocalDate.of(2019, 6, 1));
        assertEquals(LocalDate.of(2016, 10, 16), only(events, EventType.CAPTURE).date().notBefore());
    }

    @Test
    void aStoryYearCarriesPastWeekdayDatesAndADayThatOpensAParagraphMovesIt() {
        List<Event> events = events("On 3 August 2014 Islamic State fighters overran Zumar. On Thursday 7 August the group took the "
                + "dam itself.\n\nUS aircraft began striking militant positions around Mosul Dam on 16 August, nine strikes that day."
                + "\n\nZumar followed on 25 October. Peshmerga columns took the town by midday.", LocalDate.of(2019, 2, 14));
        Event strike = only(events, EventType.AIRSTRIKE);
        assertEquals(LocalDate.of(2014, 8, 16), strike.date().notBefore());
        assertEquals("mosul-dam", strike.place().key());
        Event retaken = ofType(events, EventType.CAPTURE).stream().filter(e -> "peshmerga".equals(e.agent().key())).findFirst().orElseThrow();
        assertEquals(2014, retaken.date().notBefore().getYear());
        assertEquals(10, retaken.date().notBefore().getMonthValue());
    }

    @Test
    void aDamNamedOnlyInTheHeadlineIsTheDamTheTextMeans() {
        List<Event> events = events("Site Report MD-01: Mosul Dam Lake (Winter Count, January 2019)\n\nThe reasons belong to the war."
                + "\n\nOn 3 August 2014 Islamic State fighters overran Zumar, together with the Ain Zalah oilfield. On Thursday 7 "
                + "August the group took the dam itself.", LocalDate.of(2019, 2, 14));
        assertEquals(List.of("zumar", "ain-zalah", "mosul-dam"), ofType(events, EventType.CAPTURE).stream().map(e -> e.place().key()).toList());
    }

    @Test
    void aSecondVerbSharesTheSubjectAndADriveFromATownIsAJourney() {
        List<Event> events = events("The Kurds entered Zumar in September 2014 but pulled out again after heavy losses.\n\n"
                + "We thank the volunteers who drove from Duhok and Erbil before dawn.", LocalDate.of(2019, 2, 14));
        assertEquals(List.of("peshmerga"), agents(events, EventType.WITHDRAWAL));
        assertTrue(ofType(events, EventType.CAPTURE).isEmpty(), events::toString);
    }

    @Test
    void membersOfTheFirstGroupLeadAndTheMilitantsAreTheGroupThisParagraphNamed() {
        List<Event> events = events("Islamic State holds the east. Islamic State fighters are everywhere. Islamic State is strong.\n\n"
                + "On 2 August 2014 the army arrested Imad Jomaa at a checkpoint near Arsal. Within hours fighters of the Nusra Front "
                + "and of Islamic State attacked army positions around Arsal. By the time a truce held on 7 August they had "
                + "withdrawn into the jurd. At the end of that month Islamic State released a video of a captured army sergeant "
                + "being beheaded in the hills near Arsal.", LocalDate.of(2019, 5, 12));
        assertEquals(List.of("lebanon"), agents(events, EventType.DETENTION));
        assertEquals("al-nusra-front", agents(events, EventType.ASSAULT).get(0));
        assertEquals(List.of("al-nusra-front"), agents(events, EventType.WITHDRAWAL));
        assertEquals(List.of("islamic-state"), agents(events, EventType.EXECUTION));
    }

    @Test
    void anInvertedConditionAFlightAndAnAbandonedCityTellNoEvent() {
        List<Event> events = events("Should the refinery at Baniyas be damaged by an attack, premiums would rise.\n\nOn Tuesday 24 "
                + "July 2018 Israel shot down a Syrian Sukhoi jet with two Patriot missiles after, it said, the plane crossed into the "
                + "Golan Heights. On Thursday pro-government forces raised the flag in the abandoned city of Quneitra.",
                LocalDate.of(2018, 7, 27));
        assertEquals("golan-heights", only(events, EventType.DESTRUCTION).place().key());
        assertTrue(ofType(events, EventType.ASSAULT).isEmpty(), events::toString);
        assertTrue(ofType(events, EventType.WITHDRAWAL).isEmpty(), events::toString);
        assertEquals(List.of("syrian-government"), agents(events, EventType.CAPTURE));
    }

    @Test
    void anAllianceThatNamesItselfIsTheAgentNotTheGroupsThatLeadIt() {
        List<Event> events = events("Please take your time in Room 2.\n\nOn 24 March 2015 an alliance of Islamist factions calling "
                + "itself the Army of Conquest, led by the Nusra Front and Ahrar al-Sham, launched an attack on Idlib city. After "
                + "four days of fighting it took the city on 28 March.", LocalDate.of(2019, 3, 4));
        assertEquals(List.of("jaysh-al-fatah"), agents(events, EventType.ASSAULT));
        assertEquals(List.of("jaysh-al-fatah"), agents(events, EventType.CAPTURE));
    }

    @Test
    void aFestivalIsNoPlaceAndASectionDateCarriesToTheStoryUnderIt() {
        List<Event> events = events("SCENARIO 1: OPERATION ASHURA (JURF AL-SAKHAR, 24-26 OCTOBER 2014)\n\nHistorical background\n"
                + "Jurf al-Sakhar is a farming town. Islamic State fighters had held it since the summer.\n\nOn 24 October the Iraqi "
                + "army launched Operation Ashura against Jurf al-Sakhar. Saadiya fell to the militants in June 2014, and in August, "
                + "as the Peshmerga fell back across the north, Islamic State took Jalawla.", LocalDate.of(2019, 3, 1));
        assertTrue(events.stream().allMatch(e -> e.place().key().matches("jurf-al-sakhar|saadiya|jalawla")), events::toString);
        assertTrue(ofType(events, EventType.ASSAULT).stream().anyMatch(e -> e.date().isOneDay()
                && e.date().notBefore().equals(LocalDate.of(2014, 10, 24))), events::toString);
        assertEquals("islamic-state", ofType(events, EventType.CAPTURE).stream().filter(e -> e.place().key().equals("jalawla"))
                .findFirst().orElseThrow().agent().key());
    }

    @Test
    void alliesNamedAsAnAsideAndAGovernmentThatAnnouncesALiberationLeaveTheStateForcesAsAgent() {
        List<Event> events = events("Government forces and allied militias, among them Hezbollah fighters, finally took Albu Kamal on "
                + "19 November 2017.\n\nThe terrorists of Daesh infiltrated Abu Kamal on the night of 9 November, hours after the "
                + "General Command of the Army announced on Thursday the liberation of the city.", LocalDate.of(2017, 11, 20));
        assertEquals(List.of("syrian-government", "syrian-government"), agents(events, EventType.CAPTURE));
    }

    @Test
    void soldiersCapturedInAnEarlierYearDoNotMoveTheStory() {
        List<Event> events = events("Before dawn on 19 August 2017 the Lebanese army launched its offensive near Ras Baalbek.\n\n"
                + "Hezbollah said the militants had agreed to show where the soldiers captured in 2014 were buried. On 30 August "
                + "coalition aircraft cratered the desert road towards Abu Kamal.", LocalDate.of(2019, 5, 12));
        assertEquals(LocalDate.of(2017, 8, 30), only(events, EventType.AIRSTRIKE).date().notBefore());
    }

    @Test
    void aPocketGivenUpAfterBombingByWarplanesIsASurrenderAfterAirStrikes() {
        List<Event> events = events("On Monday 30 July 2018 the last fighters of the Khalid ibn al-Walid Army gave up their pocket "
                + "near Daraa, after days of bombing by Russian and Syrian warplanes.\n\nSince 2013 the volunteers have pulled "
                + "people from the rubble of bombed houses across Daraa.\n\nOn 6 July 2018 the rebels in Daraa agreed, in talks "
                + "with Russian officers, to hand over their heavy weapons. Two guesthouses in Daraa take walkers.",
                LocalDate.of(2018, 8, 1));
        assertEquals(List.of(EventType.SURRENDER, EventType.AIRSTRIKE, EventType.AIRSTRIKE, EventType.SURRENDER),
                events.stream().map(Event::type).toList());
    }

    @Test
    void anUpdateDatedAfterThePageDatesItsWeekdays() {
        List<Event> events = events("Published: 11 July 2018\n\nThe petition text.\n\nUpdate, 27 July 2018 - Government response\n"
                + "The Foreign Office has responded.\nOn Thursday pro-government forces raised the flag in Quneitra.\n\n"
                + "Update, 22 July 2018\nThe rebels in Quneitra have begun to leave: since Friday, convoys of buses have carried "
                + "fighters and their families from Quneitra north to Idlib.", LocalDate.of(2018, 7, 11));
        assertEquals(LocalDate.of(2018, 7, 26), only(events, EventType.CAPTURE).date().notBefore());
        Event left = only(events, EventType.WITHDRAWAL);
        assertEquals(LocalDate.of(2018, 7, 20), left.date().notBefore());
        assertEquals("free-syrian-army", left.agent().key());
    }

    @Test
    void aStatesAdjectiveBeforeItsTroopsNamesItsForces() {
        List<Event> events = events("On 11 November 2022 Ukrainian troops entered Kherson after Russian forces withdrew across the "
                + "Dnipro.", LocalDate.of(2022, 12, 1));
        // a town entered after its holders withdrew is a town taken
        assertEquals(List.of("ukraine"), agents(events, EventType.CAPTURE));
        assertEquals(List.of("russia"), agents(events, EventType.WITHDRAWAL));
    }

    @Test
    void missilesAndDronesFiredByAnyForceAreStrikesAndAClashNamesItsSidesAfterItsPlace() {
        List<Event> events = events("On 17 April 2023 Houthi rebels fired a missile at a tanker off Tartus.\n\nOn 20 April 2023 Russia "
                + "launched a wave of Shahed drones at Homs overnight.\n\nOn 15 April 2023 fighting broke out in Aleppo between "
                + "the Sudanese army and the Rapid Support Forces.", LocalDate.of(2023, 5, 1));
        assertEquals(List.of("houthis", "russia"), agents(events, EventType.AIRSTRIKE));
        Event clash = only(events, EventType.CLASH);
        assertEquals("sudanese-armed-forces", clash.agent().key());
        assertEquals("rapid-support-forces", clash.target().key());
    }

    @Test
    void missileStrikesOnTownsAreStrikesAndHostagesTakenAreNoCapture() {
        List<Event> events = events("On 24 February 2022 Russia launched a full-scale invasion of Ukraine, with missile strikes on "
                + "Kyiv and Kharkiv.\n\nOn 7 October 2023 gunmen attacked communities near the Gaza Strip, killing about 1,200 "
                + "people and taking 251 hostages.", LocalDate.of(2023, 12, 31));
        assertEquals(List.of("kyiv", "kharkiv"), ofType(events, EventType.AIRSTRIKE).stream().map(e -> e.place().key()).toList());
        assertTrue(ofType(events, EventType.CAPTURE).isEmpty(), events::toString);
        assertEquals(1, ofType(events, EventType.DETENTION).size());
    }
}
