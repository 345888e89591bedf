package org.kroniek.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoEvalCommandTest {
    @TempDir
    Path dir;

    private String run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run(args)).isEqualTo(ExitCodes.OK);
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsAccuracyWithin25And161Km() throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, String.join("\n",
                "{\"mention\":\"Mariupol\",\"context\":\"Shelling in Mariupol\",\"lat\":47.10,\"lon\":37.55,\"split\":\"dev\"}",
                "{\"mention\":\"Kharkiv\",\"context\":\"Strike on Kharkiv\",\"lat\":49.99,\"lon\":36.23,\"split\":\"dev\"}",
                "{\"mention\":\"Moscow\",\"context\":\"Parade in Moscow\",\"lat\":46.73,\"lon\":-117.0,\"split\":\"test\"}",
                ""));
        String all = run("eval", "geo", gold.toString());
        assertThat(all).contains("cases 3 (split all)", "within 25 km: 2 (66.7%)", "within 161 km: 2 (66.7%)");
        assertThat(run("eval", "geo", gold.toString(), "--split", "dev")).contains("within 25 km: 2 (100.0%)");
    }

    @Test
    void badLinesAreOneLineUserErrors() throws Exception {
        Path gold = dir.resolve("bad.jsonl");
        Files.writeString(gold, "{\"mention\":\"Kyiv\",\"lat\":\"north\"}\n");
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run("eval", "geo", gold.toString());
        } finally {
            System.setErr(old);
        }
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 1", "lat").doesNotContain("Exception");
    }
}
