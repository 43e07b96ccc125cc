package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.claimgraph.extract.TriggerLexicon.Frame;
import org.claimgraph.extract.TriggerLexicon.Hit;
import org.claimgraph.model.EntityKind;
import org.claimgraph.model.EntityRef;
import org.claimgraph.model.EventType;
import org.claimgraph.model.Span;

/**
 * Where an event happened: the subject place of a passive, a place right before a noun trigger
 * ("Paris attacks"), "the city"/"it" resolved to the salient settlement, the places after the
 * trigger (coordinated ones too), the nearest before it, then the sentence, then the paragraph's
 * topic. Reference points ("north of Baghdad") and places inside an attribution are never chosen.
 */
final class EventPlaces {
    /** Words that name a town, or a place in it, when they refer back: "the town", "the refinery". */
    private static final String TOWN_WORDS = "city|town|village|district|base|camp|airport|refinery|depot|dam|island|peninsula";
    static final Pattern ANAPHOR = Pattern.compile(
            "^\\s*(?:(?:the|this|that|its|their) (?:\\p{Ll}[\\p{Ll}-]* ){0,2}(?:" + TOWN_WORDS + "|area|airbase|enclave|pocket)(?!\\s+of\\b)"
            // "into the city centre of Ramadi": the town the words go on to name
            + "(?!\\s+(?:centre|center|outskirts|edge|heart|limits)\\s+of\\b)"
            // "seized the airport at Merowe", "the airport and the bridge at Gao": a site the words go on to name
            + "(?!(?:\\s+and\\s+the\\s+[\\w-]+)?\\s+(?:at|in|near|outside)\\s+(?!" + DateResolver.MONTH_OR_DAY_NAME + ")\\p{Lu})"
            // "recover the whole site", "attacked the gas plant": the site the story named, as the trigger's object only
            + "|the (?:whole |entire )?site|the (?:\\p{Ll}[\\p{Ll}-]* )?plant(?!\\s+of\\b)"
            + "|the Old City|it|there)\\b");
    /** What stands between such a subject and its verb: "had", "was", "then", "finally". */
    private static final String BETWEEN_SUBJECT_AND_VERB = "(?:had|has|have|was|were|is|then|finally|quickly|also|soon|been)";
    /** A pronoun or a town word as the whole subject of a passive or of "fell to". */
    private static final Pattern SUBJECT_ANAPHOR = Pattern.compile(
            "(?i)\\W*(?:[\\w\\s,]*?\\b(?:when|as|after|before|once|by|until)\\s+)?(?:it|the (?:\\p{Ll}[\\p{Ll}-]* )?(?:" + TOWN_WORDS + "|enclave|pocket)"
            // "The enclave east of Damascus, home to nearly 400,000 people, has been besieged": where it lies, and an aside
            + "(?:\\s+(?:just\\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of (?:the )?(?-i:\\p{Lu})[\\p{L}'’-]*(?:\\s(?-i:\\p{Lu})[\\p{L}'’-]*){0,2})?"
            + "(?:,(?:[^,;]|(?<=\\d),(?=\\d{3})){1,60},)?)\\s+"
            + "(?:" + BETWEEN_SUBJECT_AND_VERB + "\\s+)*$");
    private static final java.util.Set<EventType> STORY_PLACE_TYPES = java.util.EnumSet.of(
            EventType.DESTRUCTION, EventType.EXECUTION, EventType.BOMBING,
            EventType.KILLING, EventType.DETENTION, EventType.CLASH);
    static final Pattern SCENE = Pattern.compile("\\b(?:the|this) (?:\\p{Ll}[\\p{Ll}-]* ){0,2}(?:" + TOWN_WORDS
            + "|airbase|enclave|pocket|neighbourhoods?|neighborhoods?)\\b(?!\\s+of\\b)|\\bthe Old City\\b|\\bthere\\b");
    /** "towards Erbil and " before Sulaimaniyah: a destination, coordinated ones included. */
    private static final Pattern DESTINATION = Pattern.compile("\\b(?i:to|toward|towards|into|for|from)\\s+(?:(?i:the)\\s+)?"
            + EventPlaces.EARLIER_CONJUNCTS + "$");
    /** A clause that shares the sentence's subject: "..., and was retaken by Iraqi forces on 19 May 2016". */
    private static final Pattern SHARED_SUBJECT_CLAUSE = Pattern.compile("(?i)\\s(?:and|but|then|before being)\\s+"
            + "(?:(?:was|were|had been|has been|have been|is|are)\\s+)?(?:later\\s+|then\\s+|finally\\s+|quickly\\s+)?$");
    /** A sentence that opens with the place it tells of, or with a word for it: "The town fell to ...", "Rutba fell". */
    private static final Pattern OPENING_SUBJECT = Pattern.compile("\\W*(?:The (?:\\p{Ll}[\\p{Ll}-]* )?(?:" + TOWN_WORDS + ")|It)\\b");

    /**
     * The place of a passive clause that has no subject of its own ("The town fell to Islamic State in June 2014, in the
     * same week as al-Qaim, and was retaken by Iraqi forces"): the sentence's subject, when it opens the sentence as a
     * place or a word for one; else null.
     */
    private static Mention sharedSubject(String text, TriggerContext c, Span clause, List<Mention> ms) {
        if (!SHARED_SUBJECT_CLAUSE.matcher(text).region(Math.max(c.sentence().start(), c.hit().start() - 40), c.hit().start()).find()) {
            return null;
        }
        for (Mention m : ms) {
            if (Roles.isPlace(m) && m.span().start() >= c.sentence().start()) {
                if (text.substring(c.sentence().start(), m.span().start()).isBlank()) {
                    return m;
                }
                break;
            }
        }
        var opening = OPENING_SUBJECT.matcher(text).region(c.sentence().start(), c.hit().start());
        return opening.lookingAt() ? c.salience().placeCalled(opening.group(), c.sentence().start()) : null;
    }

    /** Whether a place is named as where something goes: "towards Erbil", "to Jarablus and Azaz". */
    static boolean isDestination(String text, Mention m) {
        return DESTINATION.matcher(text.substring(Math.max(0, m.span().start() - 30), m.span().start())).find();
    }

    /** Whether the place nearest before the trigger in its sentence is a country: "In Syria, government troops ...". */
    private static boolean framedByCountry(Span sentence, Hit hit, List<Mention> ms) {
        Mention framing = Roles.placeBefore(sentence.start(), hit.start(), ms, false);
        return framing != null && framing.entity().kind() == EntityKind.COUNTRY;
    }

    /** A name followed by "and", "or" or a comma: "Erbil and " in "towards Erbil and Sulaimaniyah", "al-Shafah and ". */
    static final String CONJUNCT = "(?:(?:al|el|ar|as|ash|ad|an|at)-)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}"
            + "\\s*(?:,|\\band\\b|\\bor\\b)\\s*";
    /** Names coordinated before the last one, if any. */
    static final String EARLIER_CONJUNCTS = "(?:" + CONJUNCT + ")*";
    static final Pattern REFERENCE_POINT = Pattern.compile(
            // "an offensive on the south-east of Idlib province" is on part of it, not at a point measured from it
            "(?i)\\b(?:(?<!\\b(?:on|into|across|over|through|in|throughout) the )(?<!-)(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)(?:ern)?) of\\s+$"
            + "|\\b(?:kilometres|kilometers|km|miles)\\s+(?:\\w+\\s+){0,3}(?:of|from)\\s+$");
    /**
     * A road, a bridge or a checkpoint placed by a town: "cratered the road east of Humaymah", "on the M4 highway south
     * of Tal Abyad", "army positions west of Khan Shaykhun", "villages east of Tal Abyad", "the water station east of Ras al-Ayn". What happens at such a site happens at the town, which is no
     * mere reference point then.
     */
    static final Pattern SITE_BY_TOWN = Pattern.compile(
            "(?i)\\b(?:road|roads|highway|motorway|bridge|checkpoint|junction|crossroads|roundabout|M\\d{1,2}|airfield|airstrip"
            + "|positions|outposts|front lines|lines|defences|defenses|station|stations|plant"
            // "pushed into villages east of Tal Abyad": unnamed villages are placed at the town they lie by (not "Tokhar and
            // Hoshariyeh, villages north of Manbij", which are named)
            + "|(?<!,\\s)(?<!,\\s\\w{3,5}\\s)(?:villages|hamlets|farms|areas))\\s+"
            + "(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|just (?:north|south|east|west)) of\\s+$");
    /**
     * A town named as a landmark: "Jarablus, which sits opposite the Turkish town of Karkamis", "Al-Qaim, which lies
     * across the border from Al-Bukamal". Nothing happened there, and "the town" does not mean it.
     */
    static final Pattern LANDMARK = Pattern.compile(
            "(?i)\\b(?:opposite|across (?:the (?:border|river|frontier|Euphrates|Tigris) )?from|facing)\\s+"
            + "(?:the\\s+(?:[\\w-]+\\s+){0,2}(?:town|city|village)\\s+of\\s+)?$");
    /** An attribution set off by commas inside the clause: ", it said,", ", officials said,". */
    private static final Pattern ASIDE = Pattern.compile("(?i),\\s*(?:it|he|she|they|officials|[\\w-]+ officials)\\s+(?:said|says)\\s*,");
    static final Pattern ATTRIBUTION_CUE = Pattern.compile(
            "(?i)\\b(?:according to|said|says|told|(?<!(?:was|were|are|is|been) )reported|a spokesman"
            // ("captured X, described by Iraqi officials as the head of its chemical weapons unit, in a raid near Tal Afar":
            // officials who describe someone, and the clause goes on)
            + "|(?<!\\bby )(?<!\\bby [\\w-]{1,20} )officials)\\b");

    /**
     * Where a source sits, not where the event was: "officials in Kirkuk", "a group based in London", and
     * "between Baghdad and Erbil".
     */
    static final Pattern SOURCE_SEAT = Pattern.compile(
            "(?i)\\b(?:officials?|sources?|spokesm[ae]n|spokeswom[ae]n|correspondents?|reporters?|journalists?|analysts?|researchers?"
            + "|ministry|agency|observatory|institute|monitor|authorities|governor|council)\\s+(?:(?:based\\s+)?in|at|from)\\s+(?:the\\s+)?"
            // "a military source at Russia's Hmeimim base"
            + "(?:(?-i:\\p{Lu})\\p{L}+['\u2019]s\\s+)?$"
            + "|\\bbased\\s+in\\s+(?:the\\s+)?$"
            + "|\\bbetween\\s+(?:the\\s+)?(?:[\\w'\u2019-]+\\s+){0,3}?(?:and\\s+(?:the\\s+)?)?$");
    /** "... of Iraq and the Levant (ISIL)": a place that ends an organisation's name. */
    private static final Pattern ACRONYM_AFTER = Pattern.compile("\\s*\\(\\p{Lu}{2,6}\\)");
    /** "on the road towards the Qalamoun mountains": a direction, not where an earlier-named event happened. */
    private static final Pattern TOWARD = Pattern.compile("(?i)\\b(?:towards?|in the direction of)\\s+(?:the\\s+)?$");
    /** "Mount Sinjar" is a mountain, not the town it is named after. */
    private static final Pattern MOUNT = Pattern.compile("\\b(?:Mount|Mt\\.?|Jabal|Jebel)\\s+$");
    private static final Pattern ANOTHER_VERB = Pattern.compile("(?i)\\b(?:and|or|then|before|while)\\s+\\w+ing\\b");
    private static final Pattern SUBORDINATOR = Pattern.compile("(?i)\\b(?:after|before|since|when|while|until|because|whereas)\\b"
            // "progress in the offensive ... on Tuesday as the city of Raqqa was retaken": the later clause's own event
            + "|(?<!such )\\bas\\s+(?:the|a|an|its|their)\\b");
    private static final Pattern LEADING_ATTRIBUTION = Pattern.compile("(?i)^\\s*(?:\\W\\s*)?according to\\b[^,]*$");

    /** Aircraft named in the clause make a weak "struck" an airstrike even without a place of its own. */
    private static final Pattern AIR_WORDS = Pattern.compile(
            "(?i)\\b(?:aircraft|jets?|warplanes?|planes|bombers|drones?|helicopters?|air force|air ?strikes?|air support|air raids?)\\b");
    /** "backed by Russian airstrikes": support for another event, not an air raid of its own. */
    static final Pattern SUPPORTING = Pattern.compile(
            "(?i)\\b(?:backed|supported|helped|aided|assisted|covered|enabled) by\\b[^,;]*$|\\b(?:support|help|backing|cover) of\\b[^,;]*$");

    /** "The offensive began at the end of May": an operation said to start, right after its noun. */
    static final Pattern BEGAN_AFTER = Pattern.compile(
            "(?i),?\\s+(?:which\\s+|that\\s+)?(?:had\\s+|has\\s+)?(?:began|begun|begins|opened|opens|started|starts|came|comes|kicked off|kicks off|got under way|gets under way|was launched|were launched|is launched|had been launched)\\b");
    private static final Pattern LOCATED_IN = Pattern.compile("(?i),\\s+in\\s+(?:the\\s+)?(?:\\w+ern\\s+)?$");
    /** "al-Bab, the last Islamic State stronghold in Aleppo province": where a town just described lies. */
    private static final Pattern DESCRIBED_IN = Pattern.compile("(?i),\\s+the\\s+(?:[\\w-]+\\s+){1,5}in\\s+(?:the\\s+)?(?:\\w+ern\\s+)?$");
    /** "just NE of", "W of": a compass point written short, as terse posts do. */
    private static final Pattern SHORT_DIRECTION_OF = Pattern.compile("\\b(?:N|S|E|W|NE|NW|SE|SW) of\\s+$");
    /**
     * "Tajoura, on the eastern edge of Tripoli", "Sirte, on the coast halfway to Benghazi", "Gharyan, about 100 km
     * south of the capital", "Korisa, near Prizren": a second place that only says where the first lies.
     */
    private static final Pattern LIES_BY = Pattern.compile("(?i)(?:,\\s+(?:just\\s+)?(?:near|outside|(?:north|south|east|west)(?:-?(?:east|west))?"
            + "\\s+of)|,\\s+(?:on|at|in)\\s+the\\s+(?:\\w+ern\\s+)?(?:edge|edges|outskirts"
            + "|fringes?|side)\\s+of|\\bhalfway\\s+(?:to|between)|\\b(?:km|kilometres|kilometers|miles)\\s+(?:\\w+\\s+)?"
            + "(?:north|south|east|west)(?:-?(?:east|west))?\\s+of)\\s+(?:the\\s+)?$");
    /**
     * "Mariupol, the port city on the Sea of Azov", "Debaltseve, the railway town between Donetsk and Luhansk": a town's
     * apposition that places it by the sea or the towns around it, which are then no places of the event.
     */
    static final Pattern TOWN_BY = Pattern.compile("(?i),\\s+the\\s+(?:[\\w-]+\\s+){0,3}?(?:city|town|port|village)\\s+"
            + "(?:on|by|near|between)\\s+(?:the\\s+)?(?:(?-i:\\p{Lu})[\\p{L}-]*\\s+and\\s+)?$");
    /** An aim, of an operation that was launched, just before the next trigger: "... launched in November 2016 to [isolate]". */
    private static final Pattern LAUNCHED = Pattern.compile("\\b(?:launched|began|started|mounted|opened)\\b");
    /** What stands between a town and the region that locates it: ", in eastern ", ", the provincial seat of ". */
    private static final Pattern LOCATOR = Pattern.compile("(?i)\\s*,\\s*(?:(?:in|of)\\s+|the\\s+(?:[\\w-]+\\s+){0,3}?of\\s+)?"
            + "(?:the\\s+)?(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\\s+)?");
    /** What stands between a withdrawal's verb and the country it left: " of ", " from ", " out of the ". */
    private static final Pattern OUT_OF = Pattern.compile("(?i)\\s+(?:out\\s+)?(?:of|from)\\s+(?:the\\s+)?");
    /** A people named after a country's name, "the bodies of 45 Kosovo Albanians": whose dead, not where they died. */
    private static final Pattern PEOPLE_AFTER = Pattern.compile(" (?-i:\\p{Lu})\\p{L}+(?:s|ns)\\b");
    /** "across Ukraine", "throughout the country of": what happened all over a country. */
    private static final Pattern ACROSS = Pattern.compile("(?i)\\b(?:across|throughout|all over)\\s+(?:the\\s+)?$");
    /** "Al-Bukamal in the eastern countryside of Deir Ezzor": the province around the town, not a second place. */
    private static final Pattern COUNTRYSIDE_OF = Pattern.compile("(?i)\\bin\\s+(?:the\\s+)?(?:[\\w-]+ern\\s+)?(?:countryside|rural areas|suburbs|environs)\\s+of\\s+$");
    private static final Pattern DETERMINER_START = Pattern.compile("(?i)(?:the|its|their)\\s");
    /** "goes to ", "towards the ": what precedes the place a road or a move leads to. */
    private static final Pattern GOAL = Pattern.compile("(?i)\\b(?:to|towards?|into)\\s+(?:the\\s+)?$");
    /** ", the main stronghold of the group in ": an apposition to the name before it, up to a place inside it. */
    private static final Pattern APPOSITION = Pattern.compile(",\\s+(?:the|a|an)\\s+[^,;:()]*$");

    private EventPlaces() {
    }

    /** A country's possessive, then the words of the one who speaks for it: "Syria's director of antiquities said that". */
    private static final Pattern COUNTRY_SPEAKS = Pattern.compile("(?:['’]s)?\\s+(?:[\\p{L}-]+\\s+){1,5}?(?:said|says|told|announced|reported"
            + "|confirmed|stated|declared)\\b");

    /**
     * "Syria's director of antiquities said that on 27 June they smashed the lion": the country whose official speaks is
     * not where the event happened.
     */
    private static boolean speakersCountry(String text, Mention m, Hit hit) {
        return m.entity().kind() == EntityKind.COUNTRY
                && COUNTRY_SPEAKS.matcher(text).region(m.span().end(), hit.start()).lookingAt();
    }

    /** A place inside a sentence-initial "According to officials in Kirkuk," is the source's seat. */
    private static boolean leadingAttribution(String text, Span sentence, Mention m) {
        return LEADING_ATTRIBUTION.matcher(text.substring(sentence.start(), m.span().start())).find()
                && text.indexOf(',', m.span().end()) >= 0;
    }

    /**
     * The place a clause opens with when the place nearest the verb only sits in an apposition to it: in "Shajara, the
     * main stronghold of the group in the Yarmouk Basin, taken by the army", Shajara was taken; or the town an
     * apposition describes ("al-Bab, the last stronghold in Aleppo province, which ... attacked").
     */
    private static Mention appositiveHead(String text, Span sentence, Mention nearest, List<Mention> ms) {
        if (nearest == null) {
            return null;
        }
        Mention described = describedTown(text, sentence, nearest, ms);
        if (described != null) {
            return described;
        }
        for (Mention m : ms) {
            if (m.span().start() >= nearest.span().start()) {
                break;
            }
            if (Roles.isPlace(m) && m.span().start() >= sentence.start() && opens(text, sentence, m.span().start())) {
                var apposition = APPOSITION.matcher(text).region(m.span().end(), nearest.span().start());
                return apposition.lookingAt() ? m : nearest;
            }
        }
        return nearest;
    }

    /**
     * The town an apposition describes when a place only says where it lies: al-Bab for Aleppo province in "the battle
     * for al-Bab, the last Islamic State stronghold in Aleppo province, which Turkish troops attacked"; else null.
     */
    private static Mention describedTown(String text, Span sentence, Mention located, List<Mention> ms) {
        var described = DESCRIBED_IN.matcher(text).region(Math.max(sentence.start(), located.span().start() - 60),
                located.span().start());
        if (described.find()) {
            for (Mention m : ms) {
                if (Roles.isPlace(m) && m.span().end() == described.start()) {
                    return m;
                }
            }
        }
        return null;
    }

    /** The mentions without the places that follow these words, looked for this many characters back. */
    private static List<Mention> withoutPlacesAfter(String text, List<Mention> ms, Pattern before, int reach) {
        return ms.stream().filter(m -> !Roles.isPlace(m)
                || !before.matcher(text).region(Math.max(0, m.span().start() - reach), m.span().start()).find()).toList();
    }

    /** "it" as the subject of a passive or of "had fallen", with what comes between it and the verb. */
    private static final Pattern IT_END = Pattern.compile("(?i)\\bit\\s+(?:" + BETWEEN_SUBJECT_AND_VERB + "\\s+)*$");
    /** "the roads linking the town with ...", "routes connecting Raqqa to ...": the first place is the one cut off. */
    private static final Pattern LINKING = Pattern.compile("(?i)\\s+(?:linking|connecting|joining)\\s+(?:(the\\s+(?:town|city|village)|it)"
            + "|(?-i:\\p{Lu})[\\p{L}'’-]*(?:\\s+(?-i:\\p{Lu})[\\p{L}'’-]*){0,2})\\s+(?:with|to|and)\\s");
    /** "Baghdad radio", "Damascus state television": a station named for its city. */
    private static final Pattern MEDIUM_AFTER = Pattern.compile("\\s+(?:radio|television|TV|state (?:radio|television|TV|media))\\b");
    /** "invaded", "invading": a country's forces sent into another country. */
    static final Pattern INVADED = Pattern.compile("(?i)invad");
    /** What stands between "invaded" and the country: nothing, or "neighbouring". */
    private static final Pattern INVADED_OBJECT = Pattern.compile("\\s+(?:neighbouring\\s+|neighboring\\s+)?");

    /** The country an event spans, after its trigger in its clause; else null. */
    private static Mention wholeCountry(String text, Hit hit, Span clause, List<Mention> ms) {
        for (Mention m : ms) {
            if (m.entity().kind() != EntityKind.COUNTRY || m.span().start() <= hit.end() || m.span().end() > clause.end()) {
                continue;
            }
            if (ACROSS.matcher(text).region(Math.max(clause.start(), m.span().start() - 15), m.span().start()).find()) {
                // "strikes on power stations across Ukraine": the whole country, not the town the story is in
                return m;
            }
            if (INVADED.matcher(text).region(hit.start(), hit.end()).lookingAt()
                    && INVADED_OBJECT.matcher(text).region(hit.end(), m.span().start()).matches()) {
                // "Iraq invaded Kuwait": the country invaded
                return m;
            }
            if (hit.def().type() == EventType.WITHDRAWAL && OUT_OF.matcher(text).region(hit.end(), m.span().start()).matches()) {
                // "army and police units pulled out of Kosovo": the force left the whole country or province
                return m;
            }
        }
        return null;
    }

    /** Whether a place only says where the place named before it lies: "Korisa, near Prizren". */
    private static boolean locates(String text, Mention before, Mention place) {
        return LIES_BY.matcher(text).region(before.span().end(), place.span().start()).find();
    }

    /**
     * The mentions but the places that only say where the place named right before them lies: "Prizren" in "the village
     * of Korisa, near Prizren, where displaced people were camped, and 87 people were killed".
     */
    private static List<Mention> withoutLocators(String text, List<Mention> ms) {
        List<Mention> kept = new ArrayList<>(ms.size());
        Mention lastPlace = null;
        for (Mention m : ms) {
            if (Roles.isPlace(m)) {
                boolean locator = lastPlace != null && m.span().start() - lastPlace.span().end() <= 40
                        && (locates(text, lastPlace, m) || Roles.onRoadTo(text, m));
                lastPlace = m;
                if (locator) {
                    continue;
                }
            }
            kept.add(m);
        }
        return kept.size() == ms.size() ? ms : kept;
    }

    /** Whether a sentence, or a part of it after a colon or a dash, starts at this offset. */
    private static boolean opens(String text, Span sentence, int at) {
        int k = at - 1;
        while (k >= sentence.start() && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k < sentence.start() || ":;\u2014".indexOf(text.charAt(k)) >= 0;
    }

    private static final Pattern WHERE_OPENING = Pattern.compile("(?i)\\s*where\\b");
    private static final Pattern COMMA_GAP = Pattern.compile("\\s*,\\s*");

    /**
     * "the women were taken to Solagh, where the older women were executed": in a clause that opens with "where" and
     * names no place of its own, the place named right before it; else null.
     */
    private static Mention whereAntecedent(String text, Span clause, List<Mention> ms) {
        if (!WHERE_OPENING.matcher(text).region(clause.start(), clause.end()).lookingAt()) {
            return null;
        }
        Mention before = null;
        Mention located = null;
        for (Mention m : ms) {
            if (Roles.isPlace(m) && m.span().start() >= clause.start() && m.span().end() <= clause.end()) {
                return null;
            }
            if (Roles.isPlace(m) && m.span().end() <= clause.start()) {
                // "the village of Korisa, near Prizren, where ...": where the village lies, not where it happened
                located = before != null && locates(text, before, m) ? before : null;
                before = m;
            }
        }
        if (before == null || !COMMA_GAP.matcher(text).region(before.span().end(), clause.start()).matches()) {
            return null;
        }
        return located != null ? located : before;
    }

    static List<Mention> places(TriggerContext c, Frame frame, boolean passive, boolean nominal) {
        String text = c.text();
        Hit hit = c.hit();
        Span clause = c.clause();
        List<Mention> ms = new ArrayList<>();
        var cue = ATTRIBUTION_CUE.matcher(text).region(hit.end(), c.sentence().end());
        int cueEnd = Integer.MAX_VALUE;
        while (cue.find()) {
            // "after, it said, the plane crossed into the Golan Heights": an aside, and the clause goes on
            if (!ASIDE.matcher(text).region(Math.max(hit.end(), cue.start() - 20), Math.min(c.sentence().end(), cue.end() + 2)).find()) {
                cueEnd = cue.end();
                break;
            }
        }
        for (Mention m : c.mentions()) {
            if (!Roles.isPlace(m)) {
                ms.add(m);
                continue;
            }
            boolean inAttribution = m.span().start() > hit.end() && cueEnd <= m.span().start()
                    || m.span().end() <= hit.start() && (leadingAttribution(text, c.sentence(), m) || speakersCountry(text, m, hit));
            if (ACRONYM_AFTER.matcher(text).region(m.span().end(), Math.min(text.length(), m.span().end() + 12)).lookingAt()
                    // "Baghdad radio announced a withdrawal": a station that speaks, not where anything happened
                    || MEDIUM_AFTER.matcher(text).region(m.span().end(), Math.min(text.length(), m.span().end() + 20)).lookingAt()
                    || compoundAdjective(text, m)
                    || MOUNT.matcher(text).region(Math.max(0, m.span().start() - 8), m.span().start()).find()
                    || TOWN_BY.matcher(text).region(Math.max(0, m.span().start() - 60), m.span().start()).find()) {
                continue;
            }
            // "reached the outskirts of al-Mayadin": the trigger's own words end where the place begins
            boolean rightAfterTrigger = m.span().start() >= hit.end() && Words.firstNonSpace(text, hit.end()) == m.span().start();
            if (!inAttribution && (rightAfterTrigger || !REFERENCE_POINT.matcher(text).region(Math.max(0, m.span().start() - 40), m.span().start()).find()
                        || SITE_BY_TOWN.matcher(text).region(Math.max(0, m.span().start() - 40), m.span().start()).find())
                    && !LANDMARK.matcher(text).region(Math.max(0, m.span().start() - 40), m.span().start()).find()
                    && !SOURCE_SEAT.matcher(text).region(Math.max(0, m.span().start() - 40), m.span().start()).find()) {
                ms.add(m);
            }
        }
        // "The YPG, backed by coalition air strikes, pushed into Tal Abyad": strikes that back another event
        boolean backing = hit.def().type() == EventType.AIRSTRIKE
                && SUPPORTING.matcher(text).region(Math.max(clause.start(), hit.start() - 40), hit.start()).find();
        if (backing && framedByCountry(c.sentence(), hit, ms)) {
            // "In Syria, government troops backed by Russian air power recaptured Mayadin": where the backed force
            // struck, not the country that frames the sentence
            // (or, past its clause, the town the sentence goes on to: "KARKAMIS, Turkey - Syrian rebels backed by Turkish
            // tanks and warplanes said they had driven Islamic State out of Jarabulus")
            List<Mention> struck = Roles.placesAfter(text, hit.end(), c.sentence().end(), ms).stream()
                    .filter(m -> m.entity().kind() == EntityKind.SETTLEMENT).limit(1).toList();
            if (!struck.isEmpty()) {
                return struck;
            }
        }
        if (passive || frame == Frame.FELL) {
            Mention shared = sharedSubject(text, c, clause, ms);
            if (shared != null) {
                return List.of(shared);
            }
            // "the Jisr ash-Shughour district on the road that goes to Latakia fell": not the place a road goes to
            Mention nearest = Roles.placeBefore(clause.start(), hit.start(), withoutPlacesAfter(text, ms, GOAL, 12), false);
            Mention subject = townOf(text, appositiveHead(text, c.sentence(), nearest, ms), ms);
            if (subject != null && subject == nearest) {
                // "the army announced that Yarmouk and Hajar al-Aswad had been cleared": both subjects
                return Roles.coordinationGroup(text, subject, ms).stream().filter(m -> m.span().end() <= hit.start()).toList();
            }
            if (subject != null) {
                return List.of(subject);
            }
            var pronoun = SUBJECT_ANAPHOR.matcher(text).region(clause.start(), hit.start());
            var it = pronoun.lookingAt() ? IT_END.matcher(pronoun.group()) : null;
            if (it != null && it.find()) {
                // "The militias were ordered towards Ramadi only after it had fallen": the place this sentence named
                Mention named = null;
                for (Mention m : c.salience().mentions()) {
                    if (m.span().end() > pronoun.start() + it.start()) {
                        break;
                    }
                    if (Roles.isPlace(m) && m.entity().kind() != EntityKind.COUNTRY && m.span().start() >= c.sentence().start()) {
                        named = m;
                    }
                }
                if (named != null) {
                    return List.of(named);
                }
            }
            if (pronoun.lookingAt()) {
                // "It fell to the Islamic State in January 2014", "the town had fallen": the place just talked about
                Mention salient = c.salience().placeCalled(pronoun.group(), hit.start());
                if (salient != null) {
                    return List.of(salient);
                }
            }
        }
        Mention antecedent = whereAntecedent(text, clause, ms);
        if (antecedent != null) {
            return List.of(antecedent);
        }
        if ((frame == Frame.NOMINAL || frame == Frame.WEAK) && !DETERMINER_START.matcher(text).region(hit.start(), hit.end()).lookingAt()) {
            // "the Mosul offensive", but not "For the city of Deir ez-Zor the fall of al-Mayadin"
            Mention adj = Roles.adjectival(text, hit.start(), ms, true);
            if (adj != null) {
                return List.of(adj);
            }
        }
        var anaphor = ANAPHOR.matcher(text.substring(hit.end(), c.scopeEnd()));
        if (anaphor.find()) {
            Mention salient = c.salience().placeCalled(anaphor.group(), hit.start());
            if (salient != null) {
                return List.of(salient);
            }
        }
        if (hit.def().type() == EventType.WITHDRAWAL) {
            // "they had cleared the city itself, and the fighters who survived had fled to al-Ayadiya": fled from the city
            var earlier = SCENE.matcher(text).region(c.sentence().start(), hit.start());
            int last = -1;
            String words = null;
            while (earlier.find()) {
                last = earlier.start();
                words = earlier.group();
            }
            Mention origin = words == null ? null : c.salience().placeCalled(words, last);
            if (origin != null) {
                List<Mention> after = Roles.placesAfter(text, hit.end(), c.scopeEnd(), ms);
                if (!after.isEmpty() && after.stream().allMatch(m -> isDestination(text, m))) {
                    return List.of(origin);
                }
            }
        }
        var linking = LINKING.matcher(text).region(hit.end(), c.scopeEnd());
        if (linking.lookingAt()) {
            // "cut the roads linking the town with Raqqa and with Mosul": the town the roads leave, not where they go
            Mention town = linking.group(1) != null ? c.salience().placeCalled(linking.group(1), hit.start())
                    : Roles.placesAfter(text, hit.end(), c.scopeEnd(), ms).stream().findFirst().orElse(null);
            return town == null ? List.of() : List.of(town);
        }
        int rightEnd = frame == Frame.WEAK ? Math.min(c.scopeEnd(), hit.end() + 80) : c.scopeEnd();
        List<Mention> right = Roles.placesAfter(text, hit.end(), rightEnd, ms).stream()
                .filter(m -> m.entity().kind() != EntityKind.COUNTRY || !PEOPLE_AFTER.matcher(text).region(m.span().end(), text.length()).lookingAt())
                .toList();
        if (!right.isEmpty() && ANOTHER_VERB.matcher(text).region(hit.end(), right.get(0).span().start()).find()) {
            // "Losing X and facing Mosul": the place belongs to the next verb
            right = List.of();
        }
        if (right.size() > 1 && right.stream().anyMatch(m -> m.entity().kind() == EntityKind.SETTLEMENT)) {
            // "the town of Rawah, in western Anbar province": where the town lies, not a second place
            right = right.stream().filter(m -> m.entity().kind() == EntityKind.SETTLEMENT
                    || !LOCATED_IN.matcher(text).region(Math.max(0, m.span().start() - 25), m.span().start()).find()
                    && !DESCRIBED_IN.matcher(text).region(Math.max(0, m.span().start() - 60), m.span().start()).find())
                    .filter(m -> !COUNTRYSIDE_OF.matcher(text).region(Math.max(0, m.span().start() - 40), m.span().start()).find()).toList();
        }
        if (right.size() > 1) {
            // "takes Qabasin, just NE of al-Bab": the second town only says where the first lies
            List<Mention> first = right;
            right = right.stream().filter(m -> m == first.get(0)
                    || !SHORT_DIRECTION_OF.matcher(text).region(Math.max(0, m.span().start() - 25), m.span().start()).find()
                    && !LIES_BY.matcher(text).region(Math.max(0, m.span().start() - 40), m.span().start()).find()).toList();
        }
        if (right.isEmpty() && (frame == Frame.NOMINAL || frame == Frame.WEAK) && c.scopeEnd() < clause.end()
                && text.substring(hit.end(), c.scopeEnd()).endsWith(" to ")
                && LAUNCHED.matcher(text).region(hit.end(), c.scopeEnd()).find()) {
            // "the campaign the SDF launched in November 2016 to isolate Raqqa": the campaign's place is its aim's
            int aim = c.scopeEnd();
            right = Roles.placesAfter(text, aim, Math.min(clause.end(), aim + 60), ms).stream().limit(1).toList();
        }
        if (!right.isEmpty()) {
            return right;
        }
        List<Mention> notToward = withoutLocators(text, withoutPlacesAfter(text, ms, TOWARD, 20));
        Mention left = Roles.placeBefore(c.scopeStart(), hit.start(), notToward, false);
        if (left == null) {
            left = Roles.placeBefore(clause.start(), hit.start(), notToward, false);
        }
        if (left != null) {
            return List.of(townOf(text, appositiveHead(text, c.sentence(), left, notToward), ms));
        }
        var scene = SCENE.matcher(text).region(clause.start(), clause.end());
        if (scene.find()) {
            // "advancing on the town": the town last named before those words
            Mention salient = c.salience().placeCalled(scene.group(), Math.max(hit.start(), scene.start()));
            if (salient != null) {
                return List.of(salient);
            }
        }
        if (frame == Frame.WEAK && !(hit.def().type() == EventType.AIRSTRIKE
                && AIR_WORDS.matcher(clause.of(text)).find())) {
            return List.of();
        }
        // a downing happens where the aircraft flew: "shot down a Syrian jet after the plane crossed into the Golan"
        boolean downing = hit.def().type() == EventType.DESTRUCTION && EventFinder.SHOT_DOWN.matcher(text).region(hit.start(), hit.end()).lookingAt();
        Mention inSentence = null;
        for (Mention m : ms) {
            // backing strikes strike where the backed force goes: "pushed into Tal Abyad"
            if (Roles.isPlace(m) && m.entity().kind() != EntityKind.COUNTRY
                    && (backing || downing || !isDestination(text, m))) {
                if (m.span().start() > hit.end() && inSentence != null) {
                    break;
                }
                if (m.span().start() > hit.end() && (ANOTHER_VERB.matcher(text).region(hit.end(), m.span().start()).find()
                        || triggerBetween(c, hit.end(), m.span().start()))) {
                    // "the incursion came four days after a bomber struck Gaziantep": the later event's place
                    break;
                }
                if (inSentence != null && inSentence.entity().kind() == EntityKind.SETTLEMENT
                        && m.entity().kind() == EntityKind.REGION && m.span().start() < hit.start()) {
                    // "Tal Abyad town, in northern ar-Raqqa governorate, ... after the fighters withdrew": the town
                    continue;
                }
                inSentence = m;
            }
        }
        if (inSentence != null) {
            Mention described = describedTown(text, c.sentence(), inSentence, ms);
            return described != null ? List.of(described)
                    : Roles.coordinationGroup(text, appositiveHead(text, c.sentence(), inSentence, ms), ms);
        }
        Mention whole = wholeCountry(text, hit, clause, ms);
        if (whole != null) {
            return List.of(whole);
        }
        if (Roles.labelledFarCountry(text, c.sentence(), c.mentions())) {
            // "Somalia: officials said Saturday's truck bombing in Mogadishu killed more than 300 people": a sentence
            // about a country far from the war is not about the town the story is about
            return List.of();
        }
        Mention topic = paragraphTopic(c);
        var type = hit.def().type();
        boolean airRaid = type == EventType.AIRSTRIKE && AIR_WORDS.matcher(c.sentence().of(text)).find() && !backing;
        if (topic == null) {
            // "gunmen infiltrated the city and attacked police posts, killing at least 46 people": where the sentence is
            var named = SCENE.matcher(text).region(c.sentence().start(), hit.start());
            if (named.find()) {
                topic = c.salience().placeCalled(named.group(), named.start());
            }
        }
        if (topic == null && (type == EventType.KILLING || type == EventType.DETENTION || type == EventType.EXECUTION)) {
            // people killed or taken where the paragraph is; a building destroyed may be anywhere
            topic = onlyTownOfParagraph(c);
        }
        if (topic == null && STORY_PLACE_TYPES.contains(type)) {
            // "they blew up the temples of Bel": the town the article is about, when this paragraph or the last named it
            Mention top = c.salience().topPlaceBefore(hit.start());
            Mention last = c.salience().recentPlace(c.sentence().start(), hit.start());
            if (top != null && last != null && last.entity().equals(top.entity())) {
                topic = last;
            } else if (top != null && top.equals(c.salience().storyPlace(c.sentence().start(), hit.start()))
                    && !ModalityDetector.insideQuote(text, c.sentence(), new Span(hit.start(), hit.end()))) {
                // this paragraph or one of the two before names the story's town, if not last (a quote's words
                // place nothing by themselves: "they murdered a great man")
                topic = top;
            }
        }
        if (topic == null && type == EventType.ASSAULT && (frame == Frame.NOMINAL || frame == Frame.WEAK)
                && BEGAN_AFTER.matcher(text).region(hit.end(), c.sentence().end()).lookingAt()) {
            // "The offensive opened on October 17": the offensive on the town the story is about
            topic = c.salience().storyPlace(c.sentence().start(), hit.start());
        }
        if (topic == null) {
            // a record's note under its heading ("AZ-0451 | Zangilan", then "Azerbaijan announced its capture on 20
            // October"): the town the heading names
            topic = c.salience().recordPlace(hit.start());
        }
        if (topic == null) {
            // a record's narrative under its fields ("Location:  open field outside Garend Kalan village, Budgam district")
            topic = c.salience().locationField(c.sentence().start());
        }
        if (topic == null && (airRaid || type == EventType.SURRENDER)) {
            // an air raid or a surrender with no place of its own: the town the story is about, else the last one named
            topic = c.salience().storyPlace(c.sentence().start(), hit.start());
            if (topic == null) {
                topic = c.salience().lastPlaceBefore(hit.start());
            }
        }
        return topic == null ? List.of() : List.of(topic);
    }

    /**
     * The town a region or country only locates ("the last IS enclave at Baghuz, in eastern Syria, ...", "the
     * Government Center in Ramadi, the provincial seat of al-Anbar, ..."): that town; else the place itself.
     */
    private static Mention townOf(String text, Mention place, List<Mention> ms) {
        if (place == null || place.entity().kind() == EntityKind.SETTLEMENT) {
            return place;
        }
        Mention town = null;
        for (Mention m : ms) {
            if (m.span().end() <= place.span().start() && Roles.isPlace(m)) {
                town = m;
            }
        }
        return town != null && town.entity().kind() == EntityKind.SETTLEMENT
                && LOCATOR.matcher(text).region(town.span().end(), place.span().start()).matches() ? town : place;
    }

    /**
     * Another event's trigger in a clause of its own that opens between from and to: "four days after a bomber struck
     * ...", "progress in the offensive ..., as the city of Raqqa was retaken".
     */
    private static boolean triggerBetween(TriggerContext c, int from, int to) {
        var sub = SUBORDINATOR.matcher(c.text()).region(from, to);
        if (!sub.find()) {
            return false;
        }
        for (Hit h : c.hits()) {
            if (h.start() >= sub.end() && h.start() < c.sentence().end()) {
                return true;
            }
        }
        return false;
    }

    /** "London-listed producers", "a Baghdad-based analyst": a place inside an adjective, where nothing happens. */
    private static boolean compoundAdjective(String text, Mention m) {
        int end = m.span().end();
        return end + 1 < text.length() && text.charAt(end) == '-' && Character.isLowerCase(text.charAt(end + 1));
    }

    /** The settlement the paragraph so far names most often (at least twice), or null. */
    private static Mention paragraphTopic(TriggerContext c) {
        String text = c.text();
        int from = text.lastIndexOf('\n', c.sentence().start());
        java.util.Map<EntityRef, Integer> counts = new java.util.HashMap<>();
        Mention best = null;
        int bestCount = 0;
        for (Mention m : c.salience().mentions()) {
            if (m.span().start() <= from || m.span().start() >= c.hit().start()) {
                continue;
            }
            if (m.entity().kind() == EntityKind.SETTLEMENT) {
                int n = counts.merge(m.entity(), 1, Integer::sum);
                if (n > bestCount) {
                    best = m;
                    bestCount = n;
                }
            }
        }
        return bestCount >= 2 ? best : null;
    }

    /**
     * "In June the war reached El Geneina. On 14 June the governor was abducted and killed": the one town a sentence
     * before in this paragraph named, not only to say where something else lies; else null.
     */
    private static Mention onlyTownOfParagraph(TriggerContext c) {
        String text = c.text();
        int from = text.lastIndexOf('\n', c.sentence().start());
        Mention only = null;
        for (Mention m : c.salience().mentions()) {
            if (m.span().start() <= from || m.span().start() >= c.hit().start() || m.entity().kind() != EntityKind.SETTLEMENT) {
                continue;
            }
            if (only != null && !only.entity().equals(m.entity()) || m.span().end() > c.sentence().start()
                    || LANDMARK_BEFORE.matcher(text).region(Math.max(0, m.span().start() - 30), m.span().start()).find()) {
                return null;
            }
            only = m;
        }
        return only;
    }

    /** "east of ", "outside ", "fleeing ": a town named as a landmark or a way, not as a scene. */
    private static final Pattern LANDMARK_BEFORE = Pattern.compile("(?i)\\b(?:of|outside|near|beyond|towards?|to|from|fleeing|via)\\s+(?:the\\s+)?$");
}
