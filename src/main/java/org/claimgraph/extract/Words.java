package org.claimgraph.extract;

import java.util.Arrays;
import java.util.Locale;

/**
 * The words of a stretch of text in one linear pass: runs of letters and digits (an apostrophe
 * between letters stays inside: "didn't", curly ones made straight), with their offsets and lower-case
 * forms. Cheap enough to build per sentence; used for hash lookups of cue and trigger words.
 */
final class Words {
    private int[] starts;
    private int[] ends;
    private String[] lower;
    private int size;

    private Words(int capacity) {
        starts = new int[capacity];
        ends = new int[capacity];
        lower = new String[capacity];
    }

    /** The words of text[from, to). */
    static Words of(String text, int from, int to) {
        Words w = new Words(Math.max(4, (to - from) / 5));
        int i = from;
        while (i < to) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < to) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    i++;
                } else if ((c == '\'' || c == '\u2019') && i + 1 < to && Character.isLetter(text.charAt(i + 1)) && i > s) {
                    i++;
                } else {
                    break;
                }
            }
            w.add(s, i, text.substring(s, i).replace('\u2019', '\'').toLowerCase(Locale.ROOT));
        }
        return w;
    }

    private void add(int s, int e, String l) {
        if (size == starts.length) {
            int n = size * 2;
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            lower = Arrays.copyOf(lower, n);
        }
        starts[size] = s;
        ends[size] = e;
        lower[size] = l;
        size++;
    }

    int size() {
        return size;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    /** The lower-case form of word i. */
    String word(int i) {
        return lower[i];
    }

    /** The first offset from {@code from} that holds no white space (the text's length when there is none). */
    static int firstNonSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
