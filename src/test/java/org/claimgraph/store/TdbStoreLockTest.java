package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.claimgraph.model.ClaimgraphException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TdbStoreLockTest {
    @TempDir
    Path tmp;

    @Test
    void aDatabaseHeldByAnotherJvmGivesAClearError() throws Exception {
        Path db = tmp.resolve("db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), db.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            var in = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            String line = in.readLine();
            assertTrue(line != null && line.startsWith("ready"), "helper did not start: " + line);
            var e = assertThrows(ClaimgraphException.class, () -> TdbStore.open(db));
            assertTrue(e.getMessage().contains("in use by another process"), e.getMessage());
        } finally {
            other.getOutputStream().close();
            assertTrue(other.waitFor(60, TimeUnit.SECONDS));
        }
        assertEquals(0, other.exitValue());
        try (TdbStore store = TdbStore.open(db)) {
            assertTrue(store.graphNames().isEmpty());
        }
    }
}
