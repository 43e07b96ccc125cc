package org.claimgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.claimgraph.store.TdbStore;
import org.claimgraph.validate.ArticleValidator;
import org.claimgraph.validate.ValidationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimgraph validate}: check every stored article graph and the gazetteer against the shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate the stored gazetteer and every article graph against the SHACL shapes.")
public final class ValidateCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int articles = 0;
        int failed = 0;
        try (TdbStore store = TdbStore.openExisting(common.db)) {
            var names = store.graphNames();
            Graph ontology = find(store, names, "/graph/ontology");
            Graph gazetteer = find(store, names, "/graph/gazetteer");
            ArticleValidator validator = ArticleValidator.withBundledShapes(ontology, gazetteer);
            ValidationResult gaz = validator.validateGazetteer();
            if (!gaz.conforms()) {
                failed++;
                out.println("gazetteer: " + gaz.violations().size() + " violation(s)");
                out.println(gaz.summary(20));
            }
            for (String name : names) {
                if (!name.contains("/graph/article/")) {
                    continue;
                }
                articles++;
                ValidationResult r = validator.validate(store.graph(name));
                if (!r.conforms()) {
                    failed++;
                    out.println(name + ": " + r.violations().size() + " violation(s)");
                    out.println(r.summary(10));
                }
            }
        }
        out.printf("validated the gazetteer and %d article graph%s: %s%n", articles, articles == 1 ? "" : "s",
                failed == 0 ? "all conform" : failed + " do not conform");
        out.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    private static Graph find(TdbStore store, java.util.List<String> names, String suffix) {
        return names.stream().filter(n -> n.endsWith(suffix)).findFirst().map(store::graph)
                .orElseGet(org.apache.jena.sparql.graph.GraphFactory::createDefaultGraph);
    }
}
