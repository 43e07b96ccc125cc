package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.model.Extraction;
import org.junit.jupiter.api.Test;

class ArticleMapperTest {
    private final ArticleMapper mapper = new ArticleMapper(Iris.defaults());

    @Test
    void mappingTwiceGivesTheSameTriples() {
        Model a = mapper.map(Fixtures.extraction("a1"));
        Model b = mapper.map(Fixtures.extraction("a1"));
        assertTrue(a.isIsomorphicWith(b));
        assertEquals(sortedNTriples(a), sortedNTriples(b));
        assertFalse(a.listStatements().toList().stream().anyMatch(s -> s.getSubject().isAnon()));
    }

    @Test
    void matchesTheExpectedGraph() {
        Model expected = RDFDataMgr.loadModel("rdf/expected-a1.ttl");
        Model got = mapper.map(Fixtures.extraction("a1"));
        assertTrue(expected.isIsomorphicWith(got), () -> "got:\n" + turtle(got));
    }

    @Test
    void offsetsAreCodePointsSoSparqlSubstrFindsTheQuote() {
        Model m = mapper.map(Fixtures.extraction("a1"));
        String q = "PREFIX cg: <" + CG.NS + "> SELECT ?quote ?s ?e (SUBSTR(?text, ?s + 1, ?e - ?s) AS ?cut) WHERE {"
                + " ?c cg:quote ?quote ; cg:start ?s ; cg:end ?e ; cg:statedIn/cg:text ?text }";
        int rows = 0;
        try (var qe = QueryExecutionFactory.create(q, m)) {
            var rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                assertEquals(row.getLiteral("quote").getString(), row.getLiteral("cut").getString());
                rows++;
            }
        }
        assertEquals(3, rows);
        String text = Fixtures.extraction("a1").article().text();
        int utf16 = text.indexOf("Syrian troops");
        long start = m.listObjectsOfProperty(CG.start).toList().stream()
                .mapToLong(n -> n.asLiteral().getLong()).min().orElseThrow();
        assertEquals(utf16 - 1, start, "the emoji counts as one character");
    }

    @Test
    void unknownEntitiesAreDescribedAndGazetteerOnesOnlyReferenced() {
        Model m = mapper.map(Fixtures.extraction("a1"));
        var iris = Iris.defaults();
        var village = m.createResource(iris.entity(Fixtures.NEW_VILLAGE));
        assertTrue(m.contains(village, RDF.type, CG.Settlement));
        assertTrue(m.contains(village, SKOS.prefLabel, "Qaryatayn East", "en"));
        var palmyra = m.createResource(iris.entity(Fixtures.PALMYRA));
        assertFalse(m.contains(palmyra, SKOS.prefLabel));
        assertTrue(m.contains(null, CG.place, palmyra));
        assertTrue(m.contains(m.createResource(iris.id("event", "capture-palmyra-2016-03")), RDF.type, CG.resource("Capture")));
    }

    @Test
    void claimsThatWouldMakeOneActorAgentAndTargetOfAnEventGetTwoEvents() {
        // one article: the army takes Palmyra, IS loses it, and (another claim) IS takes it, all in one month
        String text = "The army took Palmyra in March 2016. IS lost Palmyra that month. IS took Palmyra in March 2016.";
        var article = new org.claimgraph.model.Article("c3.txt", "c3", text, null, java.time.LocalDate.of(2016, 3, 30),
                null, null, null);
        var march = org.claimgraph.model.DateRange.month(2016, 3, null);
        var taken = new org.claimgraph.model.Event(org.claimgraph.model.EventType.CAPTURE, Fixtures.PALMYRA, Fixtures.SAA, null,
                java.util.List.of(), march);
        var lost = new org.claimgraph.model.Event(org.claimgraph.model.EventType.CAPTURE, Fixtures.PALMYRA, null, Fixtures.ISIS,
                java.util.List.of(), march);
        var takenByIs = new org.claimgraph.model.Event(org.claimgraph.model.EventType.CAPTURE, Fixtures.PALMYRA, Fixtures.ISIS,
                null, java.util.List.of(), march);
        var claims = java.util.List.of(
                new org.claimgraph.model.Claim(Fixtures.span(text, "The army took Palmyra in March 2016."), taken,
                        org.claimgraph.model.Modality.ASSERTED, 0.8, null, null),
                new org.claimgraph.model.Claim(Fixtures.span(text, "IS lost Palmyra that month."), lost,
                        org.claimgraph.model.Modality.ASSERTED, 0.8, null, null),
                new org.claimgraph.model.Claim(Fixtures.span(text, "IS took Palmyra in March 2016."), takenByIs,
                        org.claimgraph.model.Modality.ASSERTED, 0.8, null, null));
        Model m = mapper.map(new Extraction(article, null, null, java.util.List.of(), claims));
        String q = "PREFIX cg: <" + CG.NS + "> ASK { ?e cg:agent ?x ; cg:target ?x }";
        try (var qe = QueryExecutionFactory.create(q, m)) {
            assertFalse(qe.execAsk(), () -> turtle(m));
        }
        assertEquals(2, m.listSubjectsWithProperty(RDF.type, CG.resource("Capture")).toList().size(), () -> turtle(m));
    }

    @Test
    void eventsFromTwoArticlesShareOneIri() {
        Model a = mapper.map(Fixtures.extraction("a1"));
        Model b = mapper.map(Fixtures.extraction("b2"));
        var event = a.createResource(Iris.defaults().id("event", "capture-palmyra-2016-03"));
        assertTrue(a.containsResource(event));
        assertTrue(b.containsResource(event));
        assertEquals(Iris.defaults().articleGraph("b2"), mapper.graphName(Fixtures.extraction("b2")));
    }

    @Test
    void aRetakeInTheSameMonthIsADifferentEvent() {
        Extraction x = Fixtures.extraction("a1");
        var first = x.claims().get(0);
        var e = (org.claimgraph.model.Event) first.about();
        var retake = new org.claimgraph.model.Event(e.type(), e.place(), e.target(), e.agent(), java.util.List.of(), e.date());
        var again = new org.claimgraph.model.Claim(first.evidence(), retake, first.modality(), 0.5, null, null);
        var claims = new java.util.ArrayList<>(x.claims());
        claims.add(again);
        Model m = mapper.map(new Extraction(x.article(), x.publisher(), x.author(), x.cites(), claims));
        String base = Iris.defaults().id("event", "capture-palmyra-2016-03");
        assertTrue(m.contains(m.createResource(base), CG.agent, m.createResource(Iris.defaults().entity(Fixtures.SAA))));
        var other = m.createResource(base + "-islamic-state");
        assertTrue(m.contains(other, CG.agent, m.createResource(Iris.defaults().entity(Fixtures.ISIS))));
        assertFalse(m.contains(m.createResource(base), CG.agent, m.createResource(Iris.defaults().entity(Fixtures.ISIS))));
    }

    @Test
    void capturesByTwoForcesOnDaysApartAreATakeAndARetake() {
        Extraction x = Fixtures.extraction("a1");
        var first = x.claims().get(0);
        var e = (org.claimgraph.model.Event) first.about();
        var march = java.time.LocalDate.of(2016, 3, 5);
        var took = new org.claimgraph.model.Event(e.type(), e.place(), Fixtures.ISIS, null, java.util.List.of(),
                org.claimgraph.model.DateRange.day(march, null));
        var retook = new org.claimgraph.model.Event(e.type(), e.place(), Fixtures.SAA, null, java.util.List.of(),
                org.claimgraph.model.DateRange.day(march.plusDays(10), null));
        var sameDay = new org.claimgraph.model.Event(e.type(), e.place(), Fixtures.SAA, null, java.util.List.of(),
                org.claimgraph.model.DateRange.day(march.plusDays(11), null));
        var claims = java.util.List.of(
                new org.claimgraph.model.Claim(first.evidence(), took, first.modality(), 0.5, null, null),
                new org.claimgraph.model.Claim(first.evidence(), retook, first.modality(), 0.5, null, null),
                new org.claimgraph.model.Claim(first.evidence(), sameDay, first.modality(), 0.5, null, null));
        Model m = mapper.map(new Extraction(x.article(), null, null, java.util.List.of(), claims));
        String base = Iris.defaults().id("event", "capture-palmyra-2016-03");
        assertTrue(m.contains(m.createResource(base), CG.agent, m.createResource(Iris.defaults().entity(Fixtures.ISIS))));
        var retake = m.createResource(base + "-" + Fixtures.SAA.key());
        assertTrue(m.contains(retake, CG.agent, m.createResource(Iris.defaults().entity(Fixtures.SAA))));
        assertEquals(2, m.listSubjectsWithProperty(CG.agent).toList().size());
    }

    @Test
    void placesInActorRolesAndRolesOfOrganisationsAreLeftOut() {
        Extraction x = Fixtures.extraction("a1");
        var first = x.claims().get(0);
        var e = (org.claimgraph.model.Event) first.about();
        var odd = new org.claimgraph.model.Event(e.type(), e.place(), e.agent(), e.target(),
                java.util.List.of(Fixtures.PALMYRA, Fixtures.ISIS), e.date());
        var pentagon = new org.claimgraph.model.EntityRef("pentagon", "Pentagon",
                org.claimgraph.model.EntityKind.ORGANIZATION, false);
        var said = new org.claimgraph.model.Statement(pentagon, "spokesman", null,
                new org.claimgraph.model.DateRange(null, null, null));
        var claims = java.util.List.of(
                new org.claimgraph.model.Claim(first.evidence(), odd, first.modality(), 0.5, null, null),
                new org.claimgraph.model.Claim(first.evidence(), said, first.modality(), 0.5, pentagon, null));
        Model m = mapper.map(new Extraction(x.article(), null, null, java.util.List.of(), claims));
        var iris = Iris.defaults();
        assertFalse(m.contains(null, CG.supportedBy, m.createResource(iris.entity(Fixtures.PALMYRA))));
        assertTrue(m.contains(null, CG.supportedBy, m.createResource(iris.entity(Fixtures.ISIS))));
        assertFalse(m.contains(m.createResource(iris.entity(pentagon)), CG.role));
    }

    @Test
    void shaIsOfTheText() {
        Extraction x = Fixtures.extraction("a1");
        Model m = mapper.map(x);
        assertEquals(Iris.sha256Hex(x.article().text()),
                m.listObjectsOfProperty(CG.sha256).next().asLiteral().getString());
    }

    static String sortedNTriples(Model m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, m, Lang.NTRIPLES);
        String[] lines = out.toString(java.nio.charset.StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        return String.join("\n", lines);
    }

    static String turtle(Model m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, m, Lang.TURTLE);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
