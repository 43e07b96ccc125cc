package org.claimgraph.queries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/** Runs the query files of {@code queries/} and gives their rows as plain strings, for assertions. */
final class QueryResults {
    static final Path DIR = Path.of("queries");

    private QueryResults() {
    }

    /** One row: variable name to the IRI or the literal's lexical form; unbound variables are absent. */
    record Row(Map<String, String> values) {
        String get(String var) {
            return values.get(var);
        }

        boolean has(String var) {
            return values.containsKey(var);
        }

        double number(String var) {
            return Double.parseDouble(values.get(var));
        }
    }

    static List<String> files() {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String file) {
        try {
            return Files.readString(DIR.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Query parse(String file) {
        return QueryFactory.create(text(file));
    }

    static List<Row> run(DatasetGraph dsg, String file) {
        return select(dsg, text(file));
    }

    static List<Row> select(DatasetGraph dsg, String query) {
        return Txn.calculateRead(dsg, () -> {
            List<Row> rows = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(dsg).query(query).build()) {
                RowSet rs = qe.select();
                List<String> vars = rs.getResultVars().stream().map(v -> v.getVarName()).toList();
                rs.forEachRemaining(b -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (String v : vars) {
                        Node n = b.get(v);
                        if (n != null) {
                            row.put(v, n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString());
                        }
                    }
                    rows.add(new Row(row));
                });
            }
            return rows;
        });
    }
}
