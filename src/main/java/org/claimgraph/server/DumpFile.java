package org.claimgraph.server;

/** One file offered under {@code /dumps/}: its name, media type, size in bytes and SHA-256 (hex). */
record DumpFile(String name, String mediaType, long bytes, String sha256, String description) {
}
