package org.claimgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.claimgraph.model.ClaimgraphException;
import org.claimgraph.rdf.Prefixes;
import org.claimgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimgraph query}: SPARQL over the union of all named graphs. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query (text or .rq file) over the store; the default graph is the union of"
                + " all named graphs. SELECT/ASK as table, json, csv or tsv; CONSTRUCT/DESCRIBE as Turtle.")
public final class QueryCommand implements Callable<Integer> {
    /** Result formats. */
    public enum Format { table, json, csv, tsv }

    @Mixin
    CommonOptions common;

    @Option(names = "--format", defaultValue = "table", description = "table, json, csv or tsv (default: ${DEFAULT-VALUE})")
    Format format;

    @Parameters(paramLabel = "QUERY_OR_FILE", description = "a SPARQL query, or a file holding one")
    String queryOrFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String source = "the query";
        String text = queryOrFile;
        Path file = asFile(queryOrFile);
        if (file != null) {
            source = file.toString();
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ClaimgraphException(file + ": cannot read the query file (" + e.getMessage() + ")", e);
            }
        }
        Query query = parse(text, source);
        try (TdbStore store = TdbStore.openExisting(common.db)) {
            Dataset ds = DatasetFactory.wrap(store.dataset());
            byte[] result = Txn.calculateRead(ds, () -> run(query, ds));
            PrintWriter out = spec.commandLine().getOut();
            out.print(new String(result, StandardCharsets.UTF_8));
            out.flush();
        }
        return ExitCodes.OK;
    }

    private static Path asFile(String arg) {
        if (arg.length() > 1024 || arg.contains("\n") || arg.contains("{")) {
            return null;
        }
        try {
            Path p = Path.of(arg);
            if (Files.isRegularFile(p)) {
                return p;
            }
            if (arg.endsWith(".rq") || arg.endsWith(".sparql")) {
                throw new ClaimgraphException(arg + ": no such query file; check the path");
            }
            return null;
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    private static Query parse(String text, String source) {
        Query q = QueryFactory.create();
        Prefixes.all().forEach(q::setPrefix);
        try {
            return QueryFactory.parse(q, text, null, null);
        } catch (QueryParseException e) {
            String where = e.getLine() > 0 ? " at line " + e.getLine() + ", column " + e.getColumn() : "";
            throw new ClaimgraphException(source + ": not a valid SPARQL query" + where + ": "
                    + e.getMessage().replace('\n', ' ') + " (fix the query; prefixes cg:, skos:, dct:, schema: are predefined)", e);
        }
    }

    private byte[] run(Query query, Dataset ds) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
            if (query.isSelectType()) {
                var rs = qe.execSelect();
                switch (format) {
                    case json -> ResultSetFormatter.outputAsJSON(buf, rs);
                    case csv -> ResultSetFormatter.outputAsCSV(buf, rs);
                    case tsv -> ResultSetFormatter.outputAsTSV(buf, rs);
                    default -> ResultSetFormatter.out(buf, rs, query);
                }
            } else if (query.isAskType()) {
                boolean b = qe.execAsk();
                switch (format) {
                    case json -> ResultSetFormatter.outputAsJSON(buf, b);
                    case csv -> ResultSetFormatter.outputAsCSV(buf, b);
                    case tsv -> ResultSetFormatter.outputAsTSV(buf, b);
                    default -> buf.writeBytes((b + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
                }
            } else if (query.isConstructType() || query.isDescribeType()) {
                Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                m.setNsPrefixes(Prefixes.all());
                RDFDataMgr.write(buf, m, RDFFormat.TURTLE_PRETTY);
            } else {
                throw new ClaimgraphException("only SELECT, ASK, CONSTRUCT and DESCRIBE queries are supported");
            }
        }
        return buf.toByteArray();
    }
}
