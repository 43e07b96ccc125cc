package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.model.EntityKind;
import org.claimgraph.model.EntityRef;
import org.claimgraph.model.Span;

/**
 * Reads who is speaking from the words of an attribution ("said Colonel John Dorrian, Operation Inherent
 * Resolve spokesman", "he added", "the American colonel said", "a Department of Defense official told",
 * "The SDF's ... command announced"). A named or referred-to person resolves through {@link SpeakerNames};
 * an unnamed official resolves to their organisation; generic groups ("officials", "sources") to nobody.
 */
final class SpeakerFinder {

    /** Who speaks: a person or an organisation, with the role and organisation given for them. */
    record Speaker(EntityRef ref, String role, EntityRef affiliation) {
    }

    /** How far back an unnamed speaker is looked for when no person was named before a pronoun. */
    private static final int LOOK_BACK = 400;
    private static final Pattern SPEAKING = Pattern.compile("\\b(?:said|says|told|tells|added|speaking|spoke)\\b");
    /** When the words after it were said, opening the words before a pronoun: "Hours earlier he had told ...". */
    private static final String TIME_OPENING = "(?:(?:hours|days|weeks|months|minutes|moments)\\s+(?:earlier|later|before|after)"
            + "|earlier|later|afterwards|then|previously|on\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
            + "|that\\s+(?:day|night|morning|afternoon|evening|week)|the\\s+(?:next|following|previous)\\s+(?:day|morning|evening|week))"
            + ",?\\s+";
    /** "he said", and "His remark on 24 May that ...": the person named last speaks. */
    private static final Pattern PRONOUN = Pattern.compile("(?i)^\\W*(?:" + TIME_OPENING + ")?(?:he|she|(?:his|her)\\s+"
            + StatementFinder.SPEECH_NOUN + ")\\b");
    /** "The next day it announced that": a body spoken of as "it". */
    private static final Pattern IT_SPEAKS = Pattern.compile("(?i)^\\W*(?:" + TIME_OPENING + ")?it\\s+(?:said|says|announced|added"
            + "|stated|declared|claimed|reported|insisted|told)\\b");
    private static final Pattern ROLE_REFERENCE = Pattern.compile("(?i)\\bthe\\s+(?:[\\p{L}-]+\\s+){0,2}?(colonel"
            + "|general|prime minister|president|minister|secretary|spokesman|spokeswoman|commander|governor"
            + "|captain|major|ambassador|analyst|prosecutor|admiral)\\b");
    /** Offices a text names a speaker by: "the Director-General", "the Head of Directorate", "the Senior Adviser". */
    private static final String OFFICES = "(?:deputy\\s+|senior\\s+|chief\\s+)?(?:director-general|director general|director"
            + "|head|chair|chairman|chairwoman|chairperson|secretary-general|adviser|advisor|envoy|coordinator|commissioner"
            + "|rapporteur|clerk)";
    private static final Pattern OFFICE_HOLDER = Pattern.compile("(?i)\\W*the\\s+(" + OFFICES + ")\\b");
    private static final Pattern OFFICE_HOLDER_BEFORE = Pattern.compile("(?i)\\bThe\\s+(" + OFFICES
            + ")\\b(?=[^.!?]{0,60}\\b(?:said|says|told|added|noted|observed|explained))");
    /** An organisation's name: capitalised words ("Ministry of Defence", "Ministry of Foreign Affairs"). */
    private static final String CAPITALISED_WORD = "\\p{Lu}[\\p{L}’'\\-]*";
    /** A capitalised word that stops before an "'s". */
    private static final String CAPITALISED_WORD_NO_S = "\\p{Lu}[\\p{L}&\\-]*";
    /** A capitalised word, then more joined by nothing or by "of", "for", "on", "and" (with "the"). */
    private static final String NEXT_WORD = "\\s+(?:(?:of|for|on|and)\\s+(?:the\\s+)?)?" + CAPITALISED_WORD;
    private static final String ORGANISATION_NAME = CAPITALISED_WORD + "(?:" + NEXT_WORD + ")+";
    /** An office given with its organisation after a comma: "the Director-General for Operations Policy, Ministry of Defence". */
    private static final Pattern OFFICE_INTRODUCED = Pattern.compile("(?i)\\bthe\\s+(" + OFFICES + ")\\b[^;.\\n]{0,80}?,\\s+(?-i:("
            + ORGANISATION_NAME + "))");
    private static final Pattern RELATIVE = Pattern.compile("\\s(?:who|whose|which|that)\\s");
    /** Kinds of body a role belongs to ("council" in "a council member", "office" in "a spokeswoman for the office"). */
    private static final String BODIES = "council|ministry|committee|commission|agency|command|directorate|municipality"
            + "|office|department|administration|authority";
    /** The kind of body a role belongs to: "council" in "a council member", "ministry" in "a ministry official". */
    private static final Pattern BODY_WORD = Pattern.compile("(?i)(" + BODIES + ")");
    /** Roles that speak for an organisation ("a field commander"): without it named, the words stay unattributed. */
    private static final String OFFICE_ROLES = "official|commander|spokesman|spokeswoman|spokesperson|source|officer"
            + "|representative|member|aide|adviser|advisor|soldier|volunteer|fighter";
    private static final Pattern UNNAMED = Pattern.compile("(?i)\\b(?:a|an|one)\\s+(.{0,60}?)\\b(" + OFFICE_ROLES
            + "|doctor|medic|nurse|diplomat|analyst|researcher|team\\s+leader"
            // an officer by rank, of a force: "a major of the Counter-Terrorism Service" (not "a major offensive")
            + "|(?:major|captain|lieutenant|colonel|sergeant|brigadier)(?=\\s+(?:of|in|with|from)\\b))\\b");
    /** What the words after a quotation may open with before the speaker: "says", "wrote". */
    private static final String LEAD_VERB = "(?:(?i:said|says|added|adds|explained|noted|wrote|writes)\\s+)?";
    /** One of the publisher's own people: "our country director", "our senior field nurse", "our correspondent". */
    private static final Pattern OWN_STAFF = Pattern.compile("(?i)\\W*" + LEAD_VERB
            // the words open with them: not "told our protection officer", whom the speaker told; "one of our analysts"
            + "(?:one\\s+of\\s+)?our\\s+(?:[\\p{L}-]+\\s+){0,2}?(" + OFFICE_ROLES
            + "|director|manager|coordinator|head|chief|doctor|medic|nurse|surgeon|researcher|analyst|correspondent|reporter"
            + "|editor|staff|colleague)s?\\b");
    private static final Pattern OFFICE = Pattern.compile("(?i)\\b(?:" + OFFICE_ROLES + ")\\b");
    /** People quoted without a name who speak for nobody but themselves: "a resident", "one displaced teacher". */
    private static final Pattern CIVILIAN = Pattern.compile("(?i)\\b(?:(?:a|an|one|our|my)\\s+(?:[\\p{L}\\d'\u2019-]+\\s+){0,3}?"
            // "the doctor in Douma:", "the mother of two"
            + "|the\\s+(?=\\w+\\s+(?:of|in|at|from)\\b))(guest|resident"
            + "|shopkeeper|farmer|teacher|witness|survivor|man|woman|men|women|mother|father|driver|worker|activist|volunteer|fighter"
            + "|trader|student|elder|lawyer|journalist|policeman|villager|refugee|mechanic|pharmacist|imam|priest|cleric"
            + "|engineer|businessman|nurse|doctor|medic|neighbour|neighbor|relative|boy|girl|grandmother|grandfather|widow"
            + "|displaced|local|civilian|guard|smuggler|truck driver|taxi driver|councillor|council member|brother|sister|son"
            + "|daughter|wife|husband|uncle|aunt|cousin|defendant|accused|detainee|prisoner|returnee)s?\\b"
            + "|\\bthe\\s+(defendant|accused)\\b");
    /** "a spokeswoman for the office", "an official of the directorate": the role's body, named before. */
    private static final Pattern OF_THE_BODY = Pattern.compile("(?i)\\s+(?:of|for|at|from|with)\\s+the\\s+(" + BODIES
            + "|court)\\b");
    /** "the presiding judge said": the court, named before. */
    private static final Pattern JUDGE = Pattern.compile("(?i)^\\W*the\\s+(?:presiding\\s+|trial\\s+|chief\\s+)?judges?\\b");
    /** Roles that speak for a club, a charity or a newspaper besides its officials. */
    private static final String STAFF_ROLES = "researcher|analyst|lawyer|director-general|director|editor|coach|captain"
            + "|manager|chair|head|leader|founder|lead|coder|coordinator|archivist|curator";
    /** "said CPM's Iraq researcher", "Nakhil's coach said": the role of an organisation named with "'s". */
    private static final Pattern OWNED_ROLE = Pattern.compile("(" + CAPITALISED_WORD_NO_S + "(?:\\s+" + CAPITALISED_WORD_NO_S
            + "){0,4})['’]s\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:" + OFFICE_ROLES + "|" + STAFF_ROLES + ")\\b");
    /** Kinds of body a text calls the publisher or an organisation it named by: "the club", "the paper". */
    private static final String OWNER_BODIES = BODIES + "|club|team|charity|trust|foundation|organi[sz]ation|group|company"
            + "|association|centre|center|union|society|institute|network|paper|newspaper|magazine|site|station|channel"
            + "|project|programme|program|archive|theatre|theater";
    /** Media a page calls itself by: the role of "the paper's editor" is the publisher's. */
    private static final Pattern OWN_MEDIUM = Pattern.compile("(?i)paper|newspaper|magazine|site|station|channel");
    /** "the agency's director-general", "the club's captain", "the readers' editor": a role of a body named by its kind. */
    private static final Pattern BODY_ROLE = Pattern.compile("(?i)^\\W*(?:one\\s+of\\s+)?the\\s+(?:(" + OWNER_BODIES + ")['’]s"
            // "the project lead": the body's kind as the first word of a compound
            + "|readers['’]|(" + OWNER_BODIES + "))\\s+(?:[\\p{L}-]+\\s+){0,2}?(" + OFFICE_ROLES + "|" + STAFF_ROLES + ")s?\\b");
    /** What may come before a body's role in the words before a quotation: "In the release note the project lead wrote:". */
    private static final Pattern SETTING = Pattern.compile("(?i)^\\W*(?:in|at|on|during)\\s+(?:the|a|its|their|his|her)\\s+"
            + "(?:[\\p{L}-]+\\s+){1,3}?(?=the\\s)");
    /** "the chair of our committee", "the director of the centre": an office of a body named by its kind. */
    private static final Pattern OF_BODY = Pattern.compile("(?i)\\s+of\\s+(our|the)\\s+(" + OWNER_BODIES + ")\\b");
    /** A heading over a quotation naming an office of the page's own: "FROM THE DIRECTOR", "A word from our chair". */
    private static final Pattern HEADING_ROLE = Pattern.compile("(?i)^\\W*(?:an?\\s+(?:word|note|message|letter)\\s+)?from\\s+"
            + "(?:the|our)\\s+(?:artistic\\s+|executive\\s+|managing\\s+)?(" + OFFICES + "|" + STAFF_ROLES + ")\\W*$");
    /** People who keep a site, an archive or a collection: on its pages they speak for its publisher. */
    private static final Pattern KEEPER = Pattern.compile("(?i)^\\W*(?:as\\s+)?(?:an?|the|one)\\s+(?:[\\p{L}-]+\\s+)?(admin|administrator"
            + "|moderator|archivist|curator|librarian)s?\\b");
    /**
     * "says the ensemble's oud player", "the label's production manager": a role, in any words, of a body the text calls
     * by its kind, up to the end of the words or a verb.
     */
    private static final Pattern KIND_OWNED_ROLE = Pattern.compile("(?i)^\\W*" + LEAD_VERB + "(?:one\\s+of\\s+)?the\\s+"
            + "([\\p{L}-]+)['’]s\\s+(?:[\\p{L}-]+\\s+)?([\\p{L}-]+)\\s*(?:[,.;:]|$|(?:said|says|told|wrote|writes|added)\\b)");
    /** "said the Harbourlight caseworker": a person named by a word of the publisher's name and a role. */
    private static final Pattern NAME_WORD_ROLE = Pattern.compile("^\\W*" + LEAD_VERB + "(?i:the|an?|one)\\s+(\\p{Lu}[\\p{L}-]+)\\s+(\\p{Ll}[\\p{L}-]+)\\b");
    /** "speaking, as she always does, for the Joura Bread Committee": whom the speaker speaks for. */
    private static final Pattern SPEAKING_FOR = Pattern.compile("\\bspeaking\\b[^.;:\\n]{0,40}?\\b(?:for|on behalf of)\\s+(?:the\\s+)?("
            + CAPITALISED_WORD + "(?:\\s+" + CAPITALISED_WORD + "){1,5})");
    /** A publication rather than a person: "A front-page report on Saturday", "An archive article of 20 March". */
    private static final Pattern DOCUMENT = Pattern.compile("(?i)^\\W*(?:a|an|the|this|that|our)\\s+(?:[\\p{L}-]+\\s+){0,2}?"
            + "(?:report|article|feature|story|headline|caption|review|piece|column|editorial|quiz|item|post|page)s?\\b");
    private static final Pattern LEADING_THE = Pattern.compile("^The\\s+");
    /** "The federal prosecutor's office": a body named in lower case, with an owner before its head word. */
    private static final Pattern OWNED_BODY = Pattern.compile("\\b[Tt]he\\s+((?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+['’]s\\s+"
            + "(" + BODIES + "|court))\\b");
    private static final Pattern CAPITALISED_PHRASE = Pattern.compile(CAPITALISED_WORD + "(?:" + NEXT_WORD + ")*");
    /** "a spokesman for the Anbar governor": the office a place names is the body, not the place. */
    private static final Pattern ORG_PHRASE = Pattern.compile("\\b(?:at|with|of|for|from)\\s+(?:the\\s+)?("
            + CAPITALISED_WORD + "(?:" + NEXT_WORD + ")*(?:\\s+(?:governor|mayor|governorate|council|police)\\b)?)");
    private static final Pattern GENERIC = Pattern.compile("(?i)(?:officials|sources|analysts|residents|activists"
            + "|witnesses|reports|media|engineers|commanders|leaders|forces|officers|experts|observers|diplomats"
            + "|people|members|fighters|militants|troops|soldiers|authorities|agencies|figures|groups|officers"
            + "|politicians|critics|commentators|others|many|some|they|we|i|you)");
    private static final Pattern LEADING = Pattern.compile("(?i:the|a|an|some|many|several|local|senior|other)"
            + "|\\p{Lu}[\\p{L}-]*");
    private static final Pattern POST_MODIFIER = Pattern.compile("(?i)loyal|close|in|from|of|at|with|on|for|based"
            + "|familiar|across|who|and|near|inside");
    /** A body's acronym opening the words as their subject: "The MNDAA renewed its offensive", "the NUG". */
    private static final Pattern ACRONYM_SUBJECT = Pattern.compile("^\\W*(?:[Tt]he\\s+)?(\\p{Lu}{2,6})(?:\\s+\\p{Ll}|\\W*$)");
    private static final Pattern INSTITUTION = Pattern.compile("(?i)^\\W*the\\s+(?:command|ministry|office|group"
            + "|movement|agency|organi[sz]ation|militia|army)\\b");
    private static final Pattern WORDS = Pattern.compile("[\\p{L}’'\\-]+");

    /** "the army said", "the military's spokesman announced": the state's forces; group 1 the part of them that speaks. */
    private static final String ARMY_ORGAN = "((?:[\\p{L}-]+\\s+){0,2}?(?:command|spokesman|spokeswoman|spokesperson|leadership"
            + "|headquarters|media office))";
    private static final Pattern ARMY_SPEAKS = Pattern.compile("(?i)\\bthe\\s+(?:army|military)(?:['’]s\\s+" + ARMY_ORGAN
            + ")?\\s+(?:said|says|announced|declared|stated|added|told|reported)\\b"
            // "The source note now quotes the army's general command:": the organ the words end with is quoted
            + "|\\bthe\\s+(?:army|military)['’]s\\s+" + ARMY_ORGAN + "\\W*$");

    /**
     * A body's organ or its words, owned by "its" or "their": "Its general command said", "its statement read"; group 1
     * the organ.
     */
    private static final Pattern ITS_ORGAN = Pattern.compile("(?i)^\\W*(?:its|their)\\s+((?:[\\p{L}-]+\\s+){0,2}?(?:command"
            + "|spokesman|spokeswoman|spokesperson|leadership|headquarters|media office|statement|communiqu[ée]))\\b");
    /** The army or the military named in a text, the state's forces. */
    private static final Pattern ARMY_NAMED = Pattern.compile("(?i)\\bthe\\s+(?:army|military)\\b(?!['’])");

    /** Who "an army officer" or "a soldier of the garrison" speaks for, before the article's country is known. */
    static final EntityRef GOVERNMENT_FORCES = new EntityRef("government-forces", "government forces", EntityKind.STATE_FORCE, false);
    private static final Pattern ARMY = Pattern.compile("(?i)\\b(?:army|military|soldiers?|garrison|troops)\\b"
            + "|\\b(Iraqi|Syrian)\\s+(?:[\\p{Ll}-]+\\s+)?(?:commander|officer|general)\\b");

    private SpeakerFinder() {
    }

    /**
     * The speaker named in a region of the text, or null.
     *
     * @param lastOrganisation the organisation that last spoke, for "the command added"
     * @param knownOrganisationsOnly whether an organisation must be a resolved mention to speak (for indirect
     *                               speech, where a name in the text is too weak a sign)
     */
    static Speaker resolve(AnalyzedText text, SpeakerNames names, Span region, EntityRef lastOrganisation,
                           boolean knownOrganisationsOnly) {
        String r = region.of(text.text());
        SpeakerNames.Occurrence named = names.firstIn(region);
        if (named != null) {
            return person(named.person());
        }
        Mention known = SpeakerOpenings.knownPerson(text, region);
        if (known != null) {
            // "Fayez al-Sarraj put it on Twitter:": a person the gazetteer knows is the subject of the words
            return new Speaker(known.entity(), null, null);
        }
        Matcher heading = HEADING_ROLE.matcher(r);
        Matcher keeper = KEEPER.matcher(r);
        String ownRole = heading.lookingAt() ? heading.group(1) : keeper.lookingAt() ? keeper.group(1) : null;
        if (ownRole != null && text.article().publisher() != null && !knownOrganisationsOnly) {
            // "FROM THE DIRECTOR" over a theatre's programme note, "As an admin put it" on a wiki: the page's own people
            return unnamedPerson(text, region, ownRole, publisher(text));
        }
        Matcher own = OWN_STAFF.matcher(r);
        if (own.lookingAt() && text.article().publisher() != null) {
            // "said our country director" on a charity's page: one of the publisher's own people
            return unnamedPerson(text, region, own.group(1), publisher(text));
        }
        Matcher nameWord = NAME_WORD_ROLE.matcher(r);
        if (nameWord.lookingAt() && text.article().publisher() != null
                && nameWord.group(1).equalsIgnoreCase(firstWord(text.article().publisher()))
                && !namesPlace(text, region, region.start() + nameWord.start(1), region.start() + nameWord.end(1))) {
            // "said the Harbourlight caseworker who prepared it" on the Harbourlight Legal Advice Centre's page
            return unnamedPerson(text, region, nameWord.group(2), publisher(text));
        }
        if (PRONOUN.matcher(r).find()) {
            SpeakerNames.Occurrence latest = names.latestOccurrenceBefore(region.start());
            int from = latest == null ? Math.max(0, region.start() - LOOK_BACK) : latest.span().end();
            Matcher other = UNNAMED.matcher(text.text()).region(from, region.start());
            Span unnamedSpan = null;
            while (other.find()) {
                boolean appositive = latest != null
                        && text.text().substring(latest.span().end(), other.start()).trim().equals(",");
                if (!appositive) {
                    unnamedSpan = new Span(other.start(), other.end());
                }
            }
            Matcher civilian = CIVILIAN.matcher(text.text()).region(from, region.start());
            Span civilianSpan = null;
            String civilianRole = null;
            while (civilian.find()) {
                if (partOfName(text.text(), civilian)) {
                    // "the Mothers of Srebrenica": a body's name, not a mother
                    continue;
                }
                int paragraph = text.text().lastIndexOf('\n', civilian.start()) + 1;
                if (ModalityDetector.insideQuote(text.text(), new Span(paragraph, civilian.end()),
                        new Span(civilian.start(), civilian.end()))) {
                    // "... and the second thing was call our mothers," he says: words of the quotation, not its speaker
                    continue;
                }
                civilianSpan = new Span(civilian.start(), civilian.end());
                civilianRole = civilian.group(1) != null ? civilian.group(1) : civilian.group(2);
            }
            if (civilianSpan != null && !knownOrganisationsOnly
                    && (unnamedSpan == null || civilianSpan.start() > unnamedSpan.start())) {
                // "A resident who returned told us that ... 'They did not loot them first,' he said"
                Matcher speakingFor = SPEAKING_FOR.matcher(text.text())
                        .region(region.start(), SpeakerNames.sentenceEnd(text.text(), region.end()));
                if (speakingFor.find()) {
                    // "My aunt says ... '...,' she told me, speaking, as she always does, for the Joura Bread Committee"
                    return unnamedPerson(text, civilianSpan, civilianRole, SpeakerNames.organisation(speakingFor.group(1)));
                }
                return unnamedPerson(text, civilianSpan, civilianRole);
            }
            if (unnamedSpan != null) {
                int end = Math.min(SpeakerNames.sentenceEnd(text.text(), unnamedSpan.end()), region.start());
                Matcher verb = SPEAKING.matcher(text.text()).region(unnamedSpan.end(), end);
                return unnamed(text, new Span(unnamedSpan.start(), verb.find() ? verb.start() : end));
            }
            if (latest == null) {
                // "The Head of Directorate said ... 'Nobody wants this,' she said": the office named just before
                Matcher holder = OFFICE_HOLDER_BEFORE.matcher(text.text()).region(Math.max(0, region.start() - LOOK_BACK), region.start());
                String title = null;
                while (holder.find()) {
                    title = holder.group(1);
                }
                return title == null ? null : officeHolder(text, region, title, knownOrganisationsOnly);
            }
            return person(latest.person());
        }
        if (IT_SPEAKS.matcher(r).lookingAt() && !knownOrganisationsOnly) {
            // "The Russian Defence Ministry said ... The next day it announced that ...": the body named last speaks again
            Speaker owner = ownerBefore(text, region.start(), null);
            if (owner != null) {
                return owner;
            }
        }
        if (DOCUMENT.matcher(r).lookingAt() && mentionedOrganisation(text, region) == null) {
            // "A report on the reopening of Manbij's market said that ...": a page quoted, not a speaker
            return null;
        }
        Matcher bodyRole = BODY_ROLE.matcher(r);
        Matcher setting = SETTING.matcher(r);
        if (bodyRole.lookingAt() || setting.lookingAt() && bodyRole.region(setting.end(), r.length()).lookingAt()) {
            // "the club's captain", "one of the project's senior coders", "In the release note the project lead wrote:"
            EntityRef body = bodyOfRole(text, region.start(), bodyRole.group(1) != null ? bodyRole.group(1) : bodyRole.group(2));
            if (body != null) {
                return new Speaker(body, bodyRole.group(3).toLowerCase(Locale.ROOT), null);
            }
        }
        Matcher its = ITS_ORGAN.matcher(r);
        if (its.lookingAt() && !knownOrganisationsOnly) {
            // "The army had come back. Its general command said ...": the body named last before speaks through its organ
            Speaker owner = ownerBefore(text, region.start(), its.group(1).toLowerCase(Locale.ROOT));
            if (owner != null) {
                return owner;
            }
        }
        Matcher army = ARMY_SPEAKS.matcher(r);
        if (army.find() && !knownOrganisationsOnly) {
            // "the army's general command said they were ...": the state's forces, once the article's country is known
            String organ = army.group(1) != null ? army.group(1) : army.group(2);
            return new Speaker(GOVERNMENT_FORCES, organ == null ? null : organ.toLowerCase(Locale.ROOT), null);
        }
        Matcher role = ROLE_REFERENCE.matcher(r);
        if (role.find()) {
            SpeakerNames.Person p = names.latestWithRole(region.start(), role.group(1));
            if (p != null) {
                return person(p);
            }
        }
        if (JUDGE.matcher(r).lookingAt()) {
            // "the presiding judge said": for the court the text named
            EntityRef court = bodyNamedBefore(text, region.start(), "court");
            if (court != null) {
                return new Speaker(court, "judge", null);
            }
            return knownOrganisationsOnly ? null : unnamedPerson(text, region, "judge");
        }
        Matcher owned = OWNED_ROLE.matcher(r);
        if (owned.find()) {
            // "said CPM's Iraq researcher": for CPM, by the name the text gave it in full
            return new Speaker(SpeakerNames.organisation(spelledOut(text.text(), owned.group(1))), null, null);
        }
        Matcher office = OFFICE_HOLDER.matcher(r);
        if (office.lookingAt()) {
            Matcher of = OF_BODY.matcher(r).region(office.end(), r.length());
            EntityRef body = !of.lookingAt() ? null : of.group(1).equalsIgnoreCase("our")
                    ? ourBody(text, region.start(), of.group(2)) : bodyOfRole(text, region.start(), of.group(2));
            if (body != null) {
                // "says the chair of our committee": an office of the committee that organised the page
                return unnamedPerson(text, region, office.group(1), body);
            }
            return officeHolder(text, region, office.group(1), knownOrganisationsOnly);
        }
        SpeakerOpenings.Member member = knownOrganisationsOnly ? null
                : SpeakerOpenings.introducedMember(text.text(), region.start(), r);
        if (member != null) {
            // "The newer co-opted member ... said" after "two co-opted members from the Hallowmere Ukrainian Families Group"
            return unnamedPerson(text, region, member.role(), member.group());
        }
        Matcher unnamedRole = UNNAMED.matcher(r);
        if (unnamedRole.find()) {
            Speaker official = unnamed(text, region);
            if (official == null && !knownOrganisationsOnly && !OFFICE.matcher(r).find()) {
                // a quotation from "a shopkeeper near the bridge": an unnamed person of this article, not nobody
                return unnamedPerson(text, region, unnamedRole.group(2));
            }
            return official;
        }
        Matcher civilian = CIVILIAN.matcher(r);
        if (!knownOrganisationsOnly && civilian.find() && !partOfName(r, civilian)) {
            return unnamedPerson(text, region, civilian.group(1) != null ? civilian.group(1) : civilian.group(2));
        }
        Matcher kindOwned = KIND_OWNED_ROLE.matcher(r);
        if (kindOwned.lookingAt()) {
            // "says the ensemble's oud player" after "The Khabur Road Ensemble", "the label's production manager" on a
            // page of Low Bridge Records
            EntityRef body = bodyOfRole(text, region.start(), kindOwned.group(1));
            if (body != null) {
                return new Speaker(body, kindOwned.group(2).toLowerCase(Locale.ROOT), null);
            }
        }
        if (SpeakerOpenings.shipOwners(r)) {
            // "The owners said ...": the owners of the ship named last before, a company the text does not name
            return SpeakerOpenings.shipOwners(text.text(), region.start(), r);
        }
        int org = organisationAtEnd(text, region);
        if (org >= 0 ? generic(text.text().substring(region.start(), org)) : generic(r)) {
            return null;
        }
        EntityRef found = knownOrganisationsOnly ? mentionedOrganisation(text, region) : organisationIn(text, region);
        if (found == null && !knownOrganisationsOnly) {
            // "The Aspides mission warned:": a body the gazetteer does not know, named with its kind
            found = SpeakerOpenings.namedBody(r);
        }
        if (found != null) {
            return new Speaker(found, null, null);
        }
        Matcher acronym = ACRONYM_SUBJECT.matcher(r);
        if (!knownOrganisationsOnly && acronym.lookingAt()) {
            // "The MNDAA renewed its offensive ..., and in August it announced that ...": a body the gazetteer does not
            // know, the subject of the words by its acronym
            return new Speaker(SpeakerNames.organisation(spelledOut(text.text(), acronym.group(1))), null, null);
        }
        if (lastOrganisation != null && INSTITUTION.matcher(r).find()) {
            return new Speaker(lastOrganisation, null, null);
        }
        return null;
    }

    /**
     * The body a role's owner names by its kind: the publisher for "the readers'" and "the paper's", or for a kind its
     * name contains ("the agency's" on the page of a Works and Recovery Agency); else the organisation of that kind named
     * before ("the club's" after "Riverside Sporting Club"); else null.
     */
    private static EntityRef bodyOfRole(AnalyzedText text, int before, String kind) {
        String publisher = text.article().publisher();
        if (publisher != null && (kind == null || OWN_MEDIUM.matcher(kind).matches()
                || hasWord(publisher, kind))) {
            return publisher(text);
        }
        return kind == null ? null : bodyNamedBefore(text, before, kind);
    }

    /** The first word of a name, past a leading "The": "Harbourlight" of "Harbourlight Legal Advice Centre". */
    private static String firstWord(String name) {
        Matcher w = WORDS.matcher(name);
        while (w.find()) {
            if (!w.group().equalsIgnoreCase("the")) {
                return w.group();
            }
        }
        return "";
    }

    /** Whether a line is a heading naming an office of the page's own: "FROM THE DIRECTOR". */
    static boolean ownRoleHeading(String line) {
        return HEADING_ROLE.matcher(line).lookingAt();
    }

    /** "our committee": the body of that kind named before (the page's organiser), else the publisher; or null. */
    private static EntityRef ourBody(AnalyzedText text, int before, String kind) {
        EntityRef named = bodyNamedBefore(text, before, kind);
        return named != null || text.article().publisher() == null ? named : publisher(text);
    }

    /** Whether a name holds a word, in any case: "agency" in "MESOPOTAMIA WORKS AND RECOVERY AGENCY". */
    private static boolean hasWord(String name, String word) {
        Pattern kind = KIND_SPELLINGS.get(word.toLowerCase(Locale.ROOT));
        Matcher w = WORDS.matcher(name);
        while (w.find()) {
            if (w.group().equalsIgnoreCase(word) || kind != null && kind.matcher(w.group()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Words a body's name may hold for the kind a text calls it by: "the project" of a "Conflict Data Programme". */
    private static final java.util.Map<String, Pattern> KIND_SPELLINGS;

    static {
        Pattern project = Pattern.compile("(?i)project|programme|program");
        Pattern theatre = Pattern.compile("(?i)theatre|theater");
        Pattern centre = Pattern.compile("(?i)centre|center");
        KIND_SPELLINGS = java.util.Map.of("label", Pattern.compile("(?i)records|recordings|label"),
                "project", project, "programme", project, "program", project,
                "archive", Pattern.compile("(?i)archives?"), "theatre", theatre, "theater", theatre, "centre", centre, "center", centre);
    }

    /** The page's publisher as an organisation, by the name the text gives it in mixed case. */
    private static EntityRef publisher(AnalyzedText text) {
        return SpeakerNames.organisation(asWritten(text.text(), text.article().publisher()));
    }

    /**
     * "The Director-General said": the organisation the text gave the office with before ("Witnesses: the
     * Director-General for Operations Policy, Ministry of Defence"), speaking through its office holder; else, for a
     * quotation, an unnamed holder of the office; else null.
     */
    private static Speaker officeHolder(AnalyzedText text, Span region, String title, boolean knownOrganisationsOnly) {
        String role = title.toLowerCase(Locale.ROOT);
        String t = text.text();
        Matcher intro = OFFICE_INTRODUCED.matcher(t).region(0, region.start());
        while (intro.find()) {
            if (intro.group(1).equalsIgnoreCase(title)) {
                return new Speaker(SpeakerNames.organisation(intro.group(2)), role, null);
            }
        }
        return knownOrganisationsOnly ? null : unnamedPerson(text, region, role);
    }

    /**
     * A name given in capitals ("ORONTES MEDICAL RELIEF" on a masthead) as the text writes it elsewhere in mixed case
     * ("Orontes Medical Relief thanks ..."), if it does; else as given.
     */
    private static String asWritten(String text, String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        for (int at = 0; (at = indexOfIgnoreCase(text, name, at)) >= 0; at++) {
            String seen = text.substring(at, at + name.length());
            if (!seen.equals(name)) {
                return seen;
            }
        }
        return name;
    }

    private static int indexOfIgnoreCase(String text, String name, int from) {
        for (int i = from; i + name.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, name, 0, name.length())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A person the article quotes without a name ("a shopkeeper near the Musayyib bridge"): a speaker of its
     * own, minted from the article and the place of the words, so that two articles' shopkeepers stay apart.
     */
    private static Speaker unnamedPerson(AnalyzedText text, Span region, String roleWord) {
        return unnamedPerson(text, region, roleWord, employer(text, region, roleWord.toLowerCase(Locale.ROOT)));
    }

    /** An unnamed person of a body the page already told (the publisher, "our committee"): no employer to look for. */
    private static Speaker unnamedPerson(AnalyzedText text, Span region, String roleWord, EntityRef affiliation) {
        String role = roleWord.toLowerCase(Locale.ROOT);
        String key = Names.slug(text.article().key() + " unnamed " + role + " " + region.start());
        return new Speaker(new EntityRef(key, "unnamed " + role, EntityKind.PERSON, false), role, affiliation);
    }

    /**
     * Whom an unnamed person works for, when the words name it: "a Kurdish Red Crescent worker", "an aid worker with a
     * UN agency"; else null. A place before the role ("a Mosul shopkeeper") is where they live, not an employer.
     */
    private static EntityRef employer(AnalyzedText text, Span region, String role) {
        EntityRef org = mentionedOrganisation(text, region);
        if (org != null) {
            return org;
        }
        String r = region.of(text.text());
        int at = r.toLowerCase(Locale.ROOT).indexOf(role);
        Matcher workplace = WORKPLACE.matcher(r).region(Math.max(0, at) + role.length(), r.length());
        if (at >= 0 && workplace.lookingAt()) {
            // "a medical worker at Qayyarah hospital", "a nurse at the city's national hospital"
            return SpeakerNames.organisation(workplace.group(1));
        }
        Matcher with = EMPLOYED_BY.matcher(r).region(Math.max(0, at) + role.length(), r.length());
        if (at >= 0 && with.lookingAt()) {
            // "an engineer with North Oil Company", "a worker for the Kurdish Red Crescent"
            if (!onlyPlace(text, region, region.start() + with.start(1), region.start() + with.end(1))) {
                return SpeakerNames.organisation(with.group(1));
            }
        }
        Matcher cap = CAPITALISED_PHRASE.matcher(r).region(0, Math.max(0, at));
        String last = null;
        int lastStart = -1;
        while (cap.find()) {
            last = cap.group();
            lastStart = cap.start();
        }
        if (last == null || !last.contains(" ") || !r.substring(lastStart + last.length(), at).isBlank()) {
            return null;
        }
        int from = region.start() + lastStart;
        return namesPlace(text, region, from, from + last.length()) ? null : SpeakerNames.organisation(last);
    }

    /** Whether text[from, to) is all one place's name: "a fighter with Raqqa" (not "with the Nineveh Plains Health Committee"). */
    private static boolean onlyPlace(AnalyzedText text, Span region, int from, int to) {
        return text.mentionsIn(region).stream().anyMatch(m -> m.entity().kind().isPlace()
                && m.span().start() <= from && m.span().end() >= to);
    }

    /** Whether a place named in region overlaps text[from, to): "a Mosul shopkeeper" names where, not whom for. */
    private static boolean namesPlace(AnalyzedText text, Span region, int from, int to) {
        Span words = new Span(from, to);
        return text.mentionsIn(region).stream().anyMatch(m -> m.entity().kind().isPlace() && m.span().overlaps(words));
    }

    /**
     * The full name the text gave an acronym in brackets ("Civilian Protection Monitor (CPM)") when the name is one;
     * else the name itself.
     */
    private static String spelledOut(String text, String name) {
        if (name.length() > 6 || !name.chars().allMatch(Character::isUpperCase)) {
            return name;
        }
        int at = text.indexOf(" (" + name + ")");
        if (at < 0) {
            return name;
        }
        Matcher cap = CAPITALISED_PHRASE.matcher(text).region(Math.max(0, at - 80), at);
        String last = null;
        while (cap.find()) {
            last = cap.end() == at ? cap.group() : null;
        }
        return last != null && last.contains(" ") ? initialled(last, name) : name;
    }

    /**
     * The end of a name whose words' initials spell an acronym: "Myanmar National Democratic Alliance Army" of "the Three
     * Brotherhood Alliance of the Myanmar National Democratic Alliance Army" for MNDAA; else the whole name.
     */
    private static String initialled(String name, String acronym) {
        String[] words = name.split("\\s+");
        StringBuilder initials = new StringBuilder();
        for (int i = words.length - 1; i >= 0; i--) {
            if (!Character.isUpperCase(words[i].charAt(0))) {
                continue; // "of", "the", "and" join the words but give no letter
            }
            initials.insert(0, words[i].charAt(0));
            if (initials.toString().equals(acronym)) {
                return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
            }
        }
        return name;
    }

    /** Whom an unnamed person works for, after the role: "with North Oil Company", "for the Kurdish Red Crescent". */
    private static final Pattern EMPLOYED_BY = Pattern.compile("\\s+(?:with|for)\\s+"
            // "a nurse with our partner, the Nineveh Plains Health Committee"
            + "(?:(?:our|their|its|a)\\s+(?:local\\s+)?partner(?:\\s+organi[sz]ation)?,?\\s+)?(?:the\\s+)?((?:\\p{Lu}[\\p{L}'\u2019&-]*\\s+){1,4}"
            + "\\p{Lu}[\\p{L}'\u2019&-]*)\\b");
    /** A team's role, which on a page without another organisation is the publisher's team. */
    private static final Pattern TEAM_ROLE = Pattern.compile("(?i)team\\s+leader");
    /** An organisation written as its acronym: "UNRWA", "OCHA". */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");
    /** Where an unnamed person works, after the role: "at Qayyarah hospital", "at the city's national hospital". */
    private static final Pattern WORKPLACE = Pattern.compile("\\s+(?:at|in|from)\\s+(?:the\\s+(?:(?:city|town)(?:'s|\u2019s)\\s+)?)?"
            + "((?:\\p{Lu}[\\p{L}'\u2019-]+\\s+){0,3}(?:(?:national|general|main|central|field)\\s+)?"
            + "(?:hospital|clinic|medical cent(?:re|er)|health cent(?:re|er)))\\b");

    /** An unnamed official ("a Department of Defense official") speaks for their organisation, if named. */
    private static Speaker unnamed(AnalyzedText text, Span region) {
        Matcher unnamed = UNNAMED.matcher(region.of(text.text()));
        if (!unnamed.find()) {
            return null;
        }
        // "a soldier who reached the Kurdish checkpoint": what the soldier did does not say whom he serves
        Matcher who = RELATIVE.matcher(text.text()).region(region.start() + unnamed.end(), region.end());
        Span own = who.find() ? new Span(region.start(), who.start()) : region;
        EntityRef org = mentionedOrganisation(text, own);
        if (org == null) {
            org = namedBefore(text, own.start(), unnamed.group(1));
        }
        Matcher body = OF_THE_BODY.matcher(text.text()).region(region.start() + unnamed.end(), own.end());
        if (org == null && body.lookingAt()) {
            // "a spokeswoman for the office said", "an official of the directorate told SANA"
            org = bodyNamedBefore(text, own.start(), body.group(1));
        }
        Matcher cap = CAPITALISED_PHRASE.matcher(unnamed.group(1));
        if (org == null && cap.find() && (cap.group().contains(" ") || ACRONYM.matcher(cap.group()).matches())) {
            // "a Defense Department official", "an UNRWA spokesperson"
            org = SpeakerNames.organisation(spelledOut(text.text(), cap.group()));
        }
        if (org == null) {
            org = organisationIn(text, own);
        }
        if (org == null && TEAM_ROLE.matcher(unnamed.group(2)).matches() && text.article().publisher() != null) {
            // "a survey team leader said" on a survey report: one of the publisher's teams
            org = publisher(text);
        }
        Matcher army = ARMY.matcher(own.of(text.text()));
        if (org == null && army.find()) {
            // "an army officer at the scene told us": the state's forces, once the article's country is known;
            // "an Iraqi officer said": Iraq's
            org = army.group(1) == null ? GOVERNMENT_FORCES : new EntityRef(GOVERNMENT_FORCES.key(),
                    army.group(1) + " " + GOVERNMENT_FORCES.label(), EntityKind.STATE_FORCE, false);
        }
        return org == null ? null : new Speaker(org, unnamed.group(2).toLowerCase(Locale.ROOT), null);
    }

    /**
     * The body named last before an offset in its paragraph, speaking through an organ of its own: an organisation the
     * text names, or "the army", the state's forces; else null.
     */
    private static Speaker ownerBefore(AnalyzedText text, int before, String organ) {
        int paragraph = text.text().lastIndexOf('\n', before - 1) + 1;
        EntityRef owner = null;
        int at = -1;
        for (Mention m : text.mentionsIn(new Span(paragraph, before))) {
            if (SpeakerNames.isOrganisation(m.entity()) && m.span().start() > at) {
                owner = GroupLeaders.leaderOr(text, m);
                at = m.span().start();
            }
        }
        Matcher army = ARMY_NAMED.matcher(text.text()).region(paragraph, before);
        while (army.find()) {
            if (army.start() > at) {
                owner = GOVERNMENT_FORCES;
                at = army.start();
            }
        }
        return owner == null ? null : new Speaker(owner, organ, null);
    }

    /**
     * Whether a person's word matched in a text is written with a capital after a word in lower case: part of a body's
     * name ("the Mothers of Srebrenica"), not a person ("the mother of two").
     */
    private static boolean partOfName(String s, Matcher civilian) {
        int role = civilian.group(1) != null ? civilian.start(1) : civilian.start(2);
        return Character.isUpperCase(s.charAt(role)) && Character.isLowerCase(s.charAt(civilian.start()));
    }

    /** The first media outlet named in a span (the "told The Daily Beast" of an attribution), or null. */
    static EntityRef outletIn(AnalyzedText text, Span span) {
        for (Mention m : text.mentionsIn(span)) {
            if (m.entity().kind() == EntityKind.MEDIA_OUTLET) {
                return m.entity();
            }
        }
        return null;
    }

    private static Speaker person(SpeakerNames.Person p) {
        return new Speaker(p.ref(), p.role(), p.affiliation());
    }

    private static EntityRef mentionedOrganisation(AnalyzedText text, Span region) {
        for (Mention m : text.mentionsIn(region)) {
            if (SpeakerNames.isOrganisation(m.entity())) {
                // "the rebels' command" after "rebels led by Hayat Tahrir al-Sham": the group that leads them
                return GroupLeaders.leaderOr(text, m);
            }
        }
        return null;
    }

    /**
     * "a council member" in a text that named the Raqqa Civil Council: the organisation named before whose name ends in
     * the word that qualifies the role (council, ministry, committee...); else null.
     */
    private static EntityRef namedBefore(AnalyzedText text, int before, String qualifier) {
        Matcher word = BODY_WORD.matcher(qualifier.strip());
        return word.matches() ? bodyNamedBefore(text, before, word.group(1)) : null;
    }

    /**
     * The organisation named before an offset whose name ends in the given head word: "Raqqa Civil Council" for
     * "council", or one named in lower case with its owner, "The federal prosecutor's office" for "office"; else null.
     */
    private static EntityRef bodyNamedBefore(AnalyzedText text, int before, String head) {
        Matcher cap = CAPITALISED_PHRASE.matcher(text.text()).region(0, before);
        String found = null;
        while (cap.find()) {
            String phrase = cap.group();
            boolean endsInHead = phrase.regionMatches(true, phrase.length() - head.length(), head, 0, head.length())
                    && !Character.isLetter(phrase.charAt(phrase.length() - head.length() - 1));
            // "the directorate" after "The Directorate-General of Antiquities and Museums"
            String bare = LEADING_THE.matcher(phrase).replaceFirst("");
            boolean opensWithHead = bare.regionMatches(true, 0, head, 0, head.length()) && bare.length() > head.length()
                    && !Character.isLetter(bare.charAt(head.length()));
            if (phrase.contains(" ") && (endsInHead || opensWithHead)) {
                found = phrase;
            }
        }
        if (found == null) {
            Matcher owned = OWNED_BODY.matcher(text.text()).region(0, before);
            while (owned.find()) {
                if (owned.group(2).equalsIgnoreCase(head)) {
                    found = owned.group(1);
                }
            }
        }
        return found == null ? null : SpeakerNames.organisation(LEADING_THE.matcher(found).replaceFirst(""));
    }

    private static EntityRef organisationIn(AnalyzedText text, Span region) {
        EntityRef mentioned = mentionedOrganisation(text, region);
        if (mentioned != null) {
            return mentioned;
        }
        Matcher phrase = ORG_PHRASE.matcher(region.of(text.text()));
        return phrase.find() ? SpeakerNames.organisation(phrase.group(1)) : null;
    }

    /**
     * Where a known organisation's name that ends the region starts ("the Syrian Democratic Forces"), or -1:
     * the words before it may still make the speaker a group in general ("fighters of the YPG").
     */
    private static int organisationAtEnd(AnalyzedText text, Span region) {
        int end = region.end();
        while (end > region.start() && !Character.isLetter(text.text().charAt(end - 1))) {
            end--;
        }
        for (Mention m : text.mentionsIn(region)) {
            if (SpeakerNames.isOrganisation(m.entity()) && m.span().end() == end) {
                return m.span().start();
            }
        }
        return -1;
    }

    /** Whether the speaker words name a group in general ("Kurdish officials", "Forces loyal to ..."). */
    private static boolean generic(String r) {
        Matcher w = WORDS.matcher(r);
        List<String> words = new ArrayList<>();
        while (w.find()) {
            words.add(w.group());
        }
        if (words.isEmpty()) {
            return false;
        }
        if (GENERIC.matcher(words.get(words.size() - 1)).matches()) {
            return true;
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (GENERIC.matcher(word).matches()) {
                return i + 1 < words.size() && POST_MODIFIER.matcher(words.get(i + 1)).matches();
            }
            if (!LEADING.matcher(word).matches()) {
                return false;
            }
        }
        return false;
    }
}
