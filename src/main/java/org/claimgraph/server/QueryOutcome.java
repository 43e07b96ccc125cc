package org.claimgraph.server;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/** The complete, materialised answer to one query, ready to be written in any format. */
sealed interface QueryOutcome {

    /** True when the answer was cut at the row cap. */
    boolean truncated();

    /** SELECT: the variables and rows, every node resolved (no store references left). */
    record Rows(List<Var> vars, List<Binding> rows, boolean truncated) implements QueryOutcome {
        public Rows {
            vars = List.copyOf(vars);
            rows = List.copyOf(rows);
        }
    }

    /** ASK. */
    record Bool(boolean value) implements QueryOutcome {
        @Override
        public boolean truncated() {
            return false;
        }
    }

    /** CONSTRUCT or DESCRIBE, with the query's prefixes. */
    record Triples(Graph graph, boolean truncated) implements QueryOutcome {
    }
}
