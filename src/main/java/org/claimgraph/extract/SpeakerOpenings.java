package org.claimgraph.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.model.EntityKind;
import org.claimgraph.model.EntityRef;
import org.claimgraph.model.Span;

/**
 * Who opens the words before a quotation when no title or speech verb of the usual kinds names them: a person the
 * gazetteer knows ("Fayez al-Sarraj put it on Twitter:"), a ship's owners ("The owners said on the following day"), or
 * a body the gazetteer does not know, named with its kind ("The Aspides mission warned:").
 */
final class SpeakerOpenings {
    /** "The owners said", "the ship's operators": a ship's company, named after the ship. */
    private static final Pattern SHIP_OWNERS = Pattern.compile("(?i)^\\W*(?:the|her|its)\\s+(?:(?:ship|vessel)['’]s\\s+)?"
            + "(owners?|operators?|managers?)\\b");
    /** A ship named with its kind: "the car carrier Galaxy Leader", "the tanker Marlin Luanda". */
    private static final Pattern SHIP = Pattern.compile("(?i:\\b(?:ship|vessel|carrier|tanker|freighter|steamer|ferry"
            + "|trawler|liner|dhow|tug))\\s+((?:\\p{Lu}[\\p{L}-]*\\s+){0,3}\\p{Lu}[\\p{L}-]*)");
    /** "The Aspides mission warned:", "the Lakeside task force said": a body named by capitalised words and its kind. */
    private static final Pattern NAMED_BODY = Pattern.compile("^\\W*(?i:the)\\s+((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,4}"
            + "(?i:mission|operation|task force|naval force|monitoring group|movement|campaign|network|initiative|observatory))\\b");
    /** A word that says whose a body is rather than naming it: "Russian", "Kurdish", "Iraqi". */
    private static final Pattern NATIONALITY = Pattern.compile("\\p{Lu}\\p{L}*(?:ish|ian|ean|ese|i|an)");
    /** "The newer co-opted member thanked ...": one of a group's people, by their role, the text introduced before. */
    private static final Pattern DEFINITE_MEMBER = Pattern.compile("(?i)^\\W*the\\s+((?:[\\p{L}-]+\\s+){0,3}?)(member|delegate"
            + "|representative|volunteer)\\b");
    /** A count, then the people of a named group: "two co-opted members from the Hallowmere Ukrainian Families Group". */
    private static final String INTRODUCED = "(?i:\\b(?:a|an|one|two|three|four|five|six|\\d{1,2})\\s+((?:[\\p{L}-]+\\s+){0,3}?)%ss?"
            + "\\s+(?:from|of)\\s+the\\s+)(\\p{Lu}[\\p{L}'’&-]*(?:\\s+(?:of\\s+|and\\s+)?\\p{Lu}[\\p{L}'’&-]*){1,5})";
    /** The words that may follow a person who speaks: not "and", "or", "with" (another subject). */
    private static final Pattern NEXT_SUBJECT = Pattern.compile("^\\s+(?:and|or|with|&)\\b");

    private SpeakerOpenings() {
    }

    /** Whether the words open with a ship's owners, operators or managers. */
    static boolean shipOwners(String words) {
        return SHIP_OWNERS.matcher(words).lookingAt();
    }

    /** The owners of the ship named last before {@code before}, as the words name them; null when no ship was named. */
    static SpeakerFinder.Speaker shipOwners(String text, int before, String words) {
        Matcher owners = SHIP_OWNERS.matcher(words);
        String ship = owners.lookingAt() ? shipNamedBefore(text, before) : null;
        return ship == null ? null : new SpeakerFinder.Speaker(SpeakerNames.organisation(owners.group(1).toLowerCase(Locale.ROOT)
                + " of the " + ship), null, null);
    }

    /**
     * A person the gazetteer knows who opens the words and is their only actor besides media ("Fayez al-Sarraj put it
     * on Twitter:", "Sarraj told Reuters:"), not their owner ("Haftar's forces said:") nor one of two subjects; or null.
     */
    static Mention knownPerson(AnalyzedText text, Span region) {
        String t = text.text();
        int start = region.start();
        while (start < region.end() && !Character.isLetter(t.charAt(start))) {
            start++;
        }
        Mention person = null;
        for (Mention m : text.mentionsIn(region)) {
            if (m.entity().kind() == EntityKind.PERSON && m.entity().known() && m.span().start() == start && person == null) {
                person = m;
            } else if (m.entity().kind().isActor() && m.entity().kind() != EntityKind.MEDIA_OUTLET) {
                return null;
            }
        }
        if (person == null) {
            return null;
        }
        int end = person.span().end();
        boolean owner = end < t.length() && (t.charAt(end) == '\'' || t.charAt(end) == '’');
        return owner || NEXT_SUBJECT.matcher(t).region(end, region.end()).lookingAt() ? null : person;
    }

    /**
     * A body the words open with, named by capitalised words and the kind of body it is ("The Aspides mission warned:"),
     * as an organisation; null when the words do not, or when the capitalised words only say whose it is ("the Russian
     * operation").
     */
    static EntityRef namedBody(String words) {
        Matcher body = NAMED_BODY.matcher(words);
        if (!body.lookingAt()) {
            return null;
        }
        String[] tokens = body.group(1).split("\\s+");
        for (int i = 0; i < tokens.length - 1; i++) {
            if (Character.isUpperCase(tokens[i].charAt(0)) && !NATIONALITY.matcher(tokens[i]).matches()) {
                return SpeakerNames.organisation(body.group(1));
            }
        }
        return null;
    }

    /**
     * The group of a person the words open with by their role ("The newer co-opted member ..."), as the text introduced
     * them before with a count, at least one word of the same description and the group they come from ("two co-opted
     * members from the Hallowmere Ukrainian Families Group"); null when it did not. Gives the role word and the group.
     */
    static Member introducedMember(String text, int before, String words) {
        Matcher definite = DEFINITE_MEMBER.matcher(words);
        if (!definite.lookingAt()) {
            return null;
        }
        String role = definite.group(2).toLowerCase(Locale.ROOT);
        java.util.Set<String> described = java.util.Set.of(definite.group(1).toLowerCase(Locale.ROOT).split("\\s+"));
        Matcher intro = Pattern.compile(String.format(INTRODUCED, role)).matcher(text).region(0, before);
        Member found = null;
        while (intro.find()) {
            for (String word : intro.group(1).toLowerCase(Locale.ROOT).split("\\s+")) {
                if (!word.isEmpty() && described.contains(word)) {
                    found = new Member(role, SpeakerNames.organisation(intro.group(2)));
                }
            }
        }
        return found;
    }

    /** A person known by their role in a group. */
    record Member(String role, EntityRef group) {
    }

    /** The name of the ship named last before an offset ("Galaxy Leader" of "the car carrier Galaxy Leader"), or null. */
    private static String shipNamedBefore(String text, int before) {
        Matcher ship = SHIP.matcher(text).region(0, before);
        String found = null;
        while (ship.find()) {
            found = ship.group(1);
        }
        return found;
    }
}
