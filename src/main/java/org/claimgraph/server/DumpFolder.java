package org.claimgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

import org.claimgraph.rdf.BundledFiles;
import org.claimgraph.store.DumpFormat;

/**
 * The dumps folder: the dataset as gzipped N-Quads and TriG, the ontology and the shapes, a licence
 * statement, {@code SHA256SUMS}, and a manifest recording which version of the data (fingerprint) the
 * files hold. Files are written under temporary names and moved into place, so a reader never sees half a
 * file; they are rewritten only when the fingerprint changes.
 */
final class DumpFolder {
    static final String NQUADS = "claimgraph.nq.gz";
    static final String TRIG = "claimgraph.trig.gz";
    static final String ONTOLOGY = "claimgraph-ontology.ttl";
    static final String SHAPES = "claimgraph-shapes.ttl";
    static final String LICENSE = "LICENSE.txt";
    static final String SUMS = "SHA256SUMS";
    private static final String MANIFEST = ".manifest.properties";

    private final Path dir;

    DumpFolder(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    Path dir() {
        return dir;
    }

    Path file(String name) {
        return dir.resolve(name);
    }

    /** True when the folder already holds complete dumps of the data with this fingerprint. */
    boolean isCurrent(String fingerprint) {
        Properties manifest = manifest();
        if (!fingerprint.equals(manifest.getProperty("fingerprint"))) {
            return false;
        }
        for (String name : List.of(NQUADS, TRIG, ONTOLOGY, SHAPES, LICENSE, SUMS)) {
            if (!Files.isRegularFile(dir.resolve(name))) {
                return false;
            }
        }
        return true;
    }

    /** Writes the two dataset dumps to temporary files; call inside one read transaction. */
    List<Path> writeDataset(DumpWriter writer) throws IOException {
        Files.createDirectories(dir);
        List<Path> temps = new ArrayList<>();
        for (DumpFormat format : List.of(DumpFormat.NQ_GZ, DumpFormat.TRIG_GZ)) {
            Path temp = Files.createTempFile(dir, ".dump-", ".tmp");
            temps.add(temp);
            try (OutputStream out = Files.newOutputStream(temp)) {
                writer.write(format, out);
            }
        }
        return temps;
    }

    /** Moves the dataset dumps into place and writes the other files, the sums and the manifest. */
    void commit(List<Path> datasetTemps, String fingerprint, String licence) throws IOException {
        move(datasetTemps.get(0), NQUADS);
        move(datasetTemps.get(1), TRIG);
        copyBundled("ontology/claimgraph.ttl", ONTOLOGY);
        copyBundled("shapes/claimgraph-shapes.ttl", SHAPES);
        writeString(LICENSE, licence);
        StringBuilder sums = new StringBuilder();
        for (String name : List.of(NQUADS, TRIG, ONTOLOGY, SHAPES, LICENSE)) {
            sums.append(sha256(dir.resolve(name))).append("  ").append(name).append('\n');
        }
        writeString(SUMS, sums.toString());
        writeString(MANIFEST, "fingerprint=" + fingerprint + "\n");
    }

    /** The files offered, with sizes and checksums as they are on disk now. */
    List<DumpFile> files() {
        List<DumpFile> out = new ArrayList<>();
        out.add(entry(NQUADS, "application/n-quads", "The whole dataset as gzipped N-Quads: every named graph kept."));
        out.add(entry(TRIG, "application/trig", "The whole dataset as gzipped TriG: every named graph kept."));
        out.add(entry(ONTOLOGY, "text/turtle", "The claimgraph ontology (Turtle)."));
        out.add(entry(SHAPES, "text/turtle", "The SHACL shapes every stored article satisfies (Turtle)."));
        out.add(entry(LICENSE, "text/plain", "Licence statement."));
        out.add(entry(SUMS, "text/plain", "SHA-256 sums of the files above (sha256sum -c SHA256SUMS)."));
        return out;
    }

    private DumpFile entry(String name, String type, String description) {
        Path p = dir.resolve(name);
        try {
            return new DumpFile(name, type, Files.size(p), sha256(p), description);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Properties manifest() {
        Properties p = new Properties();
        Path m = dir.resolve(MANIFEST);
        if (Files.isRegularFile(m)) {
            try (InputStream in = Files.newInputStream(m)) {
                p.load(in);
            } catch (IOException e) {
                return new Properties();
            }
        }
        return p;
    }

    private void move(Path temp, String name) throws IOException {
        Files.move(temp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void copyBundled(String bundled, String name) throws IOException {
        Path temp = Files.createTempFile(dir, ".copy-", ".tmp");
        try (InputStream in = BundledFiles.open(bundled)) {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
        }
        move(temp, name);
    }

    private void writeString(String name, String text) throws IOException {
        Path temp = Files.createTempFile(dir, ".text-", ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        move(temp, name);
    }

    static String sha256(Path file) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(file);
                    DigestOutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), md)) {
                in.transferTo(out);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
