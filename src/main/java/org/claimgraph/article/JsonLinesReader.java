package org.claimgraph.article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.atlas.json.JsonObject;
import org.claimgraph.model.Article;
import org.claimgraph.model.InputException;

/**
 * JSON Lines: one article per line, {@code {"url","title","published","publisher","author","text"}}.
 * A bad line is reported (file:line and what is wrong) and skipped; the good lines are still read.
 * Keys are the file's slug, a dash and the line number; the source name is the URL, else
 * {@code file.jsonl#line}.
 */
final class JsonLinesReader {
    private JsonLinesReader() {
    }

    static List<Article> read(Path file, String content, Consumer<? super InputException> onSkipped) {
        String fileName = file.getFileName().toString();
        List<Article> articles = new ArrayList<>();
        InputException firstProblem = null;
        int lineNo = 0;
        int start = 0;
        while (start <= content.length()) {
            int end = content.indexOf('\n', start);
            if (end < 0) {
                end = content.length();
            }
            lineNo++;
            String line = content.substring(start, end).strip();
            start = end + 1;
            if (line.isEmpty()) {
                continue;
            }
            try {
                articles.add(article(fileName, lineNo, line));
            } catch (JsonFields.BadJson e) {
                InputException problem = new InputException(file + ":" + lineNo + ": skipped: " + e.getMessage()
                        + "; fix or remove this line");
                if (firstProblem == null) {
                    firstProblem = problem;
                }
                onSkipped.accept(problem);
            }
        }
        if (articles.isEmpty()) {
            throw firstProblem != null
                    ? new InputException(file + ": no readable article on any line; first problem: "
                            + firstProblem.getMessage())
                    : new InputException(file + ": is empty; give one JSON object per line");
        }
        return articles;
    }

    private static Article article(String fileName, int lineNo, String line) throws JsonFields.BadJson {
        JsonObject object = JsonFields.parseObject(line);
        String text = JsonFields.string(object, "text");
        if (text == null) {
            throw new JsonFields.BadJson("no \"text\" (each line needs the article's text)");
        }
        Metadata given = JsonFields.metadata(object);
        TextCleaner.Cleaned cleaned = TextCleaner.clean(text, given.title());
        if (cleaned.text().isBlank()) {
            throw new JsonFields.BadJson("\"text\" has nothing left after removing page furniture");
        }
        Metadata m = cleaned.metadata().overriddenBy(given);
        String source = m.url() != null ? m.url() : fileName + "#" + lineNo;
        return new Article(source, Keys.forLine(fileName, lineNo), cleaned.text(), m.title(), m.published(),
                m.publisher(), m.author(), m.url());
    }
}
