package org.claimgraph.extract;

/**
 * One word of a text: its span, its surface form (abbreviation dots removed) and its normalised
 * form (lower case, no diacritics, no apostrophes, possessive "'s" dropped).
 */
record Token(int start, int end, String surface, String norm) {

    boolean capitalised() {
        return !surface.isEmpty() && Character.isUpperCase(surface.charAt(0));
    }

    boolean allCaps() {
        for (int i = 0; i < surface.length(); i++) {
            if (Character.isLowerCase(surface.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
