package org.claimgraph.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.claimgraph.model.ClaimgraphException;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.Iris;
import org.claimgraph.rdf.Prov;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TDB2 database: one named graph per article, plus ontology, gazetteer and meta graphs. Queries
 * see the union of all named graphs as their default graph. Every write is one
 * {@code Txn.executeWrite}; a batch of articles is one transaction, so it is stored whole or not at all.
 */
public final class TdbStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TdbStore.class);

    private final Path dir;
    private final Location location;
    private final DatasetGraph dsg;

    private TdbStore(Path dir, Location location, DatasetGraph dsg) {
        this.dir = dir;
        this.location = location;
        this.dsg = dsg;
    }

    /** Opens the database in {@code dir}, creating it when the folder is missing or empty. */
    public static TdbStore open(Path dir) {
        return connect(dir, true);
    }

    /** Opens an existing database; fails with a clear message when there is none at {@code dir}. */
    public static TdbStore openExisting(Path dir) {
        return connect(dir, false);
    }

    private static TdbStore connect(Path dir, boolean create) {
        requireNonNull(dir, "dir");
        Path abs = dir.toAbsolutePath().normalize();
        checkLocation(abs, create);
        Location location = Location.create(abs.toString());
        try {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(location);
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new TdbStore(abs, location, dsg);
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.toLowerCase().contains("lock") || msg.contains("another process")) {
                throw new ClaimgraphException("database " + abs + " is in use by another process (" + msg
                        + "): stop the claimgraph server or command using it, or choose another --db", e);
            }
            throw new ClaimgraphException("cannot open database " + abs + ": " + msg, e);
        }
    }

    private static void checkLocation(Path dir, boolean create) {
        if (Files.isRegularFile(dir)) {
            throw new ClaimgraphException(dir + " is a file, not a database folder: give --db a folder");
        }
        boolean exists = Files.isDirectory(dir);
        boolean empty = !exists || isEmpty(dir);
        if (!create && empty) {
            throw new ClaimgraphException("no database at " + dir + ": run 'claimgraph ingest --db " + dir
                    + " PATH...' first, or give the right --db");
        }
        if (!empty && !looksLikeTdb2(dir)) {
            throw new ClaimgraphException(dir + " is not a claimgraph (TDB2) database: it holds other files;"
                    + " give --db a new or empty folder");
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new ClaimgraphException("cannot read folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean looksLikeTdb2(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("Data-")
                    || p.getFileName().toString().equals("tdb.lock"));
        } catch (IOException e) {
            return false;
        }
    }

    public Path directory() {
        return dir;
    }

    /** The dataset; its default graph for queries is the union of the named graphs. */
    public DatasetGraph dataset() {
        return dsg;
    }

    public boolean hasArticles() {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query("ASK { ?a a <" + CG.Article.getURI() + "> }").build()) {
                return qe.ask();
            }
        });
    }

    /**
     * Replaces each article's named graph with the given graph, all in one transaction: if any
     * graph fails to be written, none of the batch is.
     */
    public void replaceArticleGraphs(List<NamedGraph> graphs) {
        if (graphs.isEmpty()) {
            return;
        }
        Txn.executeWrite(dsg, () -> {
            for (NamedGraph ng : graphs) {
                replace(NodeFactory.createURI(ng.name()), ng.graph());
            }
        });
    }

    private void replace(Node gn, Graph g) {
        dsg.deleteAny(gn, Node.ANY, Node.ANY, Node.ANY);
        g.find().forEachRemaining(t -> dsg.add(gn, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /**
     * Makes sure the ontology and gazetteer graphs are present and current: each is (re)loaded when
     * its content hash differs from the one recorded in the meta graph.
     *
     * @return true when either graph was (re)loaded
     */
    public boolean ensureReferenceGraphs(Iris iris, Graph ontology, Graph gazetteer) {
        String ontHash = GraphHash.of(ontology);
        String gazHash = GraphHash.of(gazetteer);
        Node meta = NodeFactory.createURI(iris.metaGraph());
        Node ont = NodeFactory.createURI(iris.ontologyGraph());
        Node gaz = NodeFactory.createURI(iris.gazetteerGraph());
        Node sha = CG.sha256.asNode();
        boolean current = Txn.calculateRead(dsg, () ->
                dsg.contains(meta, ont, sha, NodeFactory.createLiteralString(ontHash))
                        && dsg.contains(meta, gaz, sha, NodeFactory.createLiteralString(gazHash)));
        if (current) {
            return false;
        }
        Txn.executeWrite(dsg, () -> {
            reloadIfChanged(meta, ont, ontology, ontHash);
            reloadIfChanged(meta, gaz, gazetteer, gazHash);
        });
        return true;
    }

    private void reloadIfChanged(Node meta, Node gn, Graph g, String hash) {
        Node sha = CG.sha256.asNode();
        Node hashLit = NodeFactory.createLiteralString(hash);
        if (dsg.contains(meta, gn, sha, hashLit)) {
            return;
        }
        LOG.info("Loading {} ({} triples)", gn.getURI(), g.size());
        replace(gn, g);
        dsg.deleteAny(meta, gn, sha, Node.ANY);
        dsg.add(meta, gn, sha, hashLit);
    }

    /** Records an ingest run ({@code cg:IngestRun}) in the meta graph. */
    public void recordIngestRun(Iris iris, IngestRun run) {
        Node meta = NodeFactory.createURI(iris.metaGraph());
        Node r = NodeFactory.createURI(iris.metaGraph() + "#run-" + run.started().toEpochMilli());
        Txn.executeWrite(dsg, () -> {
            dsg.add(meta, r, org.apache.jena.vocabulary.RDF.type.asNode(), CG.IngestRun.asNode());
            dsg.add(meta, r, Prov.startedAtTime.asNode(), dateTime(run.started()));
            dsg.add(meta, r, Prov.endedAtTime.asNode(), dateTime(run.ended()));
            count(meta, r, "files", run.files());
            count(meta, r, "articlesStored", run.articlesStored());
            count(meta, r, "articlesRejected", run.articlesRejected());
            count(meta, r, "filesFailed", run.filesFailed());
            count(meta, r, "claims", run.claims());
            count(meta, r, "triples", run.triples());
        });
    }

    private void count(Node g, Node s, String p, long n) {
        dsg.add(g, s, CG.property(p).asNode(), NodeFactory.createLiteralDT(Long.toString(n),
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
    }

    private static Node dateTime(Instant t) {
        return NodeFactory.createLiteralDT(t.toString(), org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime);
    }

    /** A copy of one named graph (empty when absent). */
    public Graph graph(String name) {
        return Txn.calculateRead(dsg, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            Node gn = NodeFactory.createURI(name);
            dsg.find(gn, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> copy.add(q.asTriple()));
            return copy;
        });
    }

    /** The names of all named graphs, sorted. */
    public List<String> graphNames() {
        return Txn.calculateRead(dsg, () -> {
            List<String> names = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
            names.sort(null);
            return names;
        });
    }

    public StoreStats stats() {
        return Txn.calculateRead(dsg, () -> StatsQuery.run(dsg));
    }

    /** Writes the whole store (or its union graph, for ttl.gz) from one read transaction. */
    public void dump(DumpFormat format, OutputStream out) {
        Txn.executeRead(dsg, () -> {
            try {
                OutputStream os = format.gzip() ? new GZIPOutputStream(out, 1 << 16) : out;
                if (format.dataset()) {
                    RDFDataMgr.write(os, dsg, format.rdfFormat());
                } else {
                    RDFDataMgr.write(os, dsg.getUnionGraph(), format.rdfFormat());
                }
                if (os instanceof GZIPOutputStream gz) {
                    gz.finish();
                }
                os.flush();
            } catch (IOException e) {
                throw new ClaimgraphException("cannot write the dump: " + e.getMessage(), e);
            }
        });
    }

    /** Compacts the database (drops the space old versions of replaced graphs take) and deletes the old files. */
    public void compact() {
        DatabaseMgr.compact(dsg, true);
    }

    @Override
    public void close() {
        try {
            dsg.close();
        } finally {
            StoreConnection.release(location);
        }
    }
}
