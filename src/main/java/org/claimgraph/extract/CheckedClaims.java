package org.claimgraph.extract;

import java.util.regex.Pattern;
import org.claimgraph.model.Span;

/**
 * The claims a fact-check page puts on trial: a labelled line ('CLAIM 3: "The leader was captured in the town."') next
 * to its rating ("RATING: FALSE"). The line quotes what others said, true or false; the page's own findings are the
 * paragraphs under it, so nothing in the line itself is told as having happened.
 */
final class CheckedClaims {
    /** "CLAIM 3: ", "Claim: ", "Viral claim #2: " opening a line. */
    private static final Pattern CLAIM = Pattern.compile("(?i)[ \\t]*(?:(?:the |viral |checked )?claim)(?:\\s*#?\\d{1,3})?\\s*:");
    /** "RATING: FALSE", "Verdict: Misleading", "Our ruling: Half true" on the line next to it. */
    private static final Pattern RATING = Pattern.compile("(?i)[ \\t]*(?:our )?(?:rating|verdict|ruling)\\s*:");

    private CheckedClaims() {
    }

    /** Whether the sentence lies on a claim's line that a rating line stands next to. */
    static boolean onTrial(String text, Span sentence) {
        int lineStart = text.lastIndexOf('\n', sentence.start() - 1) + 1;
        if (!CLAIM.matcher(text).region(lineStart, text.length()).lookingAt()) {
            return false;
        }
        int lineEnd = text.indexOf('\n', sentence.start());
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        return rating(text, next(text, lineEnd)) || rating(text, previous(text, lineStart));
    }

    private static boolean rating(String text, int lineStart) {
        return lineStart >= 0 && RATING.matcher(text).region(lineStart, text.length()).lookingAt();
    }

    /** The start of the first line with text after a line's end, or -1. */
    private static int next(String text, int lineEnd) {
        int i = lineEnd;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() ? text.lastIndexOf('\n', i) + 1 : -1;
    }

    /** The start of the last line with text before a line's start, or -1. */
    private static int previous(String text, int lineStart) {
        int i = lineStart - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 ? text.lastIndexOf('\n', i) + 1 : -1;
    }
}
