package org.claimgraph.server;

import java.io.OutputStream;

import org.claimgraph.store.DumpFormat;

/** Writes the whole dataset in one of the store's dump formats (the store's own dump code). */
@FunctionalInterface
interface DumpWriter {
    void write(DumpFormat format, OutputStream out);
}
