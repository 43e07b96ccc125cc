package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.model.Article;
import org.claimgraph.model.EntityKind;
import org.claimgraph.model.Extraction;
import org.junit.jupiter.api.Test;

class ExtractorTest {
    private final Extractor extractor = new Extractor(TestGazetteer.small());

    @Test
    void resolvesPublisherAuthorAndCites() {
        String text = "Headline here\n\nPublished March 3, 2016\n\nThe SDF captured Raqqa yesterday, AFP reported.";
        Extraction x = extractor.extract(new Article("a.txt", "a", text, "Headline here", null, "Agence France-Presse", "Jane Roe", null));
        assertEquals("afp", x.publisher().key());
        assertTrue(x.publisher().known());
        assertEquals(EntityKind.PERSON, x.author().kind());
        assertEquals("jane-roe", x.author().key());
        assertEquals(LocalDate.of(2016, 3, 3), x.article().published());
        assertEquals(1, x.claims().stream().filter(c -> c.about() instanceof org.claimgraph.model.Event).count());
        assertEquals(List.of(), x.cites(), "the publisher is not a cited source");
    }

    @Test
    void unknownPublisherBecomesANewOutlet() {
        Extraction x = extractor.extract(new Article("b.txt", "b", "Nothing happened.", null, null, "Levant Post", null, null));
        assertEquals("levant-post", x.publisher().key());
        assertFalse(x.publisher().known());
        assertEquals(EntityKind.MEDIA_OUTLET, x.publisher().kind());
        assertTrue(x.claims().isEmpty());
    }

    @Test
    void defaultFindersIncludeMeasurementsAndStatements() {
        Extraction x = extractor.extract(new Article("d.txt", "d", "ISIS has about 350 fighters in Raqqa.", null, null, null, null, null));
        assertTrue(x.claims().stream().anyMatch(c -> c.about() instanceof org.claimgraph.model.Measurement));
    }

    @Test
    void moreFindersPlugIn() {
        ClaimFinder none = text -> List.of();
        Extractor ex = new Extractor(TestGazetteer.small(), List.of(none));
        Extraction x = ex.extract(new Article("c.txt", "c", "ISIS seized Mosul in June 2014.", null, null, null, null, null));
        assertEquals(1, x.claims().size());
        assertEquals("mosul", ((org.claimgraph.model.Event) x.claims().get(0).about()).place().key());
    }
}
