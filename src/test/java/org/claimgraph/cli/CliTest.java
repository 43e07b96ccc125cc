package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {
    static final Path HOME = Path.of(System.getProperty("claimgraph.home", "."));
    static final Path SEEDS = HOME.resolve("../shared/seeds");

    @TempDir
    static Path shared;
    static Path db;

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = Cli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void ingestSeeds() {
        db = shared.resolve("db");
        Run r = run("ingest", "--db", db.toString(), SEEDS.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("stored 5 articles"), r.out());
    }

    @Test
    void helpAndVersion() {
        Run help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("ingest") && help.out().contains("query"), help.out());
        Run version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("claimgraph "), version.out());
    }

    @Test
    void wrongUsageIsExitCodeTwo() {
        assertEquals(ExitCodes.USAGE, run("query", "--frobnicate", "x").code());
        assertEquals(ExitCodes.USAGE, run("ingest").code());
        assertEquals(ExitCodes.USAGE, run("query", "--format", "xml", "ASK {}").code());
    }

    @Test
    void queryJsonIsValidJsonAloneOnStdout() throws Exception {
        Path q = tmp.resolve("events.rq");
        Files.writeString(q, "SELECT ?e ?label WHERE { ?c cg:about ?e . ?e rdfs:label ?label }");
        Run r = run("query", "--db", db.toString(), "--format", "json", q.toString());
        assertEquals(0, r.code(), r.err());
        JsonObject doc = JSON.parse(r.out());
        assertTrue(doc.get("results").getAsObject().get("bindings").getAsArray().size() > 0, r.out());
    }

    @Test
    void queryAskCsvAndConstruct() {
        Run ask = run("query", "--db", db.toString(), "ASK { ?a a cg:Article ; cg:sourceName ?s }");
        assertEquals("true", ask.out().trim());
        Run askJson = run("query", "--db", db.toString(), "--format", "json", "ASK { ?a a cg:Nothing }");
        assertFalse(JSON.parse(askJson.out()).get("boolean").getAsBoolean().value());
        Run csv = run("query", "--db", db.toString(), "--format", "csv",
                "SELECT ?s WHERE { ?a cg:sourceName ?s } ORDER BY ?s");
        assertEquals(6, csv.out().trim().split("\r?\n").length, csv.out());
        Run construct = run("query", "--db", db.toString(),
                "CONSTRUCT { ?a dct:title ?t } WHERE { ?a a cg:Article ; dct:title ?t }");
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new java.io.StringReader(construct.out()), null, Lang.TURTLE);
        assertEquals(5, m.size());
    }

    @Test
    void badQueryNamesTheLineAndExitsThree() {
        Run r = run("query", "--db", db.toString(), "SELECT ?x WHERE {\n ?x ?y }");
        assertEquals(ExitCodes.FAILURE, r.code());
        assertTrue(r.err().contains("line 2"), r.err());
        assertEquals(1, r.err().trim().split("\n").length, "one line, no stack trace: " + r.err());
    }

    @Test
    void missingDatabaseSaysWhatToDo() {
        Run r = run("stats", "--db", tmp.resolve("nothing").toString());
        assertEquals(ExitCodes.FAILURE, r.code());
        assertTrue(r.err().contains("claimgraph ingest"), r.err());
    }

    @Test
    void statsValidateAndDump() throws Exception {
        Run stats = run("stats", "--db", db.toString());
        assertEquals(0, stats.code(), stats.err());
        assertTrue(stats.out().contains("articles      5"), stats.out());
        Run validate = run("validate", "--db", db.toString());
        assertEquals(0, validate.code(), validate.out());
        Path dump = tmp.resolve("all.nq.gz");
        Run d = run("dump", "--db", db.toString(), "-o", dump.toString());
        assertEquals(0, d.code(), d.err());
        assertTrue(Files.size(dump) > 1000);
        assertFalse(Files.exists(tmp.resolve("all.nq.gz.part")));
    }

    @Test
    void extractShowsEvidenceAndRoles() throws Exception {
        Path seed;
        try (var s = Files.list(SEEDS)) {
            seed = s.sorted().findFirst().orElseThrow();
        }
        Run r = run("extract", seed.toString());
        assertEquals(0, r.code(), r.err());
        JsonObject doc = JSON.parse(r.out());
        var articles = doc.get("articles").getAsArray();
        assertEquals(1, articles.size());
        var claims = articles.get(0).getAsObject().get("claims").getAsArray();
        assertTrue(claims.size() > 0);
        var first = claims.get(0).getAsObject();
        assertTrue(first.hasKey("evidence") && first.hasKey("modality") && first.hasKey("roles"), first.toString());
        Run ttl = run("extract", "--format", "ttl", seed.toString());
        assertTrue(ttl.out().contains("cg:Claim"), ttl.out());
    }

    @Test
    void ingestOfBadInputsIsExitCodeOne() {
        Run r = run("ingest", "--db", tmp.resolve("db2").toString(),
                HOME.resolve("src/test/resources/ingest/bad").toString(), tmp.resolve("missing.txt").toString());
        assertEquals(ExitCodes.SOME_FAILED, r.code(), r.err());
        assertTrue(r.err().contains("missing.txt"), r.err());
        assertTrue(r.err().contains("empty.txt"), r.err());
    }
}
