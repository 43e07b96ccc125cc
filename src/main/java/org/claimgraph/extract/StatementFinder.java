package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.model.Claim;
import org.claimgraph.model.EntityKind;
import org.claimgraph.model.EntityRef;
import org.claimgraph.model.Modality;
import org.claimgraph.model.Span;
import org.claimgraph.model.Statement;

/**
 * Finds statements: direct quotes with their speaker (named after the quote, before it with a colon or a
 * speech verb, or carried over from the previous quote of the same speaker) and indirect speech
 * ("X announced on Thursday that ..."). One claim per quoted passage; its evidence is the quoted words.
 * Scare quotes (one or two words), quotes nobody is said to have spoken (pull quotes, headlines) and
 * readers' comments give no statement. Thread-safe.
 */
public final class StatementFinder implements ClaimFinder {

    private static final Pattern SPEECH_VERB = Pattern.compile("(?i)\\b(?:said|says|say|told|tells|added|adds"
            + "|noted|notes|concluded|explained|explains|continued|stated|tweeted|wrote|writes|declared|announced"
            + "|insisted|insists|warned|warns|recalled|asked|replied|responded|observed|remarked|according to"
            // "its statement read": the words a written statement gives
            + "|(?<=(?:statement|communiqué|message)\\s)reads?)\\b");
    /** Nouns for what someone said. */
    static final String SPEECH_NOUN = "(?:remark|comment|assertion|claim|warning|pledge|vow|promise)s?";
    private static final Pattern LEAD_IN_VERB = Pattern.compile("(?i)\\b(?:said|says|saying|told|tells|telling"
            + "|added|adding|noted|declared|announced|announcing|wrote|tweeted|stated|urged|urging|called|calling"
            + "|described|describing|warned|warning|insisted|observed|remarked|according to|puts? it|putting it"
            // "went on television to say that", "CENTCOM reported that"
            + "|say|reported|reports"
            // "His remark on 24 May that "...": the words a remark was made of
            + "|" + SPEECH_NOUN + "\\b(?=[^.;:\"“]{0,40}\\bthat$))\\b");
    private static final Pattern INDIRECT = Pattern.compile("\\b(?:said|says|announced|noted|added|stated|tweeted"
            + "|estimated|declared|explained|confirmed|concluded|told(?:\\s+[\\p{L}.]+){1,3}?)((?:\\s+(?:on|in|late"
            + "|early|last|this)\\s+"
            + "[\\p{L}]+(?:\\s+\\d+)?){0,2})\\s+that\\s+");
    private static final Pattern WORD = Pattern.compile("\\S+");
    /** What stands between a quotation and a verb of its own speaker's: " and ", " but then ". */
    private static final Pattern SECOND_VERB_AFTER = Pattern.compile("(?i)[\\s,]*(?:and|but|then)(?:\\s+then)?\\s+");
    /** A quote given as someone's answer inside another speaker's account. */
    private static final Pattern ANSWERED = Pattern.compile("(?i)\\b(?:the|his|her|their)\\s+(?:answer|reply|response)"
            + "\\s+(?:was|had been|came)\\s*:?\\s*$");
    /** Verbs of an announcement or an interview: indirect speech with them is a statement in its own right. */
    private static final Pattern FORMAL = Pattern.compile("(?:announced|declared|stated|told)\\b");
    /** How spoken words end: with a sentence's end, or a comma before their speaker. */
    private static final Pattern SPEECH_END = Pattern.compile("[.!?,;…]\\s*$");
    private static final double QUOTE_CONFIDENCE = 0.85;
    private static final double INDIRECT_CONFIDENCE = 0.7;

    /** Resolves a generic group ("government forces") in a text about one country, or gives empty. */
    private final java.util.function.BiFunction<String, List<Mention>, Optional<EntityRef>> generic;

    /** A finder that drops statements of speakers known only as "an army officer". */
    public StatementFinder() {
        this((phrase, mentions) -> Optional.empty());
    }

    StatementFinder(java.util.function.BiFunction<String, List<Mention>, Optional<EntityRef>> generic) {
        this.generic = generic;
    }

    @Override
    public List<Claim> find(AnalyzedText input) {
        AnalyzedText text = QuoteScanner.withPlainSpaces(input);
        String all = text.text();
        int stop = QuoteScanner.commentaryStart(all);
        SpeakerNames names = SpeakerNames.of(text);
        List<QuoteScanner.Quote> quotes = QuoteScanner.scan(all).stream()
                .filter(q -> q.inner().end() <= stop).toList();
        List<Found> found = new ArrayList<>();
        Span[] attributions = new Span[quotes.size()];
        for (int i = quotes.size() - 1; i >= 0; i--) {
            attributions[i] = attribution(all, quotes.get(i));
            if (attributions[i] == null && i + 1 < quotes.size() && quotes.get(i + 1).continuesPrevious()) {
                attributions[i] = attributions[i + 1];
            }
        }
        for (int i = 0; i < quotes.size(); i++) {
            found.add(new Found(quotes.get(i).inner(), quotes.get(i), attributions[i], true));
        }
        for (Span sentence : QuoteScanner.sentences(text)) {
            if (sentence.end() > stop) {
                break;
            }
            indirect(text, sentence, quotes).ifPresent(found::add);
        }
        found.sort((a, b) -> a.evidence().compareTo(b.evidence()));
        return resolveAll(text, names, found);
    }

    /** A quoted passage or indirect speech, with the words that name its speaker (null when none do). */
    private record Found(Span evidence, QuoteScanner.Quote quote, Span speakerRegion, boolean formal) {
    }

    private List<Claim> resolveAll(AnalyzedText text, SpeakerNames names, List<Found> found) {
        List<Claim> claims = new ArrayList<>();
        List<Boolean> reportedOnly = new ArrayList<>();
        EntityRef lastOrg = null;
        SpeakerFinder.Speaker last = null;
        Span lastParagraph = null;
        Span lastSpeechParagraph = null;
        for (Found f : found) {
            SpeakerFinder.Speaker speaker;
            EntityRef via = null;
            String when = "";
            Span paragraph;
            if (f.quote() == null) {
                speaker = SpeakerFinder.resolve(text, names, f.speakerRegion(), lastOrg, true);
                when = text.text().substring(f.speakerRegion().start(), f.evidence().start());
                paragraph = paragraphOf(text.text(), f.evidence().start());
            } else {
                QuoteScanner.Quote q = f.quote();
                paragraph = q.paragraph();
                Span attribution = f.speakerRegion();
                speaker = attribution == null ? null : SpeakerFinder.resolve(text, names, attribution, lastOrg, false);
                if (speaker != null && ANSWERED.matcher(attribution.of(text.text())).find()) {
                    // "X says he begged him to leave, and that the answer was: ..." - the words are not X's
                    speaker = otherPerson(text, names, attribution.start(), speaker);
                    if (speaker == null) {
                        continue;
                    }
                }
                if (attribution != null) {
                    int end = SpeakerNames.sentenceEnd(text.text(), attribution.end());
                    when = text.text().substring(attribution.start(), end);
                    via = SpeakerFinder.outletIn(text, new Span(attribution.start(), end));
                }
                if (speaker == null && attribution == null && last != null) {
                    boolean sameParagraph = paragraph.equals(lastParagraph);
                    boolean opensParagraph = q.open() == Words.firstNonSpace(text.text(), paragraph.start());
                    boolean follows = lastSpeechParagraph != null
                            && previousParagraph(text.text(), paragraph.start()) == lastSpeechParagraph.start();
                    // a quoted line on its own with no sentence's end, '"Waiting for a flight that never came"', is a heading
                    boolean heading = standsAlone(text.text(), q) && !SPEECH_END.matcher(q.inner().of(text.text())).find();
                    if (q.continuesPrevious() || sameParagraph || (opensParagraph && follows && !heading)) {
                        speaker = last;
                    }
                }
                if (!QuoteScanner.isSpeech(q.inner().of(text.text())) && !reportedComplement(text.text(), attribution, q)) {
                    continue;
                }
            }
            if (speaker != null && speaker.ref().key().equals(SpeakerFinder.GOVERNMENT_FORCES.key())) {
                EntityRef forces = generic.apply(speaker.ref().label(), text.mentions()).orElse(null);
                speaker = forces == null ? null : new SpeakerFinder.Speaker(forces, speaker.role(), null);
            }
            if (speaker == null) {
                continue;
            }
            last = speaker;
            lastParagraph = paragraph;
            lastSpeechParagraph = paragraph;
            if (SpeakerNames.isOrganisation(speaker.ref())) {
                lastOrg = speaker.ref();
            }
            Statement st = new Statement(speaker.ref(), speaker.role(), speaker.affiliation(),
                    StatementDates.when(when, text.published()));
            double confidence = f.quote() == null ? INDIRECT_CONFIDENCE : QUOTE_CONFIDENCE;
            claims.add(new Claim(f.evidence(), st, Modality.REPORTED, confidence, speaker.ref(), via));
            reportedOnly.add(!f.formal());
        }
        return withoutBareParaphrase(claims, reportedOnly);
    }

    /**
     * The person named last before an offset who is not the given speaker (introduced as a speaker, or a
     * known person of the gazetteer), or null.
     */
    private static SpeakerFinder.Speaker otherPerson(AnalyzedText text, SpeakerNames names, int before,
                                                     SpeakerFinder.Speaker not) {
        SpeakerFinder.Speaker found = null;
        int at = -1;
        for (SpeakerNames.Occurrence o : names.occurrences()) {
            if (o.span().end() <= before && !o.person().ref().equals(not.ref()) && o.span().start() > at) {
                SpeakerNames.Person p = o.person();
                found = new SpeakerFinder.Speaker(p.ref(), p.role(), p.affiliation());
                at = o.span().start();
            }
        }
        for (Mention m : text.mentions()) {
            if (m.entity().kind() == EntityKind.PERSON && m.span().end() <= before && m.span().start() > at
                    && !m.entity().key().equals(not.ref().key()) && !sameSurname(m.entity(), not.ref())) {
                found = new SpeakerFinder.Speaker(m.entity(), null, null);
                at = m.span().start();
            }
        }
        return found;
    }

    private static boolean sameSurname(EntityRef a, EntityRef b) {
        String[] x = a.label().split(" ");
        String[] y = b.label().split(" ");
        return x[x.length - 1].equalsIgnoreCase(y[y.length - 1]);
    }

    /**
     * Drops paraphrase ("the CIA said that ...") whose speaker is never quoted: the writer citing a source
     * for a fact rather than a statement. Formal announcements and paraphrase of quoted speakers stay.
     */
    private static List<Claim> withoutBareParaphrase(List<Claim> claims, List<Boolean> paraphrase) {
        Set<String> quoted = new HashSet<>();
        for (int i = 0; i < claims.size(); i++) {
            if (!paraphrase.get(i)) {
                quoted.add(((Statement) claims.get(i).about()).speaker().key());
            }
        }
        List<Claim> out = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            if (!paraphrase.get(i) || quoted.contains(((Statement) claims.get(i).about()).speaker().key())) {
                out.add(claims.get(i));
            }
        }
        return out;
    }

    /**
     * The words naming the speaker of a quote: after it ("," he said), before it (X said:) or on the caption line
     * above a quotation that stands alone ("Source A: a YPG fighter ..., speaking to a journalist"); or null. A
     * quotation in brackets ('A report on Saturday ("The last village falls") said that ...') is a title.
     */
    private static Span attribution(String s, QuoteScanner.Quote q) {
        if (q.open() > 0 && s.charAt(q.open() - 1) == '(' && q.close() < s.length() && s.charAt(q.close()) == ')') {
            return null;
        }
        Span tail = tailOf(s, q);
        String t = tail.of(s);
        Matcher verb = SPEECH_VERB.matcher(t);
        // '... called the damage "a new tragedy" and asked that ...': a second verb of the speaker named before
        if (verb.find() && wordsBefore(t, verb.start()) <= 12 && !SECOND_VERB_AFTER.matcher(t).region(0, verb.start()).matches()) {
            Span before = trim(s, new Span(tail.start(), tail.start() + verb.start()));
            if (before.length() > 0 && Character.isLetter(s.charAt(before.end() - 1))) {
                return before;
            }
            Span after = trim(s, new Span(tail.start() + verb.end(), tail.end()));
            // '("The last village falls") said that the SDF had ...': what follows is what was said, not who said it
            return CLAUSE_OPENING.matcher(after.of(s)).lookingAt() ? null : after;
        }
        int start = sentenceStart(s, q.open(), q.paragraph().start());
        Span lead = trim(s, new Span(start, q.open()));
        String l = lead.of(s);
        if (l.isEmpty()) {
            if (!standsAlone(s, q)) {
                return null;
            }
            Span caption = captionAbove(s, q.paragraph().start());
            return caption != null ? caption : leadInAbove(s, q.paragraph().start());
        }
        if (l.endsWith(":") && VOICE_LABEL.matcher(l).matches()) {
            // "[CUE AUDIO: SDF spokesman, recorded Sunday ...]" then "VOICE-OVER: ...": the cue names the speaker
            Span cue = cuedSpeaker(s, lead.start());
            return cue != null ? cue : lead;
        }
        if (l.endsWith(":") || LEAD_IN_VERB.matcher(l).find()) {
            return lead;
        }
        return null;
    }

    /**
     * "... and said her family in the city had felt "less forgotten"": a speaker's own words of two, quoted as what
     * something was or felt like in their reported speech, not a scare quote.
     */
    private static final Pattern COMPLEMENT_LEAD = Pattern.compile("(?i)\\b(?:said|says|told|tells|wrote|writes)\\b.*\\b(?:felt"
            + "|feel|feels|was|were|is|are|been|seemed|seems|remained|remains|became|become)$");

    private static boolean reportedComplement(String s, Span attribution, QuoteScanner.Quote q) {
        return attribution != null && attribution.end() <= q.open() && q.inner().of(s).trim().split("\\s+").length == 2
                && COMPLEMENT_LEAD.matcher(attribution.of(s)).find();
    }

    /** Words that open a reported clause rather than name a speaker: "that the SDF had announced ...". */
    private static final Pattern CLAUSE_OPENING = Pattern.compile("(?i)that\\b");
    /** A caption that introduces the quotation below it: "a YPG fighter who defended Kobani, speaking to a journalist". */
    private static final Pattern CAPTION = Pattern.compile("(?i)\\b(?:speaking|describing|recalling|writing|talking"
            + "|interviewed|testifying)\\b"
            // "Source B: from a speech by the Turkish president, ...", "from a statement circulated by the SDF"
            + "|(?i)\\bfrom an? (?:speech|statement|press conference|interview|address|sermon|message|letter|post|broadcast)"
            + "\\b[^.]{0,30}?\\b(?:by|of|from)\\b");
    /** A caption's label: "Source A:", "Extract 2:". */
    static final Pattern CAPTION_LABEL = Pattern.compile("^[\\p{L}\\d ]{1,20}:\\s*");
    /** How long a caption line above a quotation may be. */
    private static final int CAPTION_LENGTH = 240;

    /** Whether a quotation is its paragraph, with nothing before or after it. */
    private static boolean standsAlone(String s, QuoteScanner.Quote q) {
        return q.open() == Words.firstNonSpace(s, q.paragraph().start())
                && s.substring(Math.min(q.close(), q.paragraph().end()), q.paragraph().end()).isBlank();
    }

    /** The caption line just above a paragraph, without its label, when it introduces a speaker; else null. */
    private static Span captionAbove(String s, int paragraphStart) {
        Span above = lineAbove(s, paragraphStart);
        if (above == null) {
            return null;
        }
        Span line = trim(s, above);
        String l = line.of(s);
        // or a heading over a note: "FROM THE DIRECTOR", "A word from our chair"
        if (l.length() > CAPTION_LENGTH || l.indexOf('"') >= 0 || l.indexOf('“') >= 0
                || !CAPTION.matcher(l).find() && !SpeakerFinder.ownRoleHeading(l)) {
            return null;
        }
        Matcher label = CAPTION_LABEL.matcher(l);
        return label.lookingAt() ? new Span(line.start() + label.end(), line.end()) : line;
    }

    /**
     * The sentence that closes the paragraph above with a colon, leading into a quotation set apart below it: "Aslan Roe,
     * the rebels' chief of staff, was defiant:" over '"We are ready to fight on."'; else null.
     */
    private static Span leadInAbove(String s, int paragraphStart) {
        int start = previousParagraph(s, paragraphStart);
        if (start < 0) {
            return null;
        }
        int end = paragraphStart - 1;
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        if (s.charAt(end - 1) != ':' || s.lastIndexOf('\n', end - 1) >= start) {
            return null;
        }
        Span lead = trim(s, new Span(sentenceStart(s, end - 1, start), end));
        return lead.length() > 1 ? lead : null;
    }

    /** A label that stands for a recorded voice in a script rather than naming it: "VOICE-OVER:", "TRANSLATION:". */
    private static final Pattern VOICE_LABEL = Pattern.compile("(?i)(?:voice[- ]?over|vo|v/o|translation|interpreter|actuality|sot|clip|audio)\\s*:");
    /** A script's audio cue: "[CUE AUDIO: Kurdish Red Crescent medic, Tal Tamr, ...]"; the first part names the voice. */
    private static final Pattern AUDIO_CUE = Pattern.compile("\\[\\s*(?i:cue|audio|clip|insert|sot|actuality)[^\\]:\\n]{0,20}:\\s*([^,\\]\\n]{2,80})");

    /** The speaker a script's audio cue names on the line above a voice label at {@code labelStart}, or null. */
    private static Span cuedSpeaker(String s, int labelStart) {
        Span above = lineAbove(s, s.lastIndexOf('\n', labelStart - 1) + 1);
        if (above == null) {
            return null;
        }
        Matcher m = AUDIO_CUE.matcher(s).region(above.start(), above.end());
        return m.lookingAt() ? new Span(m.start(1), m.end(1)) : null;
    }

    /** The first line of the non-blank paragraph before the one starting at an offset, or null. */
    private static Span lineAbove(String s, int paragraphStart) {
        int start = previousParagraph(s, paragraphStart);
        if (start < 0) {
            return null;
        }
        int end = s.indexOf('\n', start);
        return new Span(start, end < 0 ? s.length() : end);
    }

    private static Span tailOf(String s, QuoteScanner.Quote q) {
        int from = Math.min(q.close(), q.paragraph().end());
        String inner = q.inner().of(s).strip();
        int next = from;
        while (next < q.paragraph().end() && s.charAt(next) == ' ') {
            next++;
        }
        if (!inner.isEmpty() && ".!?".indexOf(inner.charAt(inner.length() - 1)) >= 0 && next > from
                && next < q.paragraph().end() && Character.isUpperCase(s.charAt(next))) {
            // '... as hostile." The Israeli military ... said: "...': the quotation ended its sentence, and the next
            // sentence names the next speaker
            return new Span(from, from);
        }
        int end = Math.min(SpeakerNames.sentenceEnd(s, from), q.paragraph().end());
        for (int i = from; i < end; i++) {
            char c = s.charAt(i);
            if (c == '“' || c == '"') {
                end = i;
                break;
            }
        }
        return new Span(from, Math.max(from, end));
    }

    private static Optional<Found> indirect(AnalyzedText text, Span sentence, List<QuoteScanner.Quote> quotes) {
        String s = sentence.of(text.text());
        if (!s.contains(" that ")) {
            return Optional.empty();
        }
        Matcher m = INDIRECT.matcher(s);
        if (!m.find() || s.indexOf('“') >= 0 || s.indexOf('"') >= 0) {
            return Optional.empty();
        }
        int from = sentence.start() + m.end();
        int to = sentence.end();
        while (to > from && ".!? \n".indexOf(text.text().charAt(to - 1)) >= 0) {
            to--;
        }
        Span evidence = new Span(from, to);
        if (evidence.length() < 10 || quotes.stream().anyMatch(q -> q.inner().overlaps(evidence))) {
            return Optional.empty();
        }
        Matcher clause = CLAUSE_BOUNDARY.matcher(s).region(0, m.start());
        int regionStart = 0;
        while (clause.find()) {
            regionStart = clause.end();
        }
        // "After the rebels agreed to leave, ..., and on 22 December the army declared that": the army speaks
        Span region = new Span(sentence.start() + regionStart, sentence.start() + m.start());
        boolean formal = FORMAL.matcher(m.group()).lookingAt();
        return Optional.of(new Found(evidence, null, region, formal));
    }

    /** Where a coordinated clause begins, for the speaker of indirect speech: ", and", ", but", ";". */
    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile(",\\s+(?:and|but|while|whereas)\\s+|;\\s+");

    private static int sentenceStart(String s, int at, int floor) {
        for (int i = at - 1; i > floor; i--) {
            char c = s.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '”' || c == '"') && Character.isWhitespace(s.charAt(i + 1))
                    && SpeakerNames.sentenceEnd(s, i) == i) {
                return i + 1;
            }
            if ((c == '”' || c == '"') && ".!?".indexOf(s.charAt(i - 1)) >= 0 && Character.isWhitespace(s.charAt(i + 1))) {
                // '... as hostile." The Israeli military ...': a quotation that ended its sentence
                return i + 1;
            }
        }
        return floor;
    }

    private static Span paragraphOf(String s, int at) {
        int start = s.lastIndexOf('\n', at - 1) + 1;
        int end = s.indexOf('\n', at);
        return new Span(start, end < 0 ? s.length() : end);
    }

    /** The start of the non-blank paragraph before the one starting at an offset, or -1. */
    private static int previousParagraph(String s, int paragraphStart) {
        int i = paragraphStart - 1;
        while (i >= 0 && Character.isWhitespace(s.charAt(i))) {
            i--;
        }
        return i < 0 ? -1 : s.lastIndexOf('\n', i) + 1;
    }

    private static Span trim(String s, Span span) {
        int a = span.start();
        int b = span.end();
        while (a < b && (Character.isWhitespace(s.charAt(a)) || s.charAt(a) == ',')) {
            a++;
        }
        while (b > a && (Character.isWhitespace(s.charAt(b - 1)) || ",.".indexOf(s.charAt(b - 1)) >= 0)) {
            b--;
        }
        return new Span(a, b);
    }

    private static int wordsBefore(String t, int end) {
        Matcher w = WORD.matcher(t.substring(0, end));
        int n = 0;
        while (w.find()) {
            n++;
        }
        return n;
    }
}
