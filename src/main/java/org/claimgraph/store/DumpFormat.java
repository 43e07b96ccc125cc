package org.claimgraph.store;

import java.util.Locale;
import org.apache.jena.riot.RDFFormat;

/** The dump formats: whole dataset as gzipped N-Quads or TriG, the union graph as gzipped Turtle, JSON-LD. */
public enum DumpFormat {
    NQ_GZ("nq.gz", RDFFormat.NQUADS, true, true),
    TRIG_GZ("trig.gz", RDFFormat.TRIG_BLOCKS, true, true),
    TTL_GZ("ttl.gz", RDFFormat.TURTLE_BLOCKS, true, false),
    JSONLD("jsonld", RDFFormat.JSONLD11, false, true);

    private final String suffix;
    private final RDFFormat format;
    private final boolean gzip;
    private final boolean dataset;

    DumpFormat(String suffix, RDFFormat format, boolean gzip, boolean dataset) {
        this.suffix = suffix;
        this.format = format;
        this.gzip = gzip;
        this.dataset = dataset;
    }

    public String suffix() {
        return suffix;
    }

    public RDFFormat rdfFormat() {
        return format;
    }

    public boolean gzip() {
        return gzip;
    }

    /** True when the dump keeps named graphs; false for the union graph alone. */
    public boolean dataset() {
        return dataset;
    }

    /** The format for a name as written on the command line ("nq.gz", "trig.gz", "ttl.gz", "jsonld"). */
    public static DumpFormat of(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceFirst("^\\.", "");
        for (DumpFormat f : values()) {
            if (f.suffix.equals(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown dump format '" + name + "': use nq.gz, trig.gz, ttl.gz or jsonld");
    }
}
