package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of cue phrases ("failed to", "reportedly", "according to") matched on words, not characters:
 * a hash lookup of each lower-case word, then a comparison of the following words only where a
 * phrase starts. Linear in the number of words. Phrases are lower-case words separated by spaces;
 * a word written {@code *n't} matches any word ending in "n't".
 */
final class Cues {
    private final Map<String, List<String[]>> byFirst = new HashMap<>();
    private final List<String[]> suffixed = new ArrayList<>();

    Cues(String... phrases) {
        for (String p : phrases) {
            String[] w = p.trim().split(" +");
            if (w[0].startsWith("*")) {
                suffixed.add(w);
            } else {
                byFirst.computeIfAbsent(w[0], k -> new ArrayList<>()).add(w);
            }
        }
    }

    /** Whether a phrase starts at word i of {@code words}. */
    boolean at(Words words, int i) {
        List<String[]> cands = byFirst.get(words.word(i));
        if (cands != null) {
            for (String[] p : cands) {
                if (matches(words, i, p)) {
                    return true;
                }
            }
        }
        for (String[] p : suffixed) {
            if (words.word(i).endsWith(p[0].substring(1)) && matches(words, i, p)) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first word where a phrase starts, or -1. */
    int first(Words words) {
        for (int i = 0; i < words.size(); i++) {
            if (at(words, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a phrase occurs in text[from, to). */
    boolean in(String text, int from, int to) {
        return from < to && first(Words.of(text, from, to)) >= 0;
    }

    private static boolean matches(Words words, int i, String[] p) {
        if (i + p.length > words.size()) {
            return false;
        }
        for (int k = 1; k < p.length; k++) {
            if (!words.word(i + k).equals(p[k])) {
                return false;
            }
        }
        return true;
    }
}
