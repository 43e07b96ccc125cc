package org.claimgraph.extract;

import java.util.regex.Pattern;
import org.claimgraph.model.Modality;
import org.claimgraph.model.Span;

/**
 * How a clause puts a claim: cues before the trigger in its clause make it negated ("failed to",
 * "did not", "no") or hypothetical ("could", "if", "aims to", "priority target"); a modal right
 * after a nominal trigger does too ("its capture would"). Otherwise the sentence decides: reported
 * (said, told, according to, inside quotes), hedged (reportedly, believed, may have), opinion
 * (first person, a "My Comment" section), else asserted.
 */
public final class ModalityDetector {
    private static final Pattern NEGATION = Pattern.compile(
            "(?i)\\b(?:failed to|fail to|fails to|did not|didn't|does not|doesn't|do not|don't|had not|hadn't|has not|hasn't"
            + "|have not|haven't|was not|wasn't|were not|weren't|never|unable to|denied|deny|denies|no|not|without"
            + "|no longer|nor|refused to|could not|couldn't|cannot)\\b");
    private static final Pattern HYPOTHETICAL = Pattern.compile(
            "(?i)\\b(?:could|would|will|'ll|shall|should|if|unless|whether|(?-i:might|may)(?! have)|must|plans? to|planning to"
            + "|aims? to|aimed at|aiming to|aiming at|hop(?:e|es|ed|ing) to|intends? to|intended to|expected to|expects? to"
            + "|set to|threaten(?:s|ed)? to|want(?:s|ed)? to|need(?:s)? to|ha(?:s|ve) to|in order to|seeks? to|seeking to"
            + "|prospect of|threat of|risk of|possibly|potentially|eventual|eventually|priority target|launchpad"
            + "|future|prepar(?:e|es|ed|ing) (?:to|for)|ready to|next|any|fears? (?:of|that)|warn(?:s|ed)? (?:of|that)"
            + "|tr(?:y|ies|ying) to|prevent|preventing|avoid|avoiding|likely to|chance to|opportunity to|bid to|effort to|push(?:ing)? for|calls? for)\\b");
    /** X-style or X style: a comparison, not an event ("a Fallujah style siege"). */
    private static final Pattern COMPARISON = Pattern.compile("(?i)[- ]style\\s*$");
    private static final Pattern MODAL_AFTER = Pattern.compile("(?i)^[^,;.]{0,60}?\\b(?:would|could|will|(?-i:might|may))\\b");
    private static final Pattern HEDGE = Pattern.compile(
            "(?i)\\b(?:reportedly|believed|thought to|may have|might have|apparently|allegedly|alleged|signs that"
            + "|appears? to|appeared to|seems? to|probably|likely|possibly|unconfirmed|rumou?red|suspected)\\b");
    private static final Pattern REPORT = Pattern.compile(
            "(?i)\\b(?:said|says|say|told|tell|according to|claim(?:s|ed)?|announced|announces|reported|reports|stated"
            + "|tweeted|added|concluded|noted|confirmed|insisted|quoted|statement|spokesman|spokeswoman|officials)\\b");
    private static final Pattern OPINION = Pattern.compile(
            "\\b(?:I think|I doubt|I believe|I don't|I'm|I am|I guess|I suspect|I hope|in my (?:opinion|view)|It's clear to me"
            + "|I just|I also|I pointed|I mentioned|I posted|My Comment)\\b");
    private static final Pattern ATTEMPT = Pattern.compile("(?i)\\b(?:attempt(?:ed|ing|s)? to|tr(?:ied|ying|ies|y) to)\\s+(?:[\\w-]+\\s+){0,6}?(?:and\\s+)?$");

    /**
     * The modality of the claim triggered at {@code trigger} in {@code clause} of {@code sentence}.
     *
     * @param nominal whether the trigger is a noun or gerund ("capture", "capturing")
     * @param opinionSection whether the sentence lies in the writer's own comment section
     */
    public Modality detect(String text, Span sentence, Span clause, Span trigger, boolean nominal, boolean opinionSection) {
        String before = text.substring(clause.start(), trigger.start());
        String tail = lastWords(before, 10);
        if (NEGATION.matcher(lastWords(before, 8)).find()) {
            return Modality.NEGATED;
        }
        if (HYPOTHETICAL.matcher(tail).find() || COMPARISON.matcher(before).find()) {
            return Modality.HYPOTHETICAL;
        }
        if (nominal && MODAL_AFTER.matcher(text.substring(trigger.end(), clause.end())).find()) {
            return Modality.HYPOTHETICAL;
        }
        String s = sentence.of(text);
        if (insideQuote(text, sentence, trigger) || REPORT.matcher(s).find()) {
            return Modality.REPORTED;
        }
        if (HEDGE.matcher(s).find()) {
            return Modality.HEDGED;
        }
        if (opinionSection || OPINION.matcher(s).find()) {
            return Modality.OPINION;
        }
        return Modality.ASSERTED;
    }

    /** Whether the trigger follows "attempted to" / "tried to": a failed or ongoing attempt. */
    public boolean attempted(String text, Span clause, Span trigger) {
        return ATTEMPT.matcher(lastWords(text.substring(clause.start(), trigger.start()), 10)).find();
    }

    /** Whether an attributed speech cue is in the sentence (said, told, according to...). */
    public boolean reported(String text, Span sentence) {
        return REPORT.matcher(sentence.of(text)).find();
    }

    static boolean insideQuote(String text, Span sentence, Span at) {
        int open = 0;
        for (int i = sentence.start(); i < at.start(); i++) {
            char c = text.charAt(i);
            if (c == '\u201c') {
                open = 1;
            } else if (c == '\u201d') {
                open = 0;
            } else if (c == '"') {
                open = 1 - open;
            }
        }
        if (open == 1) {
            return true;
        }
        // a quotation that opened in an earlier sentence of the same paragraph and has not closed
        int p = sentence.start() - 1;
        int balance = 0;
        while (p >= 0 && text.charAt(p) != '\n') {
            char c = text.charAt(p);
            if (c == '\u201c') {
                balance++;
            } else if (c == '\u201d') {
                balance--;
            }
            p--;
        }
        return balance > 0;
    }

    private static String lastWords(String s, int n) {
        int count = 0;
        int i = s.length();
        boolean inWord = false;
        while (i > 0) {
            char c = s.charAt(i - 1);
            boolean w = Character.isLetterOrDigit(c) || c == '\'';
            if (!w && inWord) {
                count++;
                if (count == n) {
                    break;
                }
            }
            inWord = w;
            i--;
        }
        return s.substring(i);
    }

}
