package org.claimgraph.store;

import java.io.IOException;
import java.nio.file.Path;

/** Test helper run in a second JVM: opens a store, says "ready", holds it until stdin closes. */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws IOException {
        try (TdbStore store = TdbStore.open(Path.of(args[0]))) {
            System.out.println("ready " + store.directory());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our stdin
            }
        }
    }
}
