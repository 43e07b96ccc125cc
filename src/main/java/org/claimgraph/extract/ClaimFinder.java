package org.claimgraph.extract;

import java.util.List;
import org.claimgraph.model.Claim;

/** One kind of claim finding (events, measurements, statements), run over an analysed article. */
public interface ClaimFinder {
    List<Claim> find(AnalyzedText text);
}
