package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.claimgraph.model.Article;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Quotes and speakers in many shapes: titles, roles, lead-ins, tails, continued and multi-paragraph quotes. */
class StatementShapesTest {

    private final StatementFinder finder = new StatementFinder();

    /** Text, then per statement "speaker label | quoted words". */
    static Stream<Arguments> shapes() {
        return Stream.of(
                // a name in apposition after a role of an organisation, or closing the sentence after "said its director"
                Arguments.of("\"The rebels are still inside Daraa city,\" said its director, Rami Abdulrahman.\n\n"
                        + "The head of the White Helmets, Raed al-Saleh, said they had been \"surrounded in a dangerous region\".\n\n"
                        + "\"We believe that these remains belong to the soldiers,\" the head of General Security, Major General Abbas "
                        + "Ibrahim, said.\n\nSyria's director-general of antiquities, Maamoun Abdulkarim, called the damage \"a new "
                        + "tragedy for Syrian heritage\" and asked for help.\n\nMore than 70 militants were killed, according to Jabar "
                        + "Yawar, secretary-general of the Peshmerga ministry. \"Today there are operations to comb those areas,\" Yawar said.",
                        List.of("Rami Abdulrahman | The rebels are still inside Daraa city,",
                                "Raed al-Saleh | surrounded in a dangerous region",
                                "Abbas Ibrahim | We believe that these remains belong to the soldiers,",
                                "Maamoun Abdulkarim | a new tragedy for Syrian heritage",
                                "Jabar Yawar | Today there are operations to comb those areas,")),
                // churchmen named by their titles: a patriarch in apposition, an archbishop, a priest called "Father"
                Arguments.of("The Chaldean Patriarch, Louis Sako, told reporters: \"Not one family is left in the old city.\"\n\n"
                        + "Archbishop Petros Moshe, who was born in the town, told the congregation: \"The town is free today.\"\n\n"
                        + "Father Paul Thabit Habib, a priest from Mosul, said then: \"Our history is being levelled.\"",
                        List.of("Louis Sako | Not one family is left in the old city.", "Petros Moshe | The town is free today.",
                                "Paul Thabit Habib | Our history is being levelled.")),
                // a source's caption names the speech it comes from; a note in brackets names the speaker of a practice quote
                Arguments.of("Source B: from a speech by the Turkish president, Recep Tayyip Erdoğan, 18 March 2018.\n\n"
                        + "\"The symbols of trust and stability are flying in the centre of the town now.\"\n\n"
                        + "Quote for listening practice (UN Secretary-General António Guterres, 21 February 2018): \"Four "
                        + "hundred thousand people are living in hell on earth.\"\n\nQuote for reading practice (UNRWA, April "
                        + "2015): \"The lives of civilians in the camp have never been under such threat.\"",
                        List.of("Recep Tayyip Erdoğan | The symbols of trust and stability are flying in the centre of the town now.",
                                "António Guterres | Four hundred thousand people are living in hell on earth.")),
                // an office introduced with its organisation speaks for it; "she" after it is the same office
                Arguments.of("Witnesses: the Director-General for Operations Policy, Ministry of Defence; the Head of the "
                        + "Middle East Directorate, Ministry of Foreign Affairs.\n\n7. “Resistance was light,” the "
                        + "Director-General said.\n\n8. The Head of Directorate said talks would go on. “Nobody here "
                        + "wants a new war,” she said.\n\n9. The Chair observed that “the vote was the easy part.”",
                        List.of("Ministry of Defence | Resistance was light,", "Ministry of Foreign Affairs | Nobody here "
                                + "wants a new war,", "unnamed chair | the vote was the easy part.")),
                // a judge speaks for the court the text named; a spokeswoman "for the office" for the office named before
                Arguments.of("The defendant was found guilty by a Higher Regional Court in northern Germany.\n\n"
                        + "“The court could not establish the killing,” the presiding judge said.\n\n"
                        + "The federal prosecutor's office said it would study the reasons. “We will examine the "
                        + "acquittal,” a spokeswoman for the office said.",
                        List.of("Higher Regional Court | The court could not establish the killing,",
                                "federal prosecutor's office | We will examine the acquittal,")),
                // "an official of the directorate" speaks for the directorate named before; "CPM's researcher" for the
                // organisation by its full name
                Arguments.of("The Directorate-General of Antiquities and Museums announced the damage.\n\n"
                        + "“It belongs to all humanity,” an official of the directorate told reporters.\n\n"
                        + "Harbour Rights Monitor (HRM) researchers interviewed residents.\n\n"
                        + "“Nobody has a licence to make men disappear,” said HRM's Iraq researcher.",
                        List.of("Directorate-General of Antiquities and Museums | It belongs to all humanity,",
                                "Harbour Rights Monitor | Nobody has a licence to make men disappear,")),
                // "he" after an unnamed resident is that resident, not the last person named; a lawyer among others and
                // the defendant speak for themselves
                Arguments.of("Prime Minister Haider al-Abadi ordered an investigation.\n\nA resident who returned told us "
                        + "that he saw fighters setting fire to shops. “They just poured petrol and left,” he said.\n\n"
                        + "“This is a fair judgment,” one of the defence lawyers told reporters.\n\n"
                        + "“I went there because I believed the videos,” the defendant told the court.",
                        List.of("unnamed resident | They just poured petrol and left,",
                                "unnamed lawyer | This is a fair judgment,", "unnamed defendant | I went there because I "
                                + "believed the videos,")),
                // "he" after an officer named by rank is that officer; "one of the men" speaks for himself
                Arguments.of("I was taken into the city once, and a major of the Counter-Terrorism Service walked us down a "
                        + "street of shuttered shops.\n\n“Most of them ran before we arrived,” he said, pointing at a doorway.\n\n"
                        + "“They asked for our names and our tribe,” one of the men said, sitting on a crate.",
                        List.of("Iraqi government forces | Most of them ran before we arrived,",
                                "unnamed men | They asked for our names and our tribe,")),
                // "the club's captain" speaks for the club named before; "Nakhil's coach" for Nakhil
                Arguments.of("Harbour Sporting Club beat Nakhil SC 2-1.\n\n“We trained in a car park for three years,” "
                        + "the club's captain said at the final whistle.\n\n“They deserved it,” Nakhil's coach said.",
                        List.of("Harbour Sporting Club | We trained in a car park for three years,", "Nakhil | They deserved it,")),
                // a quotation standing alone speaks with the voice its caption line introduces
                Arguments.of("Source A: a YPG fighter who defended Kobani, speaking to a visiting journalist in February "
                        + "2015.\n\n“We fought for every street.”\n\nSource B: an aid worker with the Harbour Relief Trust "
                        + "describing the evacuation of east Aleppo, December 2016.\n“People walked to the buses.”",
                        List.of("YPG | We fought for every street.", "unnamed worker | People walked to the buses.")),
                // a title in brackets and the words of a report quoted are no one's statement
                Arguments.of("• A front-page report on Saturday (“The last village falls”) said that the Syrian Democratic "
                        + "Forces had announced the capture of Baghouz.\n\n• A report on the reopening of Manbij's market "
                        + "said that the town was “taken from Islamic State by Turkish-backed rebels in 2016”.",
                        List.of()),
                // "a council member" in a text that named the council speaks for it
                Arguments.of("The Harbour Civil Council runs the town now.\n\n“Every family lost someone,” said a council "
                        + "member who asked not to be named.",
                        List.of("Harbour Civil Council | Every family lost someone,")),
                // an unnamed official of a body written as its acronym speaks for it
                Arguments.of("“Families reached the town with nothing,” an HRWA spokesperson said today.",
                        List.of("HRWA | Families reached the town with nothing,")),
                Arguments.of("“We will not stop until the city is free,” said Brig. Gen. John Moe, a spokesman "
                        + "for the Joint Operations Command.",
                        List.of("John Moe | We will not stop until the city is free,")),
                Arguments.of("Maj. Gen. John Doe told reporters: “The city will be cleared within days.”",
                        List.of("John Doe | The city will be cleared within days.")),
                Arguments.of("\"The road is open again,\" Lt. Col. Richard Roe told reporters on Tuesday.",
                        List.of("Richard Roe | The road is open again,")),
                Arguments.of("Sheikh John Moe, a tribal leader in the area, said: “Our people are tired of war.”",
                        List.of("John Moe | Our people are tired of war.")),
                Arguments.of("Jane Moe, a spokesman for the Syrian Democratic Forces, said: “The enemy is collapsing "
                        + "on every front.”",
                        List.of("Jane Moe | The enemy is collapsing on every front.")),
                Arguments.of("“We are advancing on three axes,” said Colonel Richard Mason. “The enemy is collapsing.”",
                        List.of("Richard Mason | We are advancing on three axes,", "Richard Mason | The enemy is collapsing.")),
                Arguments.of("“The first phase is over and the second has begun,” said General Richard Miles.\n\n"
                        + "“Our units have reached the river. The bridges are down\n\n"
                        + "“We will cross them within the week,” he added.",
                        List.of("Richard Miles | The first phase is over and the second has begun,",
                                "Richard Miles | Our units have reached the river. The bridges are down",
                                "Richard Miles | We will cross them within the week,")),
                Arguments.of("“Nobody should think the group is finished,” the Syrian Democratic Forces said in a statement.",
                        List.of("Syrian Democratic Forces | Nobody should think the group is finished,")),
                Arguments.of("According to a statement from the Syrian Democratic Forces, “the dam is under our "
                        + "control again.”",
                        List.of("Syrian Democratic Forces | the dam is under our control again.")),
                Arguments.of("“They fled in the night,” an officer with the Syrian Democratic Forces told reporters.",
                        List.of("Syrian Democratic Forces | They fled in the night,")),
                Arguments.of("The Pentagon's press secretary, John Roe, said the strikes had been “very effective "
                        + "in cutting supply lines.”",
                        List.of("John Roe | very effective in cutting supply lines.")),
                Arguments.of("‘We have taken the hill,’ Colonel Richard Mason said.",
                        List.of("Richard Mason | We have taken the hill,")),
                Arguments.of("“The city is ours,” said a statement from the Syrian Democratic Forces.",
                        List.of("Syrian Democratic Forces | The city is ours,")),
                Arguments.of("John Roe, 34, a shopkeeper from the old city, says: “We have nothing left.”",
                        List.of("John Roe | We have nothing left.")),
                Arguments.of("“We will hold the line,” Colonel Richard Mason said, adding that more aircraft were on the way.",
                        List.of("Richard Mason | We will hold the line,")),
                Arguments.of("Jane Moe, a spokesman for the Syrian Democratic Forces, said the advance was slow. "
                        + "“We are clearing every house before we move on,” he said.",
                        List.of("Jane Moe | We are clearing every house before we move on,")),
                Arguments.of("“The operation is going according to plan,” Colonel Richard Mason told AFP in an interview.",
                        List.of("Richard Mason | The operation is going according to plan,")),
                Arguments.of("In a televised speech, President Richard Miles said: “Victory is near, and it is yours.”",
                        List.of("Richard Miles | Victory is near, and it is yours.")),
                Arguments.of("“We lost many men in the first week,” a senior commander of the Syrian Democratic Forces said.",
                        List.of("Syrian Democratic Forces | We lost many men in the first week,")),
                Arguments.of("“This is a turning point for the whole region,” said Jane Doe, an analyst at the "
                        + "Tigris Policy Centre. General Richard Miles disagreed. “It is only the beginning,” he said.",
                        List.of("Jane Doe | This is a turning point for the whole region,",
                                "Richard Miles | It is only the beginning,")),
                Arguments.of("'We will not let them come back,' said Sheikh Richard Roe. The fighters' families fled.",
                        List.of("Richard Roe | We will not let them come back,")),
                Arguments.of("The group's fighters said they'd return, but the town's elders weren't sure.", List.of()),
                Arguments.of("Colonel Richard Mason visited the retired director, Richard Miles, in May. Mason says he urged "
                        + "him to leave, and that the answer was: “I was born here and I will stay here.”",
                        List.of("Richard Miles | I was born here and I will stay here.")),
                Arguments.of("Analysts said that the group was weakened.", List.of()),
                Arguments.of("“We heard the guns for three nights,” said a shopkeeper near the bridge.",
                        List.of("unnamed shopkeeper | We heard the guns for three nights,")),
                Arguments.of("“I wanted them to tell me where his body is,” the mother of one cadet told a local channel.",
                        List.of("unnamed mother | I wanted them to tell me where his body is,")),
                Arguments.of("A resident said that the militants had left.", List.of()),
                Arguments.of("“We open the streets one house at a time,” a faction field commander told our team.", List.of()),
                Arguments.of("The film was called “The Last Days of the Caliphate” and shown on Friday.", List.of()),
                // a label before a colon names the voice; "my brother-in-law" is whom "he" recalls
                Arguments.of("[40:05] The doctor in Douma: “We have stopped counting the children.”",
                        List.of("unnamed doctor | We have stopped counting the children.")),
                Arguments.of("My brother-in-law says the smoke never lifts. “We were freed on Thursday and blinded on Friday,” "
                        + "he told me on the phone.",
                        List.of("unnamed brother | We were freed on Thursday and blinded on Friday,")),
                // "to say that" and "reported that" lead into a quotation
                Arguments.of("Their spokesman John Moe went on television to say that \"the whole district has been freed from the "
                        + "gangs\".\n\nUS Central Command reported that \"the crew left the ship and a destroyer is standing by.\"",
                        List.of("John Moe | the whole district has been freed from the gangs",
                                "United States | the crew left the ship and a destroyer is standing by.")),
                // "the owners" of a ship the text named speak for a company it does not name
                Arguments.of("Gunmen boarded the bulk carrier Northern Star off the coast.\n\nThe owners said on Monday that "
                        + "\"contact with the crew was lost at noon.\"",
                        List.of("owners of the Northern Star | contact with the crew was lost at noon.")),
                // a surname with lower-case particles, after a role in lower case
                Arguments.of("For the casualty note, the agency's deputy head Marta van der Berg said on 3 March that dozens had "
                        + "died, and added: “We expect more names to come in”.\n\nProvincial governor Ana dos Santos told the "
                        + "radio: “The road is closed.”",
                        List.of("Marta van der Berg | We expect more names to come in", "Ana dos Santos | The road is closed.")),
                // a governor, an adviser and an aide named after their office in lower case
                Arguments.of("Harbour governor Pavel Orlov quoted on the wire: “The hardest part is the waiting”.\n\n"
                        + "Presidential adviser Ivan Petrenko called it “a breach of the truce, an act of piracy”.\n\n"
                        + "Presidential aide Farid Mammadov wrote: “The shelling of the port is a sign of weakness”.",
                        List.of("Pavel Orlov | The hardest part is the waiting",
                                "Ivan Petrenko | a breach of the truce, an act of piracy",
                                "Farid Mammadov | The shelling of the port is a sign of weakness")),
                // a name opening the words before a quotation, past an apposition, is the "he" after it
                Arguments.of("“Nobody is left in the town,” said Colonel Richard Mason.\n\nJohn Harlan, whose company flew the "
                        + "supply planes, was less certain: “Pray for them,” he told a radio station.",
                        List.of("Richard Mason | Nobody is left in the town,", "John Harlan | Pray for them,")),
                // an owner's name is the name without its "'s"
                Arguments.of("The book includes the group's spokesman John Roe's words to reporters that day: “The bridge is "
                        + "under our control.”",
                        List.of("John Roe | The bridge is under our control.")),
                // a quoted line on its own with no sentence's end is a heading, not more of the last speaker's words
                Arguments.of("“We will hold the bridge,” said Colonel Richard Mason.\n\n“Waiting for a bus that never came”\n\n"
                        + "The road stayed closed for a week.",
                        List.of("Richard Mason | We will hold the bridge,")),
                // a body the gazetteer does not know, named with its kind, speaks for itself
                Arguments.of("A frigate of the Harbour mission took off the crew. The Harbour mission warned: “the wreck is now a "
                        + "hazard to shipping”.",
                        List.of("Harbour mission | the wreck is now a hazard to shipping")),
                // a name after an organisation's role in lower case, with no comma: "said AFP's chairman Fabrice Fries"
                Arguments.of("“His death is a terrible reminder of the risks,” said the agency's chairman Pierre Lamy.",
                        List.of("Pierre Lamy | His death is a terrible reminder of the risks,")),
                // "he" after a time that opens the words is the person named last
                Arguments.of("The killing of the province's governor, Adam Roe, was confirmed on Friday. Government sources "
                        + "blamed the militia. Hours earlier he had told a television channel: “Civilians are being killed in "
                        + "large numbers.”",
                        List.of("Adam Roe | Civilians are being killed in large numbers.")),
                // a body the gazetteer does not know opens the words by its acronym, spelled out earlier, perhaps inside a
                // longer name
                Arguments.of("The Coastal Brotherhood of the Harbour Valley Liberation Front (HVLF) took the port in May. The HVLF "
                        + "renewed its offensive in July, and on 3 August it announced that its fighters had “fully captured the "
                        + "headquarters of the command”.\n\nThe Provisional Unity Council (PUC) is in exile. The PUC counted 168 "
                        + "dead and called the attack “yet another example of indiscriminate force”.",
                        List.of("Harbour Valley Liberation Front | fully captured the headquarters of the command",
                                "Provisional Unity Council | yet another example of indiscriminate force")),
                // a surname alone opening a sentence that leads into a quotation; not a common word that opens one
                Arguments.of("The radio says troops took the palace on Thursday. Yeltsin says: “The military stage is "
                        + "effectively over.” Nobody in the camp believes him.\n\nWitnesses said: “The road was full of "
                        + "people.”\n\nMum writes: “The garden is full of roses this year.”",
                        List.of("Yeltsin | The military stage is effectively over.")),
                // a quoted nickname inside a name: the name goes on to the surname after it
                Arguments.of("From a recording of the rally by militia leader Adam \"Hammer\" Roe: \"We will hold the bridge until "
                        + "the spring.\"",
                        List.of("Adam Roe | We will hold the bridge until the spring.")),
                // a name introduced by the body the person leads, whose name holds a word for a person ("the Widows of ...")
                Arguments.of("The visitors met Jana Novak, who leads the Widows of the Valley and lost two brothers in the war. "
                        + "\"Remember them by name,\" she told the hall.",
                        List.of("Jana Novak | Remember them by name,")),
                // a sentence closing its paragraph with a colon leads into the quotation set apart below it
                Arguments.of("The rebels left the depot at night. Petar Ilic, the rebel chief of staff, was defiant:\n\n"
                        + "\"We will come back with even more men.\"",
                        List.of("Petar Ilic | We will come back with even more men.")),
                // a commissioner named in apposition speaks in reported speech and in the quotation after it
                Arguments.of("The region's human rights commissioner, Olga Petrova, told a committee on Monday that the count was "
                        + "far too low. \"These are rough figures,\" she said.",
                        List.of("Olga Petrova | the count was far too low", "Olga Petrova | These are rough figures,")));
    }

    @Test
    void theOrganOfTheBodyNamedJustBeforeSpeaksForIt() {
        String text = "The war in Sudan reached Omdurman in May. The army had come back to the old market by noon. Its general "
                + "command said its men had entered the market and were \"clearing the last houses of the militia\".\n\n"
                + "Troops crossed the Nile and took the bridge, the army said on Monday. \"The assault ended all resistance on "
                + "the bridge,\" its statement read.";
        List<String> got = new Extractor(TestGazetteer.bundled())
                .extract(new Article("o.txt", "o", text, null, null, null, null, null)).claims().stream()
                .filter(c -> c.about() instanceof Statement)
                .map(c -> ((Statement) c.about()).speaker().label() + " | " + c.evidence().of(text)).toList();
        assertEquals(List.of("Sudanese Armed Forces | clearing the last houses of the militia",
                "Sudanese Armed Forces | The assault ended all resistance on the bridge,"), got);
    }

    @Test
    void rebelsTheTextSaysAreLedByAGroupSpeakForThatGroup() {
        String text = "Rebels led by Hayat Tahrir al-Sham took Hama on 5 December 2024 and entered Homs two days later.\n\n"
                + "The statement issued by the rebels' command that evening read: “Homs is free and its people are safe.”";
        List<String> got = new Extractor(TestGazetteer.bundled())
                .extract(new Article("r.txt", "r", text, null, LocalDate.of(2024, 12, 9), null, null, null)).claims().stream()
                .filter(c -> c.about() instanceof Statement)
                .map(c -> ((Statement) c.about()).speaker().label() + " | " + c.evidence().of(text)).toList();
        assertEquals(List.of("Hayat Tahrir al-Sham | Homs is free and its people are safe."), got);
    }

    @Test
    void datesTheStatementByTheAttributionNotByTheQuotedWords() {
        String text = "“The town fell in June 2014 and we took it back,” Colonel Richard Mason said last week.";
        Article article = new Article("t.txt", "t", text, null,
                LocalDate.of(2017, 3, 15), null, null, null);
        AnalyzedText analyzed = new AnalyzedText(article, SpeechFixtures.sentences(text), SpeechFixtures.mentions(text));
        Statement s = (Statement) finder.find(analyzed).get(0).about();
        assertEquals(LocalDate.of(2017, 3, 6), s.date().notBefore());
        assertEquals(LocalDate.of(2017, 3, 12), s.date().notAfter());
    }

    @Test
    void unnamedWitnessesOfTwoArticlesAreTwoPeople() {
        String text = "“We heard the guns for three nights,” said a shopkeeper near the bridge.";
        List<String> keys = new java.util.ArrayList<>();
        for (String key : List.of("first", "second")) {
            Article article = new Article(key + ".txt", key, text, null, null, null, null, null);
            Statement s = (Statement) finder.find(new AnalyzedText(article, SpeechFixtures.sentences(text),
                    SpeechFixtures.mentions(text))).get(0).about();
            keys.add(s.speaker().key());
        }
        assertEquals(2, new java.util.HashSet<>(keys).size(), keys::toString);
    }

    @Test
    void anUnnamedWorkerOfANamedOrganisationSpeaksAsThemselvesWithTheirEmployer() {
        for (String[] c : new String[][] {
                {"“We receive in a day what we used to receive in a month,” a Kurdish Red Crescent worker told me.", "Kurdish Red Crescent"},
                {"“We walked a whole night,” said a West Mosul shopkeeper.", null},
                // where they work, after the role
                {"“The smoke came into the ward,” a medical worker at Kassar hospital told the Office.", "Kassar hospital"},
                {"“Most of the children were hit at home,” a nurse at the city’s national hospital said.", "national hospital"},
                // whom they work for, after the role
                {"“We found the control rooms empty,” an engineer with Harbour Oil Company told us.", "Harbour Oil Company"},
                // an employer named as a partner, its first word also a place's name
                {"“The generators failed at dawn,” a nurse with our partner, the Nineveh Plains Health Committee, told us.",
                        "Nineveh Plains Health Committee"}}) {
            List<Claim> claims = finder.find(SpeechFixtures.analyze(c[0]));
            assertEquals(1, claims.size(), c[0]);
            Statement s = (Statement) claims.get(0).about();
            assertEquals(c[1], s.affiliation() == null ? null : s.affiliation().label(), c[0]);
        }
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void findsSpeakerAndWords(String text, List<String> expected) {
        List<Claim> claims = finder.find(SpeechFixtures.analyze(text));
        List<String> got = claims.stream()
                .map(c -> ((Statement) c.about()).speaker().label() + " | " + c.evidence().of(text)).toList();
        assertEquals(expected, got, text);
    }

    @Test
    void aQuotationEndingItsSentenceLeavesTheNextSpeakerToTheNextSentence() {
        String text = "The Russian defence ministry blamed Israel: \"We regard these actions as hostile.\" The Israeli military "
                + "expressed sorrow for the crew but said: \"Responsibility lies with the Assad regime.\"\n\nQuote for reading "
                + "practice (UNRWA, April 2015): \"The lives of civilians in the camp have never been under such threat.\"";
        List<String> got = new Extractor(TestGazetteer.bundled())
                .extract(new Article("q.txt", "q", text, null, null, null, null, null)).claims().stream()
                .filter(c -> c.about() instanceof Statement)
                .map(c -> ((Statement) c.about()).speaker().label() + " | " + c.evidence().of(text)).toList();
        assertEquals(List.of("Russia | We regard these actions as hostile.", "Israel | Responsibility lies with the Assad regime.",
                "UNRWA | The lives of civilians in the camp have never been under such threat."), got);
    }

    @Test
    void aKnownPersonOpeningTheWordsSpeaksAndTheArmyIsTheCountrysForces() {
        String text = "The war in Sudan reached Omdurman in May. Troops pushed into the old market of Omdurman at dawn, and the "
                + "army's general command said they were \"clearing the last houses held by the militia\".\n\n"
                + "In Libya, government forces took the air base near Zuwara. Fayez al-Sarraj put it on Twitter: \"The base "
                + "is free and our men are inside it.\"\n\nHaftar's forces said: \"We left the base to spare the town.\"";
        List<String> got = new Extractor(TestGazetteer.bundled())
                .extract(new Article("p.txt", "p", text, null, null, null, null, null)).claims().stream()
                .filter(c -> c.about() instanceof Statement)
                .map(c -> ((Statement) c.about()).speaker().label() + " | " + c.evidence().of(text)).toList();
        assertEquals(List.of("Sudanese Armed Forces | clearing the last houses held by the militia",
                "Fayez al-Sarraj | The base is free and our men are inside it.",
                "Libyan National Army | We left the base to spare the town."), got);
    }

    @Test
    void aMemberIntroducedWithTheirGroupSpeaksForItInTwoWordsOfReportedSpeech() {
        String text = "Present: the Chair; the Treasurer; two co-opted members from the Eastfield Ukrainian Families Group.\n\n"
                + "The newer co-opted member thanked the committee and said her family in the city had felt \"less forgotten\" "
                + "since the link began. The Chair called the fair \"a triumph\" and closed the meeting.";
        List<Claim> claims = finder.find(SpeechFixtures.analyze(text));
        assertEquals(1, claims.size(), claims::toString);
        Statement s = (Statement) claims.get(0).about();
        assertEquals("less forgotten", claims.get(0).evidence().of(text));
        assertEquals("Eastfield Ukrainian Families Group", s.affiliation() == null ? null : s.affiliation().label());
    }

    @Test
    void theArmysCommandQuotedAtTheEndOfTheWordsIsTheCountrysForces() {
        String text = "Fighting between the Sudanese Armed Forces and the Rapid Support Forces broke out in Khartoum in April. "
                + "The source note now quotes the army's general command: \"Our forces entered Wad Madani this morning.\"";
        List<String> got = new Extractor(TestGazetteer.bundled())
                .extract(new Article("g.txt", "g", text, null, null, null, null, null)).claims().stream()
                .filter(c -> c.about() instanceof Statement)
                .map(c -> ((Statement) c.about()).speaker().label() + " | " + c.evidence().of(text)).toList();
        assertEquals(List.of("Sudanese Armed Forces | Our forces entered Wad Madani this morning."), got);
    }

    @Test
    void aScriptsAudioCueNamesTheVoiceOver() {
        String text = "READER: The last fighters left the town yesterday.\n\n[CUE AUDIO: SDF spokesman, recorded Sunday "
                + "evening, Arabic with English voice-over. DUR 0'12\"]\n\nVOICE-OVER: \u201cOur last group has left.\u201d\n\n"
                + "READER: Medics brought out the wounded.\n\n[CUE AUDIO: Kurdish Red Crescent medic, Tal Tamr, Kurdish with "
                + "English voice-over.]\n\nVOICE-OVER: \u201cWe brought out the wounded first.\u201d";
        List<Claim> claims = new Extractor(TestGazetteer.bundled())
                .extract(new Article("cue.txt", "cue", text, null, null, null, null, null)).claims().stream()
                .filter(c -> c.about() instanceof Statement).toList();
        assertEquals(List.of("Syrian Democratic Forces", "Kurdish Red Crescent"), claims.stream()
                .map(c -> c.attributedTo() == null ? "none" : c.attributedTo().label())
                .toList(), claims::toString);
    }

    @Test
    void theRolesOfThePublishersBodyAndTeamsSpeakForThePublisher() {
        String text = "“Dates are the easiest thing to get wrong,” the readers' editor said.\n\n“Every lot in this call "
                + "is a place where people came home,” the agency's director-general said.\n\n“Every family knows a house "
                + "it will not go into,” a survey team leader said after the visits.\n\n“The ferry ran again,” "
                + "the harbour's captain said.";
        Article article = new Article("t.txt", "t", text, null, LocalDate.of(2019, 2, 11),
                "WESTMARCH WORKS AND RECOVERY AGENCY", null, null);
        List<Statement> statements = new Extractor(TestGazetteer.bundled()).extract(article).claims().stream()
                .filter(c -> c.about() instanceof Statement).map(c -> (Statement) c.about()).toList();
        assertEquals(List.of("WESTMARCH WORKS AND RECOVERY AGENCY | editor", "WESTMARCH WORKS AND RECOVERY AGENCY | director-general",
                "WESTMARCH WORKS AND RECOVERY AGENCY | team leader"), statements.stream()
                .map(s -> s.speaker().label() + " | " + s.role()).toList());
    }

    @Test
    void thePagesOwnPeopleByTheirOfficeOrTheirBodysKindSpeakForIt() {
        String text = "4.2 Attribution. One of the project's senior coders puts it this way: “A number with no owner is a "
                + "rumour.”\n\nIn the release note the project lead wrote: “We would rather publish a wide window.”\n\n"
                + "“Kirkuk changed hands in a day,” said one of our senior Iraq analysts.\n\nAs an admin put it at the "
                + "last request for comment, “A toll is a claim with a name attached.”\n\nFROM THE DIRECTOR\n"
                + "“We did not set out to explain a war.”\n“The bread is real every night.”\n\nThe Harbour Reading Room "
                + "Committee thanks its backers. “We are asking for a roof,” says the chair of our committee.";
        Article article = new Article("t.txt", "t", text, null, LocalDate.of(2019, 3, 14), "Stonebridge Conflict Data Programme",
                null, null);
        List<Statement> statements = new Extractor(TestGazetteer.bundled()).extract(article).claims().stream()
                .filter(c -> c.about() instanceof Statement).map(c -> (Statement) c.about()).toList();
        String programme = "Stonebridge Conflict Data Programme";
        assertEquals(List.of(programme + " | coder", programme + " | lead", "unnamed analyst | " + programme,
                "unnamed admin | " + programme, "unnamed director | " + programme, "unnamed director | " + programme,
                "unnamed chair | Harbour Reading Room Committee"), statements.stream()
                .map(s -> s.speaker().label() + " | " + (s.affiliation() != null ? s.affiliation().label() : s.role())).toList());
    }

    @Test
    void aBodyTheTextCallsByItsKindOrAWordOfThePublishersNameSpeaksThroughItsPeople() {
        String text = "Recorded by the Tigris Lantern Ensemble over two winters, pressed by Lowmarsh Records.\n\n“We wrote about roads, not battles,” says "
                + "the ensemble's oud player.\n\n“Every sale pays for a music class,” says the label's production manager."
                + "\n\n“A good chronology does the tribunal's work,” said the Lowmarsh caseworker who prepared it.\n\n"
                + "My uncle ran the bakery rota. “We baked with what the trucks brought,” he told me, speaking, as he always "
                + "does, for the Hamidiya Bakers Committee.\n\nMy cousin was a conscript. “The first thing we did was sleep,"
                + " and the second was call our mothers,” he says.";
        Article article = new Article("t.txt", "t", text, null, LocalDate.of(2019, 3, 14), "LOWMARSH RECORDS", null, null);
        List<Statement> statements = new Extractor(TestGazetteer.bundled()).extract(article).claims().stream()
                .filter(c -> c.about() instanceof Statement).map(c -> (Statement) c.about()).toList();
        assertEquals(List.of("Tigris Lantern Ensemble | player", "Lowmarsh Records | manager",
                "unnamed caseworker | Lowmarsh Records", "unnamed uncle | Hamidiya Bakers Committee", "unnamed cousin | cousin"),
                statements.stream().map(s -> s.speaker().label() + " | "
                        + (s.affiliation() != null ? s.affiliation().label() : s.role())).toList());
    }

    @Test
    void indirectSpeechIsSpokenByTheSubjectOfItsOwnClause() {
        String text = "After the rebels agreed to leave, around 35,000 people were bussed out of the east of the city, "
                + "and on 22 December the army declared that it controlled the whole of Aleppo.";
        assertEquals(List.of(), finder.find(SpeechFixtures.analyze(text)));
    }

    @Test
    void thePublishersOwnPeopleSpeakForItAndAnOfficerForHisCountry() {
        String text = "Fighting spread across Idlib and Hama in Syria, and Deir ez-Zor and Raqqa saw more strikes.\n\n"
                + "“None of them stopped,” said our country director.\n\n“The flag is on every government building in Rawa,” "
                + "an Iraqi officer said.\n\n“We walked at night,” a woman told our protection officer.\n\n"
                + "Orontes Medical Relief thanks its donors.";
        Article article = new Article("t.txt", "t", text, null, LocalDate.of(2018, 5, 1), "ORONTES MEDICAL RELIEF", null, null);
        List<Statement> statements = new Extractor(TestGazetteer.bundled()).extract(article).claims().stream()
                .filter(c -> c.about() instanceof Statement).map(c -> (Statement) c.about()).toList();
        assertEquals(3, statements.size(), statements::toString);
        assertEquals("Orontes Medical Relief", statements.get(0).affiliation().label());
        assertEquals("iraqi-government-forces", statements.get(1).speaker().key());
        // whom she told is not who speaks
        assertEquals("unnamed woman", statements.get(2).speaker().label());
        assertNull(statements.get(2).affiliation());
    }

    @Test
    void initialsInANameARemarkAndAnOfficeThatAPlaceNames() {
        String text = "Last Friday, the head of US Central Command, Gen. Kenneth F. McKenzie, acknowledged the error, telling reporters "
                + "that \"it was a mistake\" and offering condolences.\n\nOn the evening of 27 February President George H. W. Bush "
                + "declared: \"Kuwait is liberated. Iraq's army is defeated.\"\n\nThe authors quote the US defense secretary, Ash "
                + "Carter, accurately but without context. His remark on 24 May that \"the Iraqi forces just showed no will to fight\" "
                + "drew an angry response.\n\nA spokesman for the Anbar governor told reporters on 17 May: \"We estimate that about "
                + "500 people have been killed since Friday.\"\n\nThe Russian Defence Ministry said only that a fire had broken out. "
                + "The next day it announced that the ship had \"sunk in stormy seas\" while under tow.";
        Article article = new Article("t.txt", "t", text, null, LocalDate.of(2016, 3, 14), null, null, null);
        List<Statement> statements = new Extractor(TestGazetteer.bundled()).extract(article).claims().stream()
                .filter(c -> c.about() instanceof Statement).map(c -> (Statement) c.about()).toList();
        // "it" that speaks after a body named is that body, also for the words it is quoted with
        assertEquals(List.of("Kenneth F. McKenzie", "George H. W. Bush", "Ash Carter", "Anbar governor", "Russia"),
                statements.stream().map(st -> st.speaker().label()).distinct().toList());
    }
}
