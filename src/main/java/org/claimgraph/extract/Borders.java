package org.claimgraph.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which of the gazetteer's countries border each other (land borders, and the narrow seas a war crosses: Yemen and
 * Somalia, Cyprus and Turkey). A text about one country may name the towns of its neighbours ("a Syrian village in an
 * Iraqi story"); a town of a far country read from a likeness of spelling is another town's name.
 */
final class Borders {
    private static final Map<String, Set<String>> NEIGHBOURS = new HashMap<>();

    static {
        pairs("syria", "turkey", "iraq", "jordan", "israel", "lebanon", "cyprus");
        pairs("iraq", "turkey", "iran", "kuwait", "saudi-arabia", "jordan");
        pairs("turkey", "iran", "greece", "armenia", "azerbaijan", "cyprus");
        pairs("iran", "armenia", "azerbaijan", "afghanistan", "pakistan");
        pairs("lebanon", "israel", "cyprus");
        pairs("jordan", "saudi-arabia", "israel", "palestine");
        pairs("israel", "egypt", "palestine");
        pairs("palestine", "egypt");
        pairs("egypt", "libya", "sudan", "saudi-arabia");
        pairs("libya", "sudan", "tunisia", "algeria", "niger");
        pairs("saudi-arabia", "kuwait", "qatar", "united-arab-emirates", "oman", "yemen", "bahrain");
        pairs("yemen", "oman", "somalia");
        pairs("united-arab-emirates", "oman", "qatar");
        pairs("afghanistan", "pakistan", "tajikistan", "uzbekistan", "china");
        pairs("pakistan", "india", "china");
        pairs("tunisia", "algeria");
        pairs("algeria", "morocco", "mali", "niger");
        pairs("morocco", "spain");
        pairs("nigeria", "niger");
        pairs("somalia", "ethiopia");
        pairs("sudan", "south-sudan", "ethiopia");
        pairs("south-sudan", "ethiopia", "democratic-republic-of-the-congo");
        pairs("mali", "niger", "burkina-faso");
        pairs("burkina-faso", "niger");
        pairs("myanmar", "china", "india");
        pairs("azerbaijan", "armenia", "russia");
        pairs("russia", "ukraine", "kazakhstan", "china", "norway");
        pairs("tajikistan", "uzbekistan", "china");
        pairs("uzbekistan", "kazakhstan");
        pairs("kazakhstan", "china");
        pairs("china", "india");
        pairs("france", "belgium", "germany", "spain", "italy", "switzerland");
        pairs("germany", "belgium", "netherlands", "denmark", "austria", "switzerland");
        pairs("belgium", "netherlands");
        pairs("italy", "switzerland", "austria");
        pairs("austria", "switzerland");
        pairs("sweden", "norway", "denmark");
        pairs("united-states", "canada");
        pairs("russia", "georgia", "azerbaijan");
        pairs("georgia", "armenia", "azerbaijan", "turkey");
        pairs("croatia", "bosnia-and-herzegovina", "serbia");
        pairs("serbia", "bosnia-and-herzegovina", "kosovo");
        pairs("chad", "libya", "niger", "nigeria", "cameroon", "sudan", "central-african-republic");
        pairs("cameroon", "nigeria", "central-african-republic");
        pairs("central-african-republic", "sudan", "south-sudan", "democratic-republic-of-the-congo");
    }

    private Borders() {
    }

    private static void pairs(String country, String... neighbours) {
        for (String n : neighbours) {
            NEIGHBOURS.computeIfAbsent(country, k -> new HashSet<>()).add(n);
            NEIGHBOURS.computeIfAbsent(n, k -> new HashSet<>()).add(country);
        }
    }

    /** Whether two countries (by gazetteer key) are one, or border each other. */
    static boolean near(String a, String b) {
        return a.equals(b) || NEIGHBOURS.getOrDefault(a, Set.of()).contains(b);
    }
}
