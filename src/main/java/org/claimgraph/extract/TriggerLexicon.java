package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.model.EventType;

/**
 * The words that signal the twelve event types, with how their roles are laid out. All triggers are
 * compiled into one pattern, matched once per sentence.
 */
final class TriggerLexicon {
    /** How a trigger's roles sit around it. */
    enum Frame {
        /** agent before, patient/object after: "the SDF retook Raqqa". */
        ACTIVE,
        /** the object is inside the trigger phrase: "pushed ISIS fighters out of Raqqa". */
        OBJECT_INSIDE,
        /** loser before, gainer after "to": "they lost Tikrit to the army". */
        LOSS,
        /** place before, gainer after "to": "Tikrit fell to ISIS". */
        FELL,
        /** a noun: agent adjectival before or after "by", target after "against/on". */
        NOMINAL,
        /** a weak noun or verb that needs its place in the same clause, not a whole country. */
        WEAK
    }

    /** One trigger: its type, its frame, its pattern, and the first words (lower case) the pattern can start with. */
    record Def(EventType type, Frame frame, String regex, String heads) {
    }

    /** A trigger found in a sentence. */
    record Hit(Def def, int start, int end) {
    }

    /** What follows the verb of a whole war's toll: "died in the Bosnian war", "were killed in the war against the group". */
    private static final String WHOLE_WAR = "(?! (?:in|during) the (?:[\\w-]+ ){0,3}(?:war|wars|conflict)\\b(?![-'’]))";

    /** Charges set off on the ground, the subject of "hit" or "struck" in a bombing: "bombs hit Taliban vehicles". */
    /** What is taken when people are: "took 500 prisoners", "took about 30 peacekeepers hostage", "took him into custody". */
    private static final String INTO_CUSTODY = "(?:[\\w'’-]+ ){1,4}?into (?:[\\w'’-]+ )?custody\\b";
    private static final String TAKEN_CAPTIVE = "(?:(?:[\\w'’,-]+ ){0,5}?(?:hostage|prisoner|captive)s?\\b|" + INTO_CUSTODY + ")";
    private static final String CHARGES = "(?:bombs|bomb|explosions|explosion|blasts|blast|IEDs|IED)";

    private static final List<Def> DEFS = List.of(
        // Capture
        new Def(EventType.CAPTURE, Frame.OBJECT_INSIDE,
            // "volunteers who drove from Duhok": a drive with no one driven out is a journey
            "(?!(?:drove|drive|driving) from\\b)"
            + "(?:push|pushed|pushing|drove|drive|driven|driving|forced|forcing|expelled|expelling|ousted|ousting|removed|removing|kicked)"
            // "pushing into the enclave from the east" is an advance, not anyone pushed out
            + "(?! (?:into|in|inside|towards?|on)\\b)(?! out of) (?:[\\w\u2019'-]+ ){0,5}?(?:out of|from)"
            // "forced from their homes": people displaced, no place taken
            + "(?! (?:their|his|her|its|our|my) (?:homes?|houses?|beds?|jobs?|land|lands)\\b)"
            // "pushed out of the town": the passive, with the loser as subject
            + "|(?:pushed|driven|forced|expelled|ousted|kicked) out of",
            "push pushed pushing drove drive driven driving forced forcing expelled expelling ousted ousting removed removing kicked"),
        // "occupied the empty border town of Khafji; Saudi and Qatari troops ... drove them out on 31 January": the
        // place held by those driven out, named before
        // (not "held Gao for ten months before French troops drove them out": a later time than the one told, see EventFinder)
        new Def(EventType.CAPTURE, Frame.ACTIVE, "(?:drove|driven|pushed|forced|kicked|threw|thrown) (?:them|the (?:[\\w-]+ ){0,2}?"
            + "(?:militants|fighters|rebels|invaders|occupiers|jihadists|insurgents|attackers|raiders)) (?:back )?out(?! of\\b)"
            + "(?=\\s*[.;,]| (?:on|in|by|within|after|again)\\b)",
            "drove driven pushed forced kicked threw thrown"),
        new Def(EventType.CAPTURE, Frame.LOSS, "(?:lost|lose|loses|losing)(?! (?:off|over|at sea)\\b)(?! (?:(?:most|much|some|all|part|parts|half) of )?(?:the |its |their )?(?:ground|momentum|territory)"
            + "| fighters| men| \\d| (?:their |his |her |its )?(?:lives|life)\\b"
            // "lost her husband and youngest son", "lost his job": a person or a thing of one's own, no place
            + "| (?:(?:her|his|their|my|our|your|a|an|both|two|three) )?(?:(?:young|youngest|eldest|elder|older|only|little) )?"
            + "(?:husbands?|wives|wife|sons?|daughters?|father|mother|brothers?|sisters?|famil(?:y|ies)|child|children|relatives"
            + "|parents|loved ones|homes?|jobs?|legs?|arms?|eyes?|sight|hearing|everything|contact|touch|faith|hope|weight|count)\\b)",
            "lost lose loses losing"),
        // ("since the fall of the former government in 2011": a government brought down, no place taken)
        // ("confirmed the loss of one MiG-21": an aircraft lost, no place)
        new Def(EventType.CAPTURE, Frame.NOMINAL, "(?:the |its |their )?(?:loss|fall|recapture|capture|seizure|liberation|takeover) of"
            + "(?! (?:the |its |their )?(?:(?:former|old|previous|last|late|then|military|communist|interim|transitional) )?"
            + "(?:government|regime|dictatorship|monarchy|junta|cabinet|president|king|shah)\\b)"
            + "(?! (?:the |an? |one |two |three |its |their |\\d+ )?(?:[\\w-]+ )?(?:" + Aircraft.MODEL + "|aircraft|jets?|planes?|helicopters?"
            + "|drones?|airliners?|ships?|vessels?|cruiser|frigate|destroyer|submarine|tanks?)\\b)",
            "the its their loss fall recapture capture seizure liberation takeover"),
        // "the prime minister announced the town's liberation", "after Mosul's recapture": the possessor is the place;
        // "Azerbaijan announced its capture on 20 October": the place named before is what was taken
        new Def(EventType.CAPTURE, Frame.NOMINAL, "(?<=['’]s |\\b(?:announced|declared|confirmed|proclaimed|claimed|reported) its )"
            + "(?:liberation|recapture|capture|seizure|fall)(?! (?:of|to)\\b)",
            "liberation recapture capture seizure fall"),
        new Def(EventType.CAPTURE, Frame.FELL, "(?:fell|fallen|falling|fall|falls) (?:back (?=(?:in)?to the hands))?(?:in)?to",
            "fell fallen falling fall falls"),
        // "Zaranj became the first provincial capital to fall on 6 August": the place is the subject
        new Def(EventType.CAPTURE, Frame.FELL, "(?:became|becomes|was|is) the (?:first|second|third|last|latest|next|fifth|fourth)"
            + " (?:[\\w-]+ ){0,2}?(?:capital|city|town|village|stronghold|base|district centre|district center) to fall(?! to\\b)",
            "became becomes was is"),
        // "Elephant Pass changed hands a week later": the place is the subject
        new Def(EventType.CAPTURE, Frame.FELL, "(?:changed|changes|changing|change) hands", "changed changes changing change"),
        // "Nimrud came under the militants' control in the summer of 2014": the place is the subject, the new holder after
        new Def(EventType.CAPTURE, Frame.FELL, "(?:came|come|comes|coming|fell|fallen|falls|falling) under(?= (?:the |their |its )?(?:[\\w'’-]+ ){0,3}?control\\b)",
            "came come comes coming fell fallen falls falling"),
        // "the Free Syrian Army said Jarablus was under its full control", "declared the town under complete control"
        // "the army said the town was back under its control": retaken
        new Def(EventType.CAPTURE, Frame.FELL, "(?:was|were|is|are) (?:now )?(?:under (?:its|their|the army's|the group's) (?:full|complete|total)"
            + "|(?:back|once again|again) under (?:its|their|the army's|the group's|government|army|state)) control",
            "was were is are"),
        // "The SDF declares the whole town under its control"
        new Def(EventType.CAPTURE, Frame.ACTIVE, "(?:declared|declares|declaring) (?:the |its )?(?:[\\w-]+ ){0,2}?under (?:its |their )?"
            + "(?:full |complete |total )?control",
            "declared declares declaring"),
        // "the SDF declared the end of the Islamic State's territorial "caliphate"": the last of its ground taken
        new Def(EventType.CAPTURE, Frame.ACTIVE, "(?:declared|declares|declaring|announced|announces|announcing|proclaimed|proclaiming)"
            + " the (?:end|defeat|fall) of (?:the )?(?:[\\w'’-]+ ){0,3}?[\"“]?caliphate\\b",
            "declared declares declaring announced announces announcing proclaimed proclaiming"),
        // "the army declared that it controlled the whole of Aleppo": a declared hold over all of a place
        new Def(EventType.CAPTURE, Frame.ACTIVE, "(?<=\\b(?:declared|announced) (?:that )?(?:it|they) (?:now |had |fully )?)"
            + "(?:controlled|controls|was in (?:full )?control of|were in (?:full )?control of)(?= (?:all of|the whole of|the entire|the rest of)\\b)",
            "controlled controls was were"),
        new Def(EventType.CAPTURE, Frame.ACTIVE,
            "(?:retook|retake|retakes|retaken|retaking|recaptured|recapture|recaptures|recapturing|captured|capture|captures|capturing"
            + "|seized|seize|seizes|seizing|overran|overrun|overruns|overrunning|liberated|liberate|liberates|liberating"
            + "|took back|take back|taken back(?! to )|taking back|takes back|took over|take over|taken over|takes over|taking over"
            + "|took control of|take control of|taken control of|taking control of|seized control of|takeover"
            + "|took(?!-| " + TAKEN_CAPTIVE + "| (?:[\\w'’,-]+ ){1,10}?as (?:a )?human (?:shield|buffer)s?\\b| part| place| out| off| to | turns| hold| effect| shape| root| refuge| shelter| cover| [\\w-]+ out of service| (?:a |their |the )?bulldozers?)|take(?!-| " + TAKEN_CAPTIVE + "| (?:[\\w'’,-]+ ){1,10}?as (?:a )?human (?:shield|buffer)s?\\b| part| place| out| off| turns| years| weeks| months| time| to | hold| effect| shape| root| refuge| shelter| cover"
            // "I've directed our military to take targeted strikes"
            + "| (?:[\\w-]+ )?(?:strikes|action|measures|steps)\\b)|taken(?! out| off| part| place| away| aside| apart| for | hostage| prisoner| captive| by bus| hold| effect| shape| root| refuge| shelter| cover| (?:\\w+ )?(?:in)?to )|takes(?! " + TAKEN_CAPTIVE + "| (?:[\\w'’,-]+ ){1,10}?as (?:a )?human (?:shield|buffer)s?\\b| part| place| off| to | hold| effect| shape| root| refuge| shelter| cover)|taking(?! " + TAKEN_CAPTIVE + "| (?:[\\w'’,-]+ ){1,10}?as (?:a )?human (?:shield|buffer)s?\\b| part| place| out| off| time| to | hold| effect| shape| root| hostage| prisoner| captive| responsibility| credit| advantage| care| cover| shelter| refuge| aim| steps| measures| action| photos| pictures| notes| charge| over from)|regained|regain|reclaimed|reclaiming|won back|(?<!-)(?:cleared|clearing)(?! (?:[\\w-]+ )?(?:bombs|mines|explosives|booby|rubble|debris|IEDs|roads? of))(?! of (?:killing|murder|executing|charges|all charges|the charges?|war crimes))(?! (?:[\\w-]+ ){1,4}of (?:mines|explosives|booby|IEDs|unexploded|rubble|debris))|secured|secure(?= (?:the |its |their |(?-i:\\p{Lu})))|swept through|swept across|sweeping through|wrested control of|wrested|gained control of|fought (?:their|its) way back (?:into|to)"
            // "Islamic State fighters stormed back into Palmyra": a place lost before, taken again
            + "|(?:stormed|storming|swept|sweeping|burst|bursting) back into"
            // "Peshmerga units recover the whole site", "recovered Sinjar" (not "recovered the bodies")
            + "|(?:recovered|recover|recovers|recovering)(?= (?:(?:the|its|their) )?(?:whole |entire |full )?(?:site|town|city|village"
            + "|dam|base|airport|airfield|district|area|province|territory|control of)\\b| (?-i:\\p{Lu}))"
            // "Islamic State fighters swept into the city"; "special forces raised the flag over the campus"
            + "|(?:swept|sweeping) into(?= the (?:city|town|village|capital)\\b| (?-i:\\p{Lu}))"
            + "|(?:raised|raising|hoisted|hoisting) (?:the|their|its|a) (?:[\\w-]+ )?flags? (?:over|above|on)\\b)",
            "raised raising hoisted hoisting stormed storming swept sweeping burst bursting fought retook retake retakes retaken retaking recaptured recapture recaptures recapturing captured capture captures capturing seized seize seizes seizing overran overrun overruns overrunning liberated liberate liberates liberating took take taken taking takes takeover regained regain reclaimed reclaiming won cleared clearing secured secure swept sweeping wrested gained recovered recover recovers recovering"),
        // "sank several Georgian navy and coast guard vessels", "the frigate was sunk": a ship destroyed
        new Def(EventType.DESTRUCTION, Frame.ACTIVE, "(?:sank|sunk|sinking|scuttled)(?= (?:[\\w-]+ ){0,6}?(?:ships?|vessels?|boats?"
            + "|frigates?|warships?|ferry|ferries|submarines?|cruisers?|flagship|tankers?|gunboats?|patrol craft)\\b)"
            + "|(?<=(?:ships?|vessels?|boats?|frigates?|warships?|ferry|submarines?|cruisers?|flagship|tankers?|gunboats?) "
            + "(?:was|were|had been|has been|have been) )(?:sunk|scuttled)",
            "sank sunk sinking scuttled"),
        // "they took bulldozers to Mar Elian": demolished it
        new Def(EventType.DESTRUCTION, Frame.ACTIVE, "(?:took|take|takes|taking) (?:a |their |the )?bulldozers? to",
            "took take takes taking"),
        // "freed Til Hemis from the gangs", "freed the villages": a place freed; "freed Kurdish hostages" frees people
        new Def(EventType.CAPTURE, Frame.ACTIVE, "(?:freed|frees|freeing)(?= (?:the (?:towns?|city|villages?|areas?|district"
            + "|countryside|neighbou?rhoods?)\\b|(?-i:\\p{Lu})[\\p{L}-]+(?: (?-i:\\p{Lu})[\\p{L}-]+)?(?: (?:from|on|in|and)\\b|\\s*[,.;])))",
            "freed frees freeing"),
        // "Malian troops were back in Konna on 18 January": a force back in a town it had lost
        new Def(EventType.CAPTURE, Frame.ACTIVE, "(?<=(?:troops|forces|soldiers|army|units|fighters|militants|rebels) )(?:were|was) back in(?= (?-i:\\p{Lu}))",
            "were was"),
        // "Russian troops occupied parts of Irpin in early March", "the town was occupied by": a place taken and held;
        // not the standing "occupied territories" or "still occupied"
        new Def(EventType.CAPTURE, Frame.ACTIVE, "(?<!\\b(?:the|an|of|in|from|illegally|still|remained|remains|remain) )(?:occupied|occupying)"
            + "(?= (?:(?:parts?|most|much|all|half|the rest) of |the (?:[\\w-]+ ){0,2}?(?:town|city|village|airport|airfield|base|district|area|region)\\b"
            + "|by\\b|(?-i:\\p{Lu})))",
            "occupied occupying"),
        // "established full control over the well", "announced full control of al-Tabqa"
        // "Tal Afar, which Islamic State had held since mid-June 2014": a hold that began with a capture, dated at its start
        new Def(EventType.CAPTURE, Frame.ACTIVE, "(?<=\\b(?:had|has|have) )(?:held|controlled)(?= since\\b)",
            "held controlled"),
        // "the rebels held Goma for about ten days in November 2012": a hold told with how long it lasted began with a capture
        new Def(EventType.CAPTURE, Frame.ACTIVE, "(?:held|controlled|occupied)(?= (?:the (?:city|town) of )?(?-i:\\p{Lu})[\\w'’-]*"
            + "(?: (?-i:\\p{Lu})[\\w'’-]*){0,2} for (?:about |some |nearly |almost |around |roughly |more than |over |less than |just |only )?"
            + "(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|\\d+) (?:days?|weeks?|months?|years?)\\b)",
            "held controlled occupied"),
        // "the alliance held almost the whole city", "controlled about 90 percent of the camp": a place won, not a front held
        new Def(EventType.CAPTURE, Frame.ACTIVE, "(?:held|controlled)(?= (?:(?:almost|nearly|virtually|about|some|around) )?"
            + "(?:all of|most of|the whole|the entire|\\d+ (?:per ?cent|percent|%) of)\\b)",
            "held controlled"),
        new Def(EventType.CAPTURE, Frame.ACTIVE,
            "(?:established|establishing|establish|establishes|announced|announcing|declared|declaring|imposed|imposing"
            + "|gained|assumed)"
            + " (?:full |complete |total |effective )?control (?:over|of)",
            "established establishing establish establishes announced announcing declared declaring imposed imposing gained assumed"),
        new Def(EventType.CAPTURE, Frame.ACTIVE,
            "(?:restored|restoring|restore|restores) (?:on (?:[\\w/]+ ){1,3})?(?:the )?(?:(?:full|complete|total|effective) )?(?:security|control|stability|state authority|order)(?: and (?:the )?(?:security|stability|order))? (?:to|over|in)",
            "restored restoring restore restores"),
        new Def(EventType.CAPTURE, Frame.ACTIVE,
            "(?:raised|raising|raise|raises|hoisted|hoisting|hoist|hoists|planted|planting|plant)"
            + " (?:the |their |its |a )?(?:[\\w-]+ ){0,2}flags? (?:over|above|on|in|at)",
            "raised raising raise raises hoisted hoisting hoist hoists planted planting plant"),
        // "National flag raised at the crossing", "the flag was hoisted over the citadel": a flag raised is a place taken
        new Def(EventType.CAPTURE, Frame.ACTIVE,
            "flags? (?:was |were |has been |had been |have been |is |are )?(?:raised|hoisted|planted) (?:over|above|on|in|at)\\b",
            "flag flags"),
        // "the army entered Daraa al-Balad and raised the national flag near the post office"; "troops landed on the
        // island and raised the national flag."
        new Def(EventType.CAPTURE, Frame.ACTIVE,
            "(?:raised|hoisted|planted) (?:the|their|its|a) (?:[\\w-]+ ){0,2}flags?(?: (?:over|above|on|in|at|near)\\b|(?=\\s*[.;]))",
            "raised hoisted planted"),
        // "the patrol ship stopped the cargo ship Sukru Okan", "boarded the tanker": a ship held, its crew with it
        new Def(EventType.DETENTION, Frame.ACTIVE, "(?:stopped|boarded)(?= (?:the |a |an )?(?:[\\w'’-]+ ){0,4}?(?:cargo ship|ship|vessel"
            + "|tanker|freighter|bulk carrier|container ship|merchant ship|dhow)s?\\b)",
            "stopped boarded"),
        // Withdrawal
        new Def(EventType.WITHDRAWAL, Frame.ACTIVE,
            // "signed the withdrawal agreement at Kumanovo": a pact about a withdrawal, not one made
            "(?:withdrew|withdrawn|withdraw|withdraws|withdrawing|withdrawal(?! (?:agreements?|deal|plan|talks|timetable|deadline|treaty"
            + "|accord|negotiations|terms|order)\\b)|pulled out|pull out|pulling out|pulls out"
            // "the last fighters drove out of the town in a convoy", "the last group drives out towards Jarablus"
            + "|(?:drove|drive|drives|driving) out (?:of|towards?)"
            // "the abandoned city of Quneitra": a word for the place, not its abandonment told
            + "|pulled back|pull back|pulling back|fled|flee|flees|fleeing|(?<!\\b(?:the|an|this|that|its|their) )abandoned|abandon|abandons|abandoning"
            // "Armenia handed back the Agdam, Kalbajar and Lachin districts", "The district was handed over on 1 December"
            // ("he was handed over to India at the Wagah crossing": a person handed over)
            + "|(?<!\\b(?:he|she|they|pilots?|prisoners?|captives?|hostages?|bod(?:y|ies)|remains) (?:was |were |had been |has been |have been )?)"
            + "(?:handed|hands|handing|hand) (?:over|back)(?= (?:the |its |their )?(?:[\\w,-]+ (?:and )?){0,4}?(?:districts?|towns?|city"
            + "|villages?|territory|territories|areas?|region|province|base|airport|(?-i:\\p{Lu}))| on \\d|\\s*[.;])"
            + "|retreated|retreat|retreating|retreats|fell back|fall back|falls back|falling back|ceded|cede|cedes|ceding|evacuated|slipped away|slip away|slipped out|slipped across|melted away|melt away|crossed out of|(?:were|was) (?:allowed|permitted) to (?:leave|withdraw|depart)"
            + "|(?:moved|moving|moves|move|pulled|pulling) (?:[\\w’',-]+ ){0,4}?(?:fighters|forces|troops|units|leadership"
            + "|leaders|men|personnel|commanders|garrison|militants|soldiers|staff|families) out(?: of)?\\b"
            + "|(?:left|leaving|leave|leaves) (?:the|their|its) (?:new |old |last |main )?(?:town|city|village|area|enclave|pocket|base|district|dam|airbase|airport|camp|terminal|garrison|barracks)\\b"
            // "the remaining defenders broke out of the hospital": a besieged garrison getting away
            + "|(?:broke|break|breaks|breaking) out of"
            // "fighters linked to the Nusra Front were taken out of the camp by bus"
            + "|(?<=(?:was|were|been|being) )(?:taken|driven|carried|moved|evacuated|transported|bussed|bused) out of"
            // "left the Qara area": the name stays outside the trigger, where the event's place is looked for
            + "|(?:left|leaving|leaves)(?= (?:the|their|its) (?-i:\\p{Lu})[\\w’'-]* (?:(?-i:\\p{Lu})[\\w’'-]* )?"
            + "(?:area|enclave|pocket|district|airbase|airport|mountains|hills|desert|countryside)\\b)"
            // "A convoy of SDF fighters ... left Ras al-Ayn": kept only with a force as its subject (see EventFinder)
            + "|(?:left|leaving|leaves)(?= (?-i:\\p{Lu}))"
            // evacuation deals: "buses started taking fighters and their families north", "were taken by bus to Jarablus"
            + "|bus(?:es)? (?:have |had |has )?(?:then |later |finally )?(?:started |began )?(?:taking|took|carrying|carried|ferrying|ferried) (?:the )?(?:[\\w,-]+ ){0,4}?(?:fighters|militants|rebels|gunmen|families)"
            // "the first buses left Harasta carrying Ahrar al-Sham fighters": the place stays outside the trigger
            + "|bus(?:es)? (?:left|departed|pulled out of)(?= (?-i:\\p{Lu})[\\w’'-]*(?: (?-i:\\p{Lu})[\\w’'-]*)? (?:carrying|taking|ferrying|with) )"
            + "|(?:taken|driven|carried|ferried|transported|moved) (?:away |out )?by bus(?:es)?|bussed|bused)",
            "handed hands handing hand drove drive drives driving broke break breaks breaking evacuated bus buses taken driven carried ferried transported bussed bused left leaving leave leaves moved moving moves move withdrew withdrawn withdraw withdraws withdrawing withdrawal pulled pull pulling pulls fled flee flees fleeing abandoned abandon abandons abandoning retreated retreat retreating retreats fell fall falls falling ceded cede cedes ceding evacuated slipped slip melted melt crossed were was"),
        // "a rocket struck a tank at the depot", "rockets and artillery rounds fell on the apron", "A second barrage struck
        // the town", "rockets fired by the group from Bashir, a nearby village ..., fell on residential streets of Taza":
        // what guns fire lands where it is aimed (bombs and missiles fall from the air, see below);
        // before the air strikes, whose "struck" it takes
        new Def(EventType.BOMBING, Frame.ACTIVE, "(?:fell|landed|struck|hit|slammed into|crashed into)"
            + "(?<=\\b(?:rockets?|shells|mortars|mortar (?:rounds?|bombs?)|(?:artillery|tank) rounds|barrages?|katyushas?)"
            + "(?: [^.;:\"“”]{0,140}?,)? (?:fell|landed|struck|hit|slammed into|crashed into))"
            // ("fired rockets at the village ... One rocket struck a vehicle": one of the rockets just told)
            + "(?<!\\b(?i:one|one of the|another) (?:rockets?|shells?|mortars?|mortar rounds?) (?:fell|landed|struck|hit|slammed into|crashed into))"
            + "(?= (?:on|onto|near|around|in|inside|into|the|an?|its|their|(?-i:\\p{Lu}))\\b)",
            "fell landed struck hit slammed crashed"),
        // Airstrike
        new Def(EventType.AIRSTRIKE, Frame.NOMINAL,
            // "air strikes hit the village of Tokhar": one event, with the verb's object in its reach
            "(?:airstrikes?|air strikes?|air raids?|air campaign|air support|aerial bombardment|bombing raids?|strike campaign"
            // "began one of the heaviest bombardments of the war": from the air, unless guns are named
            + "|(?<!(?:artillery|tank|mortar|rocket|naval) )bombardments?"
            // barrel bombs are dropped from helicopters: "an attack with barrel bombs", "barrel-bombed the town"
            + "|barrel[- ]bomb(?:s|ed|ing)?)(?: hit\\b)?",
            "airstrike airstrikes air aerial bombing strike barrel bombardment bombardments"),
        // "government troops, backed by Russian jets, retook ...": the aircraft that backed them struck too
        new Def(EventType.AIRSTRIKE, Frame.NOMINAL, "(?<=\\b(?:backed|supported|covered) by (?:the )?(?:[\\w.-]{1,20} )?(?:[\\w.-]{1,20} )?)"
            + "(?:aircraft|jets|warplanes|war planes|air ?power|air force|helicopters|drones|planes)\\b",
            "aircraft jets warplanes war air helicopters drones planes"),
        // "backed by US and Turkish strikes": strikes that back a ground force are flown
        new Def(EventType.AIRSTRIKE, Frame.NOMINAL, "(?<=\\b(?:backed|supported|covered) by (?:the )?(?:[\\w.-]{1,20} )?"
            + "(?:[\\w.-]{1,20} and )?(?:[\\w.-]{1,20} )?)strikes\\b", "strikes"),
        // "its aircraft flew roughly 500 combat sorties against targets around the town"
        new Def(EventType.AIRSTRIKE, Frame.NOMINAL, "(?:combat |bombing |strike )?sorties (?:against|over|on)\\b",
            "combat bombing strike sorties"),
        // "an American bomb aimed at two snipers": a bomb dropped by a state's aircraft
        new Def(EventType.AIRSTRIKE, Frame.NOMINAL, "(?<=(?:American|coalition|Russian|Syrian|Iraqi|Turkish|Israeli) (?:guided |precision )?)"
            + "(?:bombs?|missiles?)\\b",
            "bomb bombs missile missiles"),
        // "the rubble of bombed houses": a participle before its noun describes, it tells no strike
        new Def(EventType.AIRSTRIKE, Frame.ACTIVE, "(?:bombed(?! (?:houses|homes|buildings|streets|neighbourhoods|neighborhoods|towns|villages|areas|districts|ruins|out)\\b)"
            + "|bombs?(?= (?:the |its |their |(?-i:\\p{Lu})))|bombarded|bombarding|bombard|pounded|pound|pounding)",
            "bombed bomb bombs bombarded bombarding bombard pounded pound pounding"),
        // "NATO bombs fell on the village of Korisa": bombs and missiles come from the air ("fell" alone is a town's fall)
        new Def(EventType.AIRSTRIKE, Frame.ACTIVE, "(?<=\\b(?:bombs|missiles) )(?:fell|rained|landed)(?= (?:on|near|around|in)\\b)",
            "fell rained landed"),
        // "coalition aircraft attacked the retreating columns": an attack from the air
        new Def(EventType.AIRSTRIKE, Frame.ACTIVE, "(?<=\\b(?:aircraft|jets|warplanes|planes|helicopters|drones|gunships) )"
            + "(?:attacked|attacking|attacks|attack)(?= (?:the |its |their |an? |(?-i:\\p{Lu})))",
            "attacked attacking attacks attack"),
        // "planes dropped bombs on the towns day after day"
        // ("dropped bombs that fell inside the compound")
        new Def(EventType.AIRSTRIKE, Frame.ACTIVE, "(?:dropped|dropping|drops|drop) (?:[\\w-]+ ){0,2}?bombs (?:on|over|onto|near|around"
            + "|that (?:fell|landed|hit|struck))\\b",
            "dropped dropping drops drop"),
        // missiles are fired from ships and aircraft; rockets, like shells, from the ground (see Bombing)
        // "launched a wave of Shahed drones at": drones, like missiles, strike from the air
        new Def(EventType.AIRSTRIKE, Frame.ACTIVE, "(?:fired|launched) (?:[\\w-]+ ){0,4}(?:missiles?|drones?|Hellfires?|Tomahawks?|Brimstones?)"
            + " (?:at|on|against|into|from)\\b",
            "fired launched"),
        // ("bombs hit Taliban vehicles": a bombing, see below)
        new Def(EventType.AIRSTRIKE, Frame.WEAK, "(?<!\\b" + CHARGES + " )(?:struck|strikes|striking|strike(?= (?:the |its |their |\\d|two |three |four |five |several |on |against |near |hit |destroyed |engaged |damaged |(?-i:\\p{Lu}))|\\s*[|;,.])|raids?(?= on\\b)|hitting|conducted strikes|cratered"
            // "its jets had hit Islamic State vehicles": with aircraft in the sentence (the weak frame asks for them)
            + "|hit(?= (?:the |its |their |an? |\\d|two |three |four |five |several |dozens |targets |positions |vehicles |columns |convoys "
            + "|(?-i:\\p{Lu}))))",
            "struck strikes striking strike raid raids hitting conducted cratered hit"),
        // Bombing
        new Def(EventType.BOMBING, Frame.NOMINAL,
            "(?:suicide (?:car |vehicle |truck )?bomb(?:ing|ings|ers?|s)?|car bombs?|truck bombs?|bombings?|blew themselves up|blasts?|explosions?"
            + "|(?:blew|blows|blown|blowing|blow) (?:himself|herself) up"
            + "|blown themselves up|blowing themselves up|blow themselves up|IEDs?(?![-\\w])|improvised explosive devices?|terror(?:ist)? attacks?|suicide attacks?"
            // "sent booby-trapped vehicles against army positions": car bombs by another name
            + "|booby-trapped (?:cars?|vehicles?|trucks?)|VBIEDs?|vehicle-borne (?:IEDs?|improvised explosive devices?|bombs?))",
            "suicide car truck bombing bombings blew blown blowing blow blows blast blasts explosion explosions ied ieds improvised terror terrorist"
            + " booby booby-trapped vbied vbieds vehicle"),
        // "the group detonated explosives inside the Temple of Bel": a monument blown up, not a bombing of people
        new Def(EventType.DESTRUCTION, Frame.ACTIVE, "(?:detonated|detonating|set off|planted|placed) explosives (?:inside|in|at|around|on)"
            + "(?= (?:the |an? )?(?:[\\w-]+ ){0,2}?(?:temples?|church(?:es)?|shrines?|monuments?|tombs?|mausoleums?|museums?|arch"
            + "|minarets?|citadel|castle|statues?|ruins)\\b)",
            "detonated detonating set planted placed"),
        // "detonated explosives in the prayer hall", "a suicide bomber detonated a car outside the office"
        new Def(EventType.BOMBING, Frame.ACTIVE, "(?:detonated|detonating|detonates|detonate|set off|sets off|setting off)"
            + " (?:an? |the |their |his |her |its )?(?:[\\w-]+ ){0,2}?(?:explosives|explosive devices?|bombs?|car|truck|vehicle"
            + "|charges|IEDs?|device|vest|belt)\\b",
            "detonated detonating detonates detonate set sets setting"),
        // "bombs hit Taliban vehicles in Jalalabad": bombs that are not said to fall from aircraft were set
        new Def(EventType.BOMBING, Frame.ACTIVE, "(?<=(?<!(?:American|coalition|Coalition|Russian|Syrian|Iraqi|Turkish|Israeli|US|NATO"
            + "|allied|guided|precision|cluster) )\\b" + CHARGES + " )"
            + "(?:hit|struck|ripped through|tore through|targeted)\\b",
            "hit struck ripped tore targeted"),
        // Bombing from afar: shells, mortars, rockets
        new Def(EventType.BOMBING, Frame.ACTIVE, "(?:shelled|shelling|shells|shell)(?= [\\p{L}])(?! (?:company|companies|casings?|game))",
            "shelled shelling shells shell"),
        new Def(EventType.BOMBING, Frame.NOMINAL,
            "(?:mortar (?:shells?|fire|rounds?|attacks?|bombs?)|rocket (?:fire|attacks?)|artillery (?:fire|barrages?|shells?))",
            "mortar rocket artillery"),
        // "fired rockets at the village of Naour Jourin", "launched rocket shells at"
        new Def(EventType.BOMBING, Frame.ACTIVE, "(?:fired|launched) (?:[\\w-]+ ){0,3}(?:rockets|rocket shells|mortars|mortar rounds|shells)"
            + " (?:at|on|against|into)\\b",
            "fired launched"),
        // Assault
        new Def(EventType.ASSAULT, Frame.NOMINAL,
            "(?:offensives?|counter-?offensive|counter-?attacks?|assaults?|onslaught|incursions?|advance on|advance against"
            + "|advance toward|advance towards|advance into|advance in|operation to (?:retake|recapture|liberate)|push (?:(?:north|south|east|west|northwards|southwards|eastwards|westwards) )?(?:on|into|toward|towards)"
            // "a suspected chemical attack on Douma" killed: a gassing, told by its deaths, not a ground assault
            + "|(?<!chemical )(?<!gas )(?<!nerve-agent )(?<!nerve agent )(?<!sarin )(?<!chlorine )attacks? on"
            + "|(?:final|last|main|big|renewed) push)",
            "offensive offensives counter counteroffensive counterattack counterattacks assault assaults onslaught incursion incursions advance operation push attack attacks final last main big renewed"),
        new Def(EventType.ASSAULT, Frame.ACTIVE,
            "(?:advanced|advancing|advances|advance|attacked|attacking|stormed|storming"
            // "Iraq invaded Kuwait on 2 August 1990": a country's ground forces sent into another's land
            + "|invaded|invading|invades|invade(?= (?:the |its |their |(?-i:\\p{Lu})))"
            // "airborne troops assaulted the airfield"; not people beaten ("were assaulted", "sexually assaulted")
            + "|(?<!(?:was|were|been|being|sexually|physically) )(?:assaulted|assaulting)(?= (?:the |its |their |(?-i:\\p{Lu})))|storm(?= (?:the |its |their |(?-i:\\p{Lu})))|pushed into|pushing into|pushed in|pushing in|moved on|(?:moving|moves) on(?= (?:the |(?-i:\\p{Lu})))|closed in on|closing in on|close in on|closes in on|closed on(?= the (?:city|town|village|capital)\\b)|converged on|converging on|fought (?:their|its) way (?:into|through|to)|infiltrated(?: into)?|infiltrating(?: into)?"
            + "|(?:pushed|pushing) (?:(?:north|south|east|west)(?:wards)? |deeper |further )?(?:toward|towards)\\b|breached|breaching|(?:sent|sending|sends) (?:in )?(?:its |their |more |thousands of |hundreds of )?(?:[\\w-]+ )?(?:troops|forces|tanks|soldiers|ground troops)\\b(?=(?: [\\w'’-]+){0,8} (?:against|into|across the border|over the border)\\b)"
            + "|(?<=(?:tanks|troops|forces|soldiers|fighters|army|units|armou?r|vehicles)(?: then| later| also| first)? )(?:crossed|crossing) the (?:border|frontier)"
            + "|broke through|broke into|(?:pushed|pushing|punched|fought) through (?:to|into)|entered|(?:drove|rolled|marched|walked) into(?= (?:[\\w'’-]+ ){1,5}?(?:(?:largely|virtually|almost|mostly) )?(?:unopposed|without)\\b|(?: the (?:centre|center|heart) of)? (?-i:\\p{Lu})| the (?:city|town|village)\\b)|crossed into|(?:crossed|crossing) the border (?:into|towards?)|ambushed|ambushing|(?:reached|reaching|reach|reaches) the (?:centre|center|heart|outskirts|edge|edges|gates|walls) of)",
            "invaded invading invades invade advanced advancing advances advance attacked attacking assaulted assaulting stormed storming storm drove rolled marched walked infiltrated infiltrating pushed pushing moved moving moves closed closing close closes converged converging fought broke entered crossed ambushed ambushing reached reaching reach reaches punched breached breaching sent sending sends"),
        // "The campaign to take it back opened on 17 October 2016": an event once launched or begun
        new Def(EventType.ASSAULT, Frame.WEAK, "(?:(?:campaign|drive|battle) to (?:retake|recapture|liberate|reclaim|take back|win back"
            // "attack helicopters" are a kind of aircraft, not an attack
            + "|take (?:it|the city|the town) back)|(?<!chemical )(?<!gas )(?<!nerve-agent )(?<!nerve agent )(?<!sarin )(?<!chlorine )"
            + "attacks?(?! (?:helicopters?|aircraft|jets?|planes?|drones?|dogs?)\\b)|operations?|campaign)",
            "attack attacks operation operations campaign drive battle"),
        // Siege
        new Def(EventType.SIEGE, Frame.ACTIVE, "(?:besieging|besieged|besiege|besieges|encircled|encircling|lay siege to|laid siege to|blockaded|surrounded"
            // "Nagorno-Karabakh and surrounding districts": the land around, not a siege
            + "|surrounding(?! (?:districts?|villages?|areas?|countryside|regions?|towns?|provinces?|hills|mountains|neighbou?rhoods?"
            + "|territor(?:y|ies)|lands?|farmland|streets|suburbs|desert|plains?|camps?)\\b))",
            "besieging besieged besiege besieges encircled encircling lay laid blockaded surrounded surrounding"),
        // "The city had been cut off since February", "after months spent cutting it off from the north"
        new Def(EventType.SIEGE, Frame.ACTIVE, "(?:(?<=(?:been|was|were|is|are|being) )cut off(?! from (?:the )?(?:internet|"
            + "power|electricity|water|aid|supplies|food))|(?:cut|cutting|cuts) (?:it|them|the (?:city|town|enclave)) off)",
            "cut cutting cuts"),
        // "Iraqi forces have steadily isolated it", "cut the roads out of al-Tabqa", "cutting ISIL's supply lines"
        // "Government forces sealed Daraya in November 2012", "sealed off the town": a place closed in, not a border shut
        new Def(EventType.SIEGE, Frame.ACTIVE, "(?:sealed|sealing|seals|seal)(?: off)?(?= (?:the (?:town|city|village|enclave|district|suburb)\\b|(?-i:\\p{Lu})))",
            "sealed sealing seals seal"),
        new Def(EventType.SIEGE, Frame.ACTIVE, "(?:isolated|isolating|isolate|isolates)(?= (?:it|them|the|(?-i:\\p{Lu})))"
            + "|(?:cut|cutting|cuts) (?:off )?(?:the |its |their |[\\w-]+['’]s )?(?:last |main |remaining )?(?:roads?|supply lines?"
            + "|supply routes?|routes?|lines of supply)(?= (?:out of|into|to|from|around|in and out|leading|linking)\\b)",
            "isolated isolating isolate isolates cut cutting cuts"),
        new Def(EventType.SIEGE, Frame.NOMINAL, "(?:siege|blockade)",
            "siege blockade"),
        // Clash
        // "Turkish artillery opened fire on the column"
        new Def(EventType.CLASH, Frame.ACTIVE, "(?:clashed|clash|clashes|clashing|exchanged fire|skirmished|(?:opened|opening|opens|open) fire (?:on|at))",
            "clashed clash clashes clashing exchanged skirmished opened opening opens open"),
        new Def(EventType.CLASH, Frame.NOMINAL, "(?:an? |the )?exchanges? of (?:fire|gunfire)", "an a the exchange exchanges"),
        new Def(EventType.CLASH, Frame.WEAK,
            "(?:fighting(?! positions?| vehicles?| units?| men| age| season| strength| force| chance| capabilit| alongside| beside)|fought|battles?|firefights?)",
            "fighting fought battle battles firefight firefights"),
        // Killing
        new Def(EventType.KILLING, Frame.ACTIVE,
            // "some 11,000 of its fighters were killed in the war against the group": a whole war's toll, no one event
            "(?:killed" + WHOLE_WAR + "|killing|kills|(?<!air-to-air |aerial )kill|massacred|massacre|shot dead|shot(?=\\s*[.;])|slaughtered|murdered|eliminated|shooting"
            // "shot the men and older boys": people shot, not a gun fired
            + "|shot(?= (?:the |all the |dozens of |hundreds of |scores of |\\d[\\d,]* )?(?:men|boys|women|children|civilians|prisoners"
            + "|captives|villagers|people|residents|detainees|hostages)\\b"
            // "its members shot 25 captured government soldiers": people held, then shot
            + "| (?:the |\\d[\\d,]* )?(?:captured|captive|detained|kneeling|blindfolded|bound) (?:[\\w-]+ )?(?:soldiers|men|prisoners"
            + "|conscripts|cadets|policemen|fighters)\\b)"
            // "the cadets seized at Camp Speicher and shot by the militants"
            + "|shot(?= (?:dead )?by\\b))",
            "killed killing kills kill massacred massacre shot slaughtered murdered eliminated shooting"),
        // "civilians lost their lives in the clashes", "a family of 6 persons lost life": the dead are the subject
        new Def(EventType.KILLING, Frame.LOSS, "(?:lost|lose|losing) (?:their |his |her |its )?(?:lives|life)\\b", "lost lose losing"),
        // "25 people died", "nearly 25,000 civilians had died": a count of the dead (one man who died may have died of age)
        new Def(EventType.KILLING, Frame.LOSS, "(?<=\\d (?:people|civilians|persons|soldiers|fighters|inmates|prisoners|children"
            + "|policemen|officers|residents|villagers) (?:had |have |has )?)died\\b"
            // "died of cholera" is no killing; "died of their wounds" is
            + "(?! (?:of|from) (?!(?:their |his |her )?(?:wounds|injuries|gunshot|shrapnel|burns)\\b))"
            // "More than 100,000 people died in the Bosnian war": a whole war's toll, no one event
            + WHOLE_WAR, "died"),
        // "the bodies of 45 Kosovo Albanians had been found in and around the village", "found the bodies of": the dead
        new Def(EventType.KILLING, Frame.LOSS, "bodies(?= of (?:[\\w’'-]+,? ){1,12}?(?:were|had been|have been) (?:found|discovered"
            + "|recovered|unearthed|exhumed)\\b)|(?<=\\b(?:found|discovered|recovered|unearthed) (?:the )?)bodies(?= of\\b)", "bodies"),
        // "US officials put the dead at about 100": the dead counted ("put the death toll at 292" counts those of an attack told)
        new Def(EventType.KILLING, Frame.NOMINAL, "(?<=\\b(?:put|puts|putting) )the dead(?= at (?:[\\w-]+ ){0,3}?\\d)",
            "the"),
        // "three bodies with gunshot wounds": the dead of a shooting
        new Def(EventType.KILLING, Frame.LOSS, "bod(?:y|ies) (?=(?:[\\w-]+ ){0,2}?with (?:gunshot|bullet|stab) wounds\\b)", "body bodies"),
        // Execution
        new Def(EventType.EXECUTION, Frame.ACTIVE,
            "(?:executed|executing|executes|execute|executions?|beheaded|beheading|beheadings|behead"
            // "Jordan hanged two prisoners at dawn"; not one who "hanged himself"
            + "|hanged(?! (?:himself|herself|themselves)\\b))",
            "executed executing executes execute execution executions beheaded beheading beheadings behead hanged"),
        // Surrender
        new Def(EventType.SURRENDER, Frame.ACTIVE,
            "(?:surrendered|surrendering|surrenders|surrender|laid down their arms|gave themselves up"
            + "|handed themselves (?:over|in)|turned themselves in"
            // "rebel commanders agreed terms with Russian officers", "rebels in Quneitra agreed to hand over their territory"
            + "|(?:agreed|agree|agrees|agreeing) (?:surrender )?terms with"
            // "agreed, in talks with Russian officers, to hand over their heavy weapons"
            + "|(?:agreed|agree|agrees|agreeing)(?: [\\w ]{1,30}?|, [\\w ]{1,40}?,)? to (?:hand over|give up) (?:their|its|the) (?:territory|positions|heavy weapons|weapons"
            + "|town|city|area|enclave|district|suburb)"
            // "the last fighters of the Khalid ibn al-Walid Army gave up their pocket in the Yarmouk Basin"
            + "|(?:gave|give|gives|giving) up (?:their|its|the) (?:last )?(?:pocket|enclave|stronghold|positions|town|city|area|bastion))",
            "surrendered surrendering surrenders surrender laid gave give gives giving handed turned agreed agree agrees agreeing"),
        // Destruction
        // "The militants packed the first-century sanctuary with explosives": a building rigged to be blown up
        new Def(EventType.DESTRUCTION, Frame.ACTIVE, "(?:packed|rigged|packing|rigging) (?:the|a|an|its|their) (?:[\\w-]+ ){0,3}?with explosives",
            "packed rigged packing rigging"),
        new Def(EventType.DESTRUCTION, Frame.ACTIVE,
            "(?:destroyed|destroying|destroys|destroy|destruction of|demolitions? of|demolished|demolishing|bulldozed|bulldozing|blew up|blown up"
            + "|blowing up|(?:blew|blown|blowing) (?:it|them) up|smashed|smashing|razed|razing|(?:pulled|pulling|pulls) down"
            // "the main terminal building burned down", "the office block gutted by fire"
            + "|(?:burned|burnt|burning|burns|burn) (?:down|to the ground)|gutted(?= by fire)|went up in flames"
            + "|(?:tore|tearing|tears) down|torn down|toppled|toppling|reduced to (?:a stump|ruins|ashes)|(?:set|sets|setting) fire to(?! (?:the |their |her |his )?(?:[\\w-]+ ){0,3}?(?:veils?|niqabs?|clothes|robes|flags?|cigarettes?|papers?|documents?|tyres|tires)\\b)|set on fire|sets? (?:[\\w'\u2019-]+ ){1,6}?(?:on fire|alight)|torched|reduced to rubble|dynamited"
            // "shelling knocked out the Alouk water station"
            + "|(?:knocked|knocking|knocks) out(?= (?:the|a|an|its|their) (?:[\\w-]+ ){0,3}?(?:station|plant|stations|plants|power|bridge|dam|hospital|pumps?|lines?|network|supply|generators?|tower|towers)\\b))",
            "destroyed destroying destroys destroy destruction demolition demolitions demolished demolishing bulldozed bulldozing blew blown blowing smashed smashing razed razing pulled pulling pulls tore tearing tears torn toppled toppling set sets setting torched reduced dynamited knocked knocking knocks"
            + " burned burnt burning burns burn gutted went"),
        // an aircraft shot down: "two Turkish F-16s shot down a Russian Su-24", "was brought down by an Israeli helicopter"
        // (kept only in a sentence about the air, see EventFinder)
        new Def(EventType.DESTRUCTION, Frame.ACTIVE, "(?:(?:shot|shoot|shoots|shooting|brought|bringing|brings|bring) down"
            + "|downed|downing)(?! (?:the |its |their )?(?:government|regime|cabinet|minister|prices?|costs?)\\b)",
            "shot shoot shoots shooting brought bringing brings bring downed downing"),
        // "the Mi-17 had been hit by a surface-to-air missile": an aircraft brought down, told by what hit it
        new Def(EventType.DESTRUCTION, Frame.ACTIVE, "hit(?<=\\b(?:" + Aircraft.MODEL + "(?: V\\d)?|helicopters?|jets?|aircraft|planes?|airliners?"
            + "|drones?) (?:had |has |have |was |were )?(?:been )?(?:hit))(?= by (?:an? |its own |their own )?(?:[\\w-]+ ){0,3}?"
            + "(?:missiles?|rockets?|anti-aircraft fire)\\b)",
            "hit"),
        // Detention
        // "The city fell on 17 May", "Hajin did not fall until 14 December": fell with no "to", kept only after a place subject
        new Def(EventType.CAPTURE, Frame.FELL, "(?:fell|fallen|fall|falls)(?=\\s*[.;,]|\\s+(?:on|in|at|within|after|before|until|by|when"
            + "|without|quickly|late|early|last|yesterday|overnight|that|this|the same|days|weeks|months|hours|\\d+"
            // "Kunduz fell two days later", "and Kandahar the following morning"
            + "|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some) (?:days?|weeks?|months?|hours?) later"
            + "|the (?:following|next))\\b)",
            "fell fallen fall falls"),
        // "He was held by the militants for about a month": a captive, not a position held
        new Def(EventType.DETENTION, Frame.ACTIVE, "(?:was|were|had been|have been) held (?:captive |hostage |prisoner )?by",
            "was were had have"),
        new Def(EventType.DETENTION, Frame.ACTIVE,
            // "the migrant detention centre" is a place, not anyone detained
            "(?:arrested|arresting|arrests?|detained|detaining|detains|detain"
            + "|detention(?! (?:centres?|centers?|facility|facilities|camps?|cells?|conditions|orders?|units?|wings?|sites?)\\b)"
            + "|abducted|abducting|abduction|kidnapped"
            + "|kidnapping|rounded up|taken hostage|held hostage|hostages|(?:taken|carried|led) (?:away|aside|off(?!\\s*(?:[.,;]|from\\b|and\\b)))|carried off"
            // "was taken into Taliban custody", "held the Egyptians as prisoners"
            + "|taken into (?:[\\w'’-]+ )?custody|(?:held|holding|holds) (?=(?:[\\w'’-]+ ){1,4}?as (?:prisoners?|hostages?|captives?)\\b)"
            // "took about 30 Dutch peacekeepers hostage", "took 500 prisoners", "was taken prisoner"
            // ("taking 251 hostages" is told by "hostages" itself)
            // "Pakistani soldiers took him into custody"
            // ("taking 251 hostages" is told by "hostages" itself)
            + "|(?:took|take|takes|taking) (?=(?:[\\w'’,-]+ ){0,5}?(?:hostage|prisoners?|captives?)\\b|" + INTO_CUSTODY + ")"
            + "|taken (?:prisoner|captive)\\b"
            // "taking about 2,000 civilians from the al-Sirb district with it as human shields", "kept some 330,000 civilians
            // with it as a human buffer"
            // ("used civilians as human shields" tells how they fought, not that anyone was taken)
            + "|(?:took|take|takes|taking|kept|keep|keeps|keeping|held|holding) (?=(?:[\\w'’,-]+ ){1,10}?as (?:a )?human"
            + " (?:shields?|buffers?)\\b))",
            "arrested arresting arrest arrests detained detaining detains detain detention abducted abducting abduction kidnapped kidnapping"
            + " rounded taken held holding holds hostages carried led took take takes taking kept keep keeps keeping")
    );

    /** Past tenses of trigger verbs that do not end in -ed: "the assault fell back" is still a verb. */
    static final java.util.Set<String> IRREGULAR_PAST = java.util.Set.of("fell", "took", "fled", "drove", "overran",
            "withdrew", "retook", "struck", "fought", "broke", "swept", "won", "lost", "laid", "gave", "blew", "shot");

    /** Trigger definitions by a first word they can start with, in definition order. */
    private static final java.util.Map<String, List<Integer>> BY_HEAD = new java.util.HashMap<>();
    private static final Pattern[] PATTERNS = new Pattern[DEFS.size()];

    static {
        for (int i = 0; i < DEFS.size(); i++) {
            PATTERNS[i] = Pattern.compile("(?i)(?:" + DEFS.get(i).regex() + ")\\b");
            for (String w : DEFS.get(i).heads().split(" ")) {
                List<Integer> list = BY_HEAD.computeIfAbsent(w, k -> new ArrayList<>());
                if (!list.contains(i)) {
                    list.add(i);
                }
            }
        }
    }

    private TriggerLexicon() {
    }

    /**
     * The triggers in text[from, to), in text order, without overlaps: each word is looked up by its
     * lower-case form and only the definitions that can start with it are tried there, in order.
     */
    static List<Hit> find(String text, int from, int to) {
        return find(text, Words.of(text, from, to), to);
    }

    /** The triggers among already scanned words of text ending at {@code to}. */
    static List<Hit> find(String text, Words words, int to) {
        List<Hit> out = new ArrayList<>();
        int after = -1;
        Matcher m = null;
        for (int w = 0; w < words.size(); w++) {
            int at = words.start(w);
            if (at < after || at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
                continue;
            }
            List<Integer> cands = BY_HEAD.get(words.word(w));
            if (cands == null) {
                continue;
            }
            for (int i : cands) {
                // transparent bounds: a trigger may look back at the words before it ("was cut off")
                m = PATTERNS[i].matcher(text).useTransparentBounds(true).region(at, to);
                if (m.lookingAt()) {
                    out.add(new Hit(DEFS.get(i), at, m.end()));
                    after = m.end();
                    break;
                }
            }
        }
        return out;
    }

    /** Whether a lower-case word can start a trigger. */
    static boolean isHead(String word) {
        return BY_HEAD.containsKey(word);
    }

    /** All definitions, in order (for tests). */
    static List<Def> defs() {
        return DEFS;
    }
}
