package org.claimgraph.extract;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.claimgraph.model.Article;
import org.claimgraph.model.Claim;
import org.claimgraph.model.EntityKind;
import org.claimgraph.model.EntityRef;
import org.claimgraph.model.Extraction;
import org.claimgraph.model.Gazetteer;
import org.claimgraph.model.Span;

/**
 * Turns one article into its claims: sentences, then names, then each claim finder over the
 * analysed text. Thread-safe once built; build one per gazetteer and reuse it.
 */
public final class Extractor {
    private final Gazetteer gazetteer;
    private final EntityMatcher matcher;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final List<ClaimFinder> finders;

    /** An extractor with the event finder and the built-in finders for measurements and statements. */
    public Extractor(Gazetteer gazetteer) {
        this(new EntityMatcher(requireNonNull(gazetteer, "gazetteer")), gazetteer, null);
    }

    /** An extractor with the event finder and further claim finders, run in the order given. */
    public Extractor(Gazetteer gazetteer, List<ClaimFinder> moreFinders) {
        this(new EntityMatcher(requireNonNull(gazetteer, "gazetteer")), gazetteer, requireNonNull(moreFinders, "moreFinders"));
    }

    /** With {@code moreFinders} null, the built-in finders, whose statements know the article's country. */
    private Extractor(EntityMatcher matcher, Gazetteer gazetteer, List<ClaimFinder> moreFinders) {
        this.gazetteer = gazetteer;
        this.matcher = matcher;
        List<ClaimFinder> all = new ArrayList<>();
        all.add(new EventFinder(matcher));
        if (moreFinders == null) {
            RegionalActors regional = new RegionalActors(matcher.index());
            all.add(new MeasurementFinder());
            all.add(new StatementFinder(regional::resolveIn));
        } else {
            all.addAll(moreFinders);
        }
        this.finders = List.copyOf(all);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public Extraction extract(Article article) {
        Article a = article;
        if (a.published() == null) {
            var date = PublicationDate.find(a.text());
            if (date != null) {
                a = new Article(a.sourceName(), a.key(), a.text(), a.title(), date, a.publisher(), a.author(), a.url());
            }
        }
        List<Span> sentences = splitter.split(a.text());
        List<Mention> mentions = matcher.find(a.text(), sentences);
        AnalyzedText analyzed = new AnalyzedText(a, sentences, mentions);
        List<Claim> claims = new ArrayList<>();
        for (ClaimFinder f : finders) {
            claims.addAll(f.find(analyzed));
        }
        claims.sort((x, y) -> x.evidence().compareTo(y.evidence()));
        EntityRef publisher = outlet(a.publisher());
        EntityRef author = a.author() == null || a.author().isBlank() ? null
                : new EntityRef(Names.slug(a.author()), a.author().trim(), EntityKind.PERSON, false);
        return new Extraction(a, publisher, author, cites(mentions, claims, publisher), claims);
    }

    private EntityRef outlet(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return matcher.lookup(name).filter(r -> r.kind() == EntityKind.MEDIA_OUTLET)
                .orElseGet(() -> new EntityRef(Names.slug(name), name.trim(), EntityKind.MEDIA_OUTLET, false));
    }

    /** Outlets the article names: cited for claims, or mentioned as outlets anywhere in its text. */
    private static List<EntityRef> cites(List<Mention> mentions, List<Claim> claims, EntityRef publisher) {
        Set<EntityRef> out = new LinkedHashSet<>();
        for (Claim c : claims) {
            if (c.via() != null) {
                out.add(c.via());
            }
        }
        for (Mention m : mentions) {
            if (m.entity().kind() == EntityKind.MEDIA_OUTLET) {
                out.add(m.entity());
            }
        }
        if (publisher != null) {
            out.removeIf(r -> r.key().equals(publisher.key()));
        }
        return List.copyOf(out);
    }
}
