package org.claimgraph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Groups syndicated copies: articles with the same text (equal SHA-256) or near-identical text
 * (estimated Jaccard similarity of their word 5-shingles at least {@link #NEAR_IDENTICAL}). Near
 * duplicates are found with MinHash signatures and locality-sensitive hashing, so the cost grows
 * with the number of articles, not with its square.
 */
final class Syndication {
    /** Estimated shingle overlap from which two texts count as copies of one another. */
    static final double NEAR_IDENTICAL = 0.9;
    private static final int SHINGLE_WORDS = 5;
    private static final int HASHES = 128;
    private static final int ROWS_PER_BAND = 4;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int[] SEEDS = seeds();

    private final List<String> ids = new ArrayList<>();
    private final List<int[]> signatures = new ArrayList<>();
    private final Map<String, Integer> bySha = new HashMap<>();
    private final int[] parent;

    private Syndication(int capacity) {
        parent = new int[capacity];
    }

    /** One article: its id (any stable string), the SHA-256 of its text, and the text. */
    record Text(String id, String sha256, String text) {
    }

    /**
     * Clusters the texts; the answer maps each id to its cluster's representative, the smallest
     * id in the cluster (so the mapping does not depend on input order).
     */
    static Map<String, String> clusters(List<Text> texts) {
        Syndication s = new Syndication(texts.size());
        for (Text t : texts) {
            s.add(t);
        }
        s.joinNearDuplicates();
        return s.representatives();
    }

    private void add(Text t) {
        int i = ids.size();
        ids.add(t.id());
        parent[i] = i;
        signatures.add(signature(t.text()));
        if (t.sha256() != null) {
            Integer same = bySha.putIfAbsent(t.sha256(), i);
            if (same != null) {
                union(same, i);
            }
        }
    }

    private void joinNearDuplicates() {
        int bands = HASHES / ROWS_PER_BAND;
        for (int b = 0; b < bands; b++) {
            Map<BandKey, Integer> seen = new HashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                int[] sig = signatures.get(i);
                if (sig == null) {
                    continue;
                }
                Integer other = seen.putIfAbsent(new BandKey(sig, b * ROWS_PER_BAND), i);
                if (other != null && find(other) != find(i) && similarity(signatures.get(other), sig) >= NEAR_IDENTICAL) {
                    union(other, i);
                }
            }
        }
    }

    private Map<String, String> representatives() {
        Map<Integer, String> smallest = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            smallest.merge(find(i), ids.get(i), (x, y) -> x.compareTo(y) <= 0 ? x : y);
        }
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            out.put(ids.get(i), smallest.get(find(i)));
        }
        return out;
    }

    /** The MinHash signature of the text's word shingles; null when the text is too short to have one. */
    static int[] signature(String text) {
        String[] words = NON_WORD.split(text.toLowerCase(Locale.ROOT));
        List<String> w = new ArrayList<>(words.length);
        for (String word : words) {
            if (!word.isEmpty()) {
                w.add(word);
            }
        }
        if (w.size() < SHINGLE_WORDS) {
            return null;
        }
        int[] sig = new int[HASHES];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        for (int i = 0; i + SHINGLE_WORDS <= w.size(); i++) {
            int h = 1;
            for (int k = i; k < i + SHINGLE_WORDS; k++) {
                h = 31 * h + w.get(k).hashCode();
            }
            for (int j = 0; j < HASHES; j++) {
                int v = mix(h ^ SEEDS[j]);
                if (v < sig[j]) {
                    sig[j] = v;
                }
            }
        }
        return sig;
    }

    /** The fraction of equal positions: an estimate of the Jaccard similarity of the shingle sets. */
    static double similarity(int[] a, int[] b) {
        if (a == null || b == null) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) a.length;
    }

    private static int mix(int x) {
        x ^= x >>> 16;
        x *= 0x7feb352d;
        x ^= x >>> 15;
        x *= 0x846ca68b;
        x ^= x >>> 16;
        return x;
    }

    private static int[] seeds() {
        int[] s = new int[HASHES];
        int x = 0x2545F491;
        for (int i = 0; i < HASHES; i++) {
            x = mix(x + 0x9E3779B9);
            s[i] = x;
        }
        return s;
    }

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** Rows {@code from .. from+ROWS_PER_BAND} of a signature, as a hash key. */
    private record BandKey(int a, int b, int c, int d) {
        BandKey(int[] sig, int from) {
            this(sig[from], sig[from + 1], sig[from + 2], sig[from + 3]);
        }
    }
}
