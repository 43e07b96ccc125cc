package org.claimgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.claimgraph.article.Articles;
import org.claimgraph.ingest.ArticlePreparer;
import org.claimgraph.ingest.Ingest;
import org.claimgraph.ingest.ReferenceData;
import org.claimgraph.model.Article;
import org.claimgraph.model.Extraction;
import org.claimgraph.model.InputException;
import org.claimgraph.validate.ValidationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimgraph extract FILE...}: what would be stored, without storing. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Show what would be stored for the given article files, without touching the database:"
                + " JSON with each claim's evidence, type, roles, dates and modality, or the Turtle of each article graph.")
public final class ExtractCommand implements Callable<Integer> {
    /** Output formats. */
    public enum Format { json, ttl }

    @Mixin
    CommonOptions common;

    @Option(names = "--format", defaultValue = "json", description = "json or ttl (default: ${DEFAULT-VALUE})")
    Format format;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "article files or folders")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArticlePreparer preparer = new Ingest(ReferenceData.bundled(common.iris()), 1, s -> { }).preparer();
        List<String> problems = new ArrayList<>();
        JsonArray articles = new JsonArray();
        for (Path input : files) {
            List<Path> expanded;
            try {
                expanded = Articles.expand(List.of(input));
            } catch (InputException e) {
                problems.add(e.getMessage());
                continue;
            }
            for (Path file : expanded) {
                List<Article> read;
                try {
                    read = Articles.read(file, skipped -> problems.add(skipped.getMessage()));
                } catch (InputException e) {
                    problems.add(e.getMessage());
                    continue;
                }
                for (Article a : read) {
                    Extraction x = preparer.extract(a);
                    Model m = preparer.mapper().map(x);
                    ValidationResult v = preparer.validator().validate(m.getGraph());
                    String graph = preparer.mapper().graphName(x);
                    if (format == Format.ttl) {
                        out.println("# graph <" + graph + ">" + (v.conforms() ? "" : " (fails validation: would be rejected)"));
                        ByteArrayOutputStream buf = new ByteArrayOutputStream();
                        RDFDataMgr.write(buf, m, RDFFormat.TURTLE_PRETTY);
                        out.println(buf.toString(StandardCharsets.UTF_8));
                    } else {
                        articles.add(ExtractionJson.article(x, graph, v));
                    }
                }
            }
        }
        if (format == Format.json) {
            JsonObject doc = new JsonObject();
            doc.put("articles", articles);
            JsonArray probs = new JsonArray();
            problems.forEach(probs::add);
            doc.put("problems", probs);
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            JSON.write(buf, doc);
            out.println(buf.toString(StandardCharsets.UTF_8));
        }
        out.flush();
        problems.forEach(p -> err.println("claimgraph extract: " + p));
        err.flush();
        return problems.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }
}
