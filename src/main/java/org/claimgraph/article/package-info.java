/**
 * Reading articles: plain text, HTML and JSON Lines files (with optional {@code NAME.meta.json}
 * sidecars) become {@code model.Article} records with cleaned text and page metadata. The cleaned
 * text is final: later claim offsets point into it. Knows nothing of extraction, RDF or storage.
 */
package org.claimgraph.article;
