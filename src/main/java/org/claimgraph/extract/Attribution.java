package org.claimgraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.model.EntityKind;
import org.claimgraph.model.EntityRef;
import org.claimgraph.model.Span;

/**
 * Who a sentence's claims come from: a named person ("said Colonel John Dorrian"), an organisation
 * ("a Department of Defense official told", "the SDF claim"), and the outlet cited ("according to
 * The Daily Beast", "AFP reported"). Stateless; thread-safe.
 */
final class Attribution {
    /** The speaker (actor, person or organisation) and the cited outlet; either may be null. */
    record Source(EntityRef attributedTo, EntityRef via) {
        static final Source NONE = new Source(null, null);
    }

    private static final String VERB = "(?:said|says|told|added|concluded|noted|stated|tweeted|explained|announced|declared|claimed|insisted|warned|confirmed)";
    private static final String TITLE = "(?:(?:United States |U\\.S\\. |US )?(?:Army |Air Force |Marine )?(?:Colonel|Col\\.|General|Gen\\.|Lieutenant|Lt\\.|Major|Maj\\."
            + "|Captain|Capt\\.|Sergeant|Sgt\\.|Brigadier|Admiral|President|Prime Minister|Minister|Mr\\.|Mrs\\.|Ms\\.|Dr\\.|Sheikh|spokesman|spokeswoman|commander)\\s+)";
    private static final String NAME = "(?<name>\\p{Lu}[\\p{L}'\u2019-]++(?: (?:al-|el-|van |von |de |bin )?\\p{Lu}[\\p{L}'\u2019-]++){1,3})";
    private static final Pattern VERB_THEN_NAME = Pattern.compile("\\b" + VERB + ",? " + TITLE + "?" + NAME);
    private static final Pattern NAME_THEN_VERB = Pattern.compile(TITLE + "?" + NAME + ",?(?: [^,.;\u201c\u201d\"]{1,80}+,)? " + VERB + "\\b");
    private static final Pattern ORG_OFFICIAL = Pattern.compile(
            "\\b(?:an?|the) (?<org>(?:\\p{Lu}[\\p{L}.]*+\\s?(?:of |for |and )?)+?)\\s?(?:official|spokesman|spokeswoman|source|officer|commander)s?\\b");
    private static final Pattern ACCORDING = Pattern.compile("\\baccording to (?<src>(?:the |The )?(?:\\p{Lu}[\\p{L}.&'-]*\\s?){1,5})");
    /** Speech cues, matched on words: the verbs, "according to", "claim(s)", "reported", "reports". */
    private static final Cues CUE = new Cues("said", "says", "told", "added", "concluded", "noted", "stated", "tweeted",
            "explained", "announced", "declared", "claimed", "insisted", "warned", "confirmed", "according to", "claim",
            "claims", "reported", "reports");
    private static final Pattern TRAILING_STOP = Pattern.compile("[.,;:]+$");
    private static final Pattern NATIONALITY = Pattern.compile("(?:ian|ish|ese|i|an)$");

    Source find(String text, Span sentence, List<Mention> mentions) {
        return find(text, sentence, mentions, Words.of(text, sentence.start(), sentence.end()));
    }

    /** As {@link #find(String, Span, List)} with the sentence's words already scanned. */
    Source find(String text, Span sentence, List<Mention> mentions, Words words) {
        int firstCue = CUE.first(words);
        if (firstCue < 0) {
            return Source.NONE;
        }
        String s = sentence.of(text);
        EntityRef via = null;
        EntityRef who = null;
        for (Mention m : mentions) {
            if (m.entity().kind() == EntityKind.MEDIA_OUTLET) {
                via = m.entity();
            }
        }
        Matcher acc = ACCORDING.matcher(s);
        if (acc.find()) {
            int at = sentence.start() + acc.start("src");
            Mention m = mentionAt(mentions, at);
            if (m != null && m.entity().kind() == EntityKind.MEDIA_OUTLET) {
                via = m.entity();
            } else if (m != null && m.entity().kind().isActor()) {
                who = m.entity();
            } else if (m == null && via == null) {
                String src = TRAILING_STOP.matcher(acc.group("src").trim()).replaceAll("");
                if (!NATIONALITY.matcher(src).find() || src.contains(" ")) {
                    via = new EntityRef(Names.slug(src), src, EntityKind.MEDIA_OUTLET, false);
                }
            }
        }
        if (who == null) {
            who = person(s);
        }
        if (who == null) {
            Matcher o = ORG_OFFICIAL.matcher(s);
            if (o.find()) {
                String org = o.group("org").trim();
                Mention m = mentionAt(mentions, sentence.start() + o.start("org"));
                who = m != null && m.entity().kind().isActor() ? m.entity()
                        : new EntityRef(Names.slug(org), org, EntityKind.ORGANIZATION, false);
            }
        }
        if (who == null) {
            who = actorBeforeCue(words.start(firstCue), mentions);
        }
        return new Source(Mention.knownAs(who, mentions), Mention.knownAs(via, mentions));
    }

    private static EntityRef person(String s) {
        for (Pattern p : List.of(VERB_THEN_NAME, NAME_THEN_VERB)) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                String name = m.group("name");
                if (name.split(" ").length >= 2 && !name.matches(".*\\b(?:The|State|Forces|Army|Islamic|Syrian|Iraqi|Democratic|Department|Ministry|Command)\\b.*")) {
                    return new EntityRef(Names.slug(name), name, EntityKind.PERSON, false);
                }
            }
        }
        return null;
    }

    /** "The SDF claim to have...", "the coalition said": the actor right before the speech verb. */
    private static EntityRef actorBeforeCue(int cue, List<Mention> mentions) {
        EntityRef found = null;
        for (Mention m : mentions) {
            if (m.span().end() <= cue && cue - m.span().end() < 60 && m.entity().kind().isActor()
                    && m.entity().kind() != EntityKind.MEDIA_OUTLET) {
                found = m.entity();
            }
        }
        return found;
    }

    private static Mention mentionAt(List<Mention> mentions, int at) {
        for (Mention m : mentions) {
            if (m.span().start() <= at + 4 && m.span().end() > at) {
                return m;
            }
        }
        return null;
    }
}
