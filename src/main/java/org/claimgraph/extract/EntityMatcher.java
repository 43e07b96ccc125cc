package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.model.EntityKind;
import org.claimgraph.model.EntityRef;
import org.claimgraph.model.Gazetteer;
import org.claimgraph.model.Span;

/**
 * Finds the gazetteer's actors, outlets and places in a text in one left-to-right pass over its
 * words, longest match first, without overlaps. Built once per gazetteer; thread-safe.
 *
 * <p>Short all-capital names (IS, US, SDF) match only in capitals; other names ignore case,
 * diacritics, apostrophes, hyphens, possessives and the Arabic article. Places also match by a
 * consonant skeleton of their words when written capitalised ("Dayr az Zawr" for "Deir ez-Zor").
 * Places that are rare or namesakes of English words need capitals, no sentence start and a place
 * context ("in", "near", "town of").
 */
public final class EntityMatcher {
    /** Words before a weak place name that make it a place. */
    private static final Set<String> PLACE_CONTEXT = Set.of("in", "near", "of", "outside", "at", "from", "to",
            "into", "around", "toward", "towards", "retook", "captured", "seized", "took", "liberated", "entered",
            "besieged", "across", "recaptured", "overran", "and", "on", "reach", "reached", "retake", "capture",
            "take", "takes", "taking", "taken", "retakes", "retaking", "retaken", "captures", "capturing", "seize", "seizes",
            "seizing", "liberate", "liberates", "liberating", "recapture", "recaptures", "recapturing", "storm", "stormed",
            "storming", "besiege", "besieging", "encircled", "encircling", "attacked", "attacking", "shelled", "shelling",
            "bombed", "bombing", "overrun", "enter", "enters", "entering", "freed", "frees", "freeing",
            // "IVO DIBIS": a report's "in the vicinity of"
            "ivo", "above", "beyond", "via", "fleeing", "fled", "leaving", "reaching", "struck", "pounded", "nearby",
            "neighbouring", "neighboring", "adjoining");
    /** Capitalised words that open a clause rather than a name: "While al-Bab ...", "The al-Nuri mosque". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("the", "but", "as", "while", "when", "after", "before",
            "since", "then", "both", "with", "by", "for", "if", "until", "where", "whereas", "meanwhile", "also");
    private static final Set<String> SETTLEMENT_WORDS = Set.of("town", "city", "village", "district", "province",
            "settlement", "hamlet", "area", "countryside", "neighbourhood", "neighborhood", "suburb", "quarter");

    private static final java.util.regex.Pattern DEMONYM = java.util.regex.Pattern.compile("(?:ian|ians|ish|ese)$");
    /**
     * Capitalised words of the calendar and the faith that a place's spelling only resembles ("Operation Ashura" is no
     * "Al Asharah"): never matched by their skeleton.
     */
    private static final Set<String> NOT_PLACES = Set.of("ashura", "ramadan", "muharram", "eid", "allah", "quran",
            "sharia", "jihad", "imam", "sheikh", "shia", "sunni");
    /** Words before a name that is both a country and an actor which make it the place. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "into", "inside", "across", "near", "from",
            "throughout", "within", "outside", "to", "toward", "towards", "around", "of", "over", "off",
            // "Iraq invaded Kuwait": the country invaded is a place, not its forces
            "invaded", "invading", "invade", "invades");

    private final NameIndex index;
    private final NewPlaceFinder newPlaces = new NewPlaceFinder();

    public EntityMatcher(Gazetteer gazetteer) {
        this.index = new NameIndex(gazetteer);
    }

    NameIndex index() {
        return index;
    }

    /** Mentions in text order. {@code sentences} tell where sentences start (for the capital rule). */
    public List<Mention> find(String text, List<Span> sentences) {
        List<Token> toks = Names.tokens(text);
        boolean[] sentenceInitial = sentenceInitial(toks, sentences);
        boolean[] caseless = caseless(text, toks);
        List<Mention> out = new ArrayList<>();
        List<Mention> weakPlaces = null;
        // places read from a likeness of spelling or from a rare name: kept only near the text's sure places
        List<Mention> doubtful = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            Match best = longestAt(text, toks, i, sentenceInitial, caseless);
            if (best == null) {
                i++;
                continue;
            }
            if (i + 1 < toks.size() && toks.get(i).norm().equals("the")) {
                // "the Islamic State of Iraq and Syria": a name known with "the" ("the Islamic State") may go on
                // without it into a longer one
                Match without = longestAt(text, toks, i + 1, sentenceInitial, caseless);
                if (without != null && without.lastToken > best.lastToken) {
                    best = without;
                    i++;
                }
            }
            Mention m = new Mention(new Span(toks.get(i).start(), toks.get(best.lastToken).end()), best.named.ref());
            out.add(m);
            if (m.entity().kind().isPlace() && (best.fuzzy || !best.named.strongPlace())) {
                doubtful.add(m);
            }
            if (m.entity().kind().isPlace() && !best.named.strongPlace()) {
                if (weakPlaces == null) {
                    weakPlaces = new ArrayList<>();
                }
                weakPlaces.add(m);
            }
            i = best.lastToken + 1;
        }
        Set<Mention> far = farPlaces(out, doubtful);
        if (!far.isEmpty()) {
            out.removeAll(far);
            if (weakPlaces != null) {
                weakPlaces.removeAll(far);
            }
        }
        if (weakPlaces != null) {
            // a rare name once read as a place in its context ("in Shajara") is that place where it opens a sentence
            // ("Shajara, the main stronghold of the group, was taken"), where the capital says nothing
            List<Mention> again = NewPlaceFinder.repeats(text, toks, out, weakPlaces);
            again.removeIf(m -> !opensSentence(text, toks, sentenceInitial, m.span().start()));
            if (!again.isEmpty()) {
                out.addAll(again);
                out.sort(java.util.Comparator.comparing(Mention::span));
            }
        }
        List<Mention> found = statesAircraft(text, nationalForces(toks, newPlaces.addNewPlaces(text, toks, out, index)));
        return definedShortNames(text, theCapital(text, withoutFacilities(text, withoutFirstHalves(text, withoutRivers(text,
                withoutMetonyms(text, capitals(text, sharedNouns(toks, found))))))));
    }

    /** A short name in brackets right after a name: "Indian Air Force (IAF)". */
    private static final Pattern SHORT_NAME_AFTER = Pattern.compile("\\s*\\((\\p{Lu}\\p{Ll}?\\p{Lu}[\\p{Lu}\\p{Ll}-]{0,5})\\)");

    /**
     * The mentions, with the short names a text defines read as it defines them: after "Indian Air Force (IAF)", "IAF"
     * is India's air force, not Israel's, which the gazetteer knows by that name.
     */
    private static List<Mention> definedShortNames(String text, List<Mention> ms) {
        java.util.Map<String, EntityRef> defined = null;
        List<Mention> out = null;
        for (int k = 0; k < ms.size(); k++) {
            Mention m = ms.get(k);
            String surface = m.span().of(text);
            EntityRef meant = defined == null ? null : defined.get(surface);
            if (meant != null && !meant.equals(m.entity()) && !m.entity().kind().isPlace()) {
                if (out == null) {
                    out = new ArrayList<>(ms);
                }
                out.set(k, new Mention(m.span(), meant));
                continue;
            }
            if (!m.entity().kind().isPlace() && m.entity().kind() != EntityKind.PERSON) {
                var after = SHORT_NAME_AFTER.matcher(text).region(m.span().end(), Math.min(text.length(), m.span().end() + 14));
                if (after.lookingAt() && !after.group(1).equals(surface)) {
                    if (defined == null) {
                        defined = new java.util.HashMap<>();
                    }
                    defined.put(after.group(1), m.entity());
                }
            }
        }
        return out == null ? ms : out;
    }

    /** Country key -> the key of its capital city, for the countries of the wars the gazetteer covers. */
    private static final java.util.Map<String, String> CAPITAL_CITIES = java.util.Map.ofEntries(
            java.util.Map.entry("syria", "damascus"), java.util.Map.entry("iraq", "baghdad"), java.util.Map.entry("libya", "tripoli"),
            java.util.Map.entry("sudan", "khartoum"), java.util.Map.entry("yemen", "sanaa"), java.util.Map.entry("afghanistan", "kabul"),
            java.util.Map.entry("ukraine", "kyiv"), java.util.Map.entry("russia", "moscow"), java.util.Map.entry("mali", "bamako"),
            java.util.Map.entry("somalia", "mogadishu"), java.util.Map.entry("nigeria", "abuja"), java.util.Map.entry("lebanon", "beirut"),
            java.util.Map.entry("turkey", "ankara"), java.util.Map.entry("iran", "tehran"), java.util.Map.entry("jordan", "amman"),
            java.util.Map.entry("egypt", "cairo"), java.util.Map.entry("ethiopia", "addis-ababa"), java.util.Map.entry("south-sudan", "juba"),
            java.util.Map.entry("burkina-faso", "ouagadougou"), java.util.Map.entry("niger", "niamey"),
            java.util.Map.entry("democratic-republic-of-the-congo", "kinshasa"), java.util.Map.entry("myanmar", "naypyidaw"),
            java.util.Map.entry("mozambique", "maputo"), java.util.Map.entry("tunisia", "tunis"),
            java.util.Map.entry("colombia", "bogota"), java.util.Map.entry("haiti", "port-au-prince"),
            java.util.Map.entry("bosnia-and-herzegovina", "sarajevo"), java.util.Map.entry("croatia", "zagreb"),
            java.util.Map.entry("serbia", "belgrade"), java.util.Map.entry("kosovo", "pristina"),
            java.util.Map.entry("armenia", "yerevan"), java.util.Map.entry("azerbaijan", "baku"),
            java.util.Map.entry("georgia", "tbilisi"), java.util.Map.entry("central-african-republic", "bangui"),
            java.util.Map.entry("chad", "ndjamena"), java.util.Map.entry("cameroon", "yaounde"));
    /** A deed of a state, after its capital's name: "Kyiv pulled its troops out", "Moscow sent more troops". */
    private static final Pattern CAPITAL_ACTS = Pattern.compile("\\s+(?:(?:has|have|had|then|also|later|finally)\\s+)?(?:sent|sends"
            + "|ordered|orders|deployed|deploys|pulled|pulls|withdrew|withdraws|recalled|recalls|launched|launches)\\b");
    /** Capital city key -> the key of its country. */
    private static final java.util.Map<String, String> CAPITAL_COUNTRIES = CAPITAL_CITIES.entrySet().stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(java.util.Map.Entry::getValue, java.util.Map.Entry::getKey));

    /** "the capital", not "the capital of ...", "the capital, Damascus" or "the capital's mayor"'s namesakes. */
    private static final java.util.regex.Pattern THE_CAPITAL = java.util.regex.Pattern.compile(
            "\\b[Tt]he capital\\b(?!\\s+(?:of|city of)\\b|,?\\s+\\p{Lu}|\\s+(?:city\\s+)?\\p{Lu})");

    /**
     * "the presidential palace in the centre of the capital": the capital city of the country the text's places lie
     * in, when the gazetteer knows it and no place is named at those words.
     */
    private List<Mention> theCapital(String text, List<Mention> mentions) {
        var m = THE_CAPITAL.matcher(text);
        if (!m.find()) {
            return mentions;
        }
        EntityRef country = index.mainCountry(mentions);
        Optional<EntityRef> city = country == null ? Optional.empty()
                : Optional.ofNullable(CAPITAL_CITIES.get(country.key())).flatMap(index::place);
        if (city.isEmpty()) {
            return mentions;
        }
        List<Mention> added = new ArrayList<>();
        do {
            Span span = new Span(m.start(), m.end());
            if (mentions.stream().noneMatch(k -> k.span().overlaps(span))) {
                added.add(new Mention(span, city.get()));
            }
        } while (m.find());
        return withAdded(mentions, added);
    }

    /**
     * An adjective coordinated with a force's name shares its noun: "Iraqi and Kurdish forces" names the Iraqi forces
     * too, "Russian and Syrian jets" the Russian jets, when the gazetteer knows the name the adjective and noun make.
     */
    private List<Mention> sharedNouns(List<Token> toks, List<Mention> mentions) {
        List<Mention> added = new ArrayList<>();
        int t = 0;
        for (Mention m : mentions) {
            while (t < toks.size() && toks.get(t).start() < m.span().start()) {
                t++;
            }
            if (t < 2 || !Roles.isActor(m) || t >= toks.size()) {
                continue;
            }
            Token and = toks.get(t - 1);
            Token adjective = toks.get(t - 2);
            if (!(and.norm().equals("and") || and.norm().equals("or")) || !adjective.capitalised()
                    || and.start() - adjective.end() > 1) {
                continue;
            }
            int last = t;
            while (last + 1 < toks.size() && toks.get(last + 1).end() <= m.span().end()) {
                last++;
            }
            Span adjectiveSpan = new Span(adjective.start(), adjective.end());
            if (!MILITARY_NOUNS.contains(toks.get(last).norm())
                    || mentions.stream().anyMatch(k -> k.span().overlaps(adjectiveSpan))) {
                continue;
            }
            var actor = index.lookupActor(adjective.surface() + " " + toks.get(last).surface());
            if (actor.isPresent() && !actor.get().ref().equals(m.entity())) {
                added.add(new Mention(adjectiveSpan, actor.get().ref()));
            }
        }
        for (int k = 0; k + 3 < toks.size(); k++) {
            // "Saudi and Qatari troops", "Kuwaiti and other Arab units": the first adjective's force, though the gazetteer
            // does not know the second's
            Token adjective = toks.get(k);
            int second = k + 2 < toks.size() && toks.get(k + 2).norm().equals("other") ? k + 3 : k + 2;
            if (second + 1 >= toks.size() || !adjective.capitalised() || !toks.get(k + 1).norm().equals("and")
                    || !toks.get(second).capitalised() || !MILITARY_NOUNS.contains(toks.get(second + 1).norm())) {
                continue;
            }
            Span adjectiveSpan = new Span(adjective.start(), adjective.end());
            Span nounSpan = new Span(toks.get(second).start(), toks.get(second + 1).end());
            if (mentions.stream().anyMatch(x -> x.span().overlaps(adjectiveSpan) || x.span().overlaps(nounSpan))) {
                continue;
            }
            index.lookupActor(adjective.surface() + " " + toks.get(second + 1).surface())
                    .ifPresent(actor -> added.add(new Mention(adjectiveSpan, actor.ref())));
        }
        return withAdded(mentions, added);
    }

    /** The mentions with those a pass added, in text order; the same list when it added none. */
    private static List<Mention> withAdded(List<Mention> mentions, List<Mention> added) {
        if (added.isEmpty()) {
            return mentions;
        }
        List<Mention> all = new ArrayList<>(mentions);
        all.addAll(added);
        all.sort((x, y) -> Integer.compare(x.span().start(), y.span().start()));
        return all;
    }

    /** A state's adjective before an aircraft's model: "a Syrian Su-22", "two Turkish F-16s". */
    private static final java.util.regex.Pattern STATE_MODEL = java.util.regex.Pattern.compile("\\b(\\p{Lu}\\p{Ll}+(?:an|ish|ese|i))\\s+"
            + "(?:\\p{Ll}[\\p{L}-]*\\s+)?" + Aircraft.MODEL + "(?![\\w/-])");
    private static final String[] AIR_ARMS = {" aircraft", " jets", " warplanes", " air force"};

    /** "a Syrian Su-22 dropped bombs": the state whose aircraft it is, by the gazetteer's name of that state's jets. */
    private List<Mention> statesAircraft(String text, List<Mention> mentions) {
        java.util.regex.Matcher m = STATE_MODEL.matcher(text);
        List<Mention> added = new ArrayList<>();
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            if (mentions.stream().anyMatch(k -> k.span().overlaps(span))) {
                continue;
            }
            for (String arm : AIR_ARMS) {
                var actor = index.lookupActor(m.group(1) + arm);
                if (actor.isPresent()) {
                    added.add(new Mention(span, actor.get().ref()));
                    break;
                }
            }
        }
        return withAdded(mentions, added);
    }

    /** A state's adjective before a military noun ("an Iraqi counter-terrorism unit") names that state's forces. */
    private static final java.util.Map<String, String> NATIONAL_FORCES = java.util.Map.ofEntries(
            java.util.Map.entry("iraqi", "Iraqi government forces"), java.util.Map.entry("syrian", "Syrian government"),
            java.util.Map.entry("russian", "Russia"), java.util.Map.entry("ukrainian", "Ukraine"),
            java.util.Map.entry("israeli", "Israel"), java.util.Map.entry("turkish", "Turkey"),
            java.util.Map.entry("lebanese", "Lebanese Army"), java.util.Map.entry("sudanese", "Sudanese Armed Forces"),
            java.util.Map.entry("malian", "Malian Armed Forces"), java.util.Map.entry("nigerian", "Nigerian Armed Forces"),
            java.util.Map.entry("somali", "Somali National Army"), java.util.Map.entry("yemeni", "Yemeni government forces"),
            java.util.Map.entry("afghan", "Afghanistan"));
    private static final Set<String> MILITARY_NOUNS = Set.of("unit", "units", "troops", "forces", "soldiers", "army",
            "commandos", "police", "policemen", "brigade", "brigades", "division", "divisions", "battalion", "battalions",
            "servicemen", "jets", "warplanes", "aircraft", "helicopters", "artillery", "tanks", "armour", "armor",
            "gunships", "regiment", "garrison", "officers", "commander", "commanders", "general", "generals");
    private static final int MAX_MODIFIERS = 3;

    private List<Mention> nationalForces(List<Token> toks, List<Mention> mentions) {
        List<Mention> added = new ArrayList<>();
        int m = 0;
        for (int i = 0; i < toks.size(); i++) {
            String name = NATIONAL_FORCES.get(toks.get(i).norm());
            if (name == null || !toks.get(i).capitalised()) {
                continue;
            }
            int at = toks.get(i).start();
            while (m < mentions.size() && mentions.get(m).span().end() <= at) {
                m++;
            }
            int nextMention = m < mentions.size() ? mentions.get(m).span().start() : Integer.MAX_VALUE;
            if (nextMention <= at) {
                continue; // inside a longer name: "Syrian Democratic Forces"
            }
            for (int j = i + 1; j < Math.min(toks.size(), i + 2 + MAX_MODIFIERS); j++) {
                Token t = toks.get(j);
                if (t.start() >= nextMention || t.start() - toks.get(j - 1).end() > 2) {
                    break;
                }
                if (MILITARY_NOUNS.contains(t.norm())) {
                    var actor = index.lookupActor(name);
                    if (actor.isPresent()) {
                        added.add(new Mention(new Span(at, t.end()), actor.get().ref()));
                    }
                    break;
                }
                if (t.capitalised()) {
                    break;
                }
            }
        }
        return withAdded(mentions, added);
    }

    /**
     * A town or region that speaks or decides stands for its government ("Damascus announced
     * victory", "which Ankara has named"), and one before an office names whose office it is
     * ("Kurdistan Region President", "the Raqqa governor"): neither is where something happened.
     */
    private static final java.util.regex.Pattern NOT_A_PLACE_AFTER = java.util.regex.Pattern.compile(
            "(?:'s|\u2019s)?\\s+(?:(?:has|have|had|will|would|then|also|quickly|now|later)\\s+)?(?:announced|announces|said|says|claimed|claims"
            + "|declared|declares|denied|denies|insisted|insists|accused|accuses|warned|warns|named|wants|wanted|hopes|hoped"
            + "|tried|tries|try|agreed|agrees|rejected|rejects|responded|vowed|vows|condemned|condemns|demanded|demands"
            + "|(?:used|uses)(?!\\s+to\\b)|sent|sends|ordered|orders|deployed|deploys)\\b"
            + "|(?:'s|\u2019s)?\\s+(?:President|Prime Minister|Premier|Governor|governor|Minister|minister|Mayor|mayor|spokesman|spokeswoman"
            + "|officials?|authorities|lawmakers?|MPs?|Security Council|police(?!\\s+(?:station|stations|headquarters|building|post|checkpoint))"
            + "|provincial council|council)\\b");

    /** People located by a preposition before a town's name: "the rebels in ", "fighters from ", "residents of ". */
    private static final java.util.regex.Pattern PEOPLE_IN_BEFORE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:rebels|fighters|militants|residents|people|families|civilians|defenders|garrison|troops|forces|council|"
            + "elders|leaders|officials|committee)\\s+(?:in|of|from|inside)\\s+$");
    /** "the president of the Kurdistan Region", "the governor of Anbar": an office of the place, not where anything happened. */
    private static final java.util.regex.Pattern OFFICE_OF_BEFORE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:president|prime minister|premier|governor|minister|mayor|parliament|spokesman|spokeswoman|police chief"
            + "|provincial council)\\s+of\\s+(?:the\\s+)?$");
    private static final java.util.regex.Pattern SEAT_BEFORE = java.util.regex.Pattern.compile("(?:^|[.!?\u201d\"]\\s+|\n\\s*)In\\s+$");
    private static final java.util.regex.Pattern SPEECH = java.util.regex.Pattern.compile(
            "\\b(?:said|says|told|announced|announces|declared|stated|added|insisted|denied|claimed)\\b");

    /**
     * "In Moscow, the Kremlin spokesman said jets struck Idlib": where the speaker sits, not where anything happened;
     * but when the words reported name no place of their own and the place lies in the country the text is about
     * ("In Tuz Khurmatu, officials said at least 10 people had been killed"), the place opening the sentence is where
     * it happened.
     */
    private boolean speakersSeat(String text, Mention m, List<Mention> mentions,
                                 org.claimgraph.model.EntityRef mainCountry) {
        int end = m.span().end();
        if (end >= text.length() || text.charAt(end) != ','
                || !SEAT_BEFORE.matcher(text).region(Math.max(0, m.span().start() - 6), m.span().start()).find()) {
            return false;
        }
        int stop = end;
        while (stop < text.length() && stop - end < 250 && ".!?\n".indexOf(text.charAt(stop)) < 0) {
            stop++;
        }
        var speech = SPEECH.matcher(text).region(end, stop);
        if (!speech.find()) {
            return false;
        }
        int said = speech.end();
        int until = stop;
        return mentions.stream().anyMatch(o -> o != m && o.entity().kind().isPlace() && o.span().start() >= said
                && o.span().start() < until)
                || !java.util.Objects.equals(index.countryOf(m.entity()).orElse(null), mainCountry);
    }

    /**
     * "the al-Hamadaniyah and Jamiliyah neighbourhoods of Aleppo city": names of a city's parts, which may be namesakes
     * of towns elsewhere; the city is the place.
     */
    private static final java.util.regex.Pattern PART_OF_AFTER = java.util.regex.Pattern.compile(
            "(?:\\s+and\\s+(?:(?:al|el|ar|as|ash|ad)-)?\\p{Lu}[\\p{L}'’-]*)?\\s+(?:neighbourhoods?|neighborhoods?|quarters?)\\s+of\\s+(?:the\\s+)?\\p{Lu}");

    /** A hyphen and a capitalised word right after a name: "-Chu" in "Gekhi-Chu". */
    private static final Pattern HYPHENED_ON = Pattern.compile("-\\p{Lu}\\p{L}*");

    /**
     * Without a town named as the first half of a longer hyphened name that is no known place: "near Gekhi-Chu" is not
     * at Gekhi. A second half that is a place of its own ("the Aleppo-Damascus road") keeps both.
     */
    private static List<Mention> withoutFirstHalves(String text, List<Mention> mentions) {
        return withoutTowns(mentions, m -> HYPHENED_ON.matcher(text).region(m.span().end(), text.length()).lookingAt()
                && mentions.stream().noneMatch(o -> o.span().start() == m.span().end() + 1));
    }

    /** The mentions less the settlements that pass the test; the same list when none does. */
    private static List<Mention> withoutTowns(List<Mention> mentions, java.util.function.Predicate<Mention> dropped) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.entity().kind() != org.claimgraph.model.EntityKind.SETTLEMENT || !dropped.test(m)) {
                out.add(m);
            }
        }
        return out.size() == mentions.size() ? mentions : out;
    }

    /** A building named after a town, then the town it stands in: " hospital in Hodeidah", " Street in Kabul". */
    private static final Pattern FACILITY_IN_AFTER = Pattern.compile("\\s+(?i:hospital|school|university|mosque|church|stadium|hotel"
            + "|street|square|bridge|market|prison|clinic)\\s+in\\s+\\p{Lu}");

    /** A sports club named after a place: "the ice hockey club Donbass", "the football club Zorya". */
    private static final Pattern CLUB_BEFORE = Pattern.compile("(?i)\\bclub\\s+$");
    /** A venue named after a region: "the Donbass Arena" stands in a city, not across the region. */
    private static final Pattern VENUE_AFTER = Pattern.compile("\\s+(?:Arena|Stadium)\\b");

    /**
     * Without the towns that name a building in another town ("near al-Thawra hospital in Hodeidah" is in Hodeidah), the
     * places that name a club, and the regions that name a venue.
     */
    private static List<Mention> withoutFacilities(String text, List<Mention> mentions) {
        List<Mention> out = withoutTowns(mentions, m -> FACILITY_IN_AFTER.matcher(text).region(m.span().end(), text.length()).lookingAt());
        List<Mention> kept = out.stream().filter(m -> !m.entity().kind().isPlace() || !clubOrVenue(text, m)).toList();
        return kept.size() == out.size() ? out : kept;
    }

    private static boolean clubOrVenue(String text, Mention m) {
        return CLUB_BEFORE.matcher(text).region(Math.max(0, m.span().start() - 10), m.span().start()).find()
                // a book's imprint, where it was printed: "Published: London : Saltings Books, 2014"
                || IMPRINT_AFTER.matcher(text).region(m.span().end(), text.length()).lookingAt()
                || m.entity().kind() == org.claimgraph.model.EntityKind.REGION
                && VENUE_AFTER.matcher(text).region(m.span().end(), text.length()).lookingAt();
    }

    /** A publisher's name after a place, set apart by a colon with spaces on both sides, as catalogues write imprints. */
    private static final Pattern IMPRINT_AFTER = Pattern.compile(" : \\p{Lu}");

    /** Where a river is named: "the west bank of the ", "across the ", "crossed the ". */
    private static final Pattern RIVER_BEFORE = Pattern.compile("(?i)\\b(?:(?:bank|banks|side|shore|shores|mouth) of|across|crossed"
            + "|crossing) the\\s+$");
    /** What follows a river's bare name: a stop or "river". */
    private static final Pattern RIVER_AFTER = Pattern.compile("\\s*(?:[.,;:)]|$|\\s+(?i:river)\\b)");

    /**
     * Without the towns that share a river's name where the river is meant: "its withdrawal from the city and the west
     * bank of the Dnipro" names the river, not the city of Dnipro.
     */
    private static List<Mention> withoutRivers(String text, List<Mention> mentions) {
        return withoutTowns(mentions, m -> RIVER_BEFORE.matcher(text).region(Math.max(0, m.span().start() - 30), m.span().start()).find()
                && RIVER_AFTER.matcher(text).region(m.span().end(), text.length()).lookingAt());
    }

    private List<Mention> withoutMetonyms(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        org.claimgraph.model.EntityRef mainCountry = index.mainCountry(mentions);
        for (Mention m : mentions) {
            var kind = m.entity().kind();
            boolean placeName = kind == org.claimgraph.model.EntityKind.SETTLEMENT || kind == org.claimgraph.model.EntityKind.REGION;
            if (kind == org.claimgraph.model.EntityKind.SETTLEMENT
                    && PART_OF_AFTER.matcher(text).region(m.span().end(), Math.min(text.length(), m.span().end() + 60)).lookingAt()) {
                continue;
            }
            int after = Math.min(text.length(), m.span().end() + 40);
            if (kind == org.claimgraph.model.EntityKind.SETTLEMENT && CAPITAL_ACTS.matcher(text).region(m.span().end(), after).lookingAt()) {
                // "Kyiv pulled its troops out", "Moscow sent more troops": a capital that acts is its state's forces
                Optional<EntityRef> state = Optional.ofNullable(CAPITAL_COUNTRIES.get(m.entity().key())).flatMap(index::place)
                        .flatMap(country -> index.lookupActor(country.label())).map(NameIndex.Named::ref)
                        .filter(r -> r.kind() == org.claimgraph.model.EntityKind.STATE_FORCE);
                if (state.isPresent()) {
                    out.add(new Mention(m.span(), state.get()));
                    continue;
                }
            }
            if (placeName && (NOT_A_PLACE_AFTER.matcher(text).region(m.span().end(), after).lookingAt()
                    // "the rebels in Darayya agreed": the town says where the speakers are, it does not speak
                    && !PEOPLE_IN_BEFORE.matcher(text).region(Math.max(0, m.span().start() - 40), m.span().start()).find()
                    || OFFICE_OF_BEFORE.matcher(text).region(Math.max(0, m.span().start() - 30), m.span().start()).find())) {
                continue;
            }
            if (m.entity().kind().isPlace() && speakersSeat(text, m, mentions, mainCountry)) {
                continue;
            }
            String onlyIn = RegionalActors.onlyIn(m.span().of(text));
            if (onlyIn != null && (mainCountry == null || !mainCountry.label().equals(onlyIn))) {
                // "Daesh gangs came down from the hills": gangs are a force of their own only in Haiti
                continue;
            }
            out.add(m);
        }
        return out;
    }

    private static final java.util.regex.Pattern CAPITAL_BEFORE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:provincial|regional|province's|administrative)?\\s*capital (?:city )?of\\s+(?:the\\s+)?(?:province of\\s+)?$");
    private static final java.util.regex.Pattern CAPITAL_AFTER = java.util.regex.Pattern.compile(
            "(?i)(?:'s|\u2019s)?(?:\\s+province(?:'s|\u2019s))?\\s+(?:(?:provincial\\s+)?capital"
            + "|provincial\\s+(?:headquarters|council|government|administration|building|police headquarters))\\b");

    /** "the provincial capital of Anbar", "Anbar's capital": the region's capital settlement, not the region. */
    private List<Mention> capitals(String text, List<Mention> mentions) {
        List<Mention> out = null;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.entity().kind() != org.claimgraph.model.EntityKind.REGION) {
                continue;
            }
            boolean capital = CAPITAL_BEFORE.matcher(text).region(Math.max(0, m.span().start() - 45), m.span().start()).find()
                    || CAPITAL_AFTER.matcher(text).region(m.span().end(), Math.min(text.length(), m.span().end() + 30)).lookingAt();
            Optional<EntityRef> city = capital ? index.capitalOf(m.entity()) : Optional.empty();
            if (city.isPresent()) {
                if (out == null) {
                    out = new ArrayList<>(mentions);
                }
                out.set(k, new Mention(m.span(), city.get()));
            }
        }
        return out == null ? mentions : out;
    }

    /** Convenience for tests and single strings: the whole text as one sentence. */
    public List<Mention> find(String text) {
        return find(text, List.of(new Span(0, text.length())));
    }

    /** The gazetteer entity a whole name refers to (outlet names, publishers), if any. */
    public Optional<EntityRef> lookup(String name) {
        return index.lookupActor(name).or(() -> index.lookup(name)).map(NameIndex.Named::ref);
    }

    /** A name found in the gazetteer; {@code fuzzy} when only its likeness of spelling was ("Gharyan" for Ghwayran). */
    private record Match(NameIndex.Named named, int lastToken, boolean fuzzy) {
    }

    /**
     * The doubtful places (read from a likeness of spelling, or from a rare name) that lie in a country far from every
     * country the text's sure places lie in: in a story from Libya, "Gharyan" is no misspelling of Ghwayran in Syria.
     * The places of a neighbour stay (a Syrian village in an Iraqi story); a text with no sure place keeps them all.
     */
    private Set<Mention> farPlaces(List<Mention> mentions, List<Mention> doubtful) {
        if (doubtful.isEmpty()) {
            return Set.of();
        }
        Set<String> sure = new java.util.HashSet<>();
        for (Mention m : mentions) {
            // a country named ("backed by Iran") places no village: only its towns and regions do
            if (m.entity().kind().isPlace() && m.entity().kind() != EntityKind.COUNTRY && !doubtful.contains(m)) {
                index.countryOf(m.entity()).ifPresent(c -> sure.add(c.key()));
            }
        }
        Set<Mention> far = new java.util.HashSet<>();
        for (Mention m : doubtful) {
            index.countryOf(m.entity()).map(EntityRef::key)
                    .filter(c -> !sure.isEmpty() && sure.stream().noneMatch(s -> Borders.near(s, c)))
                    .ifPresent(c -> far.add(m));
        }
        return far;
    }

    private Match longestAt(String text, List<Token> toks, int i, boolean[] initial, boolean[] caseless) {
        int first = i;
        if (Names.isDroppableArticle(toks, i, text)) {
            first = i + 1;
        }
        Match best = null;
        for (boolean fuzzy : new boolean[] {false, true}) {
            NameTrie.Node node = (fuzzy ? index.fuzzy() : index.exact()).root();
            for (int j = first; j < toks.size() && node != null; j++) {
                Token t = toks.get(j);
                if (j > first) {
                    if (!joined(text, toks.get(j - 1), t)) {
                        break;
                    }
                    if (Names.isDroppableArticle(toks, j, text) && node.child(t.norm()) == null) {
                        continue;
                    }
                }
                if (fuzzy && (!t.capitalised() || DEMONYM.matcher(t.norm()).find() || derived(t.norm())
                        || NOT_PLACES.contains(t.norm()))) {
                    break;
                }
                node = node.child(fuzzy ? Names.skeleton(t.norm()) : t.norm());
                if (node == null) {
                    break;
                }
                for (NameTrie.Entry e : node.entries()) {
                    if (!accept(e, text, toks, i, first, j, initial, caseless[first])) {
                        continue;
                    }
                    if (best == null || j > best.lastToken
                            || (j == best.lastToken && !fuzzy && prefer(e.named(), best.named, toks, i))) {
                        best = new Match(e.named(), j, fuzzy);
                    }
                }
            }
        }
        return best;
    }

    /** Whether the token at this offset opens a sentence, or the part of one after a colon. */
    private static boolean opensSentence(String text, List<Token> toks, boolean[] initial, int at) {
        int k = at - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        if (k >= 0 && text.charAt(k) == ':') {
            return true;
        }
        int lo = 0;
        int hi = toks.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int start = toks.get(mid).start();
            if (start == at) {
                return initial[mid];
            }
            if (start < at) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return false;
    }

    /** Whether the name at token {@code first} follows "Name al-": a capitalised word, then a hyphened article. */
    private static boolean secondHalf(String text, List<Token> toks, int first) {
        int article = first - 1;
        if (article < 1 || !Names.isHyphenedArticle(toks, article, text)) {
            return false;
        }
        Token before = toks.get(article - 1);
        return before.capitalised() && before.end() + 1 == toks.get(article).start()
                && !PLACE_CONTEXT.contains(before.norm()) && !CLAUSE_OPENERS.contains(before.norm());
    }

    /** "Iraqi" is an adjective of "Iraq", not a spelling of it. */
    private boolean derived(String norm) {
        return norm.length() > 3 && index.exact().root().child(norm.substring(0, norm.length() - 1)) != null;
    }

    /** Between namesakes: a country that is also an actor is the place only after a place preposition. */
    private static boolean prefer(NameIndex.Named a, NameIndex.Named b, List<Token> toks, int i) {
        if (a.ref().kind().isPlace() != b.ref().kind().isPlace()) {
            boolean placeContext = i > 0 && PLACE_PREPOSITIONS.contains(toks.get(i - 1).norm());
            return a.ref().kind().isPlace() == placeContext;
        }
        return NameIndex.better(a, b) == a;
    }

    private static final Pattern POSSESSIVE_END = Pattern.compile("['\u2019]s$");

    private boolean accept(NameTrie.Entry e, String text, List<Token> toks, int i, int first, int last, boolean[] initial,
                           boolean caseless) {
        if (e.exactSurface() != null) {
            // "the RSF's offensive": the possessive is not part of the name
            return last == first && POSSESSIVE_END.matcher(toks.get(first).surface()).replaceFirst("").equals(e.exactSurface());
        }
        NameIndex.Named n = e.named();
        if (!n.ref().kind().isPlace()) {
            return true;
        }
        Token head = toks.get(first);
        if (!head.capitalised() && !(caseless && !e.fuzzy())) {
            return false;
        }
        if (first > 0 && toks.get(first - 1).capitalised() && Names.NAME_OPENERS.contains(toks.get(first - 1).norm())
                && toks.get(first - 1).end() + 1 == head.start()) {
            // "the temple at Ain Dara" is not Daraa ("Dara"), nor "Ras Baalbek" Baalbek: the end of a longer unknown name
            return false;
        }
        if (secondHalf(text, toks, first)) {
            // "Busra al-Harir" is not Harir, nor "Daraa al-Balad" Balad: the second half of a longer name
            return false;
        }
        if (e.fuzzy() && last + 1 < toks.size() && toks.get(last + 1).capitalised()
                && toks.get(last).end() + 1 == toks.get(last + 1).start() && text.charAt(toks.get(last).end()) == ' ') {
            // "Masaken Hanano" is no spelling of Maskanah: a name's likeness that goes on into a longer name
            return false;
        }
        if (initial[i] && first == last && last + 1 < toks.size() && toks.get(last + 1).norm().equals("by")
                && TriggerLexicon.isHead(head.norm())) {
            // "Hit by missiles several times in October": a verb opening a note, not the town of Hit
            return false;
        }
        boolean weak = !n.strongPlace() || e.fuzzy();
        if (!weak) {
            return true;
        }
        if (followedByItsRegion(text, toks.get(last).end()) || recordHeading(text, head.start(), toks.get(last).end())
                || WHERE_IT_LIES.matcher(text).region(toks.get(last).end(), Math.min(text.length(), toks.get(last).end() + 40)).lookingAt()) {
            return true;
        }
        if (initial[i] && !caseless && !followedBySettlementWord(toks, last)) {
            return false;
        }
        int prev = i > 1 && toks.get(i - 1).norm().equals("the") ? i - 2 : i - 1;
        return prev >= 0 && PLACE_CONTEXT.contains(toks.get(prev).norm()) || followedBySettlementWord(toks, last);
    }

    /** "Zaranj, in the far south-west, became ...", "Shajara, in northern Deraa": a name told with where it lies. */
    private static final java.util.regex.Pattern WHERE_IT_LIES = java.util.regex.Pattern.compile(
            ",\\s+(?:in|on|near)\\s+(?:the\\s+(?:far\\s+|extreme\\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\\b"
            + "|(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western)\\s+\\p{Lu})");

    /** "AZ-0451 | Zangilan" on a line of its own: the name a gazetteer's or a register's record is filed under. */
    private static boolean recordHeading(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        return RECORD_CODE.matcher(text).region(lineStart, start).matches()
                && text.substring(end, lineEnd < 0 ? text.length() : lineEnd).isBlank();
    }

    /** A record's code and the separator after it, before the name the record is filed under: "AZ-0451 | ". */
    static final java.util.regex.Pattern RECORD_CODE = java.util.regex.Pattern.compile(
            "\\s*\\p{Lu}{1,4}-?\\d{2,6}\\s*[|:\u00b7\u2013\u2014-]\\s*");

    /** "Zaranj (Nimroz) has not reported": a name followed by its province in brackets is a place's. */
    private static boolean followedByItsRegion(String text, int end) {
        return REGION_IN_BRACKETS.matcher(text).region(end, Math.min(text.length(), end + 40)).lookingAt();
    }

    private static final java.util.regex.Pattern REGION_IN_BRACKETS = java.util.regex.Pattern.compile(
            " \\((?:\\p{Lu}[\\p{L}'’-]+)(?: \\p{Lu}[\\p{L}'’-]+)?(?: (?:province|governorate|region|district|oblast|state))?\\)");

    /** "Hit, a Euphrates town": an appositive naming a kind of settlement within four words. */
    private static boolean followedBySettlementWord(List<Token> toks, int last) {
        for (int k = last + 1; k < Math.min(toks.size(), last + 5); k++) {
            if (SETTLEMENT_WORDS.contains(toks.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /** Words of one name are separated by a space or a hyphen only. */
    private static boolean joined(String text, Token a, Token b) {
        int gap = b.start() - a.end();
        if (gap < 1 || gap > 2) {
            return false;
        }
        for (int k = a.end(); k < b.start(); k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '-' && c != '\u2010' && c != '\u2011') {
                return false;
            }
        }
        return true;
    }

    /**
     * Which tokens stand in a caseless line: one of {@value #CASELESS_MIN_TOKENS} words or more without a capital, as
     * speech recognition writes ("on monday a suicide bomber drove a humvee into a checkpoint near jurf al sakhar").
     * There a known place's name is read without its capital (a name that is also a word only in a place's context).
     */
    private static boolean[] caseless(String text, List<Token> toks) {
        boolean[] out = new boolean[toks.size()];
        int lineStart = 0;
        while (lineStart < toks.size()) {
            int lineEnd = text.indexOf('\n', toks.get(lineStart).start());
            int end = lineStart;
            boolean capital = false;
            while (end < toks.size() && (lineEnd < 0 || toks.get(end).start() < lineEnd)) {
                capital |= toks.get(end).capitalised();
                end++;
            }
            if (!capital && end - lineStart >= CASELESS_MIN_TOKENS) {
                java.util.Arrays.fill(out, lineStart, end, true);
            }
            lineStart = end;
        }
        return out;
    }

    private static final int CASELESS_MIN_TOKENS = 20;

    private static boolean[] sentenceInitial(List<Token> toks, List<Span> sentences) {
        boolean[] out = new boolean[toks.size()];
        int s = 0;
        for (int k = 0; k < toks.size(); k++) {
            Token t = toks.get(k);
            while (s < sentences.size() && sentences.get(s).end() <= t.start()) {
                s++;
            }
            if (s < sentences.size()) {
                Span sp = sentences.get(s);
                boolean firstInSentence = sp.start() <= t.start() && (k == 0 || toks.get(k - 1).start() < sp.start());
                out[k] = firstInSentence;
            }
        }
        return out;
    }
}
