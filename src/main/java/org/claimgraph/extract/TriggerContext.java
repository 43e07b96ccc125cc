package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.extract.TriggerLexicon.Hit;
import org.claimgraph.model.Span;

/** One trigger in its sentence and clause, with what is known around it. */
record TriggerContext(String text, Span sentence, Span clause, List<Hit> hits, int index, List<Mention> mentions,
                       Salience salience, LocalDate published, boolean opinion, boolean outlook,
                       ModalityDetector.SentenceCues cues) {
    Hit hit() {
        return hits.get(index);
    }

    int scopeEnd() {
        int end = clause.end();
        for (int k = index + 1; k < hits.size(); k++) {
            if (hits.get(k).start() >= hit().end()) {
                return Math.min(end, hits.get(k).start());
            }
        }
        return end;
    }

    int scopeStart() {
        int start = clause.start();
        return index > 0 ? Math.max(start, hits.get(index - 1).end()) : start;
    }
}
