package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Content negotiation for linked-data URLs. */
class RepresentationTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8|html",
        "*/*|html",
        "text/turtle|ttl",
        "application/x-turtle|ttl",
        "application/ld+json|jsonld",
        "application/n-triples|nt",
        "application/rdf+xml|rdf",
        "text/turtle;q=0.5, application/ld+json|jsonld",
        "application/rdf+xml;q=0.9, text/html;q=0.1|rdf"})
    void choosesByAccept(String accept, String suffix) {
        assertEquals(suffix, Representation.byAccept(accept).orElseThrow().suffix());
    }

    @ParameterizedTest
    @CsvSource({"application/pdf", "image/png", "text/csv"})
    void nothingAcceptable(String accept) {
        assertTrue(Representation.byAccept(accept).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"*/*|ttl", "text/html,application/xhtml+xml,*/*;q=0.8|ttl",
        "application/ld+json|jsonld"})
    void rdfOnlyDocumentsFallBackToTurtle(String accept, String suffix) {
        assertEquals(suffix, Representation.byAccept(accept, false).orElseThrow().suffix());
        assertTrue(Representation.byAccept("text/html", false).isEmpty(), "HTML alone is not offered");
    }
}
