package org.claimgraph.server;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * Runs read-only queries over a dataset whose default graph is the union of its named graphs, with a
 * timeout, and materialises the whole answer (up to the row cap) inside one read transaction, so a
 * timeout can never surface half-way through writing a response.
 */
final class QueryRunner {
    private final DatasetGraph dataset;
    private final long timeoutMillis;
    private final int rowCap;

    QueryRunner(DatasetGraph dataset, ServerConfig config) {
        this.dataset = requireNonNull(dataset, "dataset");
        this.timeoutMillis = config.queryTimeout().toMillis();
        this.rowCap = config.rowCap();
    }

    /** Thrown for a query this endpoint refuses to run (federation). */
    static final class RefusedQueryException extends RuntimeException {
        RefusedQueryException(String message) {
            super(message);
        }
    }

    /**
     * Runs the query. A non-null {@code protocolDataset} (from {@code default-graph-uri} /
     * {@code named-graph-uri}) selects graphs of the store; nothing is ever fetched from elsewhere.
     *
     * @throws RefusedQueryException for SERVICE
     * @throws org.apache.jena.query.QueryCancelledException on timeout
     */
    QueryOutcome run(Query query, DatasetDescription protocolDataset) {
        return run(query, protocolDataset, BindingFactory.empty());
    }

    /**
     * Runs a query of our own with some variables bound to values (the safe way to pass user input: the
     * value is a node, never query text). Over the union of the named graphs.
     */
    QueryOutcome runWith(Query query, Binding substitution) {
        return run(query, null, substitution);
    }

    private QueryOutcome run(Query query, DatasetDescription protocolDataset, Binding substitution) {
        refuseService(query);
        DatasetDescription description = protocolDataset != null ? protocolDataset : query.getDatasetDescription();
        Query stripped = description == null ? query : withoutDataset(query);
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph target = description != null ? DynamicDatasets.dynamicDataset(description, dataset, false)
                    : query.isDescribeType() ? unionDefaultView(dataset) : dataset;
            return execute(stripped, target, description == null, substitution);
        });
    }

    private QueryOutcome execute(Query query, DatasetGraph target, boolean unionDefault, Binding substitution) {
        try (QueryExec exec = QueryExec.dataset(target)
                .query(query)
                .substitution(substitution)
                .timeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .set(TDB2.symUnionDefaultGraph, unionDefault)
                .set(ARQ.httpServiceAllowed, false)
                .build()) {
            if (query.isSelectType()) {
                return rows(exec.select());
            }
            if (query.isAskType()) {
                return new QueryOutcome.Bool(exec.ask());
            }
            Iterator<Triple> triples = query.isConstructType() ? exec.constructTriples() : exec.describeTriples();
            return triples(triples, query);
        }
    }

    private QueryOutcome rows(RowSet rowSet) {
        List<Binding> rows = new ArrayList<>();
        while (rows.size() < rowCap && rowSet.hasNext()) {
            rows.add(detach(rowSet.next()));
        }
        return new QueryOutcome.Rows(rowSet.getResultVars(), rows, rowSet.hasNext());
    }

    private QueryOutcome triples(Iterator<Triple> triples, Query query) {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
        while (graph.size() < rowCap && triples.hasNext()) {
            graph.add(triples.next());
        }
        return new QueryOutcome.Triples(graph, triples.hasNext());
    }

    /** A copy whose nodes are resolved now, while the read transaction is still open. */
    private static Binding detach(Binding binding) {
        BindingBuilder builder = Binding.builder();
        binding.forEach(builder::add);
        return builder.build();
    }

    /**
     * The dataset with the union graph as its default graph, for DESCRIBE: Jena's describe handler reads the
     * default graph directly and so does not see the union setting of the query engine.
     */
    private static DatasetGraph unionDefaultView(DatasetGraph dsg) {
        return new DatasetGraphWrapper(dsg) {
            @Override
            public Graph getDefaultGraph() {
                return dsg.getUnionGraph();
            }
        };
    }

    private static Query withoutDataset(Query query) {
        Query copy = query.cloneQuery();
        copy.getGraphURIs().clear();
        copy.getNamedGraphURIs().clear();
        return copy;
    }

    private static void refuseService(Query query) {
        OpVisitorBase finder = new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                throw new RefusedQueryException("SERVICE (federated query) is not allowed on this endpoint");
            }
        };
        Walker.walk(Algebra.compile(query), finder, new ExprVisitorBase());
    }
}
