package org.claimgraph.ingest;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.claimgraph.article.Articles;
import org.claimgraph.extract.Extractor;
import org.claimgraph.ingest.IngestReport.Problem;
import org.claimgraph.model.Article;
import org.claimgraph.model.Extraction;
import org.claimgraph.model.InputException;
import org.claimgraph.rdf.ArticleMapper;
import org.claimgraph.validate.ArticleValidator;
import org.claimgraph.validate.ValidationResult;

/** Read, extract, map and validate one file's articles; everything before the store. Thread-safe. */
public final class ArticlePreparer {
    private static final int VIOLATIONS_SHOWN = 5;

    private final Extractor extractor;
    private final ArticleMapper mapper;
    private final ArticleValidator validator;

    public ArticlePreparer(Extractor extractor, ArticleMapper mapper, ArticleValidator validator) {
        this.extractor = requireNonNull(extractor, "extractor");
        this.mapper = requireNonNull(mapper, "mapper");
        this.validator = requireNonNull(validator, "validator");
    }

    /** An article ready to store. */
    public record Prepared(String source, String key, String graphName, Graph graph, int claims) {
    }

    /** What one file gave: articles ready to store and the problems met. */
    public record FileResult(List<Prepared> articles, List<Problem> problems) {
    }

    public Extraction extract(Article article) {
        return extractor.extract(article);
    }

    public ArticleMapper mapper() {
        return mapper;
    }

    public ArticleValidator validator() {
        return validator;
    }

    public FileResult prepareFile(Path file) {
        List<Problem> problems = new ArrayList<>();
        List<Prepared> ok = new ArrayList<>();
        List<Article> articles;
        try {
            articles = Articles.read(file, skipped -> problems.add(
                    new Problem(Problem.Kind.INPUT, file.toString(), skipped.getMessage())));
        } catch (InputException e) {
            problems.add(new Problem(Problem.Kind.INPUT, file.toString(), e.getMessage()));
            return new FileResult(ok, problems);
        }
        for (Article a : articles) {
            String source = a.sourceName().equals(file.getFileName().toString())
                    ? file.toString() : file + " (" + a.sourceName() + ")";
            try {
                Extraction x = extractor.extract(a);
                Graph g = mapper.map(x).getGraph();
                ValidationResult r = validator.validate(g);
                if (r.conforms()) {
                    ok.add(new Prepared(source, a.key(), mapper.graphName(x), g, x.claims().size()));
                } else {
                    problems.add(new Problem(Problem.Kind.REJECTED, source,
                            "the article's graph fails SHACL validation (" + r.violations().size() + " violation"
                                    + (r.violations().size() == 1 ? "" : "s") + "), nothing stored for it:"
                                    + System.lineSeparator() + indent(r.summary(VIOLATIONS_SHOWN))));
                }
            } catch (RuntimeException e) {
                problems.add(new Problem(Problem.Kind.REJECTED, source,
                        "extraction or mapping failed (" + e + "); please report this with the file"));
            }
        }
        return new FileResult(ok, problems);
    }

    private static String indent(String s) {
        return "    " + s.replace(System.lineSeparator(), System.lineSeparator() + "    ");
    }
}
