package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.model.EntityKind;
import org.claimgraph.model.EntityRef;

/**
 * Who "they", "the militants" and "the group" are, and which place "the city" is: the most recent
 * actor (or, for armed-group words, the article's most mentioned armed group) and the most recent
 * settlement before a point in the text.
 */
final class Salience {
    private static final Pattern GROUP_WORDS = Pattern.compile(
            "(?i)\\b(?:the militants|militants|the group|the jihadists|jihadists|the extremists|extremists|insurgents"
            + "|the terrorists|terrorists|the terror group|the jihadist group|the militant group|gunmen|the gangs)\\b");
    /** The same words as {@link #GROUP_WORDS}, matched on words for the scan of a whole text. */
    private static final Cues GROUP_CUES = new Cues("the militants", "militants", "the group", "the jihadists",
            "jihadists", "the extremists", "extremists", "insurgents", "the terrorists", "terrorists", "the terror group",
            "the jihadist group", "the militant group", "gunmen", "the gangs");
    /** A word of a date or a time of day: "On 7 August the Islamic State ..." has the group as its subject. */
    private static final String TIME_WORD = "(?:\\d+|january|february|march|april|may|june|july|august|september|october|november"
            + "|december|morning|afternoon|evening|night|dawn|dusk|noon|midnight|end|time)\\b";
    /** A mention in object position is a weaker antecedent for "they" than a subject. */
    private static final Pattern OBJECT_POSITION = Pattern.compile(
            "(?i)\\b(?:to|by|against|from|with|on|of)\\s+(?:an?\\s+|the\\s+)?(?:(?!" + TIME_WORD + ")[\\w-]+\\s+){0,2}$");
    private static final Pattern DIRECTION = Pattern.compile(
            "(?i)\\b(?:(?:officials|sources|analysts?|spokesman|group|agency|correspondent|reporters?) (?:in|at|from)|to|toward|towards|into|from|(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)(?:ern)? of)\\s+$|\\bfrom\\s+the\\s+$");
    /**
     * "an offensive towards Tal Abyad", "the column that rolls into al-Qa'im": the town under attack, which "the
     * town" may name next, not a destination.
     */
    private static final Pattern OFFENSIVE_TOWARD = Pattern.compile("(?i)\\b(?:offensive|advance|advanced|advancing"
            + "|push|pushed|pushing|assault|attack|marched|marching|drive|thrust|rolls|rolled|rolling|swept|sweeping|stormed"
            + "|storming|broke|breaking)\\s+(?:\\w+\\s+){0,2}?(?:to|toward|towards|into)\\s+$");
    /** "towards Erbil and " before Sulaimaniyah: the second of two destinations. */
    private static final Pattern SECOND_DESTINATION = Pattern.compile("\\b(?i:to|toward|towards|into|from)\\s+(?:(?i:the)\\s+)?"
            + "(?:" + EventPlaces.CONJUNCT + ")+$");
    /** A group word followed by a verb phrase: "the militants had", "militants were". */
    private static final Pattern SUBJECT_GROUP = Pattern.compile(
            "(?i)\\b(?:the militants|militants|the group|the jihadists|jihadists|the extremists|extremists|insurgents"
            + "|the terrorists|terrorists|gunmen)(?:\\s+(?:had|have|has|were|was|then|also|later|quickly|finally|\\w+ed)\\b"
            + "|\\s+who\\s+[^,;]{1,50}$)");
    /** "Naour Jourin in the north-western countryside of Hama": Hama only locates the village. */
    private static final Pattern COUNTRYSIDE_OF = Pattern.compile("(?i)\\b(?:[\\w-]+ern\\s+)?(?:countryside|rural areas)\\s+of\\s+$");
    /** "Mosul province": the name of a province, not of the town. */
    private static final Pattern PROVINCE_AFTER = Pattern.compile("(?i)\\s+(?:province|governorate|provincial)\\b");
    /** "large numbers of militants", "dozens of jihadists": a quantity, not an object. */
    private static final Pattern QUANTITY_OF = Pattern.compile(
            "(?i)\\b(?:numbers|dozens|hundreds|thousands|scores|some|many|most|all|several|remaining|rest) of\\s+(?:the\\s+)?$");
    /**
     * The groups that "the militants", "the jihadists" and "the terrorists" name in this domain, by
     * gazetteer key; other armed groups (SDF, FSA, PMF) are called by their names.
     */
    private static final Pattern JIHADIST = Pattern.compile(
            "islamic-state|qaeda|nusra|tahrir-al-sham|jund-al-aqsa|khalid-ibn-al-walid|shabaab|boko-haram|ansar-");
    private static final Pattern PRONOUN = Pattern.compile("(?i)\\b(?:they|them|their|it|its)\\b");

    /** "the Army of Conquest, led by the Nusra Front and Ahrar al-Sham": the leaders of a subject named after it. */
    private static final Pattern LED_BY_BEFORE = Pattern.compile("(?i)\\b" + Roles.LED_BY_GROUPS + "$");
    /** "fighters of the Nusra Front and of Islamic State": the group's own people, a subject as much as the group. */
    private static final Pattern MEMBERS_OF = Pattern.compile("(?i)(?:^|[.!?]\\s+|,\\s+|\\d\\s+|\\b(?:hours|days|then|later|when|as|and))\\s*"
            + "(?:fighters|militants|members|units|troops|gunmen)\\s+of\\s+(?:the\\s+)?$");
    /** What stands between two coordinated forces: " and ", " and the ", " and of the ". */
    private static final Pattern SECOND_CONJUNCT = Pattern.compile("(?i)\\s+(?:and|or)\\s+(?:of\\s+)?(?:the\\s+)?");

    private record Ref(int at, EntityRef actor) {
    }

    private final List<Ref> refs = new ArrayList<>();
    private final List<Mention> places = new ArrayList<>();
    /** Regions named, in text order: what "the enclave" and "the pocket" may refer back to. */
    private final List<Mention> regions = new ArrayList<>();
    private final EntityRef dominantGroup;
    /** The jihadist groups named as salient actors, in text order. */
    private final List<Ref> groupRefs = new ArrayList<>();
    private final List<Mention> all;
    private final java.util.function.ToLongFunction<EntityRef> population;
    /** Fewer people than this make a place a town or a village rather than "the city". */
    private static final long CITY = 50_000;
    /** Words for an installation or a part of the story's town: "the refinery", "the enclave", "the Old City". */
    private static final Pattern INSTALLATION_OR_PART = Pattern.compile(
            "\\b(?:refinery|dam|plant|site|depot|enclave|pocket|neighbou?rhoods?|Old City)\\b");
    /** A site named after its place: "the Baiji refinery", "Rashad airbase", "the Tabqa dam". */
    private static final Pattern SITE_WORD = Pattern.compile("(?i)\\b(?:refinery|dam|airbase|airport|base|oilfield|field|camp|plant|site|island"
            + "|peninsula)\\b");
    /** What "the site" may be: a place named as a site of one of these kinds ("the Mosul Dam", "the Tiguentourine gas plant"). */
    private static final Pattern ANY_SITE = Pattern.compile("(?i)\\b(?:refinery|dam|airbase|airport|base|oilfield|field|camp|plant"
            + "|station|facility)\\b");
    /** How far back "the refinery" looks for "the Baiji refinery". */
    private static final int SITE_REACH = 3000;
    /** A town this big may still be "the city" when no bigger place is in the story. */
    private static final long SMALL_CITY = 20_000;
    /** More people than this make a place a city that no writer calls "the town". */
    private static final long BIG_CITY = 150_000;
    private final String text;

    Salience(String text, List<Mention> mentions) {
        this(text, mentions, ref -> 0);
    }

    /** With the population of settlements, so that "the city" is a city and not the last village named. */
    Salience(String text, List<Mention> mentions, java.util.function.ToLongFunction<EntityRef> population) {
        this.population = population;
        this.text = text;
        this.all = mentions;
        Map<EntityRef, Integer> counts = new HashMap<>();
        EntityRef top = null;
        for (Mention m : mentions) {
            if (m.entity().kind() == EntityKind.ARMED_GROUP && JIHADIST.matcher(m.entity().key()).find()) {
                int n = counts.merge(m.entity(), 1, Integer::sum);
                if (top == null || n > counts.get(top)) {
                    top = m.entity();
                }
            }
        }
        dominantGroup = top;
        Mention previousActor = null;
        for (Mention m : mentions) {
            EntityKind k = m.entity().kind();
            if (k.isPlace()) {
                if (k == EntityKind.SETTLEMENT
                        && (!DIRECTION.matcher(text.substring(Math.max(0, m.span().start() - 20), m.span().start())).find()
                            || ITEM_TOPIC.matcher(text).region(text.lastIndexOf('\n', m.span().start()) + 1, m.span().start()).matches()
                            || OFFENSIVE_TOWARD.matcher(text).region(Math.max(0, m.span().start() - 40), m.span().start()).find()
                            // "villages east of Tal Abyad": the town the fighting is at
                            || EventPlaces.SITE_BY_TOWN.matcher(text).region(Math.max(0, m.span().start() - 40), m.span().start()).find())
                        && !SECOND_DESTINATION.matcher(text).region(Math.max(0, m.span().start() - 40), m.span().start()).find()
                        && !EventPlaces.LANDMARK.matcher(text).region(Math.max(0, m.span().start() - 40), m.span().start()).find()
                        && !PROVINCE_AFTER.matcher(text).region(m.span().end(), Math.min(text.length(), m.span().end() + 25)).lookingAt()
                        && !COUNTRYSIDE_OF.matcher(text).region(Math.max(0, m.span().start() - 45), m.span().start()).find()
                        && !writtenFrom(m)) {
                    places.add(m);
                } else if (k == EntityKind.REGION) {
                    regions.add(m);
                }
            } else if (k != EntityKind.MEDIA_OUTLET && k != EntityKind.PERSON && k != EntityKind.ORGANIZATION
                    && (!OBJECT_POSITION.matcher(text.substring(Math.max(0, m.span().start() - 30), m.span().start())).find()
                        || MEMBERS_OF.matcher(text).region(Math.max(0, m.span().start() - 40), m.span().start()).find())
                    && !LED_BY_BEFORE.matcher(text).region(Math.max(0, m.span().start() - 60), m.span().start()).find()
                    && !afterTriggerVerb(text, m.span().start())) {
                // "Turkish troops and Free Syrian Army factions fought their way in. They took ...": "they" are the first
                // of coordinated forces, whom the others join
                boolean secondConjunct = previousActor != null && m.span().start() - previousActor.span().end() <= 12
                        && SECOND_CONJUNCT.matcher(text).region(previousActor.span().end(), m.span().start()).matches();
                if (!secondConjunct) {
                    refs.add(new Ref(m.span().start(), m.entity()));
                }
                previousActor = m;
            }
        }
        for (Ref r : refs) {
            if (r.actor().kind() == EntityKind.ARMED_GROUP && JIHADIST.matcher(r.actor().key()).find()) {
                groupRefs.add(r);
            }
        }
        if (dominantGroup != null) {
            Words words = Words.of(text, 0, text.length());
            List<Ref> cues = new ArrayList<>();
            for (int w = 0; w < words.size(); w++) {
                if (GROUP_CUES.at(words, w) && !afterTriggerVerb(text, words.start(w))) {
                    cues.add(new Ref(words.start(w), groupAt(words.start(w))));
                }
            }
            refs.addAll(cues);
            refs.sort((a, b) -> Integer.compare(a.at, b.at));
        }
    }

    /**
     * The group that generic words ("the militants") at offset stand for: the last jihadist group this paragraph
     * named as a subject ("fighters of the Nusra Front and of Islamic State attacked ... For several days the
     * militants held the town"), else the group the whole text names most.
     */
    private EntityRef groupAt(int offset) {
        int paragraph = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        EntityRef local = null;
        for (Ref r : groupRefs) {
            if (r.at() >= offset) {
                break;
            }
            if (r.at() >= paragraph) {
                local = r.actor();
            }
        }
        return local != null ? local : dominantGroup;
    }

    /** Whether the word before {@code at} (past "the") is an event verb: "drove ISIL out" makes ISIL an object. */
    static boolean afterTriggerVerb(String text, int at) {
        Words before = Words.of(text, Math.max(0, at - 25), at);
        int k = before.size() - 1;
        if (k >= 0 && before.word(k).equals("the")) {
            k--;
        }
        if (k < 0 || text.substring(before.end(k), at).contains(",")) {
            return false;
        }
        String w = before.word(k);
        return TriggerLexicon.isHead(w) && (w.endsWith("ed") || w.endsWith("ing") || TriggerLexicon.IRREGULAR_PAST.contains(w) || OBJECT_VERBS.contains(w));
    }

    /** Verbs that take an object without ending in -ed or -ing: the irregular past tenses and some base forms. */
    private static final java.util.Set<String> OBJECT_VERBS = java.util.Set.of("hit", "beat", "drive", "take", "capture",
            "attack", "kill", "expel");

    List<Mention> mentions() {
        return all;
    }

    /** The armed group a generic word ("the militants") in text[from, to) names, or null. */
    EntityRef resolveGroupWord(String text, int from, int to) {
        if (from >= to || dominantGroup == null) {
            return null;
        }
        return GROUP_WORDS.matcher(text.substring(from, to)).find() ? groupAt(from) : null;
    }

    /** The armed group generic words ("the militants") refer to, or null. */
    EntityRef group() {
        return dominantGroup;
    }

    /** The actor a generic word or pronoun in text[from, to) refers to, or null if there is none. */
    EntityRef resolve(String text, int from, int to) {
        if (from >= to) {
            return null;
        }
        String s = text.substring(Math.max(from, to - 30), to);
        if (GROUP_WORDS.matcher(s).find()) {
            return groupAt(from);
        }
        if (PRONOUN.matcher(s).find()) {
            return lastActorOutsideQuotes(from);
        }
        // "the militants had put up little resistance and pulled out": the clause's subject, further back
        Matcher g = SUBJECT_GROUP.matcher(text).region(from, to);
        if (dominantGroup != null && g.find() && !afterTriggerVerb(text, g.start())
                && (!OBJECT_POSITION.matcher(text.substring(Math.max(from, g.start() - 30), g.start())).find()
                    || QUANTITY_OF.matcher(text.substring(Math.max(from, g.start() - 30), g.start())).find())) {
            return groupAt(g.start());
        }
        return null;
    }

    /** The most recent actor named in text[from, to) that passes the test, or null. */
    EntityRef lastActorBetween(int from, int to, java.util.function.Predicate<EntityRef> ok) {
        return lastActorBetween(from, to, ok, false);
    }

    /** "held by the Kurdistan Regional Government's ", "defended by ": who holds a place, before its name. */
    private static final Pattern HOLDER_BEFORE = Pattern.compile("(?i)\\b(?:held|controlled|defended|guarded|garrisoned)\\s+by\\s+"
            + "(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,4}$|\\bin\\s+the\\s+hands\\s+of\\s+(?:the\\s+)?$");

    /**
     * As {@link #lastActorBetween}, passing over actors named as who held a place ("areas of Nineveh province held by the
     * Kurdistan Regional Government's Peshmerga forces"): the last actor that may have taken one.
     */
    EntityRef lastTakerBetween(int from, int to, java.util.function.Predicate<EntityRef> ok) {
        return lastActorBetween(from, to, ok, true);
    }

    private EntityRef lastActorBetween(int from, int to, java.util.function.Predicate<EntityRef> ok, boolean takers) {
        for (int k = refsBefore(to) - 1; k >= 0 && refs.get(k).at >= from; k--) {
            int at = refs.get(k).at;
            if (ok.test(refs.get(k).actor) && !(takers && HOLDER_BEFORE.matcher(text).region(Math.max(0, at - 60), at).find())) {
                return refs.get(k).actor;
            }
        }
        return null;
    }

    /**
     * The most recent actor named before offset outside quoted words, else the most recent one ("\"We will soon liberate
     * the province from ISIS terrorists,\" the SDF spokesman told reporters. The alliance then turned west. ... it launched
     * an assault"): whom "it" recalls.
     */
    private EntityRef lastActorOutsideQuotes(int offset) {
        int before = refsBefore(offset);
        for (int k = before - 1; k >= 0; k--) {
            if (!quoted(refs.get(k).at)) {
                return refs.get(k).actor;
            }
        }
        return before == 0 ? null : refs.get(before - 1).actor;
    }

    /** Whether an offset lies inside quoted words of its paragraph: an odd number of quotation marks before it. */
    private boolean quoted(int at) {
        int quotes = 0;
        for (int i = text.lastIndexOf('\n', at) + 1; i < at; i++) {
            char ch = text.charAt(i);
            if (ch == '"' || ch == '\u201c' || ch == '\u201d') {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }

    EntityRef lastActorBefore(int offset) {
        int before = refsBefore(offset);
        return before == 0 ? null : refs.get(before - 1).actor;
    }

    /** How many of the actors named, in text order, are named before offset. */
    private int refsBefore(int offset) {
        int lo = 0;
        int hi = refs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (refs.get(mid).at < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The settlement named most often before offset (the latest of equals), or null. */
    Mention topPlaceBefore(int offset) {
        Map<EntityRef, Integer> counts = new HashMap<>();
        Mention best = null;
        int bestCount = 0;
        for (Mention m : places) {
            if (m.span().start() >= offset) {
                break;
            }
            int n = counts.merge(m.entity(), 1, Integer::sum);
            if (n >= bestCount) {
                best = m;
                bestCount = n;
            }
        }
        return best;
    }

    /**
     * The place that words such as "the city", "the town" or "it" name at offset: a city for "city", no big
     * city for "town" or "village", the story's main town for "the refinery", "the dam", "the enclave" or
     * "the Old City", else the last settlement.
     */
    Mention placeCalled(String words, int offset) {
        if (words.contains("enclave") || words.contains("pocket") || words.contains("area")) {
            // "So, Ghouta. ... Government forces had besieged the enclave": an enclave named as a region since the last
            // town, or just before a town named only as where it lies ("a group of towns just outside Damascus")
            Mention town = lastPlaceBefore(offset);
            int before = countBefore(regions, offset);
            Mention region = before == 0 ? null : regions.get(before - 1);
            if (region != null && (town == null || region.span().start() > town.span().start()
                    || landmarkOf(region, town))) {
                return region;
            }
        }
        Mention named = namedSite(words, offset);
        if (named != null) {
            return named;
        }
        if (words.contains("island")) {
            // "36 percent of the island": an island the text named as one ("Snake Island"), or none of its towns
            return null;
        }
        if (INSTALLATION_OR_PART.matcher(words).find()) {
            // an installation of the town the story (or this section of it) is about, not of the town named last
            Mention section = sectionPlace(offset);
            return section != null ? section : topPlaceBefore(offset);
        }
        if (words.contains("town") || words.contains("village")) {
            return lastTownBefore(offset);
        }
        return words.contains("city") ? lastCityBefore(offset) : lastPlaceButLandmark(offset);
    }

    /**
     * The most recent place named before offset, unless it only said where the place named just before it in the
     * same sentence lies ("Eastern Ghouta is a group of towns just outside Damascus. The army has surrounded the
     * area"): then that place.
     */
    private Mention lastPlaceButLandmark(int offset) {
        int before = placesBefore(offset);
        if (before == 0) {
            return null;
        }
        int k = before - 1;
        while (k >= 1 && landmarkOf(places.get(k - 1), places.get(k))) {
            // "Debaltseve, the railway town between Donetsk and Luhansk": back to the town the landmarks place
            k--;
        }
        return places.get(k);
    }

    /** Whether a place is named, later in the same sentence, only to say where another lies. */
    private boolean landmarkOf(Mention located, Mention landmark) {
        if (landmark.span().start() < located.span().end()
                || !WHERE_IT_LIES.matcher(text).region(Math.max(0, landmark.span().start() - 40), landmark.span().start()).find()
                && !EventPlaces.TOWN_BY.matcher(text).region(Math.max(0, landmark.span().start() - 60), landmark.span().start()).find()) {
            return false;
        }
        String between = text.substring(located.span().end(), landmark.span().start());
        return between.indexOf('\n') < 0 && !SENTENCE_END.matcher(between).find();
    }

    /** A place named only to say where another lies: "just outside Damascus", "near the capital, Damascus". */
    private static final Pattern WHERE_IT_LIES = Pattern.compile("(?i)\\b(?:outside|near|beyond|(?:north|south|east|west)"
            + "(?:-?(?:east|west))?(?:ern)?\\s+of)\\s+(?:the\\s+)?(?:capital(?:\\s+city)?,?\\s+)?$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s");

    /**
     * "the refinery" after "the Baiji refinery": the last place named right before the same site word, within
     * {@value #SITE_REACH} characters before offset (for a camp, anywhere before it); else null.
     */
    private Mention namedSite(String words, int offset) {
        var site = SITE_WORD.matcher(words);
        if (!site.find()) {
            return null;
        }
        String word = site.group().toLowerCase(java.util.Locale.ROOT);
        // a camp keeps its name however long the story goes on: "the Yarmouk camp in southern Damascus" ... "the camp"
        int reach = word.equals("camp") ? offset + 1 : SITE_REACH;
        // an island is a region of the gazetteer: "Snake Island", then "the island was shelled"
        List<Mention> named = word.equals("island") ? regions : places;
        int count = word.equals("island") ? countBefore(regions, offset) : placesBefore(offset);
        for (int k = count - 1; k >= 0 && named.get(k).span().start() > offset - reach; k--) {
            Mention m = named.get(k);
            int end = m.span().end();
            boolean before = end + 1 + word.length() <= text.length() && text.charAt(end) == ' '
                    && text.regionMatches(true, end + 1, word, 0, word.length());
            // or the name itself holds the word: "the Baiji refinery" known as one name, "Mosul Dam Lake"
            String name = m.span().of(text).toLowerCase(java.util.Locale.ROOT);
            if (before || name.endsWith(" " + word) || name.contains(" " + word + " ")) {
                return m;
            }
            if (word.equals("site") && ANY_SITE.matcher(text).region(m.span().start(), Math.min(text.length(), end + 12)).find()) {
                // "Algerian forces attacked the site": the gas plant named last, not the town
                return m;
            }
        }
        return null;
    }

    /**
     * The most recent city named before offset (a settlement of some size), unless it was named before this
     * paragraph and the story's main town is a city named since the paragraph before; else the story's main town
     * when it is not a village, else the most recent settlement.
     */
    private Mention lastCityBefore(int offset) {
        int before = placesBefore(offset);
        if (before > 0) {
            Mention last = places.get(before - 1);
            long people = population.applyAsLong(last.entity());
            if ((people == 0 || people >= SMALL_CITY) && !inPassing(last)
                    && !SENTENCE_END.matcher(text).region(last.span().end(), offset).find()
                    // "took the town of Karma, north-east of the city": the city another place lies by is another
                    && !BESIDE_THE.matcher(text).region(Math.max(0, offset - 30), offset).find()
                    && text.substring(last.span().end(), offset).indexOf('\n') < 0) {
                // "Zaranj has not reported since 6 August, the day the Taliban took the city": the town this sentence
                // named, when nothing says it is a village
                return last;
            }
        }
        Mention top = topPlaceBefore(offset);
        int paragraph = paragraphBefore(offset, 0);
        for (int k = before - 1; k >= 0; k--) {
            Mention last = places.get(k);
            if (population.applyAsLong(last.entity()) >= CITY && !inPassing(last)) {
                if (top != null && !inPassing(top) && !top.entity().equals(last.entity()) && last.span().start() < paragraph
                        && population.applyAsLong(top.entity()) >= CITY && top.span().start() > paragraphBefore(offset, 1)) {
                    // "Tal Afar ... was overrun days after the collapse in Mosul." then "advanced on the city":
                    // a city of the story's own, named as lately as the other, rather than one named in passing
                    return top;
                }
                return last;
            }
        }
        if (top != null && !inPassing(top) && population.applyAsLong(top.entity()) >= SMALL_CITY) {
            // no big place named: the story's town, if it is a town at all, rather than the last village
            return top;
        }
        return before == 0 ? null : places.get(before - 1);
    }

    /**
     * The town "the town" names: of the last three settlements named before offset that are not big cities ("the town"
     * after "as Raqqa came under attack" is still al-Mayadin), one named in this paragraph, else the story's main
     * town, else the most recent; failing all, the most recent settlement.
     */
    private Mention lastTownBefore(int offset) {
        int before = placesBefore(offset);
        List<Mention> towns = new ArrayList<>(3);
        for (int k = before - 1; k >= Math.max(0, before - 3); k--) {
            if (population.applyAsLong(places.get(k).entity()) < BIG_CITY && !inPassing(places.get(k))) {
                towns.add(places.get(k));
            }
        }
        for (int k = before - 4; towns.isEmpty() && k >= Math.max(0, before - 6); k--) {
            // "al-Shaddadi, the main IS stronghold in southern Hasakah ... the roads linking the town with Raqqa and with
            // Mosul": past a province and the ends of its roads, the town last named
            if (population.applyAsLong(places.get(k).entity()) < BIG_CITY && !inPassing(places.get(k))
                    && places.get(k).entity().kind() == EntityKind.SETTLEMENT) {
                towns.add(places.get(k));
            }
        }
        if (towns.isEmpty()) {
            return lastPlaceBefore(offset);
        }
        if (towns.get(0).span().start() > text.lastIndexOf('\n', offset) && !listed(towns.get(0))) {
            // "at Kobani, where Kurdish fighters drove the militants out of the border town": named just now (but not
            // "most are now in Suruc, Urfa and the villages. The town itself is cut off": one of a list is not "the town")
            return towns.get(0);
        }
        Mention section = sectionPlace(offset);
        for (Mention m : towns) {
            if (section != null && m.entity().equals(section.entity())) {
                // under a heading that names a town ("3.2 Baiji"), "the town" is that town
                return m;
            }
        }
        // "In Kocho, south of the mountain, ..." then "an offensive to retake the town": the story's town
        Mention top = topPlaceBefore(offset);
        for (Mention m : towns) {
            if (top != null && m.entity().equals(top.entity())) {
                return m;
            }
        }
        return towns.get(0);
    }

    /**
     * Whether a place is named only in passing, as no town the story is in: a yardstick ("less than a week after Mosul",
     * "worse than in Aleppo"), a road's name ("at a checkpoint on the Mosul road") or where a source sits ("a military
     * source at Russia's Hmeimim base").
     */
    private boolean inPassing(Mention m) {
        return YARDSTICK.matcher(text).region(Math.max(0, m.span().start() - 20), m.span().start()).find()
                || EventPlaces.SOURCE_SEAT.matcher(text).region(Math.max(0, m.span().start() - 40), m.span().start()).find()
                || ROAD_OR_BASE_AFTER.matcher(text).region(m.span().end(), Math.min(text.length(), m.span().end() + 12)).lookingAt()
                || ROAD_END_BEFORE.matcher(text).region(Math.max(0, m.span().start() - 90), m.span().start()).find();
    }

    /** "the roads linking the town with Raqqa and with ": where a road goes, not where anything happens. */
    private static final Pattern ROAD_END_BEFORE = Pattern.compile("(?i)\\b(?:linking|connecting|joining)\\s+[^,.;\\n]{1,40}?\\s+(?:with|to|and)\\s+"
            + "(?:[^,.;\\n]{1,30}?\\s+(?:and\\s+)?(?:with|to)\\s+)?$");

    /** "north-east of ", "outside ", "near " right before "the city": where something else lies. */
    private static final Pattern BESIDE_THE = Pattern.compile("(?i)(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?(?:\\s+(?:side|edge|part))?\\s+of"
            + "|\\b(?:outside|near|beyond|around|towards?|from)|\\bedge\\s+of)\\s+$");
    /** "after Mosul", "than in Aleppo", "people fleeing Khartoum": a place to compare with or to come from. */
    private static final Pattern YARDSTICK = Pattern.compile("(?i)\\b(?:after|before|than|like|unlike|fleeing|fled|escaping"
            + "|escaped)\\s+(?:in\\s+)?$");
    /** "the Mosul road", and "the Habbaniyah base": a road or a base named for a town, not the town. */
    private static final Pattern ROAD_OR_BASE_AFTER = Pattern.compile("(?i)\\s+(?:road|highway|motorway|base|air ?base)\\b");

    /** Whether a place is named as one of a list: "in Suruc, Urfa and the surrounding villages". */
    private boolean listed(Mention m) {
        return LIST_NEXT.matcher(text).region(m.span().end(), Math.min(text.length(), m.span().end() + 30)).lookingAt()
                || LIST_BEFORE.matcher(text).region(Math.max(0, m.span().start() - 40), m.span().start()).find();
    }

    /**
     * The settlement that the heading of the section holding offset names ("3.2 Baiji", "Baiji" on a line of its
     * own), or null when the nearest heading names none; only the last {@value #SECTION_LINES} lines are searched.
     */
    Mention sectionPlace(int offset) {
        int lineEnd = text.lastIndexOf('\n', Math.max(0, offset - 1));
        for (int n = 0; lineEnd > 0 && n < SECTION_LINES; n++) {
            int lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
            if (lineEnd - lineStart <= 40 && HEADING_LINE.matcher(text).region(lineStart, lineEnd).matches()
                    && !FIELD_LINE.matcher(text).region(lineStart, lineEnd).lookingAt()) {
                int k = countBefore(places, lineStart);
                return k < places.size() && places.get(k).span().end() <= lineEnd ? places.get(k) : null;
            }
            lineEnd = lineStart - 1;
        }
        return null;
    }

    /**
     * The place a record's heading names after the record's code ("AZ-0451 | Zangilan"): the place the record's notes
     * are about; else null (a section's heading, "## Mayadin", may stand over stories of other towns too).
     */
    Mention recordPlace(int offset) {
        Mention place = sectionPlace(offset);
        if (place == null) {
            return null;
        }
        int lineStart = text.lastIndexOf('\n', place.span().start()) + 1;
        int lineEnd = text.indexOf('\n', place.span().end());
        String rest = text.substring(lineStart, place.span().start()) + text.substring(place.span().end(), lineEnd < 0 ? text.length() : lineEnd);
        return EntityMatcher.RECORD_CODE.matcher(rest).matches() ? place : null;
    }

    /**
     * The place a record's "Location:" field names, in the field block over the paragraph holding offset ("Location:
     * open field outside Garend Kalan village, Budgam district"): where the record's narrative happened; else null. The
     * search stops at a heading or a rule, which begin another section.
     */
    Mention locationField(int offset) {
        int lineEnd = text.lastIndexOf('\n', Math.max(0, offset - 1));
        for (int n = 0; lineEnd > 0 && n < LOCATION_LINES; n++) {
            int lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
            if (LOCATION_FIELD.matcher(text).region(lineStart, lineEnd).lookingAt()) {
                for (int k = placesBefore(lineStart); k < places.size() && places.get(k).span().start() < lineEnd; k++) {
                    Mention m = places.get(k);
                    if (m.span().end() <= lineEnd && m.entity().kind() != EntityKind.COUNTRY) {
                        return m;
                    }
                }
                return null;
            }
            boolean field = FIELD_LINE.matcher(text).region(lineStart, lineEnd).lookingAt();
            if (!field && lineEnd > lineStart && (RULE.matcher(text).region(lineStart, lineEnd).matches()
                    || HEADING_LINE.matcher(text).region(lineStart, lineEnd).matches())) {
                return null;
            }
            lineEnd = lineStart - 1;
        }
        return null;
    }

    private static final int LOCATION_LINES = 15;
    /** A record's field that says where: "Location:      near Horran village, Bhimber district". */
    private static final Pattern LOCATION_FIELD = Pattern.compile("\\s*(?:Location|Place|Site|Position|Where)\\s*:\\s");
    /** A rule across the page: "------------". */
    private static final Pattern RULE = Pattern.compile("\\s*[-=_*\u2500\u2014]{5,}\\s*");

    private static final int SECTION_LINES = 40;
    /** The label of a record's field: "Variants:", "Operator:", "Date of loss:". */
    static final String FIELD_LABEL = "\\p{Lu}[\\p{Ll} ]{1,20}:";
    /** A record's labelled field under its heading ("Variants: Akna (hy)", "Class: town"): no heading of its own. */
    private static final Pattern FIELD_LINE = Pattern.compile("\\s*" + FIELD_LABEL + "\\s");
    /** What follows a place named as a list's member: ", Urfa", " and the villages", " or". */
    private static final Pattern LIST_NEXT = Pattern.compile(",\\s+\\p{Lu}|\\s+(?:and|or)\\s+(?:the\\s+)?"
            + "(?:\\p{Lu}|surrounding|nearby|neighbouring|neighboring)");
    /** What comes before a place named as a list's last member: "in Suruc, Urfa and ". */
    private static final Pattern LIST_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?:,|\\s+and|\\s+or)\\s+$");
    /** An item's date and topic place: "• 14 March - West of Ramadi.", where the place is what the item is about. */
    private static final Pattern ITEM_TOPIC = Pattern.compile("(?i)\\s*(?:[•▪◦*]\\s*)?[\\w ,.-]{3,30}?\\s[–—-]\\s+"
            + "(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\\s+of\\s+)?");
    /** A short line that no sentence ends: a section heading such as "3.2 Baiji" or "DISCUSSION" (a byline has a comma). */
    private static final Pattern HEADING_LINE = Pattern.compile("\\s*[\\p{Lu}\\d][^\\n,]*[^\\s.!?:;,\"\u201d]\\s*");

    /** "Letter 3. " opening a line, before the place a letter was written at. */
    private static final Pattern LABEL_BEFORE = Pattern.compile(EventFinder.ITEM_LABEL_TEXT);
    /** The date after the place a letter was written at, to the end of its line: ", Wednesday 12 April 1995". */
    private static final Pattern DATE_AFTER = Pattern.compile(",\\s+(?:\\p{Lu}\\p{Ll}+day,?\\s+)?\\d{1,2}\\s+\\p{Lu}\\p{Ll}+\\s+(?:19|20)\\d{2}\\s*(?:\\n|$)");

    /**
     * Whether a town is only where a letter or an entry was written: "Letter 3. Nazran, Wednesday 12 April 1995". What the
     * letter tells happens elsewhere as often as not, so the town is no scene of it.
     */
    private boolean writtenFrom(Mention m) {
        int line = text.lastIndexOf('\n', Math.max(0, m.span().start() - 1)) + 1;
        return LABEL_BEFORE.matcher(text).region(line, m.span().start()).matches()
                && DATE_AFTER.matcher(text).region(m.span().end(), text.length()).lookingAt();
    }

    /** The most recent settlement named before offset (not as a destination or a source's seat), or null. */
    Mention lastPlaceBefore(int offset) {
        int before = placesBefore(offset);
        for (int k = before - 1; k >= Math.max(0, before - 3); k--) {
            // "cut the roads linking the town with Raqqa and with Mosul": not where a road goes, a place named in passing
            if (!inPassing(places.get(k))) {
                return places.get(k);
            }
        }
        return before == 0 ? null : places.get(before - 1);
    }

    /**
     * The most recent settlement named before offset when this paragraph (the one holding
     * sentenceStart) or the one before it named it; else null: older mentions are another part of the story.
     */
    Mention recentPlace(int sentenceStart, int offset) {
        Mention last = lastPlaceBefore(offset);
        return last != null && last.span().start() > paragraphBefore(sentenceStart, 1) ? last : null;
    }

    /**
     * The town the story is about at offset: the settlement named most often so far when this paragraph
     * or one of the two before it names it, else the most recent settlement of this paragraph or the one
     * before, else null.
     */
    Mention storyPlace(int sentenceStart, int offset) {
        Mention top = topPlaceBefore(offset);
        return top != null && top.span().start() > paragraphBefore(sentenceStart, 2) ? top : recentPlace(sentenceStart, offset);
    }

    /**
     * Where the paragraph {@code back} paragraphs before the one holding sentenceStart begins (the newline before it), or
     * -1. Short lines between that name no place (a catalogue entry's number, its heading, an object line) are not
     * counted as paragraphs; a short line that names one ("📍 #Hasakah") is as far back as the window goes.
     */
    private int paragraphBefore(int sentenceStart, int back) {
        int at = text.lastIndexOf('\n', sentenceStart);
        for (int k = 0; k < back && at > 0; ) {
            int end = at;
            at = text.lastIndexOf('\n', Math.max(0, at - 2));
            if (end - at > SHORT_LINE) {
                k++;
            } else if (namesPlace(at + 1, end)) {
                // a heading that names a place ("📍 #Hasakah") opens the item: nothing before it is this story's
                return at;
            }
        }
        return at;
    }

    /** Whether a place is named in text[from, to). */
    private boolean namesPlace(int from, int to) {
        for (int i = countBefore(all, from); i < all.size() && all.get(i).span().start() < to; i++) {
            if (all.get(i).entity().kind().isPlace()) {
                return true;
            }
        }
        return false;
    }

    /** The longest line that a heading, a label or a caption's line may be. */
    private static final int SHORT_LINE = 60;

    /** How many of the salient settlements are named before offset. */
    private int placesBefore(int offset) {
        return countBefore(places, offset);
    }

    /** How many of the mentions, in text order, begin before offset. */
    private static int countBefore(List<Mention> mentions, int offset) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).span().start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
