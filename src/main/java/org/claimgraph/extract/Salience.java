package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.model.EntityKind;
import org.claimgraph.model.EntityRef;

/**
 * Who "they", "the militants" and "the group" are, and which place "the city" is: the most recent
 * actor (or, for armed-group words, the article's most mentioned armed group) and the most recent
 * settlement before a point in the text.
 */
final class Salience {
    private static final Pattern GROUP_WORDS = Pattern.compile(
            "(?i)\\b(?:the militants|militants|the group|the jihadists|jihadists|the extremists|extremists|insurgents"
            + "|the terrorists|terrorists|the terror group|the jihadist group|the militant group|gunmen)\\b");
    private static final Pattern PRONOUN = Pattern.compile("(?i)\\b(?:they|them|their|it|its)\\b");

    private record Ref(int at, EntityRef actor) {
    }

    private final List<Ref> refs = new ArrayList<>();
    private final List<Mention> places = new ArrayList<>();
    private final EntityRef dominantGroup;

    Salience(String text, List<Mention> mentions) {
        Map<EntityRef, Integer> counts = new HashMap<>();
        for (Mention m : mentions) {
            if (m.entity().kind() == EntityKind.ARMED_GROUP) {
                counts.merge(m.entity(), 1, Integer::sum);
            }
        }
        dominantGroup = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        for (Mention m : mentions) {
            EntityKind k = m.entity().kind();
            if (k.isPlace()) {
                if (k == EntityKind.SETTLEMENT) {
                    places.add(m);
                }
            } else if (k != EntityKind.MEDIA_OUTLET && k != EntityKind.PERSON) {
                refs.add(new Ref(m.span().start(), m.entity()));
            }
        }
        if (dominantGroup != null) {
            Matcher g = GROUP_WORDS.matcher(text);
            while (g.find()) {
                refs.add(new Ref(g.start(), dominantGroup));
            }
            refs.sort((a, b) -> Integer.compare(a.at, b.at));
        }
    }

    /** The armed group generic words ("the militants") refer to, or null. */
    EntityRef group() {
        return dominantGroup;
    }

    /** The actor a generic word or pronoun in text[from, to) refers to, or null if there is none. */
    EntityRef resolve(String text, int from, int to) {
        if (from >= to) {
            return null;
        }
        String s = text.substring(from, to);
        if (GROUP_WORDS.matcher(s).find()) {
            return dominantGroup;
        }
        if (PRONOUN.matcher(s).find()) {
            return lastActorBefore(from);
        }
        return null;
    }

    EntityRef lastActorBefore(int offset) {
        EntityRef found = null;
        for (Ref r : refs) {
            if (r.at >= offset) {
                break;
            }
            found = r.actor;
        }
        return found;
    }

    /** The most recent settlement mentioned before offset, or null. */
    Mention lastPlaceBefore(int offset) {
        Mention found = null;
        for (Mention m : places) {
            if (m.span().start() >= offset) {
                break;
            }
            found = m;
        }
        return found;
    }
}
