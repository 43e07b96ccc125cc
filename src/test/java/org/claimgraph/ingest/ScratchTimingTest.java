package org.claimgraph.ingest;

import java.nio.file.Path;
import java.util.List;
import org.claimgraph.article.Articles;
import org.claimgraph.rdf.Iris;
import org.junit.jupiter.api.Test;

class ScratchTimingTest {
    @Test
    void time() {
        long t0 = System.nanoTime();
        ReferenceData ref = ReferenceData.bundled(Iris.defaults());
        long t1 = System.nanoTime();
        Ingest ing = new Ingest(ref, 1, s -> { });
        ArticlePreparer p = ing.preparer();
        long t2 = System.nanoTime();
        System.out.printf("ref %d ms, preparer %d ms%n", (t1 - t0) / 1000000, (t2 - t1) / 1000000);
        for (int round = 0; round < 8; round++) {
            long ex = 0, map = 0, val = 0;
            for (Path f : Articles.expand(List.of(Path.of("../shared/seeds")))) {
                for (var a : Articles.read(f)) {
                    long a0 = System.nanoTime();
                    var x = p.extract(a);
                    long a1 = System.nanoTime();
                    var g = p.mapper().map(x).getGraph();
                    long a2 = System.nanoTime();
                    var r = p.validator().validate(g);
                    long a3 = System.nanoTime();
                    ex += a1 - a0; map += a2 - a1; val += a3 - a2;
                }
            }
            System.out.printf("round %d: extract %d ms, map %d ms, validate %d ms%n", round, ex / 1000000, map / 1000000, val / 1000000);
        }
    }
}
