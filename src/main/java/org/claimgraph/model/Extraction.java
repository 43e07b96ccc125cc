package org.claimgraph.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Everything extraction found in one article.
 *
 * @param article   the article itself
 * @param publisher the outlet that published it, or null
 * @param author    its author (a person), or null
 * @param cites     outlets the article names as its sources
 * @param claims    the claims, in text order
 */
public record Extraction(Article article, EntityRef publisher, EntityRef author, List<EntityRef> cites,
                         List<Claim> claims) {
    public Extraction {
        requireNonNull(article, "article");
        cites = List.copyOf(cites);
        claims = List.copyOf(claims);
    }
}
