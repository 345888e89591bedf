package org.kroniek.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.kroniek.extract.StandardPipeline;
import org.kroniek.ingest.Format;
import org.kroniek.ingest.Input;
import org.kroniek.ingest.Inputs;
import org.kroniek.ingest.ReadItem;
import org.kroniek.ingest.ReaderOptions;
import org.kroniek.pipeline.Pipeline;

/**
 * Generated and mutated documents in every input format, read as that format and run through the
 * standard pipeline: each ends in a valid record (see {@link RecordChecks}) or a one-line failure,
 * within a generous per-document budget that guards against hangs, not a timing assert. Tries per
 * property come from {@code -Dkroniek.fuzz.tries} (the pom passes it to jqwik; the nightly profile
 * sets 10,000).
 */
class PipelineFuzzTest {
    /**
     * Catches hangs and runaway (quadratic) work, not slowness: a document normally takes
     * milliseconds, the 100 KB paragraph about a second, but a loaded 2-core CI machine can be
     * ten times slower.
     */
    private static final Duration BUDGET = Duration.ofSeconds(60);
    private static final Pipeline PIPELINE = StandardPipeline.create();

    @Property
    void everyFormatEndsInRecordsOrFailures(@ForAll("documents") byte[] bytes, @ForAll Format format) {
        check(bytes, format);
    }

    @Property
    void mutatedBytesEndInRecordsOrFailures(@ForAll("documents") byte[] bytes, @ForAll Format format,
                                            @ForAll("mutations") List<Mutation> mutations) {
        byte[] mutated = bytes;
        for (Mutation m : mutations) {
            mutated = m.apply(mutated);
        }
        check(mutated, format);
    }

    static void check(byte[] bytes, Format format) {
        check(bytes, ReaderOptions.defaults().withFormat(format));
    }

    static void check(byte[] bytes, ReaderOptions options) {
        assertTimeoutPreemptively(BUDGET, () -> {
            Input input = Input.stream("fuzz", new ByteArrayInputStream(bytes));
            try (Stream<ReadItem> items = Inputs.read(List.of(input), options)) {
                items.forEach(item -> {
                    if (item instanceof ReadItem.Found found) {
                        RecordChecks.record(PIPELINE.process(found.article()));
                    } else if (item instanceof ReadItem.Failure failure) {
                        RecordChecks.failure(failure);
                    }
                });
            }
        });
    }

    @Provide
    Arbitrary<byte[]> documents() {
        Arbitrary<String> body = Hostile.text();
        Arbitrary<String> title = Hostile.text().map(t -> t.length() > 80 ? t.substring(0, 80) : t);
        return Combinators.combine(body, title, Arbitraries.integers().between(0, 9))
                .as(Hostile::wrap)
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Mutation.arbitrary().list().ofMinSize(1).ofMaxSize(4);
    }
}
