package org.claimgraph.extract;
import org.junit.jupiter.api.Test;
import java.nio.file.*;
import org.claimgraph.model.*;
class ScratchTest {
  @Test void dump() throws Exception {
    for (String dir : new String[]{"../shared/seeds", "../shared/eval/dev-articles"}) {
      try (var files = Files.list(Path.of(dir))) { for (Path p : files.sorted().toList()) {
        AnalyzedText t = SpeechFixtures.read(p);
        System.out.println("=== " + p.getFileName());
        for (Claim c : new MeasurementFinder(java.util.EnumSet.allOf(Measure.class)).find(t)) { Measurement m = (Measurement) c.about();
          System.out.println("  M " + m.measure() + " " + m.min() + ".." + m.max() + " subj=" + (m.subject()==null?null:m.subject().key()) + " place=" + (m.place()==null?null:m.place().key()) + " " + c.modality() + " | " + c.evidence().of(t.text())); }
        for (Claim c : new StatementFinder().find(t)) { Statement s = (Statement) c.about();
          String ev = c.evidence().of(t.text());
          System.out.println("  S " + s.speaker().label() + " [" + s.speaker().kind() + "] role=" + s.role() + " aff=" + (s.affiliation()==null?null:s.affiliation().label()) + " via=" + (c.via()==null?null:c.via().label()) + " | " + ev.substring(0, Math.min(70, ev.length()))); }
      }}
    }
  }
}
