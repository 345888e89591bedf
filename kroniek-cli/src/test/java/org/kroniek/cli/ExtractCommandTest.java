package org.kroniek.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED = "../samples/seed-nl-2022-03.txt";
    private static final String SAMPLES = "../samples";

    @Test
    void seedGivesOneRecordWithParagraphsHeadingsAndExactSentences() throws IOException {
        CliRun run = CliRun.of("extract", SEED);
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode r = JSON.readTree(run.out());
        assertThat(r.isObject()).isTrue();
        assertThat(r.get("language").asText()).isEqualTo("nl");
        assertThat(r.get("published").get("value").asText()).isEqualTo("2022-03");
        assertThat(r.get("published").get("precision").asText()).isEqualTo("month");
        String text = r.get("text").asText();
        int headings = 0;
        for (JsonNode p : r.get("paragraphs")) {
            headings += p.get("heading").asBoolean() ? 1 : 0;
        }
        assertThat(r.get("paragraphs")).hasSize(14);
        assertThat(headings).isEqualTo(3);
        assertThat(r.get("sentences").size()).isGreaterThan(20);
        for (JsonNode s : r.get("sentences")) {
            String sentence = text.substring(s.get("start").asInt(), s.get("end").asInt());
            assertThat(sentence).isNotBlank().isEqualTo(sentence.strip());
        }
        assertThat(text).startsWith("De Russische president Vladimir Poetin").doesNotContain("date 2022");
    }

    @Test
    void recordsAreValidAgainstTheContractSchema() throws IOException {
        JsonSchema schema = contractSchema();
        JsonNode all = JSON.readTree(CliRun.of("extract", SAMPLES, "../kroniek-ingest/src/test/resources/fixtures").out());
        assertThat(all.size()).isGreaterThan(20);
        for (JsonNode r : all) {
            Set<ValidationMessage> errors = schema.validate(r);
            assertThat(errors).as(r.get("source").toString()).isEmpty();
        }
    }

    @Test
    void samplesGiveAnArrayOfValidRecordsInInputOrder() throws IOException {
        CliRun run = CliRun.of("extract", SAMPLES);
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode all = JSON.readTree(run.out());
        assertThat(all.isArray()).isTrue();
        assertThat(all).hasSize(10);
        List<String> languages = new ArrayList<>();
        for (JsonNode r : all) {
            languages.add(r.get("language").asText());
        }
        assertThat(languages).containsOnly("nl", "en");
        assertThat(all.get(0).get("source").get("path").asText()).endsWith("kharkiv-shelling-en-2022-03-02.txt");
    }

    @Test
    void jsonlPrintsOneRecordALine() throws IOException {
        CliRun run = CliRun.of("extract", "--format", "jsonl", SAMPLES + "/ukraine-briefs-2022-03.jsonl");
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(3);
        for (String line : lines) {
            assertThat(JSON.readTree(line).get("source").get("record").isInt()).isTrue();
        }
    }

    @Test
    void outputIsTheSameWhateverTheThreads() {
        CliRun one = CliRun.of("extract", "--format", "jsonl", "--threads", "1", SAMPLES);
        CliRun four = CliRun.of("extract", "--format", "jsonl", "--threads", "4", SAMPLES, SEED, SAMPLES);
        assertThat(four.out()).startsWith(one.out());
        assertThat(four.out().split("\n")).hasSize(10);
        assertThat(four.errLines()).hasSize(11).allMatch(l -> l.contains("duplicate: "));
    }

    @Test
    void duplicateIsReportedOnceNamingBothSources() {
        CliRun run = CliRun.of("extract", "--format", "jsonl", SEED, SEED);
        assertThat(run.exit()).isZero();
        assertThat(run.out().split("\n")).hasSize(1);
        assertThat(run.errLines()).singleElement().satisfies(l ->
                assertThat(l).contains("duplicate: ", "is the same article as", "seed-nl-2022-03.txt"));
    }

    @Test
    void badInputIsOneLineEachAndTheRunGoesOn(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path binary = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Path jsonl = Files.writeString(dir.resolve("bad.jsonl"), "{\"text\": \"Een goede regel over Kyiv, volgens de burgemeester.\"}\n"
                + "{\"text\": kapot}\n{\"title\": \"geen tekst\"}\n");
        CliRun run = CliRun.of("extract", "--format", "jsonl", empty.toString(), binary.toString(), jsonl.toString(),
                "missing.txt", SEED);
        assertThat(run.exit()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run.out().split("\n")).hasSize(2);
        assertThat(run.errLines()).containsExactly(
                "kroniek extract: " + empty + ": empty file",
                "kroniek extract: " + binary + ": binary file, not text",
                "kroniek extract: " + jsonl + ": record 1: malformed JSON: Unrecognized token 'kapot': was expecting "
                        + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                "kroniek extract: " + jsonl + ": record 2: no text field (looked for text, body, content, article, "
                        + "articleBody, full_text, maintext)",
                "kroniek extract: missing.txt: no such file or directory");
    }

    @Test
    void strictStopsAtTheFirstFailure(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        CliRun run = CliRun.of("extract", "--strict", "--format", "jsonl", SAMPLES + "/odesa-haven-nl-2022-04-03.txt",
                empty.toString(), SEED);
        assertThat(run.exit()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run.out().split("\n")).hasSize(1);
        assertThat(run.errLines()).hasSize(1);
    }

    @Test
    void outWritesToAFile(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("records.json");
        CliRun run = CliRun.of("extract", "--out", out.toString(), SEED);
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(JSON.readTree(Files.readString(out, StandardCharsets.UTF_8)).get("language").asText()).isEqualTo("nl");
    }

    @Test
    void usageErrorsAreOneLineWithExitTwo() {
        CliRun badRole = CliRun.of("extract", "--field", "colour=red", SEED);
        assertThat(badRole.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(badRole.errLines()).singleElement().satisfies(l -> assertThat(l).contains("unknown field role 'colour'"));
        CliRun nothing = CliRun.of("extract", "no/such/dir");
        assertThat(nothing.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(nothing.errLines()).containsExactly("kroniek extract: no/such/dir: no such file or directory");
        CliRun badFormat = CliRun.of("extract", "--format", "xml", SEED);
        assertThat(badFormat.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(badFormat.err()).doesNotContain("Exception");
    }

    @Test
    void standardInputWithAForcedFormat() throws IOException {
        java.io.InputStream saved = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(("headline,date,body\n"
                    + "Kyiv,2022-03-01,\"Officials in Kyiv said a television tower was hit, killing five people.\"\n")
                    .getBytes(StandardCharsets.UTF_8)));
            CliRun run = CliRun.of("extract", "--input-format", "csv", "-");
            assertThat(run.exit()).isZero();
            JsonNode r = JSON.readTree(run.out());
            assertThat(r.get("title").asText()).isEqualTo("Kyiv");
            assertThat(r.get("source").get("path").asText()).isEqualTo("-");
            assertThat(r.get("published").get("precision").asText()).isEqualTo("day");
        } finally {
            System.setIn(saved);
        }
        assertThat(CliRun.of("extract", "--input-format", "pdf", SEED).exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void fieldOptionPicksTheTitle() throws IOException {
        CliRun run = CliRun.of("extract", "--format", "jsonl", "--field", "title=note", SAMPLES + "/ukraine-briefs-2022-03.jsonl");
        assertThat(JSON.readTree(run.out().split("\n")[0]).get("title").asText()).startsWith("Sample text written for Kroniek");
    }

    private static JsonSchema contractSchema() throws IOException {
        Path schemaFile = Path.of("..", "..", "shared", "contract", "record.schema.json");
        assumeTrue(Files.exists(schemaFile), "../shared/contract absent");
        JsonNode schemaJson;
        try (InputStream in = Files.newInputStream(schemaFile)) {
            schemaJson = JSON.readTree(in);
        }
        // the contract's $id is relative, which the validator refuses as a base; the schema needs no base
        ((com.fasterxml.jackson.databind.node.ObjectNode) schemaJson).remove("$id");
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaJson);
    }
}
