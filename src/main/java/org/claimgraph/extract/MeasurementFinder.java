package org.claimgraph.extract;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.model.Claim;
import org.claimgraph.model.DateRange;
import org.claimgraph.model.EntityKind;
import org.claimgraph.model.EntityRef;
import org.claimgraph.model.Measure;
import org.claimgraph.model.Measurement;
import org.claimgraph.model.Modality;
import org.claimgraph.model.Span;

/**
 * Finds claimed quantities: "19,000 to 25,000 fighters", "killed at least 620 of the militants",
 * "liberated more than 800 square kilometers", "about 90% cleared". One claim per number written
 * (a range is one number); its evidence is the clause holding the number and its unit. Numbers in the
 * writer's commentary or the readers' comments of a blog page are left out. Thread-safe.
 */
public final class MeasurementFinder implements ClaimFinder {

    /**
     * The measures found by default: the ones annotators count. Injured, displaced, detained and airstrike
     * counts are recognised too but only reported when asked for (displaced people then count as civilians).
     */
    public static final Set<Measure> DEFAULT_MEASURES = EnumSet.of(Measure.FIGHTERS, Measure.DEATHS,
            Measure.TROOPS, Measure.CIVILIANS, Measure.SURRENDERED, Measure.AREA_KM2, Measure.VILLAGES,
            Measure.TERRITORY_PERCENT);

    private static final Pattern HYPOTHETICAL = Pattern.compile("(?i)\\b(?:could|would|can|will|might|if|unless"
            + "|afford to|aims? to|plans? to|planning to|threatens? to|threatened to|expected to|hopes? to"
            + "|in order to|wants? to|wanted to|try to|tries to|trying to)\\b");
    /**
     * "could have 20,000 fighters", "may have killed 200", "there could be 5,000", "might number 30,000": an
     * estimate, not a supposition.
     */
    private static final Pattern EPISTEMIC = Pattern.compile("(?i)\\b(?:could|may|might|must)\\s+(?:well\\s+|still\\s+"
            + "|already\\s+)?(?:have\\b(?!\\s+to\\b)|(?:be|number|total)\\s+(?:as many as\\s+|up to\\s+|some\\s+"
            + "|around\\s+|about\\s+|more than\\s+|over\\s+|at least\\s+|between\\s+)?$)");
    private static final Pattern NEGATED = Pattern.compile("(?i)\\b(?:not|no|never|denied|denies|deny|failed to"
            + "|fail to|neither|nor|without|acquitted|acquittal)\\b|n't\\b");
    private static final Pattern DENIAL = Pattern.compile("(?i)\\b(?:denied|denies|deny|rejected|dismissed)\\b");
    /** "Early reports that all 13 of the border guards had been killed proved false": a count taken back after it. */
    private static final Pattern PROVED_FALSE = Pattern.compile("(?i)\\b(?:proved|proven|proves|turned out to be|turns out to be)"
            + "\\s+(?:\\w+ly\\s+)?" + ModalityDetector.UNTRUE + "\\b");
    private static final Pattern HEDGED = Pattern.compile("(?i)\\b(?:believed|reportedly|reported to|may|might"
            + "|possibly|probably|allegedly|unconfirmed|estimated|estimates?|suggests?|appears? to|thought to"
            + "|likely)\\b");
    private static final Pattern REPORTED = Pattern.compile("(?i)\\b(?:said|says|say|told|tells|according to"
            + "|claims?|claimed|announced|reported|reports|stated|tweeted|noted|added|confirmed|counted"
            + "|put the)\\b");
    private static final DateResolver RESOLVER = new DateResolver();
    private static final Pattern MILES = Pattern.compile("(?i)\\bmi(?:les?)?\\b|mi[2²]");
    private static final BigDecimal KM2_PER_SQUARE_MILE = new BigDecimal("2.589988");
    /**
     * "500,000 people in the flood path would probably not survive": a toll supposed, in its own clause (a force that
     * "would be pulled out" is still counted).
     */
    private static final Pattern SUPPOSED_AFTER = Pattern.compile("(?i)[^,;:.!?\"“”]{0,80}?\\b(?:would|will|might|could)\\s+"
            + "(?:probably\\s+|likely\\s+|almost\\s+certainly\\s+)?(?:not\\s+survive|die|perish|drown|be\\s+killed)\\b");
    private static final Pattern CLAUSE_MARK = Pattern.compile("[,;:—–(]\\s|\\bthat\\s");
    /** A paragraph listing a page's parts, whose numbers number them: "Contents: 1. The palace taken 2. ... 6. Toll 7. ...". */
    private static final Pattern CONTENTS = Pattern.compile("(?i)\\s*(?:(?:table of )?contents|in this (?:issue|edition))\\s*:");

    private final Set<Measure> measures;
    private final Attribution attribution = new Attribution();

    public MeasurementFinder() {
        this(DEFAULT_MEASURES);
    }

    /** A finder reporting only the given measures. */
    public MeasurementFinder(Set<Measure> measures) {
        this.measures = EnumSet.copyOf(requireNonNull(measures, "measures"));
    }

    @Override
    public List<Claim> find(AnalyzedText input) {
        AnalyzedText text = QuoteScanner.withPlainSpaces(input);
        String all = text.text();
        int stop = QuoteScanner.commentaryStart(all);
        List<QuoteScanner.Quote> quotes = QuoteScanner.scan(all);
        List<Claim> claims = new ArrayList<>();
        String previous = "";
        // the paragraph of an item filed from a far country, whose counts are all noise
        int farParagraph = -2;
        for (Span sentence : QuoteScanner.sentences(text)) {
            if (sentence.start() >= stop) {
                break;
            }
            String s = sentence.of(all);
            int paragraph = all.lastIndexOf('\n', sentence.start());
            if (CONTENTS.matcher(all).region(paragraph + 1, sentence.end()).lookingAt() || CheckedClaims.onTrial(all, sentence)) {
                // a contents list's item numbers; a claim a fact-check page rates (its own counts come under it)
                previous = s;
                continue;
            }
            if (paragraph == farParagraph || Roles.labelledFarCountry(all, sentence, text.mentionsIn(sentence))) {
                // "Somalia: ... killed more than 300 people", "... IN LAS VEGAS, USA. 58 KILLED.": a toll from far
                // away, page noise, to the end of its item
                farParagraph = paragraph;
                previous = s;
                continue;
            }
            Measure earlier = null;
            for (QuantityParser.Quantity q : QuantityParser.find(s)) {
                Optional<QuantityUnits.Reading> reading = QuantityUnits.read(s, q, earlier, previous);
                if (reading.isEmpty()) {
                    continue;
                }
                earlier = reading.get().measure();
                Measure measure = reading.get().measure();
                if (!measures.contains(measure)) {
                    if (measure != Measure.DISPLACED || !measures.contains(Measure.CIVILIANS)) {
                        continue;
                    }
                    measure = Measure.CIVILIANS;
                }
                claims.add(claim(text, sentence, q, reading.get(), measure, quotes));
            }
            previous = s;
        }
        return claims;
    }

    private Claim claim(AnalyzedText text, Span sentence, QuantityParser.Quantity q, QuantityUnits.Reading r,
                        Measure measure, List<QuoteScanner.Quote> quotes) {
        String s = sentence.of(text.text());
        int base = sentence.start();
        Span np = new Span(base + q.start(), base + Math.max(r.unitEnd(), q.end()));
        Span evidence = clause(s, base, np);
        List<Mention> mentions = text.mentionsIn(sentence);
        EntityRef subject = subject(mentions, np, measure, r.byVerb());
        EntityRef place = place(mentions, np);
        BigDecimal min = q.min();
        BigDecimal max = q.max();
        if (measure == Measure.AREA_KM2 && MILES.matcher(s.substring(q.end(), Math.max(q.end(), r.unitEnd()))).find()) {
            min = squareKilometres(min);
            max = squareKilometres(max);
        }
        Measurement m = new Measurement(measure, min, max, subject, place, date(text, sentence, np));
        Modality modality = modality(s, q, base, quotes);
        double confidence = r.byVerb() ? 0.7 : 0.85;
        Attribution.Source source = attribution.find(text.text(), sentence, mentions);
        return new Claim(evidence, m, modality, confidence, source.attributedTo(), source.via());
    }

    /**
     * When the number held: the date expression of the sentence nearest to it ("estimated in December that
     * the group had 12,000 fighters"), else open but not after publication.
     */
    private static DateRange date(AnalyzedText text, Span sentence, Span np) {
        DateRange best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateResolver.Found f : RESOLVER.find(text.text(), sentence.start(), sentence.end(), text.published())) {
            int d = f.span().end() <= np.start() ? np.start() - f.span().end() : Math.max(0, f.span().start() - np.end());
            if (d < bestDistance) {
                best = f.range();
                bestDistance = d;
            }
        }
        return best != null ? best : DateResolver.undated(text.published());
    }

    private static BigDecimal squareKilometres(BigDecimal squareMiles) {
        return squareMiles == null ? null : squareMiles.multiply(KM2_PER_SQUARE_MILE).setScale(0, RoundingMode.HALF_UP);
    }

    private static Modality modality(String s, QuantityParser.Quantity q, int base, List<QuoteScanner.Quote> quotes) {
        String prefix = s.substring(0, q.start());
        var marks = CLAUSE_MARK.matcher(prefix);
        int clauseStart = 0;
        while (marks.find()) {
            clauseStart = marks.end();
        }
        String clause = prefix.substring(clauseStart);
        if (NEGATED.matcher(clause).find() || DENIAL.matcher(prefix).find() || PROVED_FALSE.matcher(s).region(q.end(), s.length()).find()) {
            return Modality.NEGATED;
        }
        if (EPISTEMIC.matcher(clause).find()) {
            return Modality.HEDGED;
        }
        if (HYPOTHETICAL.matcher(clause).find() || SUPPOSED_AFTER.matcher(s).region(q.end(), s.length()).lookingAt()) {
            return Modality.HYPOTHETICAL;
        }
        int at = base + q.numberStart();
        if (quotes.stream().anyMatch(quote -> quote.inner().start() <= at && at < quote.inner().end())) {
            return Modality.REPORTED;
        }
        if (HEDGED.matcher(s).find()) {
            return Modality.HEDGED;
        }
        return REPORTED.matcher(s).find() ? Modality.REPORTED : Modality.ASSERTED;
    }

    private static EntityRef subject(List<Mention> mentions, Span np, Measure measure, boolean byVerb) {
        for (Mention m : mentions) {
            if (np.overlaps(m.span()) && m.entity().kind().isActor() && m.entity().kind() != EntityKind.MEDIA_OUTLET) {
                return m.entity();
            }
        }
        boolean agentCounts = switch (measure) {
            case AREA_KM2, VILLAGES, TERRITORY_PERCENT, TROOPS, FIGHTERS -> true;
            default -> false;
        };
        if (!agentCounts || (byVerb && measure != Measure.FIGHTERS && measure != Measure.TROOPS)) {
            return null;
        }
        EntityRef found = null;
        for (Mention m : mentions) {
            if (m.span().end() <= np.start() && m.entity().kind().isActor()
                    && m.entity().kind() != EntityKind.MEDIA_OUTLET && m.entity().kind() != EntityKind.PERSON) {
                found = m.entity();
            }
        }
        return found;
    }

    private static EntityRef place(List<Mention> mentions, Span np) {
        EntityRef best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention m : mentions) {
            if (!m.entity().kind().isPlace()) {
                continue;
            }
            int d = m.span().end() <= np.start() ? np.start() - m.span().end() : Math.max(0, m.span().start() - np.end());
            if (d < bestDistance) {
                best = m.entity();
                bestDistance = d;
            }
        }
        return best;
    }

    /** The clause of the sentence around the number and its unit, trimmed. */
    private static Span clause(String s, int base, Span np) {
        int from = np.start() - base;
        int to = np.end() - base;
        int start = 0;
        for (int i = from - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == '“' || c == '"' || (c == '”' && i < from - 1)) {
                start = i + 1;
                break;
            }
            if ((c == ',' || c == ';' || c == ':' || c == '(' || c == '—') && i + 1 < s.length()
                    && Character.isWhitespace(s.charAt(i + 1))) {
                start = i + 1;
                break;
            }
        }
        int end = s.length();
        for (int i = to; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '”' || c == '"' || c == '“') {
                end = i;
                break;
            }
            if ((c == ',' || c == ';' || c == ':' || c == ')' || c == '—' || c == '.')
                    && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1)))) {
                end = i;
                break;
            }
        }
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return new Span(base + start, base + end);
    }
}
