package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ResultFormatTest {

    static Stream<Arguments> choices() {
        return Stream.of(
                Arguments.of(true, null, null, ResultFormat.JSON),
                Arguments.of(true, null, "", ResultFormat.JSON),
                Arguments.of(true, null, "*/*", ResultFormat.JSON),
                Arguments.of(true, null, "application/json", ResultFormat.JSON),
                Arguments.of(true, null, "text/xml", ResultFormat.XML),
                Arguments.of(true, null, "text/csv;q=0.2, text/tab-separated-values", ResultFormat.TSV),
                Arguments.of(true, "CSV", "application/sparql-results+xml", ResultFormat.CSV),
                Arguments.of(true, "application/sparql-results+xml", null, ResultFormat.XML),
                Arguments.of(true, null, "image/png", null),
                Arguments.of(true, "turtle", null, null),
                Arguments.of(false, null, null, ResultFormat.TURTLE),
                Arguments.of(false, null, "text/html, */*;q=0.1", ResultFormat.TURTLE),
                Arguments.of(false, null, "application/ld+json", ResultFormat.JSONLD),
                Arguments.of(false, "nt", null, ResultFormat.NTRIPLES),
                Arguments.of(false, "rdfxml", "text/turtle", ResultFormat.RDFXML),
                Arguments.of(false, "csv", null, null),
                Arguments.of(false, null, "text/csv", null));
    }

    @ParameterizedTest
    @MethodSource("choices")
    void choosesByFormatParameterThenAccept(boolean forResults, String format, String accept, ResultFormat expected) {
        assertEquals(Optional.ofNullable(expected), ResultFormat.choose(forResults, format, accept));
    }
}
