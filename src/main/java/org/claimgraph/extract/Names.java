package org.claimgraph.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Name normalisation shared by the gazetteer side and the text side, so that spelling variants
 * meet: diacritics, apostrophes, possessives, hyphens, the Arabic article (al-, ar-, ash-, ez-...)
 * and vowel spellings (a consonant skeleton: "Deir ez-Zor" and "Dayr az Zawr" share one).
 */
final class Names {
    /** Words: abbreviations with dots (U.S.), or letters/digits with inner apostrophes. */
    private static final Pattern WORD = Pattern.compile(
            "(?:\\p{L}\\.){2,}|[\\p{L}\\p{N}]+(?:['\u2019`][\\p{L}]+)*");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    /** The Arabic article in its English spellings. */
    static final Set<String> ARTICLES = Set.of("al", "el", "ar", "as", "ash", "ad", "an", "ath", "at", "az", "ez",
            "ed", "es", "en", "ul", "adh", "aal");
    /** Words that open a place's name of two words or more: "Ain Dara", "Ras Baalbek", "Tal Hamis", "Deir Hafer". */
    static final Set<String> NAME_OPENERS = Set.of("ain", "ayn", "tal", "tell", "til", "tel", "deir", "dayr", "ras",
            "kafr", "khan", "bir", "qasr", "wadi", "beit", "bayt");
    /** Articles that are not also common English words, droppable without a hyphen. */
    private static final Set<String> SAFE_ARTICLES = Set.of("al", "el", "ar", "ash", "ath", "az", "ez", "adh");

    private Names() {
    }

    static List<Token> tokens(CharSequence text) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String surface = m.group();
            if (surface.indexOf('.') >= 0) {
                surface = surface.replace(".", "");
            }
            out.add(new Token(m.start(), m.end(), surface, norm(surface)));
        }
        return out;
    }

    /** Lower case, no diacritics, no apostrophes, no possessive 's. */
    static String norm(String word) {
        String s = word;
        int n = s.length();
        if (n > 2 && (s.charAt(n - 2) == '\'' || s.charAt(n - 2) == '\u2019') && (s.charAt(n - 1) == 's' || s.charAt(n - 1) == 'S')) {
            s = s.substring(0, n - 2);
        }
        s = DIACRITICS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u0131') {
                // the Turkish and Azerbaijani dotless i, which has no mark to drop: "Qubadlı" is "Qubadli"
                b.append('i');
            } else if (c != '\'' && c != '\u2019' && c != '`') {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether token i is an Arabic article that may be dropped before token i+1 in running text:
     * always when hyphen-joined ("as-Suwayda"), otherwise only the spellings that are not English
     * words and only before a capitalised word ("al Thawrah", "Ash Shaddadi").
     */
    static boolean isDroppableArticle(List<Token> tokens, int i, CharSequence text) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(i);
        Token next = tokens.get(i + 1);
        if (!ARTICLES.contains(t.norm())) {
            return false;
        }
        if (isHyphenedArticle(tokens, i, text)) {
            return true;
        }
        return next.start() == t.end() + 1 && SAFE_ARTICLES.contains(t.norm()) && next.capitalised()
                && Character.isWhitespace(text.charAt(t.end()));
    }

    /** Whether token i is an Arabic article joined by a hyphen to token i+1: "al-" in "al-Mastumah". */
    static boolean isHyphenedArticle(List<Token> tokens, int i, CharSequence text) {
        if (i < 0 || i + 1 >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(i);
        return ARTICLES.contains(t.norm()) && tokens.get(i + 1).start() == t.end() + 1 && text.charAt(t.end()) == '-';
    }

    /** The normalised tokens of a gazetteer name, articles dropped (when not the last token). */
    static List<String> nameKey(String name) {
        List<Token> toks = tokens(name);
        List<String> key = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            if (i + 1 < toks.size() && ARTICLES.contains(toks.get(i).norm())) {
                continue;
            }
            key.add(toks.get(i).norm());
        }
        return key;
    }

    /**
     * A consonant skeleton of a normalised word: first letter kept, later vowels and the glides
     * w/y dropped, doubled letters collapsed, a final h dropped ("Raqqah" = "Raqa" = "rq").
     */
    static String skeleton(String norm) {
        StringBuilder b = new StringBuilder(norm.length());
        for (int i = 0; i < norm.length(); i++) {
            char c = norm.charAt(i);
            if (i > 0 && "aeiouwy".indexOf(c) >= 0) {
                continue;
            }
            if (b.length() > 0 && b.charAt(b.length() - 1) == c) {
                continue;
            }
            b.append(c);
        }
        if (b.length() > 2 && b.charAt(b.length() - 1) == 'h' && "cgkpst".indexOf(b.charAt(b.length() - 2)) < 0) {
            b.setLength(b.length() - 1);
        }
        return b.toString();
    }

    /** A lower-case slug for IRIs: "Colonel John Dorrian" becomes "colonel-john-dorrian". */
    static String slug(String name) {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens(name)) {
            if (b.length() > 0) {
                b.append('-');
            }
            for (char c : t.norm().toCharArray()) {
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                    b.append(c);
                }
            }
        }
        String s = b.toString().replaceAll("-+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "unnamed" : s;
    }
}
