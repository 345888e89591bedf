package org.kroniek.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.ingest.Input;
import org.kroniek.ingest.Inputs;
import org.kroniek.spark.InputListing.ListedFile;
import org.kroniek.spark.InputListing.Listing;

class InputListingTest {
    @TempDir
    Path dir;

    private void tree() throws IOException {
        Files.createDirectories(dir.resolve("b/deeper"));
        Files.createDirectories(dir.resolve(".hidden"));
        for (String f : List.of("a.jsonl", "b/deeper/c.warc.gz", "b/d.csv", "notes.md", ".hidden/e.jsonl", ".f.txt")) {
            Files.writeString(dir.resolve(f), "x");
        }
    }

    private static List<String> names(Listing listing) {
        return listing.files().stream().map(ListedFile::name).toList();
    }

    @Test
    void namesFilesAsTheEmbeddedReaderDoes() throws IOException {
        tree();
        for (String arg : List.of(dir.toString(), dir + "/", dir + "/*.jsonl", dir + "/b/d.csv")) {
            Listing listing = InputListing.list(List.of(arg), new Configuration());
            List<String> embedded = Inputs.resolve(List.of(arg)).stream().map(Input::name).toList();
            assertThat(names(listing)).as(arg).isEqualTo(embedded);
        }
    }

    @Test
    void walksDirectoriesSortedSkippingHiddenAndUnknownFiles() throws IOException {
        tree();
        Listing listing = InputListing.list(List.of(dir.toString()), new Configuration());
        assertThat(names(listing)).containsExactly(dir + "/a.jsonl", dir + "/b/d.csv", dir + "/b/deeper/c.warc.gz");
        assertThat(listing.files()).extracting(ListedFile::index).containsExactly(0, 1, 2);
        assertThat(listing.problems()).isEmpty();
    }

    @Test
    void aNameThatMatchesNothingIsAProblemNotAFailure() {
        Listing listing = InputListing.list(List.of(dir + "/nothing.jsonl", dir + "/*.csv"), new Configuration());
        assertThat(listing.files()).isEmpty();
        assertThat(listing.problems()).containsExactly(
                new ErrorRow(dir + "/nothing.jsonl", null, "no such file or directory"),
                new ErrorRow(dir + "/*.csv", null, "no file matches"));
    }
}
