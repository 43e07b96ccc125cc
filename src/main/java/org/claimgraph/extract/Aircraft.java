package org.claimgraph.extract;

/**
 * Military aircraft named by their model: "a Syrian Su-22", "two Turkish F-16s", "four Tornados". A model
 * after a state's adjective names that state's air force; a model in a sentence makes it one about the air.
 */
final class Aircraft {
    /** A model's name, designation or type: "Su-24", "MiG-29", "F/A-18E", "Il-20", "Tornados", "a Reaper". */
    static final String MODEL = "(?:(?:Su|MiG|Mig|Tu|Il|Mi|Ka|Yak|F/A|F|A|B|AV|MQ|RQ|AH|UH|CH|KC|AC|E)-\\d{1,3}[A-Z]?s?"
            + "|Tornados?|Typhoons?|Reapers?|Predators?|Rafales?|Mirages?|(?:Super )?Hornets?|Harriers?|Apaches?)";

    private Aircraft() {
    }
}
