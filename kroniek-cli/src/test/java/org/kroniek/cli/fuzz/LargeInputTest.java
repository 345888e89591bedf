package org.kroniek.cli.fuzz;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.kroniek.ingest.Format;
import org.kroniek.ingest.ReaderOptions;

/** Single large documents: one each, not thousands. */
class LargeInputTest {
    @Test
    void tenMegabyteParagraphIsRefusedClearly() {
        String para = "Oekraïne meldt aanvallen bij Kyiv en Charkiv zonder punt ".repeat(180_000);
        PipelineFuzzTest.check(("date 2022-03\n" + para).getBytes(StandardCharsets.UTF_8), Format.TEXT);
    }

    @Test
    void hundredKilobyteParagraphWithoutFullStopsIsProcessed() {
        String para = "Poetin zei dat Rusland in Marioepol en Kyiv \"doorvecht\", aldus de VN ".repeat(1_500);
        PipelineFuzzTest.check(para.getBytes(StandardCharsets.UTF_8), ReaderOptions.defaults().withFormat(Format.TEXT));
    }

    @Test
    void deeplyNestedHtmlIsRead() {
        String html = "<html><body>" + "<div><span>".repeat(50_000) + "<p>Kyiv werd dinsdag beschoten.</p>";
        PipelineFuzzTest.check(html.getBytes(StandardCharsets.UTF_8), Format.HTML);
    }
}
