package org.kroniek.extract.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.kroniek.pipeline.Document;
import org.kroniek.pipeline.Layers;
import org.kroniek.pipeline.Pipeline;
import org.kroniek.pipeline.SentenceStage;
import org.kroniek.record.Claim;
import org.kroniek.record.Source;
import org.kroniek.text.Article;
import org.kroniek.text.Block;
import org.kroniek.text.SentenceSplitter;

/** Runs sentences + claims over tiny inline articles for the tests. */
final class Claims {
    private static final Pipeline PIPELINE = Pipeline.builder()
            .add(new SentenceStage(SentenceSplitter.standard()))
            .add(new ClaimStage())
            .build();

    private Claims() {
    }

    /** The claims of an article whose paragraphs are the given strings. */
    static List<Claim> of(String language, String... paragraphs) {
        return run(language, paragraphs).list(Layers.CLAIMS);
    }

    static Document run(String language, String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (String p : paragraphs) {
            blocks.add(Block.paragraph(p));
        }
        Document doc = new Document(Article.of(Source.ofPath("test"), null, null, language, blocks));
        PIPELINE.run(doc);
        return doc;
    }

    /** The first claim whose text contains {@code key}; fails with the claims found when none does. */
    static Claim with(List<Claim> claims, String key) {
        return claims.stream().filter(c -> c.text().contains(key)).findFirst().orElseThrow(() -> new AssertionError(
                "no claim containing '" + key + "' in " + claims.stream().map(c -> c.speaker().text() + ": " + c.text())
                        .collect(Collectors.toList())));
    }
}
