package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.claimgraph.model.EntityKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled actor gazetteer beyond Syria and Iraq: names of other wars' actors found with the right key and class. */
class ActorGazetteerTest {
    private static final EntityMatcher BUNDLED = new EntityMatcher(TestGazetteer.bundled());

    private static List<String> found(String text) {
        return BUNDLED.find(text).stream()
                .map(m -> m.entity().key() + ":" + m.entity().kind())
                .toList();
    }

    static Stream<Arguments> actors() {
        return Stream.of(
                Arguments.of("Fighters of the Rapid Support Forces shelled the camp.", "rapid-support-forces", EntityKind.ARMED_GROUP),
                Arguments.of("The RSF denied the report.", "rapid-support-forces", EntityKind.ARMED_GROUP),
                Arguments.of("Janjaweed riders burned the village.", "rapid-support-forces", EntityKind.ARMED_GROUP),
                Arguments.of("The SAF said it repelled the attack.", "sudanese-armed-forces", EntityKind.STATE_FORCE),
                Arguments.of("Houthi rebels fired a missile at a tanker.", "houthis", EntityKind.ARMED_GROUP),
                Arguments.of("Ansar Allah claimed the drone attack.", "houthis", EntityKind.ARMED_GROUP),
                Arguments.of("A spokesman for the Taliban denied it.", "taliban", EntityKind.ARMED_GROUP),
                Arguments.of("Pakistani Taliban fighters ambushed a convoy.", "tehrik-i-taliban-pakistan", EntityKind.ARMED_GROUP),
                Arguments.of("JNIM claimed the ambush.", "jnim", EntityKind.ARMED_GROUP),
                Arguments.of("The FAMa withdrew from the camp.", "malian-armed-forces", EntityKind.STATE_FORCE),
                Arguments.of("al-Shabaab claimed the bombing.", "al-shabaab", EntityKind.ARMED_GROUP),
                Arguments.of("Al-Shabab militants stormed the hotel.", "al-shabaab", EntityKind.ARMED_GROUP),
                Arguments.of("AMISOM troops withdrew from the base.", "african-union-mission-in-somalia", EntityKind.COALITION),
                Arguments.of("Boko Haram insurgents raided the town.", "boko-haram", EntityKind.ARMED_GROUP),
                Arguments.of("The MNJTF said it had cleared the islands.", "multinational-joint-task-force", EntityKind.COALITION),
                Arguments.of("Hamas fired rockets.", "hamas", EntityKind.ARMED_GROUP),
                Arguments.of("The Qassam Brigades said they had fired rockets.", "hamas", EntityKind.ARMED_GROUP),
                Arguments.of("Palestinian Islamic Jihad denied it.", "palestinian-islamic-jihad", EntityKind.ARMED_GROUP),
                Arguments.of("The Armed Forces of Ukraine retook the village.", "ukraine", EntityKind.STATE_FORCE),
                Arguments.of("The Azov Regiment held the plant.", "ukraine", EntityKind.STATE_FORCE),
                Arguments.of("Pro-Russian rebels shelled the town.", "donbas-separatists", EntityKind.ARMED_GROUP),
                Arguments.of("Wagner mercenaries arrived.", "russia", EntityKind.STATE_FORCE),
                Arguments.of("The Africa Corps took over the base.", "russia", EntityKind.STATE_FORCE),
                Arguments.of("The Government of National Unity said so.", "government-of-national-unity", EntityKind.STATE_FORCE),
                Arguments.of("FARC guerrillas attacked the post.", "farc", EntityKind.ARMED_GROUP),
                Arguments.of("The ELN claimed the bombing.", "eln", EntityKind.ARMED_GROUP),
                Arguments.of("AUC paramilitaries killed the villagers.", "auc", EntityKind.ARMED_GROUP),
                Arguments.of("The National Army of Colombia retook the area.", "colombian-army", EntityKind.STATE_FORCE),
                Arguments.of("The Haitian National Police said so.", "haitian-national-police", EntityKind.STATE_FORCE),
                Arguments.of("Viv Ansanm attacked the prison.", "haitian-gangs", EntityKind.ARMED_GROUP),
                Arguments.of("Gran Grif gunmen attacked.", "gran-grif", EntityKind.ARMED_GROUP),
                Arguments.of("Chechen rebels seized the hospital.", "chechen-separatists", EntityKind.ARMED_GROUP),
                Arguments.of("The VRS shelled the town.", "army-of-republika-srpska", EntityKind.ARMED_GROUP),
                Arguments.of("Bosnian Serb forces shelled the town.", "army-of-republika-srpska", EntityKind.ARMED_GROUP),
                Arguments.of("The JNA besieged the city.", "yugoslav-peoples-army", EntityKind.STATE_FORCE),
                Arguments.of("The HVO attacked the village.", "croatian-defence-council", EntityKind.ARMED_GROUP),
                Arguments.of("KLA fighters ambushed a patrol.", "kosovo-liberation-army", EntityKind.ARMED_GROUP),
                Arguments.of("The MNDAA took the town.", "mndaa", EntityKind.ARMED_GROUP),
                Arguments.of("TNLA fighters attacked.", "tnla", EntityKind.ARMED_GROUP),
                Arguments.of("The NUG said so.", "national-unity-government", EntityKind.STATE_FORCE),
                Arguments.of("Séléka fighters looted the town.", "seleka", EntityKind.ARMED_GROUP),
                Arguments.of("Anti-balaka militias attacked.", "anti-balaka", EntityKind.ARMED_GROUP),
                Arguments.of("Fajr Libya fighters advanced.", "libya-dawn", EntityKind.ARMED_GROUP),
                Arguments.of("Zintani militias withdrew.", "zintan-brigades", EntityKind.ARMED_GROUP),
                Arguments.of("Jaish-e-Mohammad claimed the bombing.", "jaish-e-mohammed", EntityKind.ARMED_GROUP),
                Arguments.of("Lashkar-e-Toiba gunmen attacked.", "lashkar-e-taiba", EntityKind.ARMED_GROUP),
                Arguments.of("The Indian Air Force said so.", "india", EntityKind.STATE_FORCE),
                Arguments.of("The CRPF convoy was hit.", "india", EntityKind.STATE_FORCE),
                Arguments.of("The PAF said it shot down two jets.", "pakistan", EntityKind.STATE_FORCE),
                Arguments.of("Pakistani troops returned fire.", "pakistan", EntityKind.STATE_FORCE),
                Arguments.of("Iranian troops attacked.", "iran", EntityKind.STATE_FORCE),
                Arguments.of("The FAO said so.", "fao", EntityKind.ORGANIZATION));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actors")
    void namesOfOtherWarsActorsAreFound(String text, String key, EntityKind kind) {
        assertEquals(List.of(key + ":" + kind), found(text));
    }

    @Test
    void provincesOfTheIslamicStateAreItsNames() {
        assertEquals(List.of("islamic-state:ARMED_GROUP", "boko-haram:ARMED_GROUP"), found("ISWAP and Boko Haram fought."));
        assertEquals(List.of("islamic-state:ARMED_GROUP"), found("Islamic State in the Greater Sahara fighters attacked."));
        assertEquals(List.of("islamic-state:ARMED_GROUP"), found("ISIS-K claimed the attack."));
    }

    @Test
    void aCountryAtWarIsTheActorUnlessAPlaceWordComesFirst() {
        assertEquals(List.of("ukraine:STATE_FORCE"), found("Ukraine said it had shot down 30 drones."));
        assertEquals(List.of("ukraine:COUNTRY"), found("The fighting in Ukraine went on."));
    }

    @Test
    void namesThatAreAlsoOtherActorsStayWithTheirOwn() {
        // SNA is the Syrian National Army, not the Somali army; Liwa al-Quds is not PIJ's al-Quds Brigades
        assertEquals(List.of("free-syrian-army:ARMED_GROUP"), found("The SNA advanced."));
        assertEquals(List.of("liwa-al-quds:ARMED_GROUP"), found("The Quds Brigade fought in Aleppo.").subList(0, 1));
        assertEquals(List.of("palestinian-islamic-jihad:ARMED_GROUP"), found("The al-Quds Brigades fired rockets."));
        // Myanmar's People's Defence Force is not the PKK's People's Defence Forces; "KIA" alone is "killed in action"
        assertEquals(List.of("peoples-defence-force:ARMED_GROUP"), found("The People's Defence Force attacked."));
        assertEquals(List.of("pkk:ARMED_GROUP"), found("The People's Defence Forces attacked."));
        assertEquals(List.of(), found("Two soldiers KIA."));
        // "IAF" stays Israel's air force, and "JEM" Sudan's Justice and Equality Movement
        assertEquals(List.of("israel:STATE_FORCE"), found("The IAF said so."));
        assertEquals(List.of("justice-and-equality-movement:ARMED_GROUP"), found("JEM rebels attacked."));
        // a state's name and its rebels: "pro-Russian rebels" are neither Russia nor Syria's rebels
        assertEquals(List.of("donbas-separatists:ARMED_GROUP", "russia:STATE_FORCE"),
                found("Russian-backed separatists and Russian troops attacked."));
    }
}
