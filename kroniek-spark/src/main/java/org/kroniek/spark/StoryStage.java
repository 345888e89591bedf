package org.kroniek.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.kroniek.merge.MergeConfig;
import org.kroniek.merge.StoriesJson;
import org.kroniek.merge.Story;
import org.kroniek.merge.StoryIndex;
import org.kroniek.record.RecordJson;

/**
 * Stage 2: stories, event instances, source counts and contradictions across all extracted
 * records, by kroniek-merge's own {@link StoryIndex}, the code {@code kroniek stories} runs.
 *
 * <p>The index runs on the driver. Its result depends on corpus-wide statistics (the document
 * frequency of every entity, the number of articles) and on each article's best links over the
 * whole corpus (mutual nearest neighbours), so no partition of the records into blocks merged
 * separately is guaranteed to give the same stories; see the module README for where this stops
 * scaling and what a distributed version needs. The records stream to the driver one partition at a
 * time ({@code toLocalIterator}); the driver holds the index, not a second copy of the records.
 *
 * <p>Writes {@code stories/}, {@code story_articles/}, {@code story_events/} and
 * {@code contradictions/} as Parquet ({@link StoryTables}) and {@code stories.json}, the document
 * {@code kroniek stories --format json} prints for the same records.
 */
final class StoryStage {
    private StoryStage() {
    }

    /** What stage 2 found, and how long it took (reading the records to the last table written). */
    record Result(int stories, int events, int contradictions, double seconds) {
    }

    /**
     * @param records the extracted records as JSON lines
     * @param out     the job's output directory
     */
    static Result run(SparkSession spark, JavaRDD<String> records, MergeConfig config, String out) {
        long t0 = System.nanoTime();
        StoryIndex index = new StoryIndex(config);
        Iterator<String> lines = records.toLocalIterator();
        while (lines.hasNext()) {
            index.add(RecordJson.parse(lines.next()));
        }
        List<Story> stories = index.stories();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        write(spark, jsc, StoryTables.STORIES, stories, out + "/stories");
        write(spark, jsc, StoryTables.STORY_ARTICLES,
                stories.stream().flatMap(s -> StoryTables.Member.of(s).stream()).toList(), out + "/story_articles");
        write(spark, jsc, StoryTables.STORY_EVENTS, index.events(), out + "/story_events");
        write(spark, jsc, StoryTables.CONTRADICTIONS, index.contradictions(), out + "/contradictions");
        writeText(jsc.hadoopConfiguration(), out + "/stories.json", StoriesJson.write(index) + "\n");
        return new Result(stories.size(), index.events().size(), index.contradictions().size(),
                (System.nanoTime() - t0) / 1e9);
    }

    /** Rows per output file of a stage-2 table. */
    private static final int ROWS_PER_FILE = 200_000;

    private static <T> void write(SparkSession spark, JavaSparkContext jsc, Table<T> table, List<T> items, String path) {
        List<Row> rows = new ArrayList<>(items.size());
        Function<T, Row> row = table::row;
        items.forEach(i -> rows.add(row.apply(i)));
        int slices = Math.max(1, (rows.size() + ROWS_PER_FILE - 1) / ROWS_PER_FILE);
        spark.createDataFrame(jsc.parallelize(rows, slices), table.schema()).write().parquet(path);
    }

    private static void writeText(Configuration conf, String file, String text) {
        Path path = new Path(file);
        try (OutputStream o = path.getFileSystem(conf).create(path, false)) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
