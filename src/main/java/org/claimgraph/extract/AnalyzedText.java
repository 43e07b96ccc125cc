package org.claimgraph.extract;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.model.Article;
import org.claimgraph.model.Span;

/**
 * An article's text with what the first extraction steps found in it: its sentences and the
 * names they mention, both in text order. Claim finders read it and never change it.
 */
public record AnalyzedText(Article article, List<Span> sentences, List<Mention> mentions) {
    public AnalyzedText {
        requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
    }

    public String text() {
        return article.text();
    }

    /** The publication date dates are resolved against, or null when unknown. */
    public LocalDate published() {
        return article.published();
    }

    /** The mentions that lie inside a span (usually a sentence), in text order. */
    public List<Mention> mentionsIn(Span span) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).span().start() < span.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Mention> out = new java.util.ArrayList<>();
        for (int i = lo; i < mentions.size() && mentions.get(i).span().start() < span.end(); i++) {
            if (span.contains(mentions.get(i).span())) {
                out.add(mentions.get(i));
            }
        }
        return out;
    }
}
