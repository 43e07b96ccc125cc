package org.claimgraph.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.update.UpdateAction;
import org.claimgraph.model.EventType;
import org.claimgraph.rdf.ArticleMapper;
import org.claimgraph.rdf.Fixtures;
import org.claimgraph.rdf.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleValidatorTest {
    private static final ArticleValidator VALIDATOR =
            ArticleValidator.withBundledShapes(Fixtures.testOntology(), Fixtures.testGazetteer());

    private static Model valid() {
        return RDFDataMgr.loadModel("validate/valid-article.ttl");
    }

    @Test
    void theMappedFixtureConforms() {
        Graph g = new ArticleMapper(Iris.defaults()).map(Fixtures.extraction("a1")).getGraph();
        ValidationResult r = VALIDATOR.validate(g);
        assertTrue(r.conforms(), () -> r.summary(20));
    }

    @Test
    void theValidFixtureConforms() {
        ValidationResult r = VALIDATOR.validate(valid().getGraph());
        assertTrue(r.conforms(), () -> r.summary(20));
    }

    @Test
    void theTestGazetteerConforms() {
        ValidationResult r = VALIDATOR.validateGazetteer();
        assertTrue(r.conforms(), () -> r.summary(20));
    }

    @Test
    void theBundledGazetteerConformsToTheBundledOntology() {
        var gaz = org.claimgraph.rdf.GazetteerLoader.loadGazetteer(Iris.DEFAULT_BASE).getGraph();
        var ont = org.claimgraph.rdf.GazetteerLoader.loadOntology().getGraph();
        ValidationResult r = ArticleValidator.withBundledShapes(ont, gaz).validateGazetteer();
        assertTrue(r.conforms(), () -> r.summary(20));
    }

    @Test
    void aGazetteerPlaceWithoutWktFails() {
        Graph gaz = Fixtures.testGazetteer();
        UpdateAction.parseExecute("PREFIX geo: <http://www.opengis.net/ont/geosparql#> "
                + "DELETE WHERE { ?p geo:hasGeometry ?g . ?g geo:asWKT ?w }", gaz);
        ValidationResult r = ArticleValidator.withBundledShapes(Fixtures.testOntology(), gaz).validateGazetteer();
        assertFalse(r.conforms());
        assertTrue(r.violations().get(0).focusNode().endsWith("/place/palmyra"), r::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failingCases")
    void failingCase(String name, String expected, String update) {
        Model m = valid();
        UpdateAction.parseExecute(update, m);
        ValidationResult r = VALIDATOR.validate(m.getGraph());
        assertFalse(r.conforms(), name + " should fail");
        assertTrue(r.violations().stream().anyMatch(v -> v.toString().contains(expected)),
                () -> name + ": expected '" + expected + "' in:\n" + r.summary(20));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void eachEventTypePassesAndFailsWhenAgentIsTarget(EventType type) {
        String retype = "PREFIX cg: <https://w3id.org/claimgraph/ns#> DELETE { ?e a cg:Capture } "
                + "INSERT { ?e a cg:" + type.localName() + " } WHERE { ?e a cg:Capture }";
        Model m = valid();
        UpdateAction.parseExecute(retype, m);
        ValidationResult ok = VALIDATOR.validate(m.getGraph());
        assertTrue(ok.conforms(), () -> type + ":\n" + ok.summary(10));
        UpdateAction.parseExecute("PREFIX cg: <https://w3id.org/claimgraph/ns#> "
                + "INSERT { ?e cg:target ?a } WHERE { ?e cg:agent ?a }", m);
        ValidationResult bad = VALIDATOR.validate(m.getGraph());
        assertTrue(bad.violations().stream().anyMatch(v -> v.message().contains("cannot also be its target")),
                () -> type + ":\n" + bad.summary(10));
    }

    @Test
    void reportNamesFocusNodePathAndShape() {
        Model m = valid();
        UpdateAction.parseExecute("PREFIX cg: <https://w3id.org/claimgraph/ns#> "
                + "DELETE { ?c cg:confidence ?x } INSERT { ?c cg:confidence 2.0 } WHERE { ?c cg:confidence ?x ; cg:start 14 }", m);
        Violation v = VALIDATOR.validate(m.getGraph()).violations().get(0);
        assertTrue(v.focusNode().startsWith("http://localhost:3030/id/claim/a1-"), v::toString);
        assertTrue(v.path().contains("confidence"), v::toString);
        assertTrue(v.message().contains("[0, 1]"), v::toString);
    }

    static Stream<Arguments> failingCases() throws IOException {
        String text;
        try (InputStream in = ArticleValidatorTest.class.getClassLoader().getResourceAsStream("validate/failing-cases.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] blocks = text.split("\n## ");
        String prefixes = Arrays.stream(blocks[0].split("\n")).filter(l -> l.startsWith("PREFIX"))
                .reduce("", (a, b) -> a + b + "\n");
        List<Arguments> out = new ArrayList<>();
        for (int i = 1; i < blocks.length; i++) {
            String header = blocks[i].substring(0, blocks[i].indexOf('\n'));
            String update = blocks[i].substring(blocks[i].indexOf('\n') + 1);
            String[] parts = header.split("\\|", 2);
            out.add(Arguments.of(parts[0].trim(), parts[1].trim(), prefixes + update));
        }
        return out.stream();
    }
}
