package org.kroniek.pipeline;

import org.kroniek.record.ArticleRecord;
import org.kroniek.text.Article;

/** Builds the record from a processed document's layers. */
final class RecordAssembler {
    private RecordAssembler() {
    }

    static ArticleRecord assemble(Document doc) {
        Article a = doc.article();
        return new ArticleRecord(doc.id(), a.source(), a.title(), doc.language(), a.published(), a.text(),
                a.paragraphs(), doc.list(Layers.SENTENCES), doc.list(Layers.ENTITIES), doc.list(Layers.TIMES),
                doc.list(Layers.CLAIMS), doc.list(Layers.EVENTS), doc.list(Layers.FIGURES), doc.problems());
    }
}
