package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.model.ClaimgraphException;
import org.claimgraph.model.EntityKind;
import org.claimgraph.model.Gazetteer;
import org.claimgraph.model.GazetteerEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GazetteerLoaderTest {
    private static final String BASE = "http://localhost:3030/";
    private static final String GEO = "http://www.opengis.net/ont/geosparql#";
    private static final Pattern POINT = Pattern.compile("POINT\\((-?[0-9.]+) (-?[0-9.]+)\\)");
    /** Places that lie in nothing smaller than the world: continents, and the seas and straits between countries. */
    private static final Set<String> TOP_LEVEL = Set.of("europe", "africa", "asia", "middle-east", "red-sea", "gulf-of-aden",
            "bab-el-mandeb", "black-sea", "sea-of-azov", "kerch-strait", "persian-gulf", "gulf-of-oman",
            "strait-of-hormuz", "arabian-sea");

    private static Model model;
    private static Gazetteer gazetteer;
    private static Map<String, Set<String>> byName;

    @BeforeAll
    static void load() {
        model = GazetteerLoader.loadGazetteer(BASE);
        gazetteer = GazetteerLoader.toGazetteer(model, BASE);
        byName = new HashMap<>();
        for (GazetteerEntry e : gazetteer.entries()) {
            String id = e.ref().kind().iriKind() + "/" + e.ref().key();
            index(e.ref().label(), id);
            e.altLabels().forEach(a -> index(a, id));
        }
    }

    private static void index(String name, String id) {
        byName.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new TreeSet<>()).add(id);
    }

    static Stream<Arguments> famousNames() {
        return Stream.of(
                Arguments.of("Raqa", "place/raqqa"), Arguments.of("Ar Raqqah", "place/raqqa"),
                Arguments.of("al-Raqqa", "place/raqqa"), Arguments.of("Tadmur", "place/palmyra"),
                Arguments.of("Tadmor", "place/palmyra"), Arguments.of("Dier Ez Zor", "place/deir-ez-zor"),
                Arguments.of("Deir az-Zour", "place/deir-ez-zor"), Arguments.of("Dayr az Zawr", "place/deir-ez-zor"),
                Arguments.of("Deir al-Zour", "place/deir-ez-zor"), Arguments.of("al Thawrah", "place/al-tabqa"),
                Arguments.of("Tabqa", "place/al-tabqa"), Arguments.of("Thawra", "place/al-tabqa"),
                Arguments.of("Ayn al-Arab", "place/kobani"), Arguments.of("Kobane", "place/kobani"),
                Arguments.of("Ain al-Arab", "place/kobani"), Arguments.of("Albu Kamal", "place/abu-kamal"),
                Arguments.of("Al Bukamal", "place/abu-kamal"), Arguments.of("Shaddadah", "place/ash-shaddadi"),
                Arguments.of("al-Shaddadi", "place/ash-shaddadi"), Arguments.of("Shingal", "place/sinjar"),
                Arguments.of("Bakhdida", "place/qaraqosh"), Arguments.of("Arbil", "place/erbil"),
                Arguments.of("Hawler", "place/erbil"), Arguments.of("Falluja", "place/fallujah"),
                Arguments.of("Bayji", "place/baiji"), Arguments.of("Kweires", "place/kuweires"),
                Arguments.of("Sweida", "place/suwayda"), Arguments.of("Misurata", "place/misrata"),
                Arguments.of("Maalbeek", "place/brussels"), Arguments.of("Q-West", "place/qayyarah"),
                Arguments.of("Anbar province", "place/anbar"), Arguments.of("Ninewa", "place/nineveh"),
                Arguments.of("Daesh", "actor/islamic-state"), Arguments.of("ISIL", "actor/islamic-state"),
                Arguments.of("Da'esh", "actor/islamic-state"), Arguments.of("Isis", "actor/islamic-state"),
                Arguments.of("Islamic State of Iraq and the Levant", "actor/islamic-state"),
                Arguments.of("Hashd al-Shaabi", "actor/popular-mobilization-forces"),
                Arguments.of("PMU", "actor/popular-mobilization-forces"),
                Arguments.of("Kurdish-led forces", "actor/syrian-democratic-forces"),
                Arguments.of("SDF", "actor/syrian-democratic-forces"),
                Arguments.of("People's Protection Units", "actor/ypg"),
                Arguments.of("SAA", "actor/syrian-government"), Arguments.of("Syrian regime", "actor/syrian-government"),
                Arguments.of("Tiger Forces", "actor/syrian-government"),
                Arguments.of("ISF", "actor/iraqi-government-forces"),
                Arguments.of("Counter Terrorism Service", "actor/iraqi-government-forces"),
                Arguments.of("Peshmerga", "actor/peshmerga"),
                Arguments.of("Operation Inherent Resolve", "actor/us-led-coalition"),
                Arguments.of("CJTF-OIR", "actor/us-led-coalition"),
                Arguments.of("Pentagon", "actor/united-states"), Arguments.of("Jabhat al-Nusra", "actor/al-nusra-front"),
                Arguments.of("Hizballah", "actor/hezbollah"), Arguments.of("GNA", "actor/government-of-national-accord"),
                Arguments.of("SOHR", "actor/syrian-observatory-for-human-rights"),
                Arguments.of("ISW", "actor/institute-for-the-study-of-war"),
                Arguments.of("Agence France-Presse", "outlet/afp"), Arguments.of("Russia Today", "outlet/russia-today"),
                Arguments.of("Daily Beast", "outlet/the-daily-beast"), Arguments.of("ALBAWABA", "outlet/al-bawaba"),
                Arguments.of("ANHA", "outlet/hawar-news"), Arguments.of("Amaq News Agency", "outlet/amaq"),
                Arguments.of("Kiev", "place/kyiv"), Arguments.of("Kharkov", "place/kharkiv"),
                Arguments.of("Artemivsk", "place/bakhmut"), Arguments.of("Antonov Airport", "place/hostomel"),
                Arguments.of("Al-Fashir", "place/el-fasher"), Arguments.of("Geneina", "place/el-geneina"),
                Arguments.of("Wad Medani", "place/wad-madani"), Arguments.of("Hudaydah", "place/hodeidah"),
                Arguments.of("Tombouctou", "place/timbuktu"), Arguments.of("Khan Yunis", "place/khan-younis"),
                Arguments.of("Donetsk region", "place/donetsk-oblast"), Arguments.of("Bab al-Mandab", "place/bab-el-mandeb"),
                Arguments.of("Jihadi John", "person/mohammed-emwazi"),
                Arguments.of("Assad", "person/bashar-al-assad"));
    }

    @ParameterizedTest
    @MethodSource("famousNames")
    void famousNameResolves(String name, String expected) {
        Set<String> found = byName.getOrDefault(name.toLowerCase(Locale.ROOT), Set.of());
        assertTrue(found.contains(expected), name + " gives " + found + ", expected " + expected);
        String kind = expected.substring(0, expected.indexOf('/'));
        Set<String> sameKind = found.stream().filter(id -> id.startsWith(kind + "/")).collect(Collectors.toSet());
        assertEquals(Set.of(expected), sameKind, name + " is ambiguous among " + kind + "s");
    }

    @Test
    void relativeIrisResolveAgainstTheBase() {
        Model other = GazetteerLoader.loadGazetteer("https://example.org/cg/");
        assertTrue(other.containsResource(other.createResource("https://example.org/cg/id/place/palmyra")));
        assertFalse(other.containsResource(other.createResource(BASE + "id/place/palmyra")));
        Gazetteer g = GazetteerLoader.toGazetteer(other, "https://example.org/cg/");
        assertEquals(gazetteer.size(), g.size());
        for (Resource s : model.listSubjects().toList()) {
            assertTrue(s.isURIResource() && s.getURI().startsWith(BASE), "subject outside the base: " + s);
        }
    }

    @Test
    void everyEntityHasOneTypeAndOneEnglishPrefLabel() {
        Set<Resource> classes = Stream.of(EntityKind.values()).map(k -> CG.resource(k.className()))
                .collect(Collectors.toSet());
        int entities = 0;
        for (Resource s : model.listSubjects().toList()) {
            List<Resource> types = s.listProperties(RDF.type).mapWith(Statement::getResource).toList();
            if (types.stream().noneMatch(classes::contains)) {
                continue;
            }
            entities++;
            assertEquals(1, types.size(), s + " has types " + types);
            List<Statement> pref = s.listProperties(SKOS.prefLabel).toList();
            assertEquals(1, pref.size(), s + " has " + pref.size() + " prefLabels");
            assertEquals("en", pref.get(0).getLanguage(), s + " prefLabel is not @en");
            for (Statement alt : s.listProperties(SKOS.altLabel).toList()) {
                assertEquals("en", alt.getLanguage(), s + " altLabel " + alt.getString() + " is not @en");
                assertFalse(alt.getString().isBlank());
            }
        }
        assertEquals(gazetteer.size(), entities);
    }

    @Test
    void everyPlaceHasCoordinatesAGeometryAndALocationThatExists() {
        int places = 0;
        for (GazetteerEntry e : gazetteer.entries()) {
            if (!e.ref().kind().isPlace()) {
                assertEquals(null, e.lat(), e.ref().key());
                continue;
            }
            places++;
            String key = e.ref().key();
            assertNotNull(e.lat(), key + " has no latitude");
            assertNotNull(e.lon(), key + " has no longitude");
            assertTrue(e.lat() >= -90 && e.lat() <= 90 && e.lon() >= -180 && e.lon() <= 180, key);
            Resource geometry = model.getResource(BASE + "id/place/" + key).getPropertyResourceValue(
                    model.createProperty(GEO + "hasGeometry"));
            assertNotNull(geometry, key + " has no geometry");
            assertEquals(BASE + "id/place/" + key + "#geometry", geometry.getURI());
            Matcher m = POINT.matcher(geometry.getProperty(model.createProperty(GEO + "asWKT")).getString());
            assertTrue(m.matches(), key + " WKT is not a point");
            assertEquals(e.lon(), Double.parseDouble(m.group(1)), 1e-6, key + " WKT longitude");
            assertEquals(e.lat(), Double.parseDouble(m.group(2)), 1e-6, key + " WKT latitude");
            if (e.within() == null) {
                assertTrue(e.ref().kind() == EntityKind.COUNTRY || TOP_LEVEL.contains(key), key + " lies nowhere");
            } else {
                assertTrue(gazetteer.get("place", e.within()).isPresent(), key + " lies in unknown " + e.within());
            }
        }
        assertTrue(places > 600, "only " + places + " places");
    }

    @Test
    void locatedInNeverLoops() {
        for (GazetteerEntry e : gazetteer.entries()) {
            String at = e.within();
            for (int depth = 0; at != null; depth++) {
                assertTrue(depth < 6, e.ref().key() + " has a cg:locatedIn cycle");
                at = gazetteer.get("place", at).orElseThrow().within();
            }
        }
    }

    @Test
    void governoratesOfSyriaAndIraqAreAllPresent() {
        assertEquals(14, regionsIn("syria").stream().filter(k -> k.endsWith("governorate") || k.equals("rif-dimashq"))
                .count());
        Set<String> iraq = regionsIn("iraq");
        assertTrue(iraq.containsAll(Set.of("anbar", "nineveh", "salah-ad-din", "diyala", "kirkuk-governorate",
                "erbil-governorate", "duhok-governorate", "sulaymaniyah-governorate", "halabja-governorate",
                "baghdad-governorate", "babil", "karbala-governorate", "najaf-governorate", "wasit", "al-qadisiyah",
                "maysan", "dhi-qar", "muthanna", "basra-governorate")), iraq.toString());
    }

    private static Set<String> regionsIn(String country) {
        return gazetteer.entries().stream()
                .filter(e -> e.ref().kind() == EntityKind.REGION && country.equals(e.within()))
                .map(e -> e.ref().key()).collect(Collectors.toSet());
    }

    @Test
    void manySettlementsOfSyriaAndIraq() {
        Map<String, Integer> perCountry = new HashMap<>();
        for (GazetteerEntry e : gazetteer.entries()) {
            if (e.ref().kind() == EntityKind.SETTLEMENT) {
                perCountry.merge(country(e), 1, Integer::sum);
            }
        }
        assertTrue(perCountry.getOrDefault("syria", 0) >= 300, perCountry.toString());
        assertTrue(perCountry.getOrDefault("iraq", 0) >= 175, perCountry.toString());
    }

    @Test
    void manySettlementsOfTheOtherWars() {
        Map<String, Integer> perCountry = new HashMap<>();
        for (GazetteerEntry e : gazetteer.entries()) {
            if (e.ref().kind() == EntityKind.SETTLEMENT) {
                perCountry.merge(country(e), 1, Integer::sum);
            }
        }
        Map<String, Integer> least = Map.ofEntries(Map.entry("ukraine", 3000), Map.entry("nigeria", 500),
                Map.entry("israel", 300), Map.entry("palestine", 300), Map.entry("myanmar", 300), Map.entry("afghanistan", 200),
                Map.entry("yemen", 200), Map.entry("ethiopia", 150), Map.entry("democratic-republic-of-the-congo", 80),
                Map.entry("libya", 80), Map.entry("burkina-faso", 80), Map.entry("sudan", 80), Map.entry("mozambique", 50),
                Map.entry("mali", 50), Map.entry("niger", 50), Map.entry("somalia", 50), Map.entry("lebanon", 30),
                Map.entry("south-sudan", 10));
        least.forEach((country, n) -> assertTrue(perCountry.getOrDefault(country, 0) >= n,
                country + ": " + perCountry.get(country)));
    }

    @Test
    void firstLevelRegionsOfTheOtherWarsArePresent() {
        // 24 oblasts and Crimea; 18 states of Sudan; 19 governorates of Yemen besides Socotra and the cities of Aden and
        // Sanaa; 34 provinces of Afghanistan
        assertEquals(24, regionsOf("ukraine").stream().filter(k -> k.endsWith("-oblast")).count());
        assertTrue(regionsOf("ukraine").containsAll(Set.of("crimea", "donbas")));
        assertEquals(18, regionsOf("sudan").stream()
                .filter(k -> k.contains("-state") || k.matches("(north|south|east|west|central)-(darfur|kordofan)")).count());
        assertEquals(19, regionsOf("yemen").stream().filter(k -> k.endsWith("-governorate")).count());
        assertEquals(34, regionsOf("afghanistan").stream().filter(k -> k.endsWith("-province")).count());
        assertTrue(regionsOf("yemen").contains("socotra"));
        assertTrue(regionsOf("palestine").containsAll(Set.of("gaza-strip", "west-bank")));
        assertTrue(regionsOf("mali").containsAll(Set.of("timbuktu-region", "gao-region", "kidal-region", "mopti-region")));
        assertTrue(regionsOf("libya").containsAll(Set.of("tripolitania", "cyrenaica", "fezzan")));
        assertTrue(regionsOf("nigeria").contains("borno-state"));
    }

    private static Set<String> regionsOf(String country) {
        return gazetteer.entries().stream()
                .filter(e -> e.ref().kind() == EntityKind.REGION && country.equals(country(e)))
                .map(e -> e.ref().key()).collect(Collectors.toSet());
    }

    @Test
    void placesOfSyriaAndIraqLieInsideTheirCountry() {
        Map<String, double[]> boxes = Map.of("syria", new double[] {32.3, 37.4, 35.6, 42.4},
                "iraq", new double[] {29.0, 37.4, 38.7, 48.6});
        for (GazetteerEntry e : gazetteer.entries()) {
            double[] b = e.ref().kind().isPlace() ? boxes.get(country(e)) : null;
            if (b != null) {
                assertTrue(e.lat() >= b[0] && e.lat() <= b[1] && e.lon() >= b[2] && e.lon() <= b[3],
                        e.ref().key() + " lies outside " + country(e) + ": " + e.lat() + ", " + e.lon());
            }
        }
    }

    private static String country(GazetteerEntry e) {
        GazetteerEntry at = e;
        while (at.within() != null) {
            at = gazetteer.get("place", at.within()).orElseThrow();
        }
        return at.ref().key();
    }

    @Test
    void entriesCarryKindLabelLocationAndPopulation() {
        GazetteerEntry palmyra = gazetteer.get("place", "palmyra").orElseThrow();
        assertEquals(EntityKind.SETTLEMENT, palmyra.ref().kind());
        assertEquals("Palmyra", palmyra.ref().label());
        assertTrue(palmyra.ref().known());
        assertEquals("homs-governorate", palmyra.within());
        assertEquals(34.56, palmyra.lat(), 0.05);
        assertEquals(38.27, palmyra.lon(), 0.05);
        assertTrue(palmyra.population() > 10_000);
        assertTrue(palmyra.altLabels().contains("Tadmur"));
        assertEquals("syria", gazetteer.get("place", "homs-governorate").orElseThrow().within());
        assertEquals(EntityKind.ARMED_GROUP, gazetteer.get("actor", "islamic-state").orElseThrow().ref().kind());
        assertEquals(EntityKind.COALITION, gazetteer.get("actor", "us-led-coalition").orElseThrow().ref().kind());
        assertEquals(EntityKind.STATE_FORCE, gazetteer.get("actor", "syrian-government").orElseThrow().ref().kind());
        assertEquals(EntityKind.ORGANIZATION,
                gazetteer.get("actor", "syrian-observatory-for-human-rights").orElseThrow().ref().kind());
        assertEquals(EntityKind.MEDIA_OUTLET, gazetteer.get("outlet", "reuters").orElseThrow().ref().kind());
        assertEquals(EntityKind.PERSON, gazetteer.get("person", "bashar-al-assad").orElseThrow().ref().kind());
        assertEquals(EntityKind.COUNTRY, gazetteer.get("place", "iraq").orElseThrow().ref().kind());
    }

    @Test
    void peopleBelongToKnownActors() {
        for (Statement s : model.listStatements(null, CG.memberOf, (RDFNode) null).toList()) {
            String target = s.getResource().getURI();
            assertTrue(target.startsWith(BASE + "id/actor/"), s.toString());
            assertTrue(gazetteer.get("actor", target.substring(target.lastIndexOf('/') + 1)).isPresent(), target);
        }
    }

    @Test
    void noNameIsSharedByTwoCuratedActorsOrOutlets() {
        Map<String, List<String>> clashes = new HashMap<>();
        byName.forEach((name, ids) -> {
            List<String> actors = ids.stream().filter(id -> !id.startsWith("place/")).toList();
            if (actors.size() > 1) {
                clashes.put(name, actors);
            }
        });
        assertEquals(Map.of(), clashes);
    }

    @Test
    void bundledFileListMatchesTheFolder() throws IOException {
        Path folder = Path.of(System.getProperty("claimgraph.home", "."), "ontology", "gazetteer");
        List<String> onDisk = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(p -> p.toString().endsWith(".ttl"))
                    .forEach(p -> onDisk.add("ontology/gazetteer/" + p.getFileName()));
        }
        assertEquals(new TreeSet<>(onDisk), new TreeSet<>(BundledFiles.GAZETTEER_FILES));
    }

    @Test
    void missingBundledFileFailsWithAClearMessage() {
        ClaimgraphException e = assertThrows(ClaimgraphException.class, () -> BundledFiles.open("ontology/nope.ttl"));
        assertTrue(e.getMessage().contains("claimgraph/ontology/nope.ttl"), e.getMessage());
        assertFalse(BundledFiles.exists("ontology/nope.ttl"));
        assertTrue(BundledFiles.exists(BundledFiles.ONTOLOGY));
    }
}
