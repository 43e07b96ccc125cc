package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ServerConfigTest {

    @Test
    void defaultsAreSafe() {
        ServerConfig config = ServerConfig.builder().build();
        assertEquals(3030, config.port());
        assertEquals("127.0.0.1", config.host());
        assertEquals("http://localhost:3030/", config.baseIri());
        assertEquals(Duration.ofSeconds(30), config.queryTimeout());
        assertEquals(100_000, config.rowCap());
    }

    static Stream<UnaryOperator<ServerConfig.Builder>> invalid() {
        return Stream.of(
                b -> b.port(-1),
                b -> b.port(70000),
                b -> b.host(" "),
                b -> b.baseIri("http://example.org/no-slash"),
                b -> b.baseIri("ftp://example.org/"),
                b -> b.baseIri("http://exa mple.org/"),
                b -> b.datasetName(""),
                b -> b.queryTimeout(Duration.ZERO),
                b -> b.rowCap(0));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void rejectsBadValues(UnaryOperator<ServerConfig.Builder> change) {
        assertThrows(IllegalArgumentException.class, () -> change.apply(ServerConfig.builder()).build());
    }
}
