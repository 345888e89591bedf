package org.kroniek.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kroniek.pipeline.Document;
import org.kroniek.pipeline.Layers;
import org.kroniek.pipeline.Mention;
import org.kroniek.pipeline.SentenceStage;
import org.kroniek.record.Paragraph;
import org.kroniek.record.Source;
import org.kroniek.text.Article;
import org.kroniek.text.SentenceSplitter;

/**
 * Every person, place and organisation of the seed article's gold record is found as a mention
 * of the right type by the bundled Dutch models (skipped when {@code ../shared} is absent).
 */
class SeedMentionsTest {
    private static final Path GOLD = Path.of("../../shared/gold/seed.json");
    private static final Path SEED = Path.of("../samples/seed-nl-2022-03.txt");

    @Test
    void everyGoldNameIsAMentionOfTheRightType() throws Exception {
        assumeTrue(Files.isRegularFile(GOLD) && Files.isRegularFile(SEED), "no ../shared gold or seed sample");
        assumeTrue(NlpModels.ner("nl").isPresent(), "no bundled Dutch NER model");
        String raw = Files.readString(SEED, StandardCharsets.UTF_8);
        String text = raw.startsWith("date ") ? raw.substring(raw.indexOf('\n') + 1) : raw;
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        for (String para : text.split("\n\n", -1)) {
            paragraphs.add(new Paragraph(start, start + para.length(), false));
            start += para.length() + 2;
        }
        Document doc = new Document(new Article(Source.ofPath(SEED.toString()), null, null, "nl", text, paragraphs));
        new SentenceStage(SentenceSplitter.standard()).process(doc);
        new TokenStage().process(doc);
        new MentionStage().process(doc);
        List<Mention> mentions = doc.require(Layers.MENTIONS);

        List<String> missed = new ArrayList<>();
        for (JsonNode e : new ObjectMapper().readTree(GOLD.toFile()).get("entities")) {
            String type = e.get("type").asText();
            if (!List.of("PER", "ORG", "LOC").contains(type)) {
                continue;
            }
            List<String> names = new ArrayList<>();
            e.get("names").forEach(n -> names.add(n.asText()));
            boolean found = mentions.stream().anyMatch(m -> m.type().name().equals(type) && names.contains(m.text()));
            if (!found) {
                missed.add(names.get(0) + " (" + type + ")");
            }
        }
        assertThat(missed).as("gold entities without a mention").isEmpty();
        assertThat(mentions).anyMatch(m -> m.text().equals("Kremlin") && text.startsWith("-woordvoerder", m.end()));
        assertThat(mentions).anyMatch(m -> m.text().equals("NAVO") && text.startsWith("-lidmaatschap", m.end()));
    }
}
