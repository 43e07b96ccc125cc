package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.model.EntityKind;
import org.claimgraph.model.EntityRef;
import org.claimgraph.model.Span;

/** Finding an event's agent, target, supporters and places among the mentions of its clause. */
final class Roles {
    private static final String FIRED_FROM = "(?:fired|launched|lobbed)\\s+(?:from|by)";
    private static final Pattern SUPPORT = Pattern.compile(
            "(?i)\\b(?:backed|supported|helped|aided|assisted|covered)(?:\\s+(?:once\\s+again|again|heavily|closely|largely|also|mainly))? by\\b|\\bwith the (?:support|help|backing|aid) of\\b|\\balongside\\b");
    private static final Pattern BACKED_SUFFIX = Pattern.compile("^-?(?:backed|supported|allied|aligned|trained|armed|funded|equipped|sponsored)\\b");
    /** "with Sunni tribal fighters in support": a backer named before its role. */
    private static final Pattern IN_SUPPORT = Pattern.compile("(?i)\\s+(?:in|as)\\s+(?:a\\s+)?(?:support|backup|reserve)\\b");
    private static final Pattern OBJECT_MARK = Pattern.compile("(?i)\\b(?:against|from|on|to|with|of)\\s+(?:the\\s+)?$");
    private static final Pattern BY = Pattern.compile("(?i)\\bby\\s+(?:the\\s+|an?\\s+)?(?:[\\w-]+\\s+){0,3}$");
    /** Who fired what struck: "shells fired from Bosnian Serb positions", "a rocket launched by the militia". */
    private static final Pattern FIRED = Pattern.compile("(?i)\\b" + FIRED_FROM + "\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}$");
    private static final Pattern TO = Pattern.compile("(?i)\\bto\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}$");
    private static final Pattern AGAINST = Pattern.compile("(?i)\\b(?:against|on|from|with)\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[\\w-]+\\s+){0,2}$");
    private static final Pattern COORD_GAP = Pattern.compile(
            "^(?:,\\s*|\\s+)(?:and\\s+|as well as\\s+|or\\s+)?(?:the\\s+)?(?:(?![\\w-]*(?:ing|ed)\\s)[\\w\u2019'-]+\\s+){0,5}?$"
            // "Yarmouk and neighbouring Hajar al-Aswad"
            + "|^\\s+and\\s+(?:neighbou?ring|adjoining|nearby)\\s+$");

    /** A date right after a coordinated place: "on 5 October", "in mid-March", "on Nov. 3, 2017". */
    private static final Pattern DATE_IN_GAP = Pattern.compile(
            "\\s+(?:on|in|by)\\s+(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}+|\\p{L}+\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|[\\p{L}-]+)(?:,?\\s+\\d{4})?(?=\\s*(?:,|and\\b))");

    private Roles() {
    }

    static boolean isActor(Mention m) {
        EntityKind k = m.entity().kind();
        return k.isActor() && k != EntityKind.MEDIA_OUTLET && k != EntityKind.PERSON && k != EntityKind.ORGANIZATION;
    }

    /** What may open a sentence before its country label: a bullet, an item's letter or number. */
    private static final Pattern COUNTRY_LABEL = Pattern.compile("[\\s\\W]*(?:\\w{1,3}[.)]\\s+)?(?:\\d{2}\\s\\p{Lu}{3}:\\s+)?");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!]?\\s*");
    /** The countries of the war and those around it, whose towns a sentence naming them may still be about. */
    private static final java.util.Set<String> NEAR_COUNTRIES = java.util.Set.of("syria", "iraq", "turkey", "lebanon", "jordan",
            "iran", "israel", "saudi-arabia", "kuwait", "palestine");

    /**
     * Whether a sentence is labelled with a country outside Syria, Iraq and their neighbours, the way digests and
     * reports file items from elsewhere: "Somalia: officials said Saturday's truck bombing in Mogadishu killed more
     * than 300 people", "KNIFE ATTACK AT MARSEILLE ST-CHARLES STATION, FRANCE." Such an item is not about the
     * war's towns; a sentence that only mentions the country ("4,000 fighters were in Libya") may be.
     */
    static boolean labelledFarCountry(String text, Span sentence, List<Mention> mentions) {
        for (Mention m : mentions) {
            // a country filed after its town may be read as its state's forces (", FRANCE."): the same name either way
            boolean country = m.entity().kind() == EntityKind.COUNTRY || m.entity().kind() == EntityKind.STATE_FORCE;
            if (!country || NEAR_COUNTRIES.contains(m.entity().key())) {
                continue;
            }
            // a label must name the place ("Somalia:"); a state's name may lead a digest's item on its forces ("Russia: ...")
            boolean label = m.entity().kind() == EntityKind.COUNTRY
                    && COUNTRY_LABEL.matcher(text).region(sentence.start(), m.span().start()).matches()
                    && text.startsWith(":", m.span().end());
            boolean filed = text.startsWith(", ", m.span().start() - 2)
                    && SENTENCE_END.matcher(text).region(m.span().end(), sentence.end()).matches();
            if (label || filed) {
                return true;
            }
        }
        return false;
    }

    static boolean isPlace(Mention m) {
        return m.entity().kind().isPlace();
    }

    /** Actor mentions in a clause that back someone: "backed by X and Y", "X-backed". */
    static List<Mention> supporters(String text, Span clause, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        Matcher s = SUPPORT.matcher(text).region(clause.start(), clause.end());
        while (s.find()) {
            int limit = s.end() + 60;
            for (Mention m : mentions) {
                if (isActor(m) && m.span().start() >= s.end() && m.span().start() <= limit) {
                    out.add(m);
                    limit = m.span().end() + 12;
                }
            }
        }
        for (Mention m : mentions) {
            if (isActor(m) && m.span().end() < clause.end()
                    && (BACKED_SUFFIX.matcher(text.substring(m.span().end(), Math.min(clause.end(), m.span().end() + 12))).find()
                    || IN_SUPPORT.matcher(text).region(m.span().end(), clause.end()).lookingAt())) {
                out.add(m);
            }
        }
        return out;
    }

    /** The nearest actor left of {@code at} in the clause that is not a supporter nor an object. */
    static Mention subjectBefore(String text, Span clause, int at, List<Mention> mentions, List<Mention> supporters) {
        Mention found = null;
        for (Mention m : mentions) {
            if (m.span().start() < clause.start() || m.span().end() > at) {
                continue;
            }
            if (!isActor(m) || supporters.contains(m)) {
                continue;
            }
            String before = text.substring(Math.max(clause.start(), m.span().start() - 14), m.span().start());
            if (OBJECT_MARK.matcher(before).find() && !absoluteSubject(text, m, at, before)
                    && !FIRED.matcher(text).region(Math.max(clause.start(), m.span().start() - 30), m.span().start()).find()
                    && !UNITS_OF.matcher(text).region(Math.max(clause.start(), m.span().start() - 30), m.span().start()).find()
                    && !(AFFILIATED.matcher(text).region(Math.max(clause.start(), m.span().start() - 40), m.span().start()).find()
                    && !JOINED.matcher(text).region(Math.max(clause.start(), m.span().start() - 80), m.span().start()).find())) {
                continue;
            }
            if (teller(text, m, at)) {
                continue;
            }
            if (possessiveOfThing(text, m, at)) {
                // "IS fighters accepted the SDF's terms and left the city": whose terms, not who left
                continue;
            }
            if (found != null && LED_BY_SPAN.matcher(text).region(found.span().end(), m.span().start()).matches()) {
                // "the Army of Conquest, led by the Nusra Front and Ahrar al-Sham, launched": who leads the subject
                // (see leader), not the subject
                continue;
            }
            if (AMONG_THEM.matcher(text).region(Math.max(clause.start(), m.span().start() - 25), m.span().start()).find()) {
                // "Government forces and allied militias, among them Hezbollah fighters, finally took": an aside on the allies
                continue;
            }
            found = m;
        }
        if (found != null && text.lastIndexOf(',', at - 1) > found.span().end()) {
            // the nearest actor sits in an earlier comma-delimited stretch ("The rebels, fighting under the
            // FSA banner in Turkey's operation, took..."): the clause's first actor is the better subject
            for (Mention m : mentions) {
                if (m.span().start() >= clause.start() && m.span().end() <= at && isActor(m) && !supporters.contains(m)
                        && !teller(text, m, at)
                        && !OBJECT_MARK.matcher(text.substring(Math.max(clause.start(), m.span().start() - 14), m.span().start())).find()) {
                    found = m;
                    break;
                }
            }
        }
        return found == null ? null : firstConjunct(text, found, mentions, supporters);
    }

    /** After a possessive, a noun that is neither a force nor its operation: "the SDF's terms and", not "the SDF's fighters". */
    private static final Pattern THING_AFTER_POSSESSIVE = Pattern.compile("(?:['\u2019]s)?\\s+(?!(?i:fighters|forces|troops|men|units"
            + "|militants|soldiers|gunmen|jets|aircraft|warplanes|drones|artillery|army|militia|militiamen|commanders?|own"
            // "The RSF's offensive on the besieged capital": the force's own operation
            + "|offensive|attacks?|assault|siege|advance|push|campaign|bombardment|blockade|operation)\\b)"
            + "\\p{L}+\\s+(?:and|then|but)?\\s*\\p{L}");

    /** Whether an actor is named only as whose a thing is, before the verb: "accepted the SDF's terms and left". */
    private static boolean possessiveOfThing(String text, Mention m, int at) {
        return possessive(text, m) && THING_AFTER_POSSESSIVE.matcher(text).region(m.span().end(), at).lookingAt();
    }

    /** Whether a name is told as whose something is: "the SDF's terms". */
    static boolean possessive(String text, Mention m) {
        int end = m.span().end();
        return end >= 2 && (text.startsWith("'s", end - 2) || text.startsWith("\u2019s", end - 2))
                || text.startsWith("'s", end) || text.startsWith("\u2019s", end);
    }

    private static final Pattern SPEAKER = Pattern.compile(
            "(?i)(?:'s|\u2019s)?\\s+(?:(?:officers|officials|commanders|sources|spokesm[ae]n|spokeswoman|military|command|leaders?|media office)\\s+){0,2}"
            + "(?:said|says|told|tells|reported|reports|claimed|claims|announced|announces|declared|declares|added|estimated|estimates"
            + "|stated|confirmed)\\b");
    private static final Pattern THAT = Pattern.compile("\\s+that\\b");
    /** A subject of its own after a speaker's verb: "said the militant garrison had ...". */
    private static final Pattern OTHER_SUBJECT = Pattern.compile(
            "(?i)\\b(?:militants?|garrison|fighters|jihadists|troops|forces|soldiers|units|rebels|the rest|gunmen|insurgents|army|police|militia|militiamen)\\b");
    private static final Pattern ACCORDING_TO = Pattern.compile("(?i)\\baccording\\s+to\\s+(?:the\\s+)?$");
    /** "US officers said the garrison had slipped away": who tells, not who did. */
    private static boolean teller(String text, Mention m, int at) {
        var speaker = SPEAKER.matcher(text).region(m.span().end(), at);
        return speaker.lookingAt() && (OTHER_SUBJECT.matcher(text).region(speaker.end(), at).find()
                || THAT.matcher(text).region(speaker.end(), at).lookingAt()
                && !SELF_REPORTED.matcher(text).region(speaker.end(), at).lookingAt());
    }

    /** "the Syrian army announced that it had driven ...": the teller tells of its own deed. */
    private static final Pattern SELF_REPORTED = Pattern.compile("(?i)\\s+that\\s+(?:it|they|its forces|its troops|its units"
            + "|their forces|their fighters)\\s+(?:had\\s+|has\\s+|have\\s+)?\\S+");

    /**
     * The actor that tells of a passive event it took part in: "the Joint Operations Command declared that the district
     * had been liberated" (the command's forces liberated it).
     */
    static Mention announcer(String text, Span clause, int at, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.span().start() >= clause.start() && m.span().end() <= at && isActor(m) && teller(text, m, at)) {
                return m;
            }
        }
        return null;
    }

    /** ", among them ", ", including the ": an aside naming some of the subject's allies. */
    private static final Pattern AMONG_THEM = Pattern.compile("(?i),\\s*(?:among them|including|notably|such as)\\s+(?:the\\s+)?$");
    /** "Units of the Syrian Arab Army broke the siege": the army is the subject, not an object. */
    private static final Pattern UNITS_OF = Pattern.compile(
            // "Within hours fighters of the Nusra Front attacked": a time phrase before them, and they open the subject
            // (or a log's date before them: "10-Jan-13  Fighters of Ansar Dine overran Konna")
            "(?i)(?:(?:^|(?:[^\\w\\s]|\\d)\\s*|\\b(?:the|some|several|many|hours|days|weeks|later|then|dawn|night|morning)\\s+)(?:units|forces|troops|fighters|members|elements|soldiers|battalions|brigades|commandos|columns|detachments)"
            // "most of the ISIS fighters had fled", "On 30 January hundreds of Congolese soldiers": a share of the group
            + "|\\b(?:most|many|some|all|the rest|the bulk|the remainder|hundreds|dozens|scores|thousands))\\s+of\\s+(?:the\\s+)?$");
    /** People of a group named after them: "fighters linked to the ", "gunmen loyal to ". */
    private static final String AFFILIATES = "(?:units|forces|troops|fighters|members|militants|gunmen|men|soldiers|rebels"
            + "|factions|groups|brigades)\\s+(?:linked|loyal|allied|affiliated|belonging|tied)\\s+(?:to|with)\\s+(?:the\\s+)?$";
    /** "fighters linked to the Nusra Front", "gunmen loyal to the group": people of the group named after them. */
    private static final Pattern AFFILIATED = Pattern.compile("(?i)\\b" + AFFILIATES);
    /** "joined by Yazidi units and fighters linked to the PKK": a group joining another's subject, not the subject. */
    private static final Pattern JOINED = Pattern.compile("(?i)\\b(?:by|with|and)\\s+(?:[\\w-]+\\s+){0,3}?" + AFFILIATES);
    private static final Pattern WITH_BEFORE = Pattern.compile("(?i)\\bwith\\s+(?:the\\s+)?$");
    private static final Pattern ING_NEXT = Pattern.compile("^\\s+(?:\\w+ly\\s+)?\\w+ing\\b");

    /** "with government forces advancing": the actor after "with" is the subject of the -ing verb right after it. */
    private static boolean absoluteSubject(String text, Mention m, int at, String before) {
        return WITH_BEFORE.matcher(before).find() && ING_NEXT.matcher(text.substring(m.span().end(), Math.min(text.length(), at + 40))).find()
                && at - m.span().end() <= 20;
    }

    /**
     * Between two coordinated actors: "and" (in any case: "ISF AND TRIBAL FIGHTERS"), a comma, or list items no actor
     * names ("Soldiers, police, border guards and tribal fighters").
     */
    private static final Pattern CONJUNCTION = Pattern.compile("(?i)^\\s*(?:,\\s*(?:(?!(?:which|who|that|while|when|as|after|"
            + "before|but|said|says|had|has|have|was|were|is|are)\\b)[\\w-]+\\s+){1,3}(?=,|and\\b))*(?:,\\s*)?(?:and|,)\\s+"
            + "(?:the\\s+)?(?:(?:allied|its|their|other|local|[\\w]+-backed)\\s+)?$");

    /** In "A and B did it", the agent is A: the first of coordinated actors. */
    static Mention firstConjunct(String text, Mention found, List<Mention> mentions, List<Mention> skip) {
        Mention head = found;
        for (int k = mentions.indexOf(found) - 1; k >= 0; k--) {
            Mention m = mentions.get(k);
            if (!isActor(m) || skip.contains(m) || !CONJUNCTION.matcher(text.substring(m.span().end(), head.span().start())).find()
                    // "According to the IAF, the PAF formation crossed": the source, then the subject
                    || ACCORDING_TO.matcher(text).region(Math.max(0, m.span().start() - 20), m.span().start()).find()) {
                break;
            }
            head = m;
        }
        return head;
    }

    /**
     * The actors coordinated after the agent, before {@code to}: "Syrian" in "Russian and Syrian warplanes bombed",
     * "the Iraqi army" in "taken by the Peshmerga and the Iraqi army".
     */
    static List<Mention> coordinatedAfter(String text, Mention first, int to, List<Mention> mentions, List<Mention> skip) {
        List<Mention> out = new ArrayList<>();
        Mention last = first;
        for (int k = mentions.indexOf(first) + 1; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.span().end() > to || !isActor(m) || skip.contains(m) || m.entity().equals(first.entity())
                    || !CONJUNCTION.matcher(text.substring(last.span().end(), m.span().start())).find()) {
                break;
            }
            out.add(m);
            last = m;
        }
        return out;
    }

    /** The first actor after a marker ("by", "to", "against") right of {@code from}, within the scope. */
    static Mention actorAfter(String text, int from, int to, List<Mention> mentions, Pattern marker, List<Mention> skip) {
        for (Mention m : mentions) {
            if (m.span().start() < from || m.span().end() > to || !isActor(m) || skip.contains(m)) {
                continue;
            }
            if (marker.matcher(text.substring(from, m.span().start())).find()) {
                return m;
            }
        }
        return null;
    }

    private static final Pattern WITH_BEFORE_LEAD = Pattern.compile("(?i)\\bwith\\s+(?:the\\s+)?$");
    private static final Pattern IN_THE_LEAD = Pattern.compile("(?i)\\s+(?:units\\s+|fighters\\s+|forces\\s+)?"
            + "(?:in the lead|at the forefront|in front|leading the way|spearheading)\\b");

    /** "A new offensive is launched, with the Popular Mobilisation Forces in the lead": who leads is the agent. */
    static Mention inTheLead(String text, int from, int to, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.span().start() < from || m.span().end() > to || !isActor(m)) {
                continue;
            }
            if (WITH_BEFORE_LEAD.matcher(text).region(Math.max(from, m.span().start() - 10), m.span().start()).find()
                    && IN_THE_LEAD.matcher(text).region(m.span().end(), Math.min(text.length(), m.span().end() + 30)).lookingAt()) {
                return m;
            }
        }
        return null;
    }

    private static final Pattern OF_OWNER = Pattern.compile("(?i)\\s+(?:of|from)\\s+(?:the\\s+)?");

    /** "aircraft of the international coalition": the actor whose the thing named right before is; else null. */
    static Mention ownerAfter(String text, int at, List<Mention> mentions) {
        var of = OF_OWNER.matcher(text).region(at, text.length());
        if (!of.lookingAt()) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.span().start() == of.end() && isActor(m)) {
                return m;
            }
        }
        return null;
    }

    private static final String LED_BY_WORDS = "led\\s+by\\s+(?:the\\s+)?";
    /** "led by the ", "led by the Nusra Front and ": the words before a group that leads, or the last of two. */
    static final String LED_BY_GROUPS = LED_BY_WORDS + "(?:[^,;.]{1,40}?\\s+and\\s+(?:the\\s+)?)?";
    /** From a subject to a group that leads it: ", led by the ", ", led by the Nusra Front and ". */
    private static final Pattern LED_BY_SPAN = Pattern.compile("(?i)\\s*,?\\s+(?:\\w+\\s+)?" + LED_BY_GROUPS);
    private static final Pattern SELF_NAMED = Pattern.compile("(?i)\\b(?:calling (?:itself|themselves)|known as|called|named)\\s+(?:the\\s+)?$");
    private static final Pattern LED_BY = Pattern.compile("(?i)\\s*,?\\s+(?:\\w+\\s+)?" + LED_BY_WORDS);

    /**
     * "rebel factions led by Hayat Tahrir al-Sham pushed south": the group that leads a subject, named right after it
     * and before the verb at {@code before}; else null.
     */
    static Mention leader(String text, Mention subject, int before, List<Mention> mentions) {
        var led = LED_BY.matcher(text).region(subject.span().end(), before);
        if (!led.lookingAt() || SELF_NAMED.matcher(text).region(Math.max(0, subject.span().start() - 25), subject.span().start()).find()) {
            // "an alliance of Islamist factions calling itself the Army of Conquest, led by the Nusra Front": the alliance
            return null;
        }
        for (Mention m : mentions) {
            if (m.span().start() == led.end() && m.span().end() <= before && isActor(m)) {
                return m;
            }
        }
        return null;
    }

    static Mention byAgent(String text, int from, int to, List<Mention> mentions, List<Mention> supporters) {
        return actorAfter(text, from, to, mentions, BY, supporters);
    }

    /** Who fired what struck, named after the trigger: "hit by shells fired from Bosnian Serb positions". */
    static Mention firedBy(String text, int from, int to, List<Mention> mentions) {
        return actorAfter(text, from, to, mentions, FIRED, List.of());
    }

    static Mention toAgent(String text, int from, int to, List<Mention> mentions, List<Mention> supporters) {
        return actorAfter(text, from, to, mentions, TO, supporters);
    }

    static Mention objectAfter(String text, int from, int to, List<Mention> mentions) {
        List<Mention> subjects = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.span().start() >= from && m.span().end() <= to && isActor(m)
                    && ING_NEXT.matcher(text.substring(m.span().end(), Math.min(text.length(), m.span().end() + 40))).find()
                    && WITH_BEFORE.matcher(text.substring(Math.max(from, m.span().start() - 10), m.span().start())).find()) {
                subjects.add(m);
            }
        }
        return actorAfter(text, from, to, mentions, AGAINST, subjects);
    }

    /** The first actor right after the trigger (a direct object), at most a few words on. */
    static Mention directObject(String text, int from, int to, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.span().start() < from || m.span().end() > to || !isActor(m)) {
                continue;
            }
            String gap = text.substring(from, m.span().start());
            return gap.length() <= 30 && !gap.contains(",") ? m : null;
        }
        return null;
    }

    /** An actor or place right before a noun trigger: "Russian airstrikes", "Paris attacks". */
    private static final Pattern WEAPON_PAIR = Pattern.compile("\\s+(?:air|drone|missile|rocket|artillery|naval|mortar)\\s+and\\s+"
            + "(?:air|drone|missile|rocket|artillery|naval|mortar)\\s+");

    static Mention adjectival(String text, int at, List<Mention> mentions, boolean place) {
        for (Mention m : mentions) {
            if (place ? !isPlace(m) : !isActor(m)) {
                continue;
            }
            if (m.span().start() < at && m.span().end() > at) {
                // "Coalition airstrikes" is one name that holds the trigger
                return m;
            }
            if (m.span().end() > at) {
                continue;
            }
            String gap = text.substring(m.span().end(), at);
            // "Ukrainian drone and missile strikes": two kinds of one strike, with the force before both
            if (gap.length() <= 25 && (gap.matches("(?:[-\\s]|\\w+(?:-\\w+)?\\s){0,3}[-\\s]*") && !gap.matches(".*\\b(?:and|of|in|to|the)\\b.*")
                    || WEAPON_PAIR.matcher(gap).matches())) {
                if (mentions.indexOf(m) == mentions.size() - 1 || mentions.get(mentions.indexOf(m) + 1).span().start() >= at) {
                    return m;
                }
            }
        }
        return null;
    }

    /** Places right of {@code from} within the scope: the first one and those coordinated with it. */
    static List<Mention> placesAfter(String text, int from, int to, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (!isPlace(m) || m.span().start() < from || m.span().end() > to
                    || !out.isEmpty() && m.span().start() < out.get(out.size() - 1).span().end()) {
                continue;
            }
            if (out.isEmpty()) {
                out.add(m);
            } else {
                Mention last = out.get(out.size() - 1);
                String gap = text.substring(last.span().end(), m.span().start());
                var dated = DATE_IN_GAP.matcher(gap);
                if (dated.lookingAt()) {
                    // "retook Hawija on 5 October, al-Qaim on 3 November and Rawa"
                    gap = gap.substring(dated.end());
                }
                if (COORD_GAP.matcher(gap).find() && gap.matches("(?s).*(?:,|\\band\\b|\\bor\\b).*") && !container(last, gap, m)
                        && !onRoadTo(text, m)) {
                    out.add(m);
                } else {
                    break;
                }
            }
        }
        return out;
    }

    /** "Konna, on the Douentza road": a town named for the road to it, which says where the place before lies. */
    private static final Pattern ROAD_BEFORE = Pattern.compile("(?i)\\b(?:on|along|off|by)\\s+the\\s+$");
    private static final Pattern ROAD_AFTER = Pattern.compile("\\s+(?:road|highway)\\b");

    static boolean onRoadTo(String text, Mention place) {
        return ROAD_BEFORE.matcher(text).region(Math.max(0, place.span().start() - 12), place.span().start()).find()
                && ROAD_AFTER.matcher(text).region(place.span().end(), Math.min(text.length(), place.span().end() + 10)).lookingAt();
    }

    /** "in Lashio, Myanmar": a country after a bare comma names where the town before it lies, not a second place. */
    private static boolean container(Mention place, String gap, Mention next) {
        return next.entity().kind() == EntityKind.COUNTRY && place.entity().kind() != EntityKind.COUNTRY && gap.equals(", ");
    }

    /** A place with the places coordinated with it ("Raqqa and Deir ez-Zor"), in text order. */
    static List<Mention> coordinationGroup(String text, Mention place, List<Mention> mentions) {
        int k = mentions.indexOf(place);
        Mention first = place;
        for (int j = k - 1; j >= 0; j--) {
            Mention m = mentions.get(j);
            if (!isPlace(m)) {
                break;
            }
            String gap = text.substring(m.span().end(), first.span().start());
            if (!COORD_GAP.matcher(gap).find() || !gap.matches("(?s).*(?:,|\\band\\b|\\bor\\b).*")) {
                break;
            }
            first = m;
        }
        List<Mention> group = placesAfter(text, first.span().start(), text.length(), mentions);
        return group.contains(place) ? group : List.of(place);
    }

    static Mention placeBefore(int from, int at, List<Mention> mentions, boolean leftmost) {
        Mention found = null;
        for (Mention m : mentions) {
            if (isPlace(m) && m.span().start() >= from && m.span().end() <= at) {
                if (leftmost) {
                    return m;
                }
                found = m;
            }
        }
        return found;
    }

    static EntityRef ref(Mention m) {
        return m == null ? null : m.entity();
    }
}
