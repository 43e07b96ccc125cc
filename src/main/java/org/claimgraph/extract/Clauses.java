package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.model.Span;

/** Splits a sentence into clauses at semicolons, dashes and commas before a new clause. */
final class Clauses {
    private static final Pattern BOUNDARY = Pattern.compile(
            "\\s*[;:]\\s+|\\s+[\u2013\u2014-]\\s+|\\s*\u2014\\s*"
            + "|,\\s+(?=(?:which|who|whom|whose|where|when|while|whilst|but|only to|after|before|although|though|whereas"
            + "|as|since|because|until|if|so|then|even as|yet|forcing|killing|leaving|ending|preventing)\\b)"
            + "|\\s+(?=(?:but|only to|after|when|if|while|whereas|although)\\s)"
            // "they had cleared the city, and most of the fighters who survived had fled": a new subject counted out
            + "|,\\s+and\\s+(?=(?:most|many|some|all|much|the rest|the bulk|the remainder|several|hundreds|dozens|thousands)"
            + "\\s+of\\s+(?:the|its|their)\\s)"
            // "as the army advanced" opens a clause; "known as Burkan al-Furat" names something
            // (the look ahead first, so that the look behind runs only where "as" follows)
            + "|(?=\\s+as\\s+(?:the\\s+)?\\p{Lu})(?<!\\b(?:known|described|designated|listed|named|styled|branded|dubbed|such"
            + "|same|served|serves|serve|acted|acts|act|regarded|seen|identified|referred to|rebranded|renamed))\\s+");

    private Clauses() {
    }

    static List<Span> split(String text, Span sentence) {
        List<Span> out = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(text).region(sentence.start(), sentence.end());
        int start = sentence.start();
        while (m.find()) {
            if (m.start() > start) {
                out.add(new Span(start, m.start()));
            }
            start = m.end();
        }
        if (start < sentence.end()) {
            out.add(new Span(start, sentence.end()));
        }
        return out;
    }

    static Span containing(List<Span> clauses, int offset) {
        for (Span c : clauses) {
            if (c.start() <= offset && offset < c.end()) {
                return c;
            }
        }
        return clauses.get(clauses.size() - 1);
    }
}
