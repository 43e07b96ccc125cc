package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.model.EntityKind;
import org.claimgraph.model.EntityRef;
import org.claimgraph.model.Span;

/**
 * Places the gazetteer does not know, kept as new entities when the text clearly names a place:
 * a capitalised name after "the town/city/village of", "east of", "near", "outside", "around" or "above", before
 * "area" ("the Qara area"), or after "in", "from" or "at" when the name ends at a clause boundary
 * ("fighting in Qabasin, ...", "At Saqlawiya, ...", "In al-Shabki they took ...").
 */
final class NewPlaceFinder {
    private static final Set<String> KIND_WORDS = Set.of("town", "city", "village", "hamlet", "district",
            "neighbourhood", "neighborhood", "suburb", "area", "region");
    /** "the villages of Zar'it and Shtula": a kind of place in the plural, before the names it counts. */
    private static final Set<String> KIND_PLURALS = Set.of("towns", "villages", "hamlets", "cities", "districts", "suburbs");
    private static final Set<String> NEAR_WORDS = Set.of("near", "outside");
    /** Words that place something by a name, which may also stand before a time or a number: "around Qara", "above Ras Baalbek". */
    private static final Set<String> BY_WORDS = Set.of("around", "above", "beyond");
    /** Lower-case words after a name that make it a place's: "the Qara area", "the Hamimah region", "the Sakhour district". */
    private static final Set<String> AREA_WORDS = Set.of("area", "region", "countryside", "outskirts", "district",
            "neighbourhood", "neighborhood", "quarter", "gorge", "valley", "plain");
    /** Sites named after a place: "Rashad airbase", "the Allas oilfield", "Bai Hassan oil field". */
    private static final Set<String> SITE_WORDS = Set.of("airbase", "airfield", "airport", "oilfield", "oilfields", "refinery",
            "camp", "base", "barracks");
    /** A hill or a ridge named after its name: " hill", " ridge" (lower case: "Tal Hill" may be a village). */
    private static final Pattern LANDFORM_AFTER = Pattern.compile(" (?:hill|hills|hilltop|ridge)\\b");
    /** Words between a site's name and its kind: "the al-Mastumah military camp", "Kuweires air base". */
    private static final Set<String> SITE_ADJECTIVES = Set.of("military", "army", "air", "refugee", "displacement", "training");
    /** A people's or a country's adjective, which names whose site it is, not where: "a Syrian airbase". */
    private static final Pattern DEMONYM = Pattern.compile(
            "(?i).*(?:ian|ish|ese|ean|aqi|eli|aiti|udi|rati)|us|uk"
            // the ones of another shape: "Dutch observation posts", "the Dutch base", "Thai troops"
            + "|dutch|french|swiss|thai|greek|serbs?|croats?|czech|welsh|afghans?|kurds?|turks?|yemeni|omani|qatari|kuwaiti"
            + "|somali|pakistani|bangladeshi|nepali|emirati|bosniaks?|chechens?|uzbeks?|tajiks?|kazakhs?|tatars?|pashtuns?|baloch"
            + "|filipinos?|maranaos?|moros?|israelis?|iraqis?|saudis?|azeris?|punjabis?|bengalis?|hindi|urdu|farsi|dari|tagalog|swahili"
            // "the Argentine air base", "Cypriot units", "Libyan jets"
            + "|argentines?|cypriots?|libyans?|moroccans?|americans?|mexicans?");
    /** A one-word name that is a people's adjective: "Dutch" in "the Dutch base" is whose base, not a town. */
    private static boolean demonym(String name) {
        return name.indexOf(' ') < 0 && name.indexOf('-') < 0 && DEMONYM.matcher(name).matches();
    }

    /** Directions that place something by a town: "the road east of Humaymah" (the name is the reference point). */
    private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest");
    /**
     * Verbs and prepositions whose object is a place when the object is a bare name: "the army took Mesraba,",
     * "troops broke into Hammouriyeh overnight", "fighters were bussed out of Arbin with their families".
     */
    private static final Set<String> OBJECT_WORDS = Set.of("took", "retook", "retaken", "captured", "recaptured", "seized",
            "overran", "overrun", "entered", "stormed", "liberated", "freed", "besieged", "into", "towards", "toward", "shelled");
    /** ", where" after a name that something was taken or sent to: the name is a place. */
    private static final Pattern WHERE_AFTER = Pattern.compile(",\\s+where\\b");
    /** Between coordinated objects: "overrun Til Semiram, Til Hurmiz and Til Goran". */
    private static final Pattern NEXT_OBJECT = Pattern.compile(",\\s+(?:and\\s+)?|\\s+and\\s+");
    /**
     * Words that open a place's name of several words: "Tal Tamr", "Ain Issa", "Deir Hafer", and, for a new place,
     * "Mount Bursaya" too (a known name after "Mount" stays that place: "Mount Sinjar").
     */
    private static final Set<String> PLACE_HEADS = java.util.stream.Stream.concat(Names.NAME_OPENERS.stream(),
            java.util.stream.Stream.of("tall", "jabal", "jebel", "mount", "sheikh")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** What may follow an object place: a stop, or a word that starts an adverbial rather than continuing a name. */
    private static final Pattern AFTER_OBJECT = Pattern.compile("\\s*[,.;:)\n]|\\s+(?:overnight|in|at|from|with|on|and|after|before|by"
            + "|early|late|last|this|since|yesterday|today|within|when|as|to|under|without|again|itself|for|until|in the)\\b");
    /** Capitalised words that never start a place name. */
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "this", "that", "his", "her", "their",
            "its", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mr", "mrs", "ms", "dr", "president", "prime", "minister", "general", "colonel",
            "islamic", "state", "isis", "isil", "i", "we", "they", "he", "she", "it",
            // peoples and faiths: "a town of Sunni Muslims and Christians"
            "sunni", "sunnis", "shia", "shiite", "shiites", "shi'ite", "muslims", "christians", "christian", "kurds",
            "kurdish", "arabs", "arab", "yazidis", "yazidi", "turkmen", "assyrians", "alawites", "alawite", "druze",
            "armenians", "jews", "muslim", "abu", "umm", "sheikh",
            // rivers and deserts: "east of the Euphrates"
            "euphrates", "tigris", "khabur", "orontes", "balikh", "zab", "badia",
            // vehicles and arms named by their makes: "captured Humvees", "in Toyota pick-ups"
            "humvee", "humvees", "toyota", "toyotas", "hilux", "hellfire", "hellfires", "kalashnikov", "kalashnikovs",
            "katyusha", "katyushas", "grad", "grads", "exocet", "exocets", "tomahawk", "tomahawks", "scud", "scuds");

    /** A settlement's name as the appositive patterns read it: "al-Sejar", "Tal Shair". */
    private static final String SETTLEMENT_NAME = "(?:(?:al|el|ad|as|ash|ar|an|at)-)?\\p{Lu}[\\p{L}'’]*"
            + "(?:[ -](?:(?:al|el|ad|as|ash|ar|an|at)-)?\\p{Lu}[\\p{L}'’]*){0,2}";
    /** A name, then ", a village" (or town, hamlet, suburb ...), maybe with a word or two before the kind. */
    private static final Pattern APPOSITIVE = Pattern.compile("(?<![\\p{L}-])(" + SETTLEMENT_NAME + "),\\s+an?\\s+"
            + "(?:[\\p{Ll}-]+\\s+){0,2}?(?:village|town|hamlet|suburb|settlement)\\b");
    /** ", villages north of Manbij", ", two towns on the river": the kind after coordinated names. */
    private static final Pattern PLURAL_KIND = Pattern.compile(",\\s+(?:(?:two|three|four|both)\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?"
            + "(?:villages|towns|hamlets|suburbs|settlements)\\b");
    /** The coordinated names that end right before a plural kind: "Tokhar and Hoshariyeh", "A, B and C". */
    private static final Pattern NAME_LIST = Pattern.compile("(?<![\\p{L}-])(?:" + SETTLEMENT_NAME + ",\\s+){0,3}" + SETTLEMENT_NAME
            + ",?\\s+and\\s+" + SETTLEMENT_NAME + "$");
    private static final Pattern ONE_NAME = Pattern.compile(SETTLEMENT_NAME);
    /** The words of a name, split at spaces and hyphens ("al-Sejar" gives "al", "Sejar"). */
    private static final Pattern NAME_PARTS = Pattern.compile("[ -]");
    private static final Set<String> OWNED = Set.of("home", "hometown", "native", "birth");
    /** Capitalised words after "in" that are no places: bodies, languages, media, faiths, times. */
    private static final Set<String> NOT_IN_NAMES = Set.of("congress", "parliament", "english", "arabic", "kurdish",
            "turkish", "persian", "french", "russian", "government", "islam", "christianity", "twitter", "facebook",
            "telegram", "youtube", "ramadan", "spring", "summer", "autumn", "winter", "fall", "court",
            "senate", "office", "power", "charge", "control", "time", "part", "total", "person", "public", "private",
            "general", "particular", "response", "order", "addition", "fact", "brief", "short", "depth", "detail",
            "dawn", "dusk", "night", "noon", "midnight", "first", "last", "least", "once", "present", "times", "home",
            "christmas", "easter", "eid", "sea");

    private static boolean noneIn(List<Token> toks, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (NOT_IN_NAMES.contains(toks.get(k).norm())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "in Qabasin," or "in Qabasin." (also "from Qabasin," and "In Qabasin they ...") but not "in Qabasin Street": the
     * name ends at a clause boundary.
     */
    private static boolean boundaryAfter(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        char c = text.charAt(end);
        if (c == ':' && end + 1 < text.length() && !Character.isWhitespace(text.charAt(end + 1))) {
            // "a discussion at Talk:Siege of Leningrad": a wiki's namespace or a scheme, not a place
            return false;
        }
        return c == ',' || c == '.' || c == ';' || c == ':' || c == '\n' || c == ')'
                || text.startsWith(" on ", end) || text.startsWith(" and ", end) || text.startsWith(" last ", end)
                || text.startsWith(" this ", end) || text.startsWith(" since ", end) || text.startsWith(" after ", end)
                || text.startsWith(" they ", end) || text.startsWith(" we ", end)
                // "at al-Ayadiya north-west of the city": a direction from a reference point
                || DIRECTION_AFTER.matcher(text).region(end, Math.min(text.length(), end + 25)).lookingAt();
    }

    private static final Pattern DIRECTION_AFTER = Pattern.compile(" (?:north|south|east|west)(?:-?(?:east|west))? of\\b");

    /** Whether a word opens its sentence: "In al-Shabki they took women and children". */
    private static boolean opensSentence(String text, Token t) {
        int k = t.start() - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k--;
        }
        return k < 0 || text.charAt(k) == '\n' || k > 0 && ".!?".indexOf(text.charAt(k)) >= 0;
    }

    /** A capitalised word inside a sentence that no known name covers: "Heritage" in "World Heritage in Danger". */
    private static boolean titleWord(String text, List<Token> toks, int k, List<Mention> known) {
        if (k < 1 || !toks.get(k).capitalised() || !toks.get(k - 1).capitalised() || opensSentence(text, toks.get(k))) {
            return false;
        }
        Token t = toks.get(k);
        return known.stream().noneMatch(m -> m.span().start() <= t.start() && m.span().end() >= t.end());
    }

    List<Mention> addNewPlaces(String text, List<Token> toks, List<Mention> known, NameIndex index) {
        List<Mention> added = new ArrayList<>();
        int m = 0;
        for (int i = 0; i + 1 < toks.size(); i++) {
            String w = toks.get(i).norm();
            // "in Qabasin," and "at Saqlawiya," (also opening a sentence: "At Saqlawiya, north-west of the city,")
            boolean in = w.equals("in") && (toks.get(i).surface().equals("in") || opensSentence(text, toks.get(i)))
                    || w.equals("at") || w.equals("from") && toks.get(i).surface().equals("from");
            boolean plural = KIND_PLURALS.contains(w);
            boolean ofCue = (KIND_WORDS.contains(w) || plural || DIRECTIONS.contains(w)) && toks.get(i + 1).norm().equals("of")
                    && i + 2 < toks.size() && toks.get(i + 1).start() == toks.get(i).end() + 1;
            boolean by = BY_WORDS.contains(w) && !toks.get(i).capitalised();
            boolean trigger = in || NEAR_WORDS.contains(w) || by || ofCue;
            if (!trigger || i > 0 && KIND_WORDS.contains(w) && OWNED.contains(toks.get(i - 1).norm())) {
                // "the home town of Saddam Hussein" names a person
                continue;
            }
            if (in && titleWord(text, toks, i - 1, known)) {
                // "the List of World Heritage in Danger": the words of a title, not a place
                continue;
            }
            int first = NEAR_WORDS.contains(w) || in || by ? i + 1 : i + 2;
            if (first >= toks.size() || toks.get(first).start() - toks.get(first - 1).end() != 1) {
                continue;
            }
            int last = nameEnd(text, toks, first);
            if (last < first) {
                continue;
            }
            Span span = new Span(toks.get(first).start(), toks.get(last).end());
            if (in && !(boundaryAfter(text, span.end()) && noneIn(toks, first, last)) || by && !noneIn(toks, first, last)) {
                continue;
            }
            while (m < known.size() && known.get(m).span().end() <= span.start()) {
                m++;
            }
            if (m < known.size() && known.get(m).span().overlaps(span)) {
                continue;
            }
            String name = span.of(text);
            if (index.lookup(name).isPresent() || isLandform(text, span) || demonym(name)) {
                continue;
            }
            added.add(new Mention(span, new EntityRef(Names.slug(name), name, EntityKind.SETTLEMENT, false)));
            for (int next = last + 2; plural && next < toks.size() && (toks.get(next - 1).norm().equals("and")
                    || toks.get(next - 1).surface().equals(",")); next = last + 2) {
                // "the Israeli villages of Zar'it and Shtula": each name after the plural kind
                last = nameEnd(text, toks, next);
                if (last < next) {
                    break;
                }
                addIfNew(text, new Span(toks.get(next).start(), toks.get(last).end()), known, index, added);
            }
        }
        objects(text, toks, known, index, added);
        areas(text, toks, known, index, added);
        sites(text, toks, known, index, added);
        appositives(text, known, index, added);
        pluralAppositives(text, known, index, added);
        if (added.isEmpty()) {
            return known;
        }
        added.addAll(repeats(text, toks, known, added));
        List<Mention> all = new ArrayList<>(known);
        all.addAll(added);
        all.sort(Comparator.comparing(Mention::span));
        return all;
    }

    /**
     * The bare name a capture, an entry or a move is about: "took Mesraba,", "broke into Hammouriyeh overnight",
     * "bussed out of Arbin with", "restored control over Murak,", "taken to Solagh, where". One word (with its article), or a name that a place word opens ("Mount Bursaya");
     * a longer name may be a person's.
     */
    private static void objects(String text, List<Token> toks, List<Mention> known, NameIndex index, List<Mention> added) {
        Matcher after = AFTER_OBJECT.matcher(text);
        for (int i = 0; i + 1 < toks.size(); i++) {
            String w = toks.get(i).norm();
            boolean outOf = w.equals("of") && i > 0 && toks.get(i - 1).norm().equals("out");
            // "restored control over Kafr Zita, al-Latamina and Murak"
            boolean controlOver = w.equals("over") && i > 0 && toks.get(i - 1).norm().equals("control");
            // "taken to Solagh, where the older women were executed"
            boolean toWhere = w.equals("to");
            if (!outOf && !controlOver && !toWhere && !OBJECT_WORDS.contains(w) || toks.get(i).capitalised()) {
                continue;
            }
            int first = i + 1;
            if (toks.get(first).start() - toks.get(i).end() != 1) {
                continue;
            }
            int last = nameEnd(text, toks, first);
            if (last < first) {
                continue;
            }
            int head = Names.ARTICLES.contains(toks.get(first).norm()) ? first + 1 : first;
            if (last > head && !PLACE_HEADS.contains(toks.get(head).norm()) || !noneIn(toks, first, last)) {
                continue;
            }
            Span span = new Span(toks.get(first).start(), toks.get(last).end());
            if (toWhere ? !WHERE_AFTER.matcher(text).region(span.end(), text.length()).lookingAt()
                    : !after.region(span.end(), text.length()).lookingAt() && span.end() < text.length()) {
                continue;
            }
            addIfNew(text, span, known, index, added);
            if (!toWhere) {
                coordinated(text, toks, last + 1, known, index, added);
            }
        }
    }

    /** "the Qara area", "the Hamimah region": a name between "the" and a word for land around it. */
    private static void areas(String text, List<Token> toks, List<Mention> known, NameIndex index, List<Mention> added) {
        for (int i = 0; i + 2 < toks.size(); i++) {
            if (!toks.get(i).surface().equals("the") || toks.get(i + 1).start() - toks.get(i).end() != 1) {
                continue;
            }
            // "the Sheikh Saeed district": a title that opens a district's name, not a man's
            int head = toks.get(i + 1).norm().equals("sheikh") && toks.get(i + 1).capitalised() && i + 3 < toks.size() ? i + 2 : i + 1;
            int last = nameEnd(text, toks, head);
            if (last < head || last + 1 >= toks.size() || !AREA_WORDS.contains(toks.get(last + 1).surface())
                    || toks.get(last + 1).start() - toks.get(last).end() != 1 || !noneIn(toks, i + 1, last)) {
                continue;
            }
            addIfNew(text, new Span(toks.get(i + 1).start(), toks.get(last).end()), known, index, added);
        }
    }

    /**
     * "Rashad airbase", "the Allas oilfield", "Bai Hassan oil field", "the Bai Hassan and Avana fields": the place a
     * site is named after. In a text in capitals ("SEIZED RASHAD AIRBASE") every word is capitalised, so the name is
     * the one word before the site's.
     */
    private static void sites(String text, List<Token> toks, List<Mention> known, NameIndex index, List<Mention> added) {
        for (int k = 1; k < toks.size(); k++) {
            Token site = toks.get(k);
            // "the Bai Hassan and Avana fields" and "oil field" name fields; a lone "field" may be a company's ("the Conoco field")
            boolean oilField = site.norm().startsWith("field") && toks.get(k - 1).norm().equals("oil");
            boolean fields = site.norm().equals("fields") && k >= 3 && toks.get(k - 2).surface().equals("and");
            if (!SITE_WORDS.contains(site.norm()) && !oilField && !fields) {
                continue;
            }
            int last = oilField ? k - 2 : k - 1;
            if (last > 0 && SITE_ADJECTIVES.contains(toks.get(last).surface())) {
                last--;
            }
            int first = last < 0 ? last : nameStart(toks, last, site.allCaps() ? 1 : 3);
            if (last < 0 || !toks.get(first).capitalised() || !toks.get(last).capitalised() || toks.get(last).allCaps() && toks.get(last).surface().length() <= 4
                    || NOT_NAMES.contains(toks.get(first).norm()) || first == last && demonym(toks.get(first).norm())
                    || !noneIn(toks, first, last)) {
                continue;
            }
            if (Names.isHyphenedArticle(toks, first - 1, text)) {
                // "the al-Mastumah military camp": the article is part of the name
                first--;
            }
            addIfNew(text, new Span(toks.get(first).start(), toks.get(last).end()), known, index, added);
            if (site.norm().endsWith("s") && first >= 2 && toks.get(first - 1).surface().equals("and")) {
                // "the Bai Hassan and Avana fields": the name before "and" names a site too
                int end = first - 2;
                int start = nameStart(toks, end, 3);
                if (toks.get(start).capitalised() && !NOT_NAMES.contains(toks.get(start).norm())) {
                    addIfNew(text, new Span(toks.get(start).start(), toks.get(end).end()), known, index, added);
                }
            }
        }
    }

    /** Where a name of at most {@code most} capitalised words that ends at token last begins, reading back. */
    private static int nameStart(List<Token> toks, int last, int most) {
        int first = last;
        while (first - 1 >= 0 && last - first + 1 < most && toks.get(first - 1).capitalised()
                && toks.get(first).start() - toks.get(first - 1).end() == 1 && !NOT_NAMES.contains(toks.get(first - 1).norm())) {
            first--;
        }
        return first;
    }

    /**
     * Names coordinated with an object: "Til Hurmiz and Til Goran" after "overrun Til Semiram,", "al-Latamina, Murak and"
     * after "control over Kafr Zita,". Each is one word (with its article) or a name a place word opens.
     */
    private static void coordinated(String text, List<Token> toks, int next, List<Mention> known, NameIndex index,
                                    List<Mention> added) {
        Matcher gap = NEXT_OBJECT.matcher(text);
        Matcher after = AFTER_OBJECT.matcher(text);
        for (int at = next; at < toks.size(); ) {
            int first = toks.get(at).norm().equals("and") && at + 1 < toks.size() ? at + 1 : at;
            if (!gap.region(toks.get(at - 1).end(), toks.get(first).start()).matches()) {
                return;
            }
            int last = nameEnd(text, toks, first);
            int head = Names.ARTICLES.contains(toks.get(first).norm()) ? first + 1 : first;
            // one word (with its article), as the first object may be, or a name a place word opens: "Til Goran"
            if (last < first || last > head && !PLACE_HEADS.contains(toks.get(head).norm()) || !noneIn(toks, first, last)
                    || NOT_NAMES.contains(toks.get(first).norm())) {
                return;
            }
            Span span = new Span(toks.get(first).start(), toks.get(last).end());
            if (!after.region(span.end(), text.length()).lookingAt() && span.end() < text.length()) {
                return;
            }
            var named = index.lookup(span.of(text));
            if (named.isPresent() && named.get().ref().kind().isPlace()
                    && known.stream().noneMatch(k -> k.span().overlaps(span))) {
                // a rare known name that needs a place's context has it here: "Kafr Zita, al-Latamina, Murak and"
                added.add(new Mention(span, named.get().ref()));
            } else {
                addIfNew(text, span, known, index, added);
            }
            at = last + 1;
        }
    }

    /** Adds the name at span as a new settlement unless the gazetteer knows it or a found name overlaps it. */
    private static void addIfNew(String text, Span span, List<Mention> known, NameIndex index, List<Mention> added) {
        String name = span.of(text);
        if (isLandform(text, span) || demonym(name) || index.lookup(name).isPresent() || known.stream().anyMatch(k -> k.span().overlaps(span))
                || added.stream().anyMatch(k -> k.span().overlaps(span))) {
            return;
        }
        added.add(new Mention(span, new EntityRef(Names.slug(name), name, EntityKind.SETTLEMENT, false)));
    }

    /** "IS raised its flag on Mishtenur hill, on the eastern edge of the town": a hill by a town, not a settlement. */
    private static boolean isLandform(String text, Span span) {
        return LANDFORM_AFTER.matcher(text).region(span.end(), Math.min(text.length(), span.end() + 10)).lookingAt();
    }

    /** "al-Sejar, a village north-east of the city": a name the words after it call a settlement. */
    private static void appositives(String text, List<Mention> known, NameIndex index, List<Mention> added) {
        Matcher m = APPOSITIVE.matcher(text).useTransparentBounds(true);
        for (int comma = text.indexOf(", a", 0); comma >= 0; comma = text.indexOf(", a", comma + 1)) {
            // only where ", a" stands does the pattern need trying, from a few words before it
            m.region(Math.max(0, comma - 50), Math.min(text.length(), comma + 40));
            boolean here = false;
            while (!here && m.find()) {
                here = m.end(1) == comma;
            }
            if (!here) {
                continue;
            }
            addNamed(text, new Span(m.start(1), m.end(1)), known, index, added);
        }
    }

    /** A name the words around it call a settlement, unless its head word (past "al-") never starts one ("The", "President"). */
    private static void addNamed(String text, Span span, List<Mention> known, NameIndex index, List<Mention> added) {
        String[] words = NAME_PARTS.split(span.of(text));
        String head = words.length > 1 && Names.ARTICLES.contains(words[0]) ? words[1] : words[0];
        if (!NOT_NAMES.contains(head.toLowerCase(java.util.Locale.ROOT))) {
            addIfNew(text, span, known, index, added);
        }
    }

    /** "air strikes hit Tokhar and Hoshariyeh, villages north of Manbij": names the words after them call settlements. */
    private static void pluralAppositives(String text, List<Mention> known, NameIndex index, List<Mention> added) {
        Matcher kind = PLURAL_KIND.matcher(text);
        Matcher list = NAME_LIST.matcher(text);
        while (kind.find()) {
            list.region(Math.max(0, kind.start() - 120), kind.start());
            if (!list.find()) {
                continue;
            }
            Matcher name = ONE_NAME.matcher(text).region(list.start(), list.end());
            while (name.find()) {
                addNamed(text, new Span(name.start(), name.end()), known, index, added);
            }
        }
    }

    /**
     * Later (and earlier) mentions of a place found in context by the same capitalised words, where no known name
     * lies: "the town of Soran ... after losing Soran". {@code known} must be in text order.
     */
    static List<Mention> repeats(String text, List<Token> toks, List<Mention> known, List<Mention> found) {
        java.util.Map<String, EntityRef> names = new java.util.HashMap<>();
        List<Span> taken = new ArrayList<>();
        for (Mention f : found) {
            names.put(f.span().of(text), f.entity());
            taken.add(f.span());
        }
        List<Mention> out = new ArrayList<>();
        int m = 0;
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (!t.capitalised() && !Names.ARTICLES.contains(t.norm())) {
                // a name may open with its article: "al-Shabki"
                continue;
            }
            // the longest name written here ("Conoco Gas" rather than "Conoco")
            String longest = null;
            for (String name : names.keySet()) {
                int end = t.start() + name.length();
                if (text.startsWith(name, t.start()) && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)))
                        && (longest == null || name.length() > longest.length())) {
                    longest = name;
                }
            }
            if (longest == null) {
                continue;
            }
            Span span = new Span(t.start(), t.start() + longest.length());
            while (m < known.size() && known.get(m).span().end() <= span.start()) {
                m++;
            }
            boolean overlaps = m < known.size() && known.get(m).span().overlaps(span) || taken.stream().anyMatch(span::overlaps);
            if (!overlaps) {
                out.add(new Mention(span, names.get(longest)));
                taken.add(span);
            }
        }
        return out;
    }

    /** The last token of a capitalised name of up to three words (an article may join them), or -1. */
    private static int nameEnd(String text, List<Token> toks, int first) {
        Token head = toks.get(first);
        if (!head.capitalised() || head.allCaps() && head.surface().length() > 1 && head.surface().length() <= 4
                || NOT_NAMES.contains(head.norm()) || head.norm().chars().anyMatch(Character::isDigit)) {
            if (!(Names.ARTICLES.contains(head.norm()) && Names.isDroppableArticle(toks, first, text))) {
                return -1;
            }
        }
        int last = first;
        int words = 1;
        for (int k = first + 1; k < toks.size() && words < 4; k++) {
            Token prev = toks.get(k - 1);
            Token t = toks.get(k);
            int gap = t.start() - prev.end();
            char sep = text.charAt(prev.end());
            if (gap != 1 || (sep != ' ' && sep != '-')) {
                break;
            }
            boolean article = Names.ARTICLES.contains(t.norm()) && Names.isDroppableArticle(toks, k, text);
            if (!t.capitalised() && !article || NOT_NAMES.contains(t.norm())) {
                break;
            }
            last = k;
            words++;
        }
        if (Names.ARTICLES.contains(toks.get(last).norm())) {
            return -1;
        }
        return last;
    }
}
