package org.claimgraph.store;

import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.claimgraph.rdf.CG;

/** The counting queries behind {@link TdbStore#stats()}; run inside a read transaction. */
final class StatsQuery {
    private static final String PREFIXES = "PREFIX cg: <" + CG.NS + ">\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";
    private static final String EVENT_TYPES = "cg:Capture, cg:Withdrawal, cg:Airstrike, cg:Bombing, cg:Assault, "
            + "cg:Siege, cg:Clash, cg:Killing, cg:Execution, cg:Surrender, cg:Destruction, cg:Detention";

    private StatsQuery() {
    }

    static StoreStats run(DatasetGraph dsg) {
        Map<String, Long> byType = new TreeMap<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(PREFIXES
                + "SELECT ?t (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?t FILTER(?t IN (" + EVENT_TYPES + ")) } GROUP BY ?t")
                .build()) {
            qe.select().forEachRemaining(b -> byType.put(b.get("t").getLocalName(), number(b, "n")));
        }
        long events = byType.values().stream().mapToLong(Long::longValue).sum();
        return new StoreStats(
                count(dsg, "?x a cg:Article"),
                count(dsg, "?x a cg:Claim"),
                events, byType,
                count(dsg, "?x a cg:Measurement"),
                count(dsg, "?x a cg:Statement"),
                count(dsg, "?x a ?c . ?c rdfs:subClassOf* cg:Place FILTER(?c IN (cg:Place, cg:Settlement, cg:Region, cg:Country))"),
                count(dsg, "?x a ?c FILTER(?c IN (cg:Actor, cg:ArmedGroup, cg:StateForce, cg:Coalition, cg:Organization,"
                        + " cg:Person, cg:MediaOutlet))"),
                single(dsg, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"),
                single(dsg, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { } }"));
    }

    private static long count(DatasetGraph dsg, String pattern) {
        return single(dsg, PREFIXES + "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { " + pattern + " }");
    }

    private static long single(DatasetGraph dsg, String query) {
        try (QueryExec qe = QueryExec.dataset(dsg).query(query).build()) {
            RowSet rs = qe.select();
            return rs.hasNext() ? number(rs.next(), "n") : 0;
        }
    }

    private static long number(Binding b, String var) {
        return Long.parseLong(b.get(var).getLiteralLexicalForm());
    }
}
