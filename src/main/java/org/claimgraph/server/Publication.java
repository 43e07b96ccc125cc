package org.claimgraph.server;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;

/**
 * What the server publishes about one version of the data: the dataset description, the sitemap's
 * resource URLs, and the dump files (empty when no dumps folder is configured). Immutable.
 */
record Publication(String fingerprint, Instant computed, Model description, List<String> pages,
        List<DumpFile> files, DumpFolder folder) {

    Publication {
        pages = List.copyOf(pages);
        files = List.copyOf(files);
    }

    Optional<DumpFile> file(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
