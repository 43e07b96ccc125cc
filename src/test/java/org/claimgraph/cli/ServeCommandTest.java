package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
    @TempDir
    Path tmp;

    @Test
    void anEmptyDatabaseIsFilledWithTheExamplesAndServed() {
        ServeCommand serve = new ServeCommand();
        List<String> answers = new ArrayList<>();
        serve.onStarted = server -> {
            try {
                HttpClient http = HttpClient.newHttpClient();
                String query = "PREFIX cg: <https://w3id.org/claimgraph/ns#> SELECT (COUNT(?a) AS ?n) WHERE { ?a a cg:Article }";
                HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + "sparql?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").build();
                answers.add(http.send(request, HttpResponse.BodyHandlers.ofString()).body().trim());
            } catch (Exception e) {
                answers.add("failed: " + e);
            } finally {
                server.stop();
            }
        };
        CommandLine cl = new CommandLine(serve);
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("--db", tmp.resolve("db").toString(), "--port", "0");
        assertEquals(ExitCodes.OK, code, err.toString());
        assertTrue(err.toString().contains("ingesting the bundled example corpus"), err.toString());
        assertEquals(1, answers.size());
        String[] lines = answers.get(0).split("\\R");
        assertEquals("n", lines[0]);
        assertTrue(Integer.parseInt(lines[1].trim()) >= 12, "the example corpus has at least 12 articles: " + answers);
    }

    @Test
    void aNonPositiveTimeoutIsRefusedWithOneLine() {
        CommandLine cl = Cli.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("serve", "--db", tmp.resolve("db2").toString(), "--timeout", "0");
        assertEquals(ExitCodes.FAILURE, code);
        assertTrue(err.toString().contains("--timeout must be a positive number of seconds"), err.toString());
    }
}
