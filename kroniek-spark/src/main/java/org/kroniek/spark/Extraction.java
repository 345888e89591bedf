package org.kroniek.spark;

import java.util.ArrayList;
import java.util.List;
import org.kroniek.pipeline.Pipeline;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.RecordJson;
import org.kroniek.text.Article;

/**
 * Turns the pieces that met under one shuffle key into outcomes: an error passes through; of
 * articles with the same id, the first in input order is extracted and the others are reported
 * as duplicates, as {@code kroniek extract} does. A record whose extraction throws becomes an
 * error row; the job goes on.
 */
final class Extraction {
    private Extraction() {
    }

    static List<Outcome> outcomes(Iterable<Piece> group) {
        List<Outcome> out = new ArrayList<>();
        Piece first = null;
        List<Piece> others = new ArrayList<>();
        for (Piece p : group) {
            if (!p.isArticle()) {
                out.add(Outcome.error(p.error()));
            } else if (first == null || p.before(first)) {
                if (first != null) {
                    others.add(first);
                }
                first = p;
            } else {
                others.add(p);
            }
        }
        if (first == null) {
            return out;
        }
        Article article = ArticleCodec.read(first.articleJson());
        for (Piece dup : others) {
            Article d = ArticleCodec.read(dup.articleJson());
            out.add(Outcome.error(new ErrorRow(d.source().path(), d.source().record(),
                    "duplicate: the same article as " + origin(article) + "; left out")));
        }
        out.add(extract(article, ExecutorPipeline.get()));
        return out;
    }

    static Outcome extract(Article article, Pipeline pipeline) {
        try {
            ArticleRecord record = pipeline.process(article);
            return Outcome.record(RecordJson.toLine(record));
        } catch (RuntimeException e) {
            return Outcome.error(new ErrorRow(article.source().path(), article.source().record(),
                    "extraction failed: " + e));
        }
    }

    private static String origin(Article a) {
        Integer record = a.source().record();
        return record == null ? a.source().path() : a.source().path() + " record " + record;
    }
}
