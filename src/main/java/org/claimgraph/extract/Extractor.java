package org.claimgraph.extract;

import static java.util.Objects.requireNonNull;

import org.claimgraph.model.Article;
import org.claimgraph.model.Extraction;
import org.claimgraph.model.Gazetteer;

/** Turns one article into its claims. Thread-safe once built; build one per gazetteer and reuse it. */
public final class Extractor {
    private final Gazetteer gazetteer;

    public Extractor(Gazetteer gazetteer) {
        this.gazetteer = requireNonNull(gazetteer, "gazetteer");
    }

    public Extraction extract(Article article) {
        throw new UnsupportedOperationException("not yet built: " + gazetteer.size());
    }
}
