package org.claimgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Heads of articles in many shapes: kicker lines, bylines with roles and co-authors, outlet lines, datelines. */
class MetadataShapesTest {

    private static final String BODY = "Government forces entered the town on Thursday after a week of fighting, "
            + "officials said, and began clearing the streets of mines left behind by the retreating militants.\n\n"
            + "The town had been held by the group for more than two years, and most of its residents had fled.\n";

    /** head lines, then title, published, publisher, author (null: not stated). */
    static Stream<Arguments> heads() {
        return Stream.of(
                // listings dated by the week they cover and the day they went on sale: the day on sale
                Arguments.of("THE DIAL\nYour week in television | 9-15 July 2016 | On sale Thursday 7 July 2016\n\nPICK OF THE WEEK\n"
                        + "Thirty-Four Days: the 2006 war, ten years on\n\n",
                        "Thirty-Four Days: the 2006 war, ten years on", "2016-07-07", "THE DIAL", null),
                // a handling note on the line that dates the page still dates it
                Arguments.of("LANAO NETWORK\nWorking Glossary: Marawi Response\nVersion 3 | Issued 6 November 2017 | Not for publication\n\n"
                        + "HOW TO USE THIS\n\nEntries give the English term, the usual rendering, and a context note so that you "
                        + "understand what a speaker is likely to mean here.\n",
                        "Working Glossary: Marawi Response", "2017-11-06", "LANAO NETWORK", null),
                // a bulletin: the headline stands over the line that dates it, not beside the field lines further down
                Arguments.of("St Thomas Parish — Eastfield\nHome | Mass Times | Youth | Donate | Contact\n\nBulletin Archive > 2018 > May\n\n"
                        + "WEEKLY BULLETIN\nA year since the return to the Plain\nPentecost — Sunday 20 May 2018\n"
                        + "Issue 20/2018 · Prepared by the parish office\n\nMASS TIMES\nSaturday vigil: 6.00 pm\nMonday to Friday: 7.30 am\n"
                        + "Confessions: Saturday 4.00 pm\n\n",
                        "A year since the return to the Plain", "2018-05-20", "St Thomas Parish", null),
                // a headline in capitals over its deck, both over the date line; a row of bracketed links is no headline
                Arguments.of("FERRY LINE OPERATIONS\n[Briefing] [Notices] [Route library] [Log out]\n\nBriefing > Digests > East\n\n"
                        + "ROUTE DIGEST: EASTERN MEDITERRANEAN SECTORS\nArchive of incidents and current restrictions\n"
                        + "Issue 7 · Published 3 MAR 2019 · Prepared by the duty team\n\n",
                        "ROUTE DIGEST: EASTERN MEDITERRANEAN SECTORS", "2019-03-03", "FERRY LINE OPERATIONS", null),
                // a past paper: "Published for teachers, May 2019" dates it; a bar of links under it is no headline
                Arguments.of("WESTFIELD EXAM BOARD\nPast papers > History > 2019\n\nHistory Certificate\n"
                        + "Paper 1: The war against Islamic State, 2014–2019\nQuestion paper — Published for teachers, May 2019\n"
                        + "Time allowed: 1 hour\nDownload PDF (1 MB) | Mark scheme | Sources insert (PDF)\n\n",
                        "Paper 1: The war against Islamic State, 2014–2019", "2019-05-01", "WESTFIELD EXAM BOARD", null),
                // a store's listing: the company that makes the app publishes it, not the store
                Arguments.of("AppMarket › Travel › Route Alerts: Iraq\n\nRoute Alerts: Iraq\nEastgate Software Ltd · Travel · Rated 12+ · Free\n"
                        + "[Install] [Share]\n\nAbout this app\n",
                        "Route Alerts: Iraq", null, "Eastgate Software Ltd", null),
                // a newsletter: the contents' heading is no headline
                Arguments.of("VETERANS OF THE NORTH WING\nHome | Newsletter | Reunions | Join\n\nNewsletter > Issue 12\n\n"
                        + "NEWSLETTER No. 12 — AUTUMN 2018\nPublished October 2018 by the committee\n\nIn this issue\n- Chairman's notes\n"
                        + "- Reunion booking form\n- Last Post\n\n",
                        "NEWSLETTER No. 12 — AUTUMN 2018", "2018-10-01", "VETERANS OF THE NORTH WING", null),
                // a workspace export: the day it was generated publishes it; a legend listing its flags is no headline
                Arguments.of("Relief workspace › Logs › Southern hubs\n[Export · read-only · generated Thu 3 Nov 2016 10:02 UTC · "
                        + "9 entries]\n\nHarbour Medical Supply Group\nSTOCK LOG – SOUTHERN HUBS (ERBIL / DOHUK), JUNE–OCTOBER 2016\n\n"
                        + "Legend: [S] stock flag · [SIT] situation note · [SEC] security\nHubs: ERB = Erbil store · DHK = Dohuk "
                        + "store\nEntries are written by the officer on shift and checked by the stores manager.\n\n",
                        "STOCK LOG – SOUTHERN HUBS (ERBIL / DOHUK), JUNE–OCTOBER 2016", "2016-11-03", "Harbour Medical Supply Group", null),
                // a record's date given as a field: the day it was added publishes it
                Arguments.of("Lowmarsh Law Centre\nHome | Get advice | Precedent bank | Donate\n\nPrecedent bank › Iraq › "
                        + "Statements\n\nWitness statement (anonymised): Mosul and the road south, 2016–2017\n\nAdded to the "
                        + "precedent bank: 5 June 2018 · Document type: witness statement · Outcome: appeal allowed\n\n",
                        "Witness statement (anonymised): Mosul and the road south, 2016–2017", "2018-06-05", "Lowmarsh Law Centre", null),
                // a campaign page: who organises it and how far it got are no headline
                Arguments.of("Harbour Giving\nDiscover | Start a campaign | How it works | Sign in\n\nCommunity > Education\n\n"
                        + "Reopen the Reading Room in the Old Quarter\nOrganised by the Reading Room Committee (UK) | Beneficiary: "
                        + "Reading Room Committee\nCampaign created 3 September 2018 | Category: Education\n\n"
                        + "GBP 18,640 raised of GBP 30,000 goal\n412 backers | 19 days to go | 62% funded\n\n",
                        "Reopen the Reading Room in the Old Quarter", "2018-09-03", "Harbour Giving", null),
                // a site's masthead over its navigation, not the venue named before a run's dates, publishes the page
                Arguments.of("THE HARBOUR HALL THEATRE\nHome | What's On | Book Tickets | Your Visit | About\n\n"
                        + "What's On > Studio > The Long Queue > Digital programme\n\nThe Long Queue at the Bakery\n"
                        + "Studio Theatre | 7 February - 2 March 2019 | Running time about two hours\n\n",
                        "The Long Queue at the Bakery", "2019-03-02", "THE HARBOUR HALL THEATRE", null),
                // a chat export: the group's name is its title, the workspace its publisher
                Arguments.of("Kestrel Messenger · chat export (text only)\nGroup: Harbour Response – coordination\n"
                        + "Workspace: Basalt Relief Network\nExported: 13/07/2018, 07:42 by Amman hub\n"
                        + "Attachments were not included in this export.\n\n",
                        "Harbour Response – coordination", "2018-07-13", "Basalt Relief Network", null),
                // a Markdown wiki page: its first "# " heading is the title, a period in brackets included
                Arguments.of("conflict-notes / wiki · Conflict Notes\n\n# Euphrates valley campaign (October–November 2017)\n\n"
                        + "> **Status:** stub · last edited 25 November 2017 by `@riverbank`\n"
                        + "> Please follow the [sourcing guide](Sourcing-guide) before adding casualty figures.\n\n",
                        "Euphrates valley campaign (October–November 2017)", "2017-11-25", null, null),
                // a title with its period in brackets is no date line
                Arguments.of("Harbour Notes\n\nThe Euphrates valley campaign (October–November 2017)\n\nPosted 25 November 2017\n\n",
                        "The Euphrates valley campaign (October–November 2017)", "2017-11-25", "Harbour Notes", null),
                // podcast show notes: the episode's number set apart is no part of its title ("Episode 148: ..." is)
                Arguments.of("BORDERLANDS\n\nEpisode 112 · Two enclaves, one spring: Afrin and Eastern Ghouta\n\n"
                        + "Released Friday 23 March 2018 · 58 min\n\n",
                        "Two enclaves, one spring: Afrin and Eastern Ghouta", "2018-03-23", "BORDERLANDS", null),
                Arguments.of("BORDERLANDS\n\nEpisode 148: The last convoy out of east Aleppo\n\nReleased 23 December 2016\n\n",
                        "Episode 148: The last convoy out of east Aleppo", "2016-12-23", "BORDERLANDS", null),
                // a slide deck: its page marks and handling notes are furniture, its unit stands after the outlet
                Arguments.of("Ridgeline Humanitarian Analysis – Euphrates Access Unit\n\nSlide 1 of 12\n"
                        + "TOWN RETAKEN: CONFLICT & ACCESS UPDATE\nWeek 50 · partner briefing · Mon 17 Dec 2018\n"
                        + "Euphrates Access Unit (EAU) · for humanitarian partners only · not for publication\n\n",
                        "TOWN RETAKEN: CONFLICT & ACCESS UPDATE", "2018-12-17", "Ridgeline Humanitarian Analysis", null),
                // a parliamentary report's cover: the day it was published, not the day it was ordered printed; the
                // committee's name repeated over the body is no title
                Arguments.of("House of Representatives of Aldermere\nStanding Committee on Foreign Affairs\n\n"
                        + "Town Retaken: Stabilisation Support in Iraq\n\nThird Report of Session 2015–16\n\n"
                        + "Report, together with formal minutes relating to the report\n\n"
                        + "Ordered by the House to be printed 8 March 2016\nPublished on 10 March 2016 by authority of the House\n\n"
                        + "The Standing Committee on Foreign Affairs\n",
                        "Town Retaken: Stabilisation Support in Iraq", "2016-03-10", "House of Representatives of Aldermere", null),
                // a bilingual page: the head's lines and segments in the other script are left aside
                Arguments.of("\u062c\u0633\u0631 \u0646\u064a\u0646\u0648\u0649 | NINEVEH BRIDGE\n\nSaturday 2 September 2017\n\n"
                        + "\u062a\u0644\u0639\u0641\u0631 \u0628\u0639\u062f \u0627\u062b\u0646\u064a \u0639\u0634\u0631 "
                        + "\u064a\u0648\u0645\u0627\u064b\nTown retaken after week of fighting\n\n",
                        "Town retaken after week of fighting", "2017-09-02", "NINEVEH BRIDGE", null),
                // a released cable: its classification markings are neither outlet nor headline
                Arguments.of("UNCLASSIFIED\n\nHARBOUR DIPLOMATIC ARCHIVE\n\nC O N F I D E N T I A L  --  DECLASSIFIED\n\n"
                        + "SUBJECT: TOWN RETAKEN AFTER WEEK OF FIGHTING\n\n",
                        "TOWN RETAKEN AFTER WEEK OF FIGHTING", null, "HARBOUR DIPLOMATIC ARCHIVE", null),
                // a translated agency page: a breadcrumb with ">" and a bracketed note stand before the headline
                Arguments.of("Home > World > Middle East > Syria\n\n29 May 2015 Friday 14:22\n\n"
                        + "[This news is translated with an automatic translation system.]\n\nTown retaken after week of fighting\n\n",
                        "Town retaken after week of fighting", "2015-05-29", null, null),
                // a transcript's headline with its air time after it
                Arguments.of("HARBOUR NEWS CHANNEL\n\nTown Retaken After Week of Fighting. Aired 8-9p ET\n\n"
                        + "Aired November 15, 2016 - 20:00   ET\n\n",
                        "Town Retaken After Week of Fighting", "2016-11-15", "HARBOUR NEWS CHANNEL", null),
                // a record's block of fields after its title, in capitals, and after a title with a colon
                Arguments.of("HARBOUR MINE ACTION\nClearing the way home\n\nReports > Iraq > HMA-2019-04\n\n"
                        + "NON-TECHNICAL SURVEY REPORT: RIVER DISTRICTS, CYCLE 4\n\nDocument reference: HMA-2019-04\n"
                        + "Date of issue: 30 April 2019\nPrepared by: the survey unit\n\n",
                        "NON-TECHNICAL SURVEY REPORT: RIVER DISTRICTS, CYCLE 4", "2019-04-30", "HARBOUR MINE ACTION", null),
                Arguments.of("HARBOUR HISTORY HUB\n\nLesson 7 of 9: Town retaken after week of fighting\n\n"
                        + "Suggested age: 14-16 · Last updated: 2 September 2019\nDownloads: Lesson plan (PDF) · Slides (PPT)\n"
                        + "Rating: 4.6 / 5 from 212 teachers\n\n",
                        "Lesson 7 of 9: Town retaken after week of fighting", "2019-09-02", "HARBOUR HISTORY HUB", null),
                // a title with a capitalised name before its colon is no field, even over one
                Arguments.of("HARBOUR COORDINATION FORUM\nHome | Countries | Flash updates\n\nSYRIA / TURKEY\n"
                        + "Flash Update No. 3: Town retaken after week of fighting\nIssued: 19 June 2015 | Period covered: 12–18 June 2015\n\n",
                        "Flash Update No. 3: Town retaken after week of fighting", "2015-06-19", "HARBOUR COORDINATION FORUM", null),
                // a data release's labelled fields after its title
                Arguments.of("HARBOUR DATA COLLECTIVE\n\nIncident register: the offensive in southern Syria, 1 - 31 July 2018\n\n"
                        + "Release date: 15 August 2018 | Version 1.0\nFile: register_v1.csv (semicolon-delimited, 16 rows)\n\n",
                        "Incident register: the offensive in southern Syria, 1 - 31 July 2018", "2018-08-15", "HARBOUR DATA COLLECTIVE", null),
                Arguments.of("Iraq | Security\n\nTown retaken after week of fighting\n\nBy Jane Doe, Harbour News Agency\n"
                        + "Published: 1 September 2017\n\n",
                        "Town retaken after week of fighting", "2017-09-01", "Harbour News Agency", "Jane Doe"),
                Arguments.of("ANALYSIS\n\nTown retaken after week of fighting\n\nBy Jane Doe, Senior Fellow, "
                        + "Harbour Policy Review\nMarch 6, 2017\n\n",
                        "Town retaken after week of fighting", "2017-03-06", "Harbour Policy Review", "Jane Doe"),
                Arguments.of("SYRIA\n\nTown retaken after week of fighting\n\nHarbour Morning Post · Aleppo · 6 October 2017\n\n",
                        "Town retaken after week of fighting", "2017-10-06", "Harbour Morning Post", null),
                Arguments.of("Town retaken after week of fighting\n\nBy Jane Doe and John Roe\nOct. 17, 2017\n\n",
                        "Town retaken after week of fighting", "2017-10-17", null, "Jane Doe"),
                Arguments.of("Town retaken after week of fighting\n\nPosted by Jane Doe on 17/10/2017\n\n",
                        "Town retaken after week of fighting", "2017-10-17", null, "Jane Doe"),
                Arguments.of("Town retaken after week of fighting\n\nUpdated: 2017-10-17 10:32 GMT\n\n",
                        "Town retaken after week of fighting", "2017-10-17", null, null),
                Arguments.of("Town retaken after week of fighting\n\nJane Doe | Harbour News Agency\n17 Oct 2017\n\n",
                        "Town retaken after week of fighting", "2017-10-17", "Harbour News Agency", "Jane Doe"),
                Arguments.of("World | Middle East\n\nTown retaken after week of fighting\n\nHarbour Evening Herald | Jane Doe\n"
                        + "Updated: Dec. 28, 2015 18:40 GMT\n\n",
                        "Town retaken after week of fighting", "2015-12-28", "Harbour Evening Herald", "Jane Doe"),
                // a radio script: the station without its frequency, the headline without its label
                Arguments.of("HARBOUR VOICE FM 94.2 · MARDEN\nNEWSROOM SCRIPT\n\nBulletin: 08:00 · Monday 21 October 2019\n\n"
                        + "Bulletin headline: Town retaken after week of fighting\n\n",
                        "Town retaken after week of fighting", "2019-10-21", "HARBOUR VOICE FM", null),
                // a preprint's notice is no headline; an episode's number no publisher
                Arguments.of("HARBOUR STUDIES ARCHIVE\n\nHSA:2019.0412 · Version 1 · Posted 12 March 2019\nPREPRINT \u2013 this "
                        + "article has not been peer reviewed.\n\nTown retaken after week of fighting\n\n",
                        "Town retaken after week of fighting", "2019-03-12", "HARBOUR STUDIES ARCHIVE", null),
                Arguments.of("EPISODE 87 · TRANSCRIPT\n\nTown retaken after week of fighting\n\nReleased Monday 16 April 2018\n\n",
                        "Town retaken after week of fighting", "2018-04-16", null, null),
                // a monitoring report: document furniture, a headline on two lines, a Roman-numbered section heading
                Arguments.of("HARBOUR MONITORING OFFICE\n\nHMO/R/2017/3          Distr.: General\n3 May 2017\nOriginal: English\n\n"
                        + "Flooding along the river corridor:\nTal Gomar and Kassar, 1 March - 30 April 2017\n\n"
                        + "Periodic report 2017/3\n\nI. Introduction\n\n",
                        "Flooding along the river corridor: Tal Gomar and Kassar, 1 March - 30 April 2017", "2017-05-03",
                        "HARBOUR MONITORING OFFICE", null),
                // where the page was written and who prepared it are credits, not headlines
                Arguments.of("HARBOUR COURIER\n\nTown retaken after week of fighting\nTuesday 23 August 2016 · Updated 2 hours ago\n"
                        + "From our Middle East desk · Times are local time\n\n",
                        "Town retaken after week of fighting", "2016-08-23", "HARBOUR COURIER", null),
                Arguments.of("HARBOUR RISK SERVICES\nTravel Portal | Alerts | Log out\n\nTRAVEL SECURITY ADVISORY\n"
                        + "Town retaken after week of fighting\nIssued 2 November 2016\nPrepared by the Harbour regional analysis team\n\n",
                        "Town retaken after week of fighting", "2016-11-02", "HARBOUR RISK SERVICES", null),
                Arguments.of("Town retaken after week of fighting\n\nBy Our Correspondent\nOctober 17th, 2017\n\n",
                        "Town retaken after week of fighting", "2017-10-17", null, null),
                Arguments.of("Town retaken after week of fighting\n\nBy JANE DOE\nTuesday 17 October 2017 14.32 BST\n\n",
                        "Town retaken after week of fighting", "2017-10-17", null, "JANE DOE"),
                Arguments.of("Town retaken after week of fighting\n\nPublished 10/17/2017\n\n",
                        "Town retaken after week of fighting", "2017-10-17", null, null),
                Arguments.of("HARBOUR NEWS AGENCY\n\nTown retaken after week of fighting\n\nBy Jane Doe, Staff Writer\n"
                        + "17 October 2017\n\n",
                        "Town retaken after week of fighting", "2017-10-17", "HARBOUR NEWS AGENCY", "Jane Doe"),
                // a meeting record: the line with the date and a note in brackets is no headline
                Arguments.of("HOUSE OF DELEGATES\n\nSummary record of the 41st meeting\n\n"
                        + "Held on Wednesday 25 October 2017 at 10.00, Committee Room 4\n"
                        + "Record published: 25 October 2017 (provisional, subject to correction by witnesses)\n\n"
                        + "Town retaken after week of fighting\n\n",
                        "Town retaken after week of fighting", "2017-10-25", "HOUSE OF DELEGATES", null),
                // a section kicker beside the date is no byline, and a reading time is no headline
                Arguments.of("HARBOUR SUNDAY REVIEW\nNews | Sport | Property | The Long Read | Puzzles\n\n"
                        + "THE LONG READ · Sunday 26 November 2017\nBy the Foreign Desk · 11 min read\n\n"
                        + "Town retaken after week of fighting\n\n",
                        "Town retaken after week of fighting", "2017-11-26", "HARBOUR SUNDAY REVIEW", null),
                // a newsletter's tagline names who makes it
                Arguments.of("THE WEEK IN BRIEF\nA weekly digest from the Harbour Briefing desk\n"
                        + "Monday 11 September 2017 · Issue 212\n\nTown retaken after week of fighting\n\n",
                        "Town retaken after week of fighting", "2017-09-11", "Harbour Briefing", null),
                // a labelled field under the headline is no headline
                Arguments.of("BRIEFING ROOM RECORD\n\nTown retaken after week of fighting\n\nTranscript | Wednesday, April 1, "
                        + "2015 | By teleconference\nPresenter: Senior coalition military official (on background)\n\n",
                        "Town retaken after week of fighting", "2015-04-01", "BRIEFING ROOM RECORD", null),
                // a kicker naming the chapter of a longer report is no headline
                Arguments.of("HARBOUR RIGHTS NETWORK\nReports | Briefings | Data\n\nTown retaken after week of fighting\n"
                        + "Report excerpt - Chapter 2: The attack and the recapture\nNovember 2017 · 64 pages\n\n",
                        "Town retaken after week of fighting", "2017-11-01", "HARBOUR RIGHTS NETWORK", null),
                // a staff credit is no headline, and a ticker behind an arrow is no body
                Arguments.of("HARBOUR DAILY\nWorld · Middle East · Opinion\n\nLATEST ▸ Ferry fares rise again on the island "
                        + "routes; harbour crane breaks down for a second time this month; council meets on the budget; "
                        + "rain expected\n\nSunday 15 October 2017\n\nTown retaken after week of fighting\n\n"
                        + "By Harbour Daily staff\n\n",
                        "Town retaken after week of fighting", "2017-10-15", "HARBOUR DAILY", null),
                // a magazine's tagline and a subscription offer are page furniture
                Arguments.of("HARBOUR & STONE\nThe magazine of heritage, archaeology and the built past\n"
                        + "Issue 58 · August 2017\nFeatures | Digs | Museums | Letters | Shop | Subscribe\n\n"
                        + "Subscribers save 30% on the print edition. Already a subscriber? Log in to read the full "
                        + "archive.\n\nFEATURE · MIDDLE EAST\n\nTown retaken after week of fighting\n\n",
                        "Town retaken after week of fighting", "2017-08-01", "HARBOUR & STONE", null),
                // an archive trail gives the month before the day: the day wins
                Arguments.of("HARBOUR MIRROR\nHome | Iraq | Archive\n\nArchive » December 2015 » 28 December 2015\n\n"
                        + "Town retaken after week of fighting\n\n",
                        "Town retaken after week of fighting", "2015-12-28", "HARBOUR MIRROR", null),
                // a report kicker dates the report
                Arguments.of("HARBOUR RIGHTS NETWORK\n\nReport excerpt · Iraq · July 2016\n\n"
                        + "Town retaken after week of fighting\n\n",
                        "Town retaken after week of fighting", "2016-07-01", "HARBOUR RIGHTS NETWORK", null),
                // the kind of piece beside the date is no outlet, and "X correspondent" is a credit, not a headline
                Arguments.of("HARBOUR SECURITY INSTITUTE\nResearch | Maps\n\nSYRIA ASSESSMENT · 12 May 2017\n"
                        + "Harbour Institute correspondent\n\nTown retaken after week of fighting\n\n",
                        "Town retaken after week of fighting", "2017-05-12", "HARBOUR SECURITY INSTITUTE", null),
                // a situation report: its name without the acronym, a labelled serial no outlet, the subject its
                // title, the date-time group its date
                Arguments.of("UNCLASSIFIED // FOR PUBLIC RELEASE\n\nHARBOUR COORDINATION CENTRE (HCC)\nSITREP SERIAL: 17-041\n"
                        + "DTG: 101500ZOCT17\nFROM: HCC INFO DESK\nSUBJECT: TOWN RETAKEN AFTER WEEK OF FIGHTING\n\n",
                        "TOWN RETAKEN AFTER WEEK OF FIGHTING", "2017-10-10", "HARBOUR COORDINATION CENTRE", null),
                // a forum: the masthead before its motto, the thread's title after its label
                Arguments.of("HARBOUR TALK - community forum for the people of the coast\nForum index › News › Province\n\n"
                        + "Thread: Town retaken after week of fighting\n\n#1 harbour_fan Posted 25/07/2018 08:14\n\n",
                        "Town retaken after week of fighting", "2018-07-25", "HARBOUR TALK", null),
                // a masthead in capitals that reads like a motto, over a breadcrumb and a section label
                Arguments.of("THE HARBOUR REVIEW OF BOOKS\nPolitics · History\nSeptember 2016 · Volume 9\n\nHISTORY\n\n"
                        + "Town retaken after week of fighting\n\n",
                        "Town retaken after week of fighting", "2016-09-01", "THE HARBOUR REVIEW OF BOOKS", null),
                Arguments.of("HARBOUR TRANSCRIPTS\nHome | Briefings | Archive\n\nNOON BRIEFINGS › MAY 2018\n\n"
                        + "Town retaken after week of fighting\nTuesday, 22 May 2018\n\n",
                        "Town retaken after week of fighting", "2018-05-22", "HARBOUR TRANSCRIPTS", null),
                // a film's subtitles: the maker that presents it, its title card, the broadcast date
                Arguments.of("1\n00:00:01,000 --> 00:00:02,800\nHARBOUR DOCUMENTARIES\npresents\n\n2\n00:00:03,087 --> "
                        + "00:00:06,887\nTHE EMPTY TOWN\nThe border war, summer 2017\n\n3\n00:00:07,211 --> 00:00:09,111\n"
                        + "First broadcast 11 December 2017\n\n",
                        "THE EMPTY TOWN", "2017-12-11", "HARBOUR DOCUMENTARIES", null),
                // a printed webmail page: the mailbox's owner publishes, the subject is the title
                Arguments.of("Harbour Aid Network Mail - RE: town sitrep\nPrinted by: Programme Manager\n\n"
                        + "From: Programme Manager <pm@harbour.example>\nTo: Field Coordinator <fc@harbour.example>\n"
                        + "Date: Tue, 21 Oct 2014 17:36:02 +0300\nSubject: RE: Town retaken after week of fighting\n\n",
                        "RE: Town retaken after week of fighting", "2014-10-21", "Harbour Aid Network", null),
                // a podcast's episode line: the date opens a long line of notes
                Arguments.of("THE HARBOUR AUDIO DESK\nEpisode 41: Town retaken after week of fighting\n"
                        + "Published 31 October 2014 · 36 min · Host and two guests (a researcher just back from the front; "
                        + "a reporter on the line)\n\n",
                        "Episode 41: Town retaken after week of fighting", "2014-10-31", "THE HARBOUR AUDIO DESK", null),
                // a reference page: the work named in "From X, the ...", the page's date in its footer
                Arguments.of("Timeline of the harbour offensive (2018)\n\nFrom Harbourpedia, the open encyclopedia\n"
                        + "Jump to navigation · Jump to search\n\nThe harbour offensive was a military campaign by government "
                        + "forces against the rebel-held town, from 18 February to 14 April 2018.\n\n"
                        + "This page was last edited on 16 April 2018, at 10:12 (UTC).\n",
                        "Timeline of the harbour offensive (2018)", "2018-04-16", "Harbourpedia", null),
                // a printed page: the running head set out in fields, the headline on two lines
                Arguments.of("8        THE HARBOUR COURIER        Wednesday, June 17, 2015        WORLD\n\n"
                        + "Kurds seize border town\nfrom lslamic State\n\n",
                        "Kurds seize border town from lslamic State", "2015-06-17", "THE HARBOUR COURIER", null),
                // a channel's export: its name (without the flag) over its subscriber count
                Arguments.of("Harbour Watch \uD83C\uDDF8\uD83C\uDDFE\nChannel · 14 283 subscribers\nt.me/harbourwatch\n"
                        + "Exported from Telegram Desktop on 28.08.2016 09:41\n\n[20.08.2016 10:17]\nForwarded from Harbour Mirror\n",
                        "Harbour Watch", "2016-08-28", "Harbour Watch", null),
                // a UN document: the organ under its symbol publishes it, and its title is the long line of the head
                Arguments.of("United Nations                     S/2019/683\n\nSecurity Council                   Distr.: General\n"
                        + "                                   28 August 2019\n\n                                   Original: Arabic\n\n"
                        + "Identical letters dated 26 August 2019 from the Permanent Representative of the Syrian Arab Republic to the "
                        + "United Nations addressed to the Secretary-General and the President of the Security Council\n\n",
                        "Identical letters dated 26 August 2019 from the Permanent Representative of the Syrian Arab Republic to the "
                        + "United Nations addressed to the Secretary-General and the President of the Security Council",
                        "2019-08-28", "United Nations Security Council", null),
                // a gazette's name of seven words is its publisher; the ministry under it is not
                Arguments.of("OFFICIAL GAZETTE OF THE REPUBLIC OF HARBOURLAND\nSupplement No. 212 · Friday 27 November 2015\n\n"
                        + "MINISTRY OF FINANCE · SANCTIONS OFFICE\n\nFINANCIAL SANCTIONS NOTICE 2015/47 — Counter-Terrorism: designations "
                        + "of persons who financed the sale of captives\n\nReference: SO/CT/2015/0447 · Date of effect: 27/11/2015\n\n",
                        "FINANCIAL SANCTIONS NOTICE 2015/47 — Counter-Terrorism: designations of persons who financed the sale of captives",
                        "2015-11-27",
                        "OFFICIAL GAZETTE OF THE REPUBLIC OF HARBOURLAND", null),
                // a forum thread: its title, a question as long as a sentence, stands over the line that dates the thread;
                // the site's name over the navigation publishes it
                Arguments.of("Harbourside Genealogy Forum\nHome | Forums | Search | Help | Log in\n\n"
                        + "Home › Forums › Military Ancestors › Western Desert\n\n"
                        + "Can I find my great-uncle's grave near Benghazi after all these years?\n\n"
                        + "Thread opened 3 May 2018 · 5 posts · 412 views\n\n#1  marsh_wren  (Member since 2014 · 88 posts)\n"
                        + "Posted Thursday 3 May 2018, 19:02\n\n",
                        "Can I find my great-uncle's grave near Benghazi after all these years?", "2018-05-03",
                        "Harbourside Genealogy Forum", null),
                // an auction lot: the lot's title over its fields, "Buyer's premium: ..." among them, not a field
                Arguments.of("FENWICK & ROWE\nAuctioneers since 1902\nAuctions | Buy | Sell | Contact\n\n"
                        + "Home > Auctions > Sale 881: Maps and Views > Lot 42\n\nSale 881 · Maps and Views\n"
                        + "Catalogue published 2 March 2020\n\nLOT 42\n\nAleppo from the citadel, a panorama in four sheets, 1998\n\n"
                        + "Estimate: £400 - £600\nBuyer's premium: 24% + VAT on the hammer price\nStatus: Open for bidding\n\n",
                        "Aleppo from the citadel, a panorama in four sheets, 1998", "2020-03-02", "FENWICK & ROWE", null),
                // a report's headline stands over a line of fields and then the line that dates it, not the credit under it
                Arguments.of("Upper Tigris Waterbird Census\nHome | Sites | Count calendar | Species | Contact\n"
                        + "You are here: Home > Sites > Nineveh > MD-01 Mosul Dam Lake > Site reports\n\n"
                        + "Site Report MD-01: Mosul Dam Lake (Winter Count, January 2019)\n\n"
                        + "Site code: MD-01 | Region: Nineveh / Duhok boundary | Count window: 12-20 January 2019\n"
                        + "Published: 14 February 2019 | Report type: annual winter count | Status: validated\n"
                        + "Compiled by the MD-01 site team for the Upper Tigris Waterbird Census\n\n",
                        "Site Report MD-01: Mosul Dam Lake (Winter Count, January 2019)", "2019-02-14",
                        "Upper Tigris Waterbird Census", null),
                // an issue on a code host: the title without its number, over the line that says when it was opened; the
                // site's controls are no publisher, the group the page says maintains the repository is
                Arguments.of("Skip to content\nNavigation Menu\nProduct  Solutions  Pricing        Sign in   Sign up\n\n"
                        + "harbour-maps / route-layers   Public\nCode   Issues 12   Pull requests 3   Wiki\n\n"
                        + "Ferry layer still shows the old harbour crossing #77\n\n"
                        + "Open   river-fox opened this issue on 3 Mar 2024 · 4 comments\n\nLabels: data  priority:low\n\n"
                        + "This repository is maintained by the Harbour Mapping Group. Issues are written by volunteers and are "
                        + "not advice of any kind.\n\n",
                        "Ferry layer still shows the old harbour crossing", "2024-03-03", "Harbour Mapping Group", null),
                // a review page: the place's name stands over rows of facts and the line that dates the page, not the first
                // review's quoted heading
                Arguments.of("TripHarbour\nHotels · Flights · Forum          Sign in\n\nEurope › Harbourland › Old Town › Places to stay\n\n"
                        + "The Anchor Inn – Reviews and traveller photos\n\n★★★★☆ 4.3 · 88 reviews · #2 of 14 places to stay in Old Town\n"
                        + "Harbour Road, Old Town · Free Wi-Fi · Parking\nPage last updated: 5 May 2019\n\n"
                        + "------------------------------------------------------------\n\n\"Quiet rooms and a kind owner\"\n"
                        + "★★★★★ Reviewed 2 May 2019 · sea_walker, Leeds · Couples\n\n",
                        "The Anchor Inn – Reviews and traveller photos", "2019-05-05", "TripHarbour", null),
                // a patent-style page: the title without its field's code and label, or without its code alone
                Arguments.of("HARBOUR SENSING LTD\nProducts · Research · Contact\n\nDEFENSIVE PUBLICATION DP-2019-003\n\n"
                        + "(54) Title: Buoy-mounted sonar for detecting small boats near a harbour mouth\n(22) Published: 4 June 2019\n"
                        + "(71) Applicant: Harbour Sensing Ltd\n\n",
                        "Buoy-mounted sonar for detecting small boats near a harbour mouth", "2019-06-04", "HARBOUR SENSING LTD", null),
                Arguments.of("HARBOUR RECORDS OFFICE\n\n(54) Buoy-mounted sonar for detecting small boats\n(22) 4 June 2019\n\n",
                        "Buoy-mounted sonar for detecting small boats", "2019-06-04", "HARBOUR RECORDS OFFICE", null),
                // a record's title labelled among its fields
                Arguments.of("HARBOUR RECORDS OFFICE\n\nTitle: Minutes of the harbour board, spring session\nDate: 4 June 2019\n"
                        + "Reference: HRO/2019/12\n\n",
                        "Minutes of the harbour board, spring session", "2019-06-04", "HARBOUR RECORDS OFFICE", null),
                // a note on the page's state closing with the day it was posted stands over the headline
                Arguments.of("Eastfield Twinning Association\nRegistered charity · Friendship links with Kherson\n\nHome › "
                        + "Committee › Minutes › 2024\n\nDRAFT — subject to approval at the next meeting. Posted 18 June 2024.\n\n"
                        + "MINUTES OF THE COMMITTEE MEETING HELD ON TUESDAY 11 JUNE 2024 AT 7.30 PM, COMMITTEE ROOM 2\n\n",
                        "MINUTES OF THE COMMITTEE MEETING HELD ON TUESDAY 11 JUNE 2024 AT 7.30 PM, COMMITTEE ROOM 2", "2024-06-18",
                        "Eastfield Twinning Association", null),
                // an archive's note on its collection says when the transcription was published, before the documents' dates
                Arguments.of("Fenwick Street Archive Project\nCollections › Collection 14 › Letters from Nazran\n\n"
                        + "Letters from Nazran, 1995–1996\nSix letters written home by a relief nurse working with displaced "
                        + "families. Transcribed by volunteers; transcription published 14 March 2019. Spelling is kept as "
                        + "written.\n\nLetter 1. Nazran, Tuesday 3 January 1995\n\n",
                        "Letters from Nazran, 1995–1996", "2019-03-14", "Fenwick Street Archive Project", null),
                // a site's name opening its bar of links publishes the page, not the category a field names
                Arguments.of("HarbourKind · Discover · Start a campaign · How it works · Sign in\n\nEducation › Syria\n\n"
                        + "Desks for the reading room in Idlib\n\nCampaign created 3 May 2019 · Category: Education\n\n",
                        "Desks for the reading room in Idlib", "2019-05-03", "HarbourKind", null),
                // an institution's name in capitals before its room's, set apart by a typed dash
                Arguments.of("EASTFIELD INSTITUTE FOR RIVER STUDIES -- ARCHIVE ROOM\nRIVER TOWNS: MONTHLY PRESS DIGEST\n"
                        + "No. 3                                12 March 2001\n\n",
                        "RIVER TOWNS: MONTHLY PRESS DIGEST", "2001-03-12", "EASTFIELD INSTITUTE FOR RIVER STUDIES", null),
                // a notice's issue line with a weekday, however long its fields run
                Arguments.of("HARBOUR FERRY LINES\nCustomer Notice CN-2019-04\n\nSouthern crossings remain suspended\n\n"
                        + "Issued: Tuesday 4 June 2019 · Applies to: all southern crossings and the night ferry between the two "
                        + "harbours · Replaces the notice of 28 May 2019\n\n",
                        "Southern crossings remain suspended", "2019-06-04", "HARBOUR FERRY LINES", null),
                // a heading closing with the span of days it covers, under the line that dates the page
                Arguments.of("HARBOUR RELAY NET\nVolunteer welfare net · the coast and the islands\n"
                        + "Posted 6 March 2024 by the net controller\n\nHarbour traffic log, 29 February – 5 March 2024\n\n",
                        "Harbour traffic log, 29 February – 5 March 2024", "2024-03-06", "HARBOUR RELAY NET", null),
                // a listing of records has no headline of its own
                Arguments.of("Eastfield University Research Repository\nHome › Browse › Theses\n\nShowing 2 of 2 records · "
                        + "Collection: Postgraduate theses · Sort: newest first\n\n----------\nCeasefire as pause: the fall of "
                        + "Lashio\n\nDegree: MA\nYear: 2025\nAbstract:\n",
                        null, null, "Eastfield University Research Repository", null));
    }

    @Test
    void aBooksImprintDatesAndPublishesAnExcerpt() {
        String raw = "From THE HARBOUR ROADS: Years in the Camps\n\n(Excerpt)\n\nCHAPTER SEVEN\n\nThe River and the Road\n\n"
                + BODY + "\n\nExcerpted from The Harbour Roads. Copyright © 2020 by the author. First published in March 2020 by "
                + "Lantern Quay Press. All rights reserved.";
        Metadata m = TextCleaner.clean(raw, null).metadata();
        assertEquals("The River and the Road", m.title());
        assertEquals("2020-03-01", m.published().toString());
        assertEquals("Lantern Quay Press", m.publisher());
    }

    @ParameterizedTest
    @MethodSource("heads")
    void readsTheHead(String head, String title, String published, String publisher, String author) {
        Metadata m = TextCleaner.clean(head + BODY, null).metadata();
        assertEquals(title, m.title(), head);
        assertEquals(published, m.published() == null ? null : m.published().toString(), head);
        assertEquals(publisher, m.publisher(), head);
        assertEquals(author, m.author(), head);
    }

    @ParameterizedTest
    @MethodSource("datelines")
    void readsTheOutletOfADateline(String dateline, String outlet) {
        String text = "Town retaken after week of fighting\n\nOct. 17, 2017\n\n" + dateline + " " + BODY;
        assertEquals(outlet, TextCleaner.clean(text, null).metadata().publisher(), dateline);
    }

    static Stream<Arguments> datelines() {
        return Stream.of(Arguments.of("BEIRUT (Reuters) -", "Reuters"), Arguments.of("MOSUL, Iraq (AP) —", "AP"));
    }
}
