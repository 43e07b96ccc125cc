package org.claimgraph.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a subtitle file (SubRip {@code .srt} or WebVTT) as the text it speaks. Cue numbers, time
 * codes and sound cues ("[♪ low strings]") go; a sentence broken across lines and cues is joined
 * again; a speaker's tag ("[NARRATOR]", "[ARSAL RESIDENT] (in Arabic)") starts a new paragraph and
 * is dropped. A line in capitals, and a line that ends in a capitalised word or a figure before a
 * line that starts with a capital, stay lines of their own: the title cards at the head of a film.
 */
final class Subtitles {
    /** "00:00:46,646 --> 00:00:51,966", "00:46.646 --> 00:51.966 align:start". */
    private static final Pattern TIME_CODE = Pattern.compile(
            "(?:\\d{1,2}:)?\\d{2}:\\d{2}[,.]\\d{3}\\s*-->\\s*(?:\\d{1,2}:)?\\d{2}:\\d{2}[,.]\\d{3}.*");
    private static final Pattern CUE_NUMBER = Pattern.compile("\\d{1,5}");
    /** A file needs this many time codes before it is read as subtitles. */
    private static final int MIN_CUES = 3;
    /** A speaker's tag that opens a cue, with the language note after it: "[HEZBOLLAH FIGHTER] (in Arabic)". */
    private static final Pattern SPEAKER = Pattern.compile("^\\[([^\\]]{1,60})]\\s*(?:\\((?:in|speaking|through)\\b[^)]{0,40}\\)\\s*)?");
    /** A line that ends in one of these goes on in the next (as does one ending in a lower-case word). */
    private static final String GOES_ON = ",;:\u2013\u2014-";
    private static final String OPENING_QUOTES = "\"\u201c\u2018'";
    private static final String ENDS = ".!?\u2026\"\u201d\u2019'";
    /** A shot's card that dates what follows: "[CAPTION: WEST MOSUL - 19 FEBRUARY 2017]", "[ARCHIVE FOOTAGE - AUGUST 2014]". */
    private static final Pattern YEAR = Pattern.compile("\\b(?:1[89]|20)\\d{2}\\b");
    /** The label of an on-screen caption, dropped from the card it opens: "CAPTION: ", "ON SCREEN: ". */
    private static final Pattern CARD_LABEL = Pattern.compile("^(?:CAPTION|ON[- ]SCREEN|SUPER|TITLE|LOWER THIRD)\\s*:\\s*");
    /** Where a note's sentence ends and the next begins: "... release. English subtitle track ...". */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");
    /** A WebVTT comment block ("NOTE" to the next blank line): the file's own notes, kept line by line. */
    private static final Pattern NOTE = Pattern.compile("NOTE(?:\\s.*)?");

    private Subtitles() {
    }

    /** The lines of a subtitle file as paragraphs of text (blank lines between them); other texts unchanged. */
    static List<String> read(List<String> lines) {
        int cues = 0;
        for (String line : lines) {
            if (TIME_CODE.matcher(line).matches() && ++cues >= MIN_CUES) {
                break;
            }
        }
        if (cues < MIN_CUES) {
            return lines;
        }
        List<String> out = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        // whether the paragraph is a card in capitals that the next line does not continue
        boolean heading = false;
        int i = 0;
        if (!lines.isEmpty() && lines.get(0).startsWith("WEBVTT")) {
            // the file's header: "WEBVTT", then settings such as "Kind: subtitles" to the first blank line
            while (i < lines.size() && !lines.get(i).isEmpty()) {
                i++;
            }
        }
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (NOTE.matcher(line).matches() && (i == 0 || lines.get(i - 1).isEmpty())) {
                // a note's lines stay lines (a film's name, its maker, a delivery date), each a paragraph
                end(out, paragraph);
                noted(out, line.substring(4));
                while (i + 1 < lines.size() && !lines.get(i + 1).isEmpty()) {
                    noted(out, lines.get(++i));
                }
                continue;
            }
            boolean numberOfCue = CUE_NUMBER.matcher(line).matches() && i + 1 < lines.size()
                    && TIME_CODE.matcher(lines.get(i + 1)).matches();
            if (line.isEmpty() || numberOfCue || TIME_CODE.matcher(line).matches() || line.equals("WEBVTT")) {
                continue;
            }
            var speaker = SPEAKER.matcher(line);
            if (speaker.lookingAt()) {
                String rest = line.substring(speaker.end());
                end(out, paragraph);
                if (rest.isEmpty()) {
                    // a sound cue or a shot's note ("[♪ wind]") goes; a card with a year is a heading
                    String card = CARD_LABEL.matcher(speaker.group(1).strip()).replaceFirst("");
                    if (YEAR.matcher(card).find()) {
                        paragraph.append(card);
                        end(out, paragraph);
                    }
                    continue;
                }
                line = rest;
            }
            boolean title = isCapitals(line);
            if (paragraph.length() > 0) {
                char last = paragraph.charAt(paragraph.length() - 1);
                boolean goesOn = GOES_ON.indexOf(last) >= 0 || Character.isLowerCase(last)
                        || Character.isLowerCase(line.charAt(0)) || OPENING_QUOTES.indexOf(line.charAt(0)) >= 0;
                if (title || heading || !goesOn && ENDS.indexOf(last) < 0) {
                    // a title card's line: "THE EMPTY HILLS" / "Arsal and the border war, summer 2017"
                    end(out, paragraph);
                }
            }
            if (paragraph.length() > 0) {
                paragraph.append(' ');
            }
            paragraph.append(line);
            heading = title && i + 1 < lines.size() && !lines.get(i + 1).isEmpty()
                    && !Character.isLowerCase(lines.get(i + 1).charAt(0));
        }
        end(out, paragraph);
        return out;
    }

    /** A note's line, a paragraph for each of its sentences: "A Greyheron Pictures release. English subtitle track, ...". */
    private static void noted(List<String> out, String line) {
        for (String sentence : SENTENCE_END.split(line.strip())) {
            if (!sentence.isEmpty()) {
                end(out, new StringBuilder(sentence));
            }
        }
    }

    /** A line in capitals, a title card's: "THE EMPTY HILLS", "CEDARLINE DOCUMENTARIES". */
    private static boolean isCapitals(String line) {
        int letters = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }

    private static void end(List<String> out, StringBuilder paragraph) {
        if (paragraph.length() > 0) {
            if (!out.isEmpty()) {
                out.add("");
            }
            out.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }
}
