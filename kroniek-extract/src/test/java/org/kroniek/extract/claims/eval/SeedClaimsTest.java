package org.kroniek.extract.claims.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.kroniek.extract.StandardPipeline;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.RecordJson;
import org.kroniek.record.Source;
import org.kroniek.text.Article;
import org.kroniek.text.Block;

/** The seed article against its hand-written gold (skipped when ../shared is absent). */
class SeedClaimsTest {
    private static final Path ROOT = Path.of("..");
    private static final Path GOLD = ROOT.resolve("../shared/gold/seed.json");
    private static final Path SEED = ROOT.resolve("samples/seed-nl-2022-03.txt");

    @Test
    void seedClaimsMeetTheIssueTargets() throws IOException {
        Assumptions.assumeTrue(Files.exists(GOLD) && Files.exists(SEED), "../shared/gold/seed.json not present");
        String content = Files.readString(SEED, StandardCharsets.UTF_8).replaceFirst("^\\s*date\\s+\\S+\\s*", "");
        List<Block> blocks = new ArrayList<>();
        for (String p : content.split("\\n\\s*\\n")) {
            if (!p.isBlank()) {
                blocks.add(Block.paragraph(p.strip()));
            }
        }
        ArticleRecord record = StandardPipeline.create().process(Article.of(Source.ofPath(SEED.toString()), null, null, "nl", blocks));
        JsonNode gold = RecordJson.mapper().readTree(GOLD.toFile());
        GoldClaimScorer.Result r = new GoldClaimScorer.Result();
        GoldClaimScorer.score(gold, record, r);
        assertThat(r.found()).as("%s", r.misses()).isGreaterThanOrEqualTo(13);
        assertThat(r.right()).as("%s", r.misses()).isGreaterThanOrEqualTo(11);
    }

    @Test
    void normMatchesTheScorer() {
        assertThat(GoldClaimScorer.norm("  Oekraïense   “Autoriteiten” ")).isEqualTo("oekraiense \"autoriteiten\"");
    }
}
