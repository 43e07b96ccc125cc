package org.claimgraph.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.model.EntityKind;
import org.claimgraph.model.EntityRef;
import org.claimgraph.model.Span;

/**
 * The people an article names, found from the ways articles introduce them: a title ("Colonel John
 * Dorrian", "Lt. Gen. Qassem Atta"), a role in apposition ("the US defence secretary, Ashton Carter,",
 * "Layla Karim, an analyst at ..."), or a speech verb ("said Jennifer Cafarella of ..."); then every
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

    private static final String TITLE = "(?:Lieutenant Colonel|Lt\\. ?Col\\.|Lt\\.-Col\\.|Lieutenant General"
            + "|Lt\\. ?Gen\\.|Lt\\.-Gen\\.|Major General|Maj\\. ?Gen\\.|Maj\\.-Gen\\.|Brigadier General|Brig\\. ?Gen\\."
            + "|Brig\\.-Gen\\.|Colonel|Col\\.|General|Gen\\.|Major|Maj\\.|Captain|Capt\\.|Lieutenant|Lt\\."
            + "|Staff Sergeant|Sergeant|Sgt\\.|Rear Admiral|Vice Admiral|Admiral|Adm\\.|Commander|Cmdr\\."
            + "|Vice President|President|Prime Minister|Foreign Minister|Defen[cs]e Minister|Interior Minister"
            + "|Minister|Secretary of Defen[cs]e|Secretary of State|Defen[cs]e Secretary|Secretary|Ambassador"
            + "|Governor|Gov\\.|Sheikh|Sheik|Ayatollah|Dr\\.|Mr\\.|Mrs\\.|Ms\\.|[Ss]pokes(?:man|woman|person)"
            + "|Senator|Sen\\.|Mayor|[Pp]rosecutor|[Aa]nalyst|[Ss]ecretary|[Cc]ommander|[Ll]eader|[Cc]hief|[Ee]nvoy"
            + "|[Oo]fficial|[Mm]inister|[Dd]irector|[Rr]esearcher|[Pp]rofessor|Prof\\.)";
    private static final String SERVICE = "(?:(?:United States|U\\.S\\.|US|American|Iraqi|Syrian|Russian|British"
            + "|French|Kurdish|Turkish|Navy|Army|Marine|Air Force|army|military)\\s+)*";
    private static final String NAME_TOKEN = "(?:(?:al|el|ad|as|ash|abu|bin|ibn|van|von|de|du|der|den|da|la|le)"
            + "[-\\s])?\\p{Lu}[\\p{L}’'\\-]*\\p{L}";
    static final String NAME = NAME_TOKEN + "(?:\\s+" + NAME_TOKEN + "){0,3}";
    static final String TITLES = "(" + TITLE + "(?:\\s+" + TITLE + ")*)";
    private static final String ROLE_NOUN = "(?:secretary|director-general|director|spokesman|spokeswoman"
            + "|spokesperson|commander|chief|minister|governor|president|official|analyst|head|leader|envoy"
            + "|ambassador|researcher|fellow|expert|correspondent|farmer|doctor|resident|activist|teacher|student"
            + "|professor|journalist|reporter|witness|member|officer|engineer|nurse|worker|shopkeeper|driver"
            + "|cleric|lawyer|economist|historian|mayor|prosecutor|adviser|advisor|general|colonel)";

    private static final Pattern LEADING_TITLE = Pattern.compile("^" + TITLES + "\\s+");
    private static final Pattern TITLED = Pattern.compile("\\b" + SERVICE + TITLES + "\\s+(" + NAME + ")");
    private static final Pattern ROLE_THEN_NAME = Pattern.compile("(?i:\\b(" + ROLE_NOUN + ")),\\s+" + SERVICE
            + "(?:" + TITLES + "\\s+)?(" + NAME + "),");
    private static final Pattern NAME_THEN_ROLE = Pattern.compile("(" + NAME + "),\\s+(?:a|an|the)\\s+"
            + "((?:[\\p{L}-]+\\s+){0,3}?" + ROLE_NOUN + ")\\b");
    private static final Pattern SAID_NAME = Pattern.compile("\\b(?:said|says|added)\\s+(?:" + TITLES + "\\s+)?("
            + NAME + ")(?=\\s*[,.]|\\s+(?:of|from|at|with|who)\\b)");
    private static final Pattern NAME_SAID = Pattern.compile("(?<![\\p{L}’'.-]\\s?)(" + NAME_TOKEN + "(?:\\s+"
            + NAME_TOKEN + "){1,2})\\s+(?:said|says|told|tells|added|adds|noted|explained|wrote|tweeted)\\b");
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)(?:the|a|an|this|that|these|those|his|her|their"
            + "|its|our|in|on|at|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march"
            + "|april|may|june|july|august|september|october|november|december|command|forces?|army|council"
            + "|service|ministry|office|coalition|units?|group|front|state|operations?|centre|center|institute"
            + "|agency|organi[sz]ation|committee|brigade|division|corps|staff|assembly|party|government|rights"
            + "|observatory|news|television|media|police|republic|university|hospital|department|house|post|times"
            + "|press|guard|agency|kurdish|iraqi|syrian|american|russian|turkish|iranian|british|french|western"
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
    private static final Pattern CAPITALISED = Pattern.compile("\\b(?:(?:al|el|Al|El)-)?\\p{Lu}[\\p{L}’'\\-]*\\p{L}");

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
        List<Candidate> strong = new ArrayList<>();
        Matcher m = TITLED.matcher(s);
        while (m.find()) {
            strong.add(new Candidate(m.start(2), m.end(2), m.group(2), m.group(1)));
        }
        m = ROLE_THEN_NAME.matcher(s);
        while (m.find()) {
            String role = m.group(2) != null ? m.group(2) : m.group(1);
            strong.add(new Candidate(m.start(3), m.end(3), m.group(3), role));
        }
        m = NAME_THEN_ROLE.matcher(s);
        while (m.find()) {
            strong.add(new Candidate(m.start(1), m.end(1), m.group(1), m.group(2).trim()));
        }
        m = NAME_SAID.matcher(s);
        while (m.find()) {
            strong.add(new Candidate(m.start(1), m.end(1), m.group(1), null));
        }
        m = SAID_NAME.matcher(s);
        while (m.find()) {
            strong.add(new Candidate(m.start(2), m.end(2), m.group(2), m.group(1)));
        }
        strong.replaceAll(SpeakerNames::withoutTitle);
        strong.removeIf(c -> !plausible(c.name) || overlapsEntity(text, c));
        strong.sort(Comparator.comparingInt((Candidate c) -> c.name.split("\\s+").length > 1 ? 0 : 1)
                .thenComparingInt(c -> c.start));
        for (Candidate c : strong) {
            Person p = match(c.name, c.role);
            if (p == null) {
                p = create(text, c);
            }
            Span span = new Span(c.start, c.end);
            if (occurrences.stream().noneMatch(o -> o.span().overlaps(span))) {
                occurrences.add(new Occurrence(span, p));
            }
        }
        Matcher tm = CAPITALISED.matcher(s);
        while (tm.find()) {
            String bare = bareSurname(tm.group());
            int at = tm.start();
            for (Person p : people) {
                if (p.surname().equals(bare)
                        && occurrences.stream().noneMatch(o -> o.span().start() <= at && at < o.span().end())) {
                    occurrences.add(new Occurrence(new Span(tm.start(), tm.end()), p));
                    break;
                }
            }
        }
        occurrences.sort(Comparator.comparing(Occurrence::span));
    }

    private record Candidate(int start, int end, String name, String role) {
    }

    /** "Major General Tom Reyes" read as a name gives the name "Tom Reyes" with the title as role. */
    private static Candidate withoutTitle(Candidate c) {
        Matcher t = LEADING_TITLE.matcher(c.name);
        if (!t.find() || t.end() >= c.name.length()) {
            return c;
        }
        return new Candidate(c.start + t.end(), c.end, c.name.substring(t.end()), c.role == null ? t.group(1) : c.role);
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
        EntityRef ref = new EntityRef(slug(c.name), c.name, EntityKind.PERSON, false);
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
