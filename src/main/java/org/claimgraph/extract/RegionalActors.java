package org.claimgraph.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.claimgraph.model.EntityKind;
import org.claimgraph.model.EntityRef;

/**
 * Generic names whose referent depends on the country of the event: "government forces" are the
 * Syrian army in Syria and the Iraqi army in Iraq; "Kurdish forces" are the SDF in Syria and the
 * Peshmerga in Iraq. Resolved through the gazetteer's own names, so nothing here is an IRI.
 */
final class RegionalActors {
    /** The generic names of rebels, which name a known group only in Syria. */
    static final String REBELS = "rebels|rebel forces|rebel fighters|rebel factions|rebel groups";

    /** The generic names of gangs, which name a known force only in Haiti. */
    private static final String GANGS = "gangs|armed gangs|gang members|gangsters|the gangs";
    /** The one country whose gangs are a force of the war. */
    private static final String GANGS_COUNTRY = "Haiti";

    /** generic phrase -> country name -> gazetteer actor name. */
    private static final String[][] TABLE = {
        {"government forces|government troops|government soldiers|federal forces|federal troops|federal units|the army|army units|army divisions|the military|security forces|troops|soldiers|pro-government forces|loyalist forces|the garrison|army and police units|police units|the police|policemen|the government|the regime|regime forces|regime troops|govt forces|govt troops|the govt|govt"
            + "|government aircraft|government jets|government warplanes|government helicopters|government artillery|regime aircraft"
            + "|regime jets|regime warplanes|regime helicopters|the junta|junta forces|junta troops|military jet|military jets|military aircraft|military helicopter|military helicopters",
            "Syria=Syrian government;Iraq=Iraqi government forces;Libya=Government of National Accord;Lebanon=Lebanese Army"
                + ";Ukraine=Ukraine;Sudan=Sudanese Armed Forces;Yemen=Yemeni government forces;Mali=Malian Armed Forces"
                + ";Afghanistan=Taliban;Somalia=Somali National Army;Nigeria=Nigerian Armed Forces"
                + ";Mozambique=Mozambique;Azerbaijan=Azerbaijan;Armenia=Armenia;Russia=Russia;Myanmar=Tatmadaw"
                + ";Burkina Faso=Burkinabe Armed Forces;Niger=Nigerien Armed Forces;Chad=Chadian Armed Forces"
                + ";Cameroon=Cameroonian Armed Forces;Ethiopia=Ethiopian National Defense Force;Colombia=Colombian Army"
                + ";Haiti=Haitian National Police;Central African Republic=Central African Armed Forces;Georgia=Georgia"
                + ";Croatia=Croatian Army;Bosnia and Herzegovina=Army of the Republic of Bosnia and Herzegovina"
                + ";Serbia=Serbia;Kosovo=Serbia"
                + ";Democratic Republic of the Congo=Armed Forces of the Democratic Republic of the Congo"
                + ";Philippines=Armed Forces of the Philippines;Sri Lanka=Sri Lanka Army"},
        {"kurdish forces|kurdish fighters|kurdish units|kurdish militiamen|kurdish-led forces|kurds",
            "Syria=Syrian Democratic Forces;Iraq=Peshmerga"},
        // "Kidal fell to the rebels": Syria's rebels are its opposition's, eastern Ukraine's its separatists; elsewhere the text
        // must name them
        {REBELS, "Syria=Free Syrian Army;Ukraine=Donbas separatists"},
        // "the insurgents" of Cabo Delgado; elsewhere the group the text names most, if one leads
        {"insurgents|insurgent fighters", "Mozambique=Ahlu Sunnah Wa-Jama"},
        // the separatists in Chechnya; in Syria the jihadists, in Ukraine Kadyrov's men: the group the text names most
        {"chechen fighters", "Russia=Chechen separatists"},
        // Haiti's gangs are its war's armed side; elsewhere "gangs" are criminals, no force the text names
        {GANGS, GANGS_COUNTRY + "=Haitian gangs"},
    };

    /** The generic names of a state's own forces ("the army", "troops", "the police"), longest first, as one pattern. */
    static final java.util.regex.Pattern GOVERNMENT_FORCES = java.util.regex.Pattern.compile("(?i)\\b(?:"
            + String.join("|", java.util.Arrays.stream(TABLE[0][0].split("\\|"))
                    .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList())
            + ")\\b");

    /** A generic phrase that names its country: "Iraqi government forces". */
    private static final java.util.regex.Pattern NATIONAL = java.util.regex.Pattern.compile("(Iraqi|Syrian)\\s+");

    private final Map<String, Map<String, EntityRef>> byPhrase = new HashMap<>();
    private final NameIndex index;

    RegionalActors(NameIndex index) {
        this.index = index;
        for (String[] row : TABLE) {
            Map<String, EntityRef> byCountry = new HashMap<>();
            for (String pair : row[1].split(";")) {
                String[] kv = pair.split("=");
                index.lookupActor(kv[1]).ifPresent(n -> byCountry.put(Names.norm(kv[0]), n.ref()));
            }
            for (String phrase : row[0].split("\\|")) {
                byPhrase.put(key(phrase), byCountry);
            }
        }
    }

    private static final java.util.Set<String> GANG_KEYS = java.util.Arrays.stream(GANGS.split("\\|"))
            .map(RegionalActors::key).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static String key(String phrase) {
        return String.join(" ", Names.nameKey(phrase.replaceFirst("(?i)^the ", "")));
    }

    /**
     * The actor a generic phrase names in a text about one country: the country most of the text's
     * settlements and regions lie in.
     */
    Optional<EntityRef> resolveIn(String phrase, java.util.List<Mention> mentions) {
        var national = NATIONAL.matcher(phrase);
        if (national.lookingAt()) {
            // "Iraqi government forces" for "an Iraqi officer" in a text about Syria: Iraq's, whatever the text's country
            Map<String, EntityRef> byCountry = byPhrase.get(key(phrase.substring(national.end())));
            return Optional.ofNullable(byCountry == null ? null : byCountry.get(Names.norm(national.group(1).equals("Iraqi") ? "Iraq" : "Syria")));
        }
        EntityRef place = placeOfMainCountry(mentions);
        return place == null ? Optional.empty() : resolve(phrase, place);
    }

    /** The place itself when its country is known; else a place of the country most of the text's places lie in (or the place). */
    EntityRef withCountry(EntityRef place, java.util.List<Mention> mentions) {
        if (place == null || index.countryOf(place).isPresent()) {
            return place;
        }
        EntityRef main = placeOfMainCountry(mentions);
        return main == null ? place : main;
    }

    /** A place of the country most of the text's settlements and regions lie in, or null. */
    private EntityRef placeOfMainCountry(java.util.List<Mention> mentions) {
        EntityRef country = index.mainCountry(mentions);
        if (country == null) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.entity().kind().isPlace() && index.countryOf(m.entity()).filter(country::equals).isPresent()) {
                return m.entity();
            }
        }
        return null;
    }

    /** From when a generic phrase names a force (by gazetteer name), and whom it named before then. */
    private static final String[][] FOUNDED = {
        // the Syrian Democratic Forces were announced on 10 October 2015; Kurdish fighters in Syria before that were the YPG
        {"Syrian Democratic Forces", "2015-10-10", "YPG"},
        // Afghanistan's government forces were the republic's until Kabul fell to the Taliban
        {"Taliban", "2021-08-15", "Afghanistan"},
    };

    /** The actor a generic mention names at a place at a time: as {@link #resolve}, before a force existed its forerunner. */
    Optional<EntityRef> resolve(String mentionText, EntityRef place, org.claimgraph.model.DateRange date) {
        Optional<EntityRef> found = resolve(mentionText, place);
        if (found.isEmpty() || date == null || date.notAfter() == null) {
            return found;
        }
        for (String[] f : FOUNDED) {
            var founded = index.lookupActor(f[0]);
            if (founded.isPresent() && founded.get().ref().equals(found.get())
                    && date.notAfter().isBefore(java.time.LocalDate.parse(f[1]))) {
                var before = index.lookupActor(f[2]);
                if (before.isPresent()) {
                    return Optional.of(before.get().ref());
                }
            }
        }
        return found;
    }

    /** Whether some country's generic words name the actor (its government forces, its Kurdish forces). */
    boolean isRegional(EntityRef actor) {
        return byPhrase.values().stream().anyMatch(byCountry -> byCountry.containsValue(actor));
    }

    /**
     * Whether a generic mention names no known force at a place: "government forces" or "the rebels" where neither the
     * place nor the text is in a country whose forces of that kind the gazetteer knows (then they are no one known,
     * not Syria's). A place misread as a namesake abroad does not decide alone: the text's country must agree.
     */
    boolean namesNoneAt(String mentionText, EntityRef place, java.util.List<Mention> mentions) {
        Map<String, EntityRef> byCountry = byPhrase.get(key(mentionText));
        if (byCountry == null || place == null) {
            return false;
        }
        EntityRef main = index.mainCountry(mentions);
        EntityRef here = index.countryOf(place).orElse(null);
        return (here != null || main != null)
                && (here == null || !byCountry.containsKey(Names.norm(here.label())))
                && (main == null || !byCountry.containsKey(Names.norm(main.label())));
    }

    /** The one country whose war a generic name names a force in ("gangs": Haiti), or null when it has no such country. */
    static String onlyIn(String mentionText) {
        // asked of every mention: only a name with "gang" in it is keyed
        boolean gang = mentionText.regionMatches(true, 0, "gang", 0, 4) || mentionText.toLowerCase(java.util.Locale.ROOT).contains(" gang");
        return gang && GANG_KEYS.contains(key(mentionText)) ? GANGS_COUNTRY : null;
    }

    /**
     * The armed group a text names most often by its own name, when one leads all others: "the rebels" of a text about
     * the M23 in a country whose rebels the gazetteer does not list are the M23.
     */
    Optional<EntityRef> leadingGroup(String text, java.util.List<Mention> mentions) {
        Map<EntityRef, Integer> counts = new HashMap<>();
        for (Mention m : mentions) {
            if (m.entity().kind() == EntityKind.ARMED_GROUP && !byPhrase.containsKey(key(m.span().of(text)))) {
                counts.merge(m.entity(), 1, Integer::sum);
            }
        }
        var ranked = counts.entrySet().stream().sorted(Map.Entry.<EntityRef, Integer>comparingByValue().reversed()).toList();
        if (ranked.isEmpty() || ranked.get(0).getValue() < 2 || ranked.size() > 1 && ranked.get(1).getValue() * 2 > ranked.get(0).getValue()) {
            return Optional.empty();
        }
        return Optional.of(ranked.get(0).getKey());
    }

    /** The actor a generic mention names at a place, or empty when the mention is not generic. */
    Optional<EntityRef> resolve(String mentionText, EntityRef place) {
        Map<String, EntityRef> byCountry = byPhrase.get(key(mentionText));
        if (byCountry == null || place == null) {
            return Optional.empty();
        }
        return index.countryOf(place).map(c -> byCountry.get(Names.norm(c.label())));
    }
}
