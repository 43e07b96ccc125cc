package org.claimgraph.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.model.EntityKind;
import org.claimgraph.model.EntityRef;
import org.claimgraph.model.Span;

/**
 * The people an article names, found from the ways articles introduce them: a title ("Colonel John
 * Dorrian", "Lt. Gen. Qassem Atta"), a role in apposition ("the US defence secretary, Ashton Carter,",
 * "Jane Doe, an analyst at ..."), or a speech verb ("said Jennifer Cafarella of ..."); then every
 * later mention of their surname ("Dorrian concluded", "Colonel Dillion" with a one-letter slip). Built
 * once per article; answers "who is the latest person named before this offset".
 */
final class SpeakerNames {

    /** A person named in the article, with the title or role and organisation it was introduced with. */
    record Person(EntityRef ref, String surname, String role, EntityRef affiliation) {
    }

    /** Where a person is named. */
    record Occurrence(Span span, Person person) {
    }

    private static final String TITLE = "(?:Air Chief Marshal|Air Marshal|Air Vice-Marshal|Air Vice Marshal|Air Commodore|Group Captain"
            + "|Wing Commander|Squadron Leader|Flight Lieutenant|Field Marshal|Marshal"
            + "|Lieutenant Colonel|Lt\\. ?Col\\.|Lt\\.-Col\\.|Lieutenant General"
            + "|Lt\\. ?Gen\\.|Lt\\.-Gen\\.|Major General|Maj\\. ?Gen\\.|Maj\\.-Gen\\.|Brigadier General|Brig\\. ?Gen\\."
            + "|Brig\\.-Gen\\.|Brigadier|Brig\\.|Colonel|Col\\.|General|Gen\\.|Major|Maj\\.|Captain|Capt\\.|Lieutenant|Lt\\."
            + "|Staff Sergeant|Sergeant|Sgt\\.|Rear Admiral|Vice Admiral|Admiral|Adm\\.|Commander|Cmdr\\."
            + "|Vice President|President|Prime Minister|Foreign Minister|Defen[cs]e Minister|Interior Minister"
            + "|Minister|Secretary of Defen[cs]e|Secretary of State|Defen[cs]e Secretary|Secretary|Ambassador"
            + "|Governor|Gov\\.|Sheikh|Sheik|Ayatollah|Dr\\.|Mr\\.|Mrs\\.|Ms\\.|[Ss]pokes(?:man|woman|person)"
            + "|[Cc]hair(?:man|woman|person)"
            + "|Secretary-General|Director-General|Patriarch|Archbishop|Bishop|Father|Fr\\.|Cardinal|Pope|Imam|Rabbi"
            + "|Reverend|Rev\\.|Grand Mufti|Mufti"
            + "|Senator|Sen\\.|Mayor|[Pp]rosecutor|[Aa]nalyst|[Ss]ecretary|[Cc]ommander|[Ll]eader|[Cc]hief|[Ee]nvoy"
            + "|[Oo]fficial|[Mm]inister|[Dd]irector|[Rr]esearcher|[Pp]rofessor|Prof\\."
            // "Belgorod governor Vyacheslav Gladkov", "the mission's deputy head Jane Roe", "Presidential aide John Doe"
            + "|governor|[Hh]ead|[Aa]dvis[eo]r|[Aa]ide)";
    private static final String SERVICE = "(?:(?:United States|U\\.S\\.|US|American|Iraqi|Syrian|Russian|British"
            + "|French|Kurdish|Turkish|Navy|Army|Marine|Air Force|army|military)\\s+)*";
    /** Particles written in lower case before a surname, one or two of them: "van de Perre", "dos Santos", "al-Abadi". */
    private static final String PARTICLE = "(?:al|el|ad|as|ash|abu|bin|ibn|ben|van|von|de|du|der|den|da|das|dos|di|del|della"
            + "|la|le|ter|ten|zu)";
    private static final String NAME_TOKEN = "(?:" + PARTICLE + "[-\\s]){0,2}\\p{Lu}[\\p{L}’'\\-]*\\p{L}";
    /** "Kenneth F. McKenzie", "George H. W. Bush": initials stand between the names. */
    static final String NAME = NAME_TOKEN + "(?:(?:\\s+\\p{Lu}\\.){0,2}\\s+" + NAME_TOKEN + "){0,3}";
    static final String TITLES = "(" + TITLE + "(?:\\s+" + TITLE + ")*)";
    private static final String ROLE_NOUN = "(?:secretary-general|secretary|director-general|director|spokesman|spokeswoman"
            + "|spokesperson|commander|chief|minister|governor|president|official|analyst|head|leader|envoy"
            + "|ambassador|researcher|fellow|expert|correspondent|farmer|doctor|resident|activist|teacher|student"
            + "|professor|journalist|reporter|witness|member|officer|engineer|nurse|worker|shopkeeper|driver"
            + "|cleric|lawyer|economist|historian|mayor|prosecutor|adviser|advisor|general|colonel|patriarch|archbishop"
            + "|bishop|priest|imam|co-chair|chairman|chairwoman|commissioner)";

    private static final Pattern LEADING_TITLE = Pattern.compile("^" + TITLES + "\\s+");
    private static final Pattern TITLED = Pattern.compile("\\b" + TITLES + "\\s+(" + NAME + ")");
    /**
     * "the US defence secretary, Ashton Carter,", "said its director, Rami Abdulrahman.", "The head of the White Helmets,
     * Raed al-Saleh,", "Syria's director-general of antiquities, Maamoun Abdulkarim,".
     */
    private static final Pattern ROLE_THEN_NAME = Pattern.compile("(?i:\\b(" + ROLE_NOUN + "))"
            + "(?:\\s+of\\s+(?:the\\s+)?[\\p{L}’'\\-]+(?:\\s+(?:of\\s+(?:the\\s+)?)?[\\p{L}’'\\-]+){0,4})?,\\s+" + SERVICE
            + "(?:" + TITLES + "\\s+)?(" + NAME + ")(?=\\s*,|\\.(?:\\s|$))");
    private static final Pattern NAME_THEN_ROLE = Pattern.compile("(" + NAME + "),\\s+(?:\\d{1,3},\\s+)?(?:a|an|the)\\s+"
            + "((?:[\\p{L}-]+\\s+){0,3}?" + ROLE_NOUN + ")\\b");
    /** "according to Jabar Yawar, secretary-general of the Peshmerga ministry": a role with no article after the name. */
    private static final Pattern ACCORDING_NAME_ROLE = Pattern.compile("according to\\s+(" + NAME + "),\\s+(?:(?:a|an|the)\\s+)?"
            + "((?:[\\p{L}-]+\\s+){0,3}?(?i:" + ROLE_NOUN + "))\\b");
    private static final Pattern SAID_NAME = Pattern.compile("\\b(?:said|says|added)\\s+(?:" + TITLES + "\\s+)?("
            + NAME + ")(?=\\s*[,.]|\\s+(?:of|from|at|with|who)\\b)");
    private static final Pattern NAME_SAID = Pattern.compile("(?<![\\p{L}’'.-]\\s?)(" + NAME_TOKEN + "(?:\\s+"
            + NAME_TOKEN + "){1,2})\\s+(?:said|says|told|tells|added|adds|noted|explained|wrote|tweeted)\\b");
    /**
     * "Lionel Roe, whose firm flew the helicopters, was less sure: "...": a name opening a sentence whose words lead into
     * a quotation with a colon, with an apposition between commas or none.
     */
    private static final Pattern OPENS_QUOTATION = Pattern.compile("(?m)(?:^|(?<=[.!?]\\s))(" + NAME_TOKEN + "(?:\\s+"
            + NAME_TOKEN + "){1,3})(?:,[^,.:;\\n\"“”]{3,120},)?\\s+\\p{Ll}[^.:;\\n\"“”]{0,80}:\\s*[\"“]");
    /**
     * "Yeltsin says: "...": a surname alone opening a sentence whose speech verb and colon lead into a quotation (a person
     * the writer expects the reader to know).
     */
    private static final Pattern SURNAME_SPEAKS = Pattern.compile("(?m)(?:^|(?<=[.!?]\\s))(\\p{Lu}\\p{Ll}[\\p{L}’'-]*\\p{L})\\s+"
            + "(?:says|said|added|adds|replied|replies|answered|wrote|writes|declared|declares)\\s*:\\s*[\"“]");
    /**
     * "Jane Roe, who leads the Mothers of the Valley": a full name introduced by the body the person leads, runs or
     * speaks for.
     */
    private static final Pattern NAME_WHO_LEADS = Pattern.compile("(?<![\\p{L}’'.-])(" + NAME_TOKEN + "(?:\\s+" + NAME_TOKEN
            + "){1,2}),\\s+who\\s+(?:now\\s+|still\\s+)?(?:leads|led|heads|headed|runs|ran|chairs|chaired|founded|co-founded"
            + "|directs|directed|commands|commanded|represents|coordinates|speaks for)\\b");
    /** A nickname in quotation marks inside a name, and the surname after it: ' "Barbecue" Chérizier' of Jimmy's. */
    private static final Pattern NICKNAME_THEN_SURNAME = Pattern.compile("\\s+[\"“]\\p{Lu}[\\p{L}’' -]{0,25}[\"”]\\s+("
            + NAME_TOKEN + ")");
    /** Words that open a sentence and speak without being anyone's surname: "Officials said:", "Mum writes:". */
    private static final Pattern NOT_A_SURNAME = Pattern.compile("(?i)(?:officials|sources|analysts|residents|activists"
            + "|witnesses|reports|engineers|commanders|leaders|officers|experts|observers|diplomats|people|members|fighters"
            + "|militants|troops|soldiers|authorities|doctors|critics|others|everyone|everybody|nobody|someone|somebody"
            + "|locals|villagers|survivors|women|men|children|parents|mum|mom|dad|mother|father|granny|grandma|grandpa"
            + "|grandad|auntie|uncle|one|all|both|many|most|some|few|none)");
    /** The last word of a body's name rather than a person's: "Harbour Relief Trust warned:". */
    private static final Pattern BODY_NAME_END = Pattern.compile("(?i).*\\b(?:trust|collective|network|project|society"
            + "|foundation|mission|union|association|company|watch|international|radio|bank|fund|programme|program"
            + "|movement|authority|alliance|ltd|inc)$");
    private static final Pattern LEADING_ADVERB = Pattern.compile(
            "(?:Today|Yesterday|Tonight|Meanwhile|Earlier|Later|Also|However|Separately|Then|Now|But|And|Still|Instead|Afterwards)\\s+");
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)(?:the|a|an|this|that|these|those|his|her|their"
            + "|its|our|in|on|at|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march"
            + "|april|may|june|july|august|september|october|november|december|command|forces?|army|council"
            + "|service|ministry|office|coalition|units?|group|front|state|operations?|centre|center|institute"
            + "|agency|organi[sz]ation|committee|brigade|division|corps|staff|assembly|party|government|rights"
            + "|observatory|news|television|media|police|republic|university|hospital|department|house|post|times"
            + "|press|guard|agency|security|intelligence|kurdish|iraqi|syrian|american|russian|turkish|iranian|british|french|western"
            + "|arab|sunni|shia|shiite|state|it|he|she|they|we|i)");
    private static final Pattern ORG_PHRASE = Pattern.compile("\\b(?:of|at|for|with)\\s+(?:the\\s+)?(?:[^;]{0,40}?"
            + "-based\\s+)?(\\p{Lu}[\\p{L}’'\\-]*(?:\\s+(?:(?:of|for|on|and)\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}’'\\-]*)*)");

    private static final Pattern APPOSITIVE_END = Pattern.compile("[:“\"(]|\\b(?:said|says|told|tells|added|noted"
            + "|announced|tweeted|stated|declared|described|urged|warned|concluded|later|who|which|gave)\\b");
    private static final Pattern ABBREVIATION = Pattern.compile("Col|Lt|Gen|Maj|Capt|Sgt|Adm|Cmdr|Brig|Dr|Mr|Mrs|Ms"
            + "|St|Gov|Sen|Rep|Prof|No|Jr|Sr|Jan|Feb|Aug|Sept|Oct|Nov|Dec|vs|etc");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’]");
    private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");
    private static final Pattern POSSESSIVE = Pattern.compile("[’']s$");
    /** How far around a trigger word a name pattern is tried, in characters. */
    private static final int WINDOW = 120;
    private static final Set<String> TITLE_WORDS = Set.of("Lieutenant", "Lt", "Major", "Maj", "Brigadier", "Brig",
            "Secretary-General", "Director-General", "Patriarch", "Archbishop", "Bishop", "Father", "Fr", "Cardinal",
            "Pope", "Imam", "Rabbi", "Reverend", "Rev", "Mufti",
            "Colonel", "Col", "General", "Gen", "Captain", "Capt", "Staff", "Sergeant", "Sgt", "Rear", "Vice", "Admiral",
            "Adm", "Commander", "Cmdr", "President", "Prime", "Foreign", "Defence", "Defense", "Interior", "Minister",
            "Secretary", "Ambassador", "Governor", "Gov", "Sheikh", "Sheik", "Ayatollah", "Dr", "Mr", "Mrs", "Ms",
            "Spokesman", "spokesman", "Spokeswoman", "spokeswoman", "Spokesperson", "spokesperson", "Senator", "Sen",
            "Mayor", "Prosecutor", "prosecutor", "Analyst", "analyst", "secretary", "commander", "Leader", "leader",
            "Chief", "chief", "Envoy", "envoy", "Official", "official", "minister", "Director", "director",
            "Researcher", "researcher", "Professor", "professor", "Prof", "governor", "head", "Head", "adviser", "Adviser",
            "advisor", "Advisor", "aide", "Aide", "Chairman", "chairman", "Chairwoman", "chairwoman", "Chairperson",
            "chairperson");
    private static final Set<String> ROLE_WORDS = Set.of(ROLE_NOUN.substring(3, ROLE_NOUN.length() - 1).split("\\|"));
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> SPEECH_WORDS = Set.of("said", "says", "added", "adds", "told", "tells", "noted",
            "explained", "wrote", "tweeted");

    private final List<Person> people = new ArrayList<>();
    private final List<Occurrence> occurrences = new ArrayList<>();

    private SpeakerNames() {
    }

    /** The people named in an analysed text. */
    static SpeakerNames of(AnalyzedText text) {
        SpeakerNames names = new SpeakerNames();
        names.collect(text);
        return names;
    }

    List<Occurrence> occurrences() {
        return occurrences;
    }

    /** Where a person was last named before an offset, or null. */
    Occurrence latestOccurrenceBefore(int offset) {
        Occurrence found = null;
        for (Occurrence o : occurrences) {
            if (o.span().start() >= offset) {
                break;
            }
            found = o;
        }
        return found;
    }

    /** The latest person before an offset whose title or role contains the word, or null. */
    Person latestWithRole(int offset, String roleWord) {
        Person found = null;
        String want = roleWord.toLowerCase(Locale.ROOT);
        for (Occurrence o : occurrences) {
            if (o.span().start() >= offset) {
                break;
            }
            if (o.person().role() != null && o.person().role().toLowerCase(Locale.ROOT).contains(want)) {
                found = o.person();
            }
        }
        return found;
    }

    /** The first person named inside a span, or null. */
    Occurrence firstIn(Span span) {
        for (Occurrence o : occurrences) {
            if (span.contains(o.span())) {
                return o;
            }
        }
        return null;
    }

    private void collect(AnalyzedText text) {
        String s = text.text();
        List<Span> words = words(s);
        List<Candidate> strong = new ArrayList<>();
        for (Span w : words) {
            String word = w.of(s);
            String lower = word.toLowerCase(Locale.ROOT);
            if (TITLE_WORDS.contains(word)) {
                Matcher m = near(TITLED, s, w.start(), w.start() + WINDOW);
                if (m.lookingAt()) {
                    strong.add(new Candidate(m.start(2), m.end(2), m.group(2), m.group(1)));
                }
            }
            if (ROLE_WORDS.contains(lower) && w.end() < s.length() && (s.charAt(w.end()) == ',' || s.startsWith(" of ", w.end()))) {
                Matcher m = near(ROLE_THEN_NAME, s, w.start(), w.start() + WINDOW);
                if (m.lookingAt()) {
                    String role = m.group(2) != null ? m.group(2) : m.group(1);
                    strong.add(new Candidate(m.start(3), m.end(3), m.group(3), role));
                }
            }
            if (ARTICLES.contains(lower) && w.start() >= 2 && s.startsWith(", ", w.start() - 2)) {
                Matcher m = near(NAME_THEN_ROLE, s, w.start() - WINDOW, w.start() + WINDOW);
                while (m.find()) {
                    strong.add(new Candidate(m.start(1), m.end(1), m.group(1), m.group(2).trim()));
                }
            }
            if (lower.equals("according") && s.startsWith(" to ", w.end())) {
                Matcher m = near(ACCORDING_NAME_ROLE, s, w.start(), w.start() + WINDOW);
                if (m.lookingAt()) {
                    strong.add(new Candidate(m.start(1), m.end(1), m.group(1), m.group(2)));
                }
            }
            if (lower.equals("who") && w.start() >= 2 && s.startsWith(", ", w.start() - 2)) {
                Matcher m = near(NAME_WHO_LEADS, s, w.start() - WINDOW, w.end() + WINDOW);
                while (m.find()) {
                    strong.add(new Candidate(m.start(1), m.end(1), m.group(1), null));
                }
            }
            if (SPEECH_WORDS.contains(lower)) {
                Matcher m = near(SAID_NAME, s, w.start(), w.start() + WINDOW);
                if (m.lookingAt()) {
                    strong.add(new Candidate(m.start(2), m.end(2), m.group(2), m.group(1)));
                }
                m = near(NAME_SAID, s, w.start() - WINDOW, w.end());
                while (m.find()) {
                    strong.add(new Candidate(m.start(1), m.end(1), m.group(1), null));
                }
            }
        }
        Matcher opening = OPENS_QUOTATION.matcher(s);
        while (opening.find()) {
            if (!BODY_NAME_END.matcher(opening.group(1)).matches()) {
                strong.add(new Candidate(opening.start(1), opening.end(1), opening.group(1), null));
            }
        }
        Matcher surname = SURNAME_SPEAKS.matcher(s);
        while (surname.find()) {
            String word = surname.group(1);
            boolean common = NOT_A_SURNAME.matcher(word).matches()
                    || Pattern.compile("\\b" + Pattern.quote(word.toLowerCase(Locale.ROOT)) + "\\b").matcher(s).find();
            if (!common) {
                strong.add(new Candidate(surname.start(1), surname.end(1), word, null));
            }
        }
        strong.replaceAll(c -> withNickname(s, c));
        strong.replaceAll(SpeakerNames::withoutTitle);
        strong.replaceAll(SpeakerNames::withoutPossessive);
        strong.removeIf(c -> !plausible(c.name) || overlapsEntity(text, c));
        strong.sort(Comparator.comparingInt((Candidate c) -> c.name.split("\\s+").length > 1 ? 0 : 1)
                .thenComparingInt(c -> c.start).thenComparingInt(c -> c.role == null ? 1 : 0));
        for (Candidate c : strong) {
            Span span = new Span(c.start, c.end);
            if (occurrences.stream().anyMatch(o -> o.span().overlaps(span))) {
                continue;
            }
            Person p = match(c.name, c.role);
            if (p == null) {
                p = create(text, c);
            }
            occurrences.add(new Occurrence(span, p));
        }
        Map<String, Person> bySurname = new HashMap<>();
        for (Person p : people) {
            bySurname.putIfAbsent(p.surname(), p);
        }
        occurrences.sort(Comparator.comparing(Occurrence::span));
        List<Occurrence> named = List.copyOf(occurrences);
        int next = 0;
        for (Span w : words) {
            while (next < named.size() && named.get(next).span().end() <= w.start()) {
                next++;
            }
            boolean inside = next < named.size() && named.get(next).span().start() <= w.start();
            Person p = bySurname.get(bareSurname(POSSESSIVE.matcher(w.of(s)).replaceAll("")));
            if (p != null && !inside) {
                occurrences.add(new Occurrence(w, p));
            }
        }
        occurrences.sort(Comparator.comparing(Occurrence::span));
    }

    /** A matcher over a window of the text that still sees word boundaries at the window's edges. */
    private static Matcher near(Pattern p, String s, int from, int to) {
        return p.matcher(s).region(Math.max(0, from), Math.min(s.length(), to)).useTransparentBounds(true)
                .useAnchoringBounds(false);
    }

    /** The words of a text: runs of letters, with inner apostrophes, hyphens and dots. */
    private static List<Span> words(String s) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            if (!Character.isLetter(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < s.length() && (Character.isLetter(s.charAt(i)) || (i + 1 < s.length()
                    && "’'-".indexOf(s.charAt(i)) >= 0 && Character.isLetter(s.charAt(i + 1))))) {
                i++;
            }
            out.add(new Span(start, i));
        }
        return out;
    }

    private record Candidate(int start, int end, String name, String role) {
    }

    /** "Jimmy" before ' "Barbecue" Chérizier' is Jimmy Chérizier: a name goes on past a quoted nickname. */
    private static Candidate withNickname(String s, Candidate c) {
        Matcher m = NICKNAME_THEN_SURNAME.matcher(s).region(c.end, s.length());
        if (!m.lookingAt()) {
            return c;
        }
        return new Candidate(c.start, m.end(1), c.name + " " + m.group(1), c.role);
    }

    /** "Major General John Doe" read as a name gives the name "John Doe" with the title as role. */
    private static Candidate withoutTitle(Candidate c) {
        Matcher adverb = LEADING_ADVERB.matcher(c.name);
        if (adverb.lookingAt() && adverb.end() < c.name.length()) {
            // "Today Hadi al-Ameri said": a sentence adverb, not a first name
            c = new Candidate(c.start + adverb.end(), c.end, c.name.substring(adverb.end()), c.role);
        }
        Matcher t = LEADING_TITLE.matcher(c.name);
        if (!t.find() || t.end() >= c.name.length()) {
            return c;
        }
        return new Candidate(c.start + t.end(), c.end, c.name.substring(t.end()), c.role == null ? t.group(1) : c.role);
    }

    /** "Getachew Roe's words": the name without the "'s" that makes it an owner. */
    private static Candidate withoutPossessive(Candidate c) {
        Matcher owner = POSSESSIVE.matcher(c.name);
        if (!owner.find() || owner.start() == 0) {
            return c;
        }
        return new Candidate(c.start, c.end - (c.name.length() - owner.start()), c.name.substring(0, owner.start()), c.role);
    }

    private static boolean plausible(String name) {
        for (String token : name.split("\\s+")) {
            if (NOT_A_NAME.matcher(token).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean overlapsEntity(AnalyzedText text, Candidate c) {
        Span span = new Span(c.start, c.end);
        return text.mentions().stream().anyMatch(m -> m.span().overlaps(span) && m.entity().kind() != EntityKind.PERSON);
    }

    /**
     * The known person a name refers to: the same full name, the same surname, or for a titled surname alone
     * a surname one letter off under a compatible title ("Colonel Dillion" for Colonel Ryan Dillon).
     */
    private Person match(String name, String title) {
        String[] tokens = name.split("\\s+");
        String surname = bareSurname(tokens[tokens.length - 1]);
        for (Person p : people) {
            if (tokens.length > 1 && !p.ref().label().equals(name)) {
                continue;
            }
            if (p.surname().equalsIgnoreCase(surname)) {
                return p;
            }
            if (tokens.length == 1 && title != null && surname.length() > 4 && compatible(p.role(), title)
                    && editDistanceOne(p.surname(), surname)) {
                return p;
            }
        }
        return null;
    }

    private static boolean compatible(String role, String title) {
        if (role == null) {
            return true;
        }
        String a = role.toLowerCase(Locale.ROOT).replace(".", "");
        String b = title.toLowerCase(Locale.ROOT).replace(".", "");
        for (String word : b.split("\\s+")) {
            if (a.contains(word) || word.startsWith(a) || a.startsWith(word)) {
                return true;
            }
        }
        return false;
    }

    private Person create(AnalyzedText text, Candidate c) {
        String[] tokens = c.name.split("\\s+");
        EntityRef ref = Mention.knownAs(new EntityRef(slug(c.name), c.name, EntityKind.PERSON, false), text.mentions());
        Person p = new Person(ref, bareSurname(tokens[tokens.length - 1]), c.role, affiliation(text, c));
        people.add(p);
        return p;
    }

    /** The organisation named in the appositive after a name or just before its title, or null. */
    private static EntityRef affiliation(AnalyzedText text, Candidate c) {
        String s = text.text();
        int end = sentenceEnd(s, c.end);
        Matcher verb = APPOSITIVE_END.matcher(s).region(c.end, end);
        if (verb.find()) {
            end = verb.start();
        }
        Span after = new Span(c.end, end);
        Matcher phrase = ORG_PHRASE.matcher(s).region(c.end, end);
        if (phrase.find()) {
            Span ps = new Span(phrase.start(1), phrase.end(1));
            for (Mention m : text.mentions()) {
                if (ps.overlaps(m.span())) {
                    return isOrganisation(m.entity()) ? m.entity() : null;
                }
            }
            return organisation(phrase.group(1));
        }
        for (Mention m : text.mentionsIn(after)) {
            if (isOrganisation(m.entity())) {
                return m.entity();
            }
        }
        Span before = new Span(Math.max(0, c.start - 40), c.start);
        EntityRef found = null;
        for (Mention m : text.mentionsIn(before)) {
            if (isOrganisation(m.entity())) {
                found = m.entity();
            }
        }
        return found;
    }

    static int sentenceEnd(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\n' || ((ch == '.' || ch == '!' || ch == '?') && (i + 1 == s.length()
                    || Character.isWhitespace(s.charAt(i + 1))) && !abbreviation(s, i))) {
                return i;
            }
        }
        return s.length();
    }

    private static boolean abbreviation(String s, int dot) {
        int j = dot;
        while (j > 0 && Character.isLetter(s.charAt(j - 1))) {
            j--;
        }
        String word = s.substring(j, dot);
        return word.length() == 1 || ABBREVIATION.matcher(word).matches();
    }

    static boolean isOrganisation(EntityRef e) {
        return e.kind().isActor() && e.kind() != EntityKind.PERSON && e.kind() != EntityKind.MEDIA_OUTLET;
    }

    /** A new organisation named in the text, as an entity. */
    static EntityRef organisation(String name) {
        String label = name.trim();
        return new EntityRef(slug(label), label, EntityKind.ORGANIZATION, false);
    }

    private static String bareSurname(String token) {
        return token.replaceFirst("^(?i)(?:al|el|ad|as|ash)-", "");
    }

    static boolean editDistanceOne(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        if (Math.abs(x.length() - y.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(x.length(), y.length()) && x.charAt(i) == y.charAt(i)) {
            i++;
        }
        if (x.length() == y.length()) {
            return x.substring(i + Math.min(1, x.length() - i)).equals(y.substring(i + Math.min(1, y.length() - i)));
        }
        return x.length() > y.length() ? x.substring(i + 1).equals(y.substring(i)) : x.substring(i).equals(y.substring(i + 1));
    }

    /** A lower-case slug of a name: "Abdul Ghani al-Assadi" gives "abdul-ghani-al-assadi". */
    static String slug(String name) {
        String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        String apostrophes = APOSTROPHES.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("");
        String slug = EDGE_DASHES.matcher(NON_SLUG.matcher(apostrophes).replaceAll("-")).replaceAll("");
        return slug.isEmpty() ? "unnamed" : slug;
    }
}
