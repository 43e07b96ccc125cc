package org.claimgraph.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.model.EntityRef;

/**
 * Who a group named only in general speaks for when the text says who leads it: after "an offensive by rebels led by
 * Hayat Tahrir al-Sham", "the rebels' command" speaks for Hayat Tahrir al-Sham, not for whichever rebels the gazetteer
 * files under the word.
 */
final class GroupLeaders {
    /** Groups named in general, not by name. */
    private static final String GROUPS = RegionalActors.REBELS + "|insurgents|militants|opposition forces|opposition fighters|fighters";
    private static final Pattern GROUP = Pattern.compile("(?i)^(?:the\\s+)?(" + GROUPS + ")(?:['’]s?)?$");
    /** "rebels led by ", "insurgents, led by the ": the leader's name follows. */
    private static final Pattern LED_BY = Pattern.compile("(?i)\\b(" + GROUPS + "),?\\s+(?:(?:who|which|that)\\s+(?:were|are)\\s+)?"
            + "(?:led|headed|spearheaded|dominated)\\s+by\\s+(?:the\\s+)?");

    private GroupLeaders() {
    }

    /** The organisation the text says leads the group a mention names in general; else the mention's own entity. */
    static EntityRef leaderOr(AnalyzedText text, Mention mention) {
        String t = text.text();
        Matcher group = GROUP.matcher(mention.span().of(t).strip());
        if (!group.matches()) {
            return mention.entity();
        }
        String word = group.group(1).toLowerCase(Locale.ROOT);
        Matcher led = LED_BY.matcher(t);
        while (led.find()) {
            if (!led.group(1).toLowerCase(Locale.ROOT).equals(word)) {
                continue;
            }
            for (Mention m : text.mentions()) {
                if (m.span().start() == led.end() && SpeakerNames.isOrganisation(m.entity())) {
                    return m.entity();
                }
            }
        }
        return mention.entity();
    }
}
