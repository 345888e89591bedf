package org.kroniek.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.util.StringUtils;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.RecordJson;
import org.kroniek.spark.InputListing.ListedFile;
import org.kroniek.spark.InputListing.Listing;
import scala.Tuple2;

/**
 * {@code kroniek extract} on Apache Spark: reads JSON Lines, CSV, WARC and every other format
 * Kroniek reads (gzipped or not) from any Hadoop file system, runs the standard pipeline on
 * the executors and writes, under the output directory:
 * <ul>
 *   <li>{@code records/}: the records as JSON Lines, exactly as {@code kroniek extract --format jsonl};</li>
 *   <li>{@code articles/}, {@code entities/}, {@code events/}, {@code claims/}, {@code figures/}:
 *       flat Parquet tables ({@link RecordTables}, {@link EventTable});</li>
 *   <li>{@code errors/}: one row (file, record, reason) per input, record or article that could
 *       not be read or extracted, per warning and per duplicate left out. Bad input never fails the job.</li>
 *   <li>stage 2 ({@link StoryStage}, unless {@code --no-stories}): {@code stories/}, {@code story_articles/},
 *       {@code story_events/}, {@code contradictions/} and {@code stories.json}, as {@code kroniek stories} finds them.</li>
 * </ul>
 * Files are read whole by one task each (as binary, handed to Kroniek's readers); their
 * articles are then shuffled by id, which drops duplicates (the first in input order is kept,
 * as the embedded path does) and spreads the extraction evenly over {@code --partitions}.
 *
 * <pre>{@code
 * spark-submit --class org.kroniek.spark.KroniekSparkJob kroniek-spark-job.jar --out out/ data/
 * }</pre>
 */
public final class KroniekSparkJob {
    private KroniekSparkJob() {
    }

    /**
     * What a run wrote, and how long it took from listing the inputs to the last table written.
     *
     * @param stories       stories found by stage 2, or -1 when it did not run
     * @param storySeconds  stage 2's share of {@code seconds}
     */
    public record Summary(long files, long records, long errors, double seconds, int stories, double storySeconds) {
        public String describe() {
            String line = String.format(Locale.ROOT, "kroniek-spark: %d files, %d records, %d errors in %.1f s (%.0f records/s)",
                    files, records, errors, seconds, seconds > 0 ? records / seconds : 0.0);
            return stories < 0 ? line
                    : line + String.format(Locale.ROOT, "; stage 2: %d stories in %.1f s", stories, storySeconds);
        }
    }

    /** Exit codes as the CLI's: 0 ok, 1 some inputs failed, 2 usage error. */
    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("kroniek-spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("kroniek-extract").getOrCreate();
        int code;
        try {
            Summary summary = run(spark, options);
            System.out.println(summary.describe());
            code = summary.records() == 0 ? 2 : summary.errors() > 0 ? 1 : 0;
        } catch (IllegalArgumentException e) {
            System.err.println("kroniek-spark: " + e.getMessage());
            code = 2;
        } finally {
            spark.stop();
        }
        System.exit(code);
    }

    /**
     * Runs the job on {@code spark}.
     *
     * @throws IllegalArgumentException when the output directory exists already
     */
    public static Summary run(SparkSession spark, JobOptions options) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        long t0 = System.nanoTime();
        Configuration conf = jsc.hadoopConfiguration();
        refuseExisting(options.output(), conf);
        Listing listing = InputListing.list(options.inputs(), conf);
        int partitions = options.partitions() > 0 ? options.partitions() : jsc.defaultParallelism();

        JavaRDD<Piece> pieces = listing.files().isEmpty() ? jsc.emptyRDD() : read(jsc, listing.files(), partitions, options);
        JavaRDD<Outcome> outcomes = pieces
                .mapToPair(p -> new Tuple2<>(p.key(), p))
                .groupByKey(partitions)
                .flatMap(group -> Extraction.outcomes(group._2()).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            String out = options.output();
            outcomes.filter(Outcome::isRecord).map(Outcome::recordLine).saveAsTextFile(out + "/records");
            writeTable(spark, outcomes, RecordTables.ARTICLES.schema(), RecordTables::articleRows, out + "/articles");
            writeTable(spark, outcomes, RecordTables.ENTITIES.schema(), RecordTables::entityRows, out + "/entities");
            writeTable(spark, outcomes, EventTable.EVENTS.schema(), EventTable::rows, out + "/events");
            writeTable(spark, outcomes, RecordTables.CLAIMS.schema(), RecordTables::claimRows, out + "/claims");
            writeTable(spark, outcomes, RecordTables.FIGURES.schema(), RecordTables::figureRows, out + "/figures");

            JavaRDD<ErrorRow> errors = outcomes.filter(o -> !o.isRecord()).map(Outcome::error)
                    .union(jsc.parallelize(listing.problems(), 1));
            JavaRDD<Row> errorRows = errors.map(e -> RowFactory.create(e.file(), e.record(), e.reason()));
            spark.createDataFrame(errorRows, ERRORS).coalesce(Math.max(1, partitions / 8)).write().parquet(out + "/errors");

            long records = outcomes.filter(Outcome::isRecord).count();
            long errorCount = outcomes.filter(o -> !o.isRecord()).count() + listing.problems().size();
            StoryStage.Result merged = options.stories()
                    ? StoryStage.run(spark, outcomes.filter(Outcome::isRecord).map(Outcome::recordLine), options.mergeConfig(), out)
                    : null;
            return new Summary(listing.files().size(), records, errorCount, (System.nanoTime() - t0) / 1e9,
                    merged == null ? -1 : merged.stories(), merged == null ? 0 : merged.seconds());
        } finally {
            outcomes.unpersist();
        }
    }

    /** The error table's columns. */
    static final StructType ERRORS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("file", DataTypes.StringType, true),
            DataTypes.createStructField("record", DataTypes.IntegerType, true),
            DataTypes.createStructField("reason", DataTypes.StringType, true)));

    private static JavaRDD<Piece> read(JavaSparkContext jsc, List<ListedFile> files, int partitions, JobOptions options) {
        Map<String, ListedFile> byPath = new HashMap<>();
        List<String> escaped = new ArrayList<>();
        for (ListedFile f : files) {
            byPath.put(pathKey(f.uri()), f);
            escaped.add(StringUtils.escapeString(f.uri()));
        }
        return jsc.binaryFiles(String.join(",", escaped), partitions)
                .flatMap(file -> open(byPath.get(pathKey(file._1())), file._1(), file._2(), options));
    }

    private static Iterator<Piece> open(ListedFile listed, String uri, PortableDataStream data, JobOptions options) {
        String name = listed == null ? uri : listed.name();
        int index = listed == null ? Integer.MAX_VALUE : listed.index();
        InputStream in;
        try {
            in = data.open();
        } catch (RuntimeException e) {
            return FileReading.failure(name, index, "cannot open: " + e.getMessage());
        }
        return FileReading.read(name, index, in, options.readerOptions());
    }

    /** Hadoop may write the same file as {@code file:/x} or {@code file:///x}; the path part is what matters. */
    private static String pathKey(String uri) {
        return new Path(uri).toUri().getPath();
    }

    private static void refuseExisting(String output, Configuration conf) {
        try {
            Path path = new Path(output);
            if (path.getFileSystem(conf).exists(path)) {
                throw new IllegalArgumentException("output " + output + " exists already; remove it or name another");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check output " + output, e);
        }
    }

    private static void writeTable(SparkSession spark, JavaRDD<Outcome> outcomes, StructType schema, RowsOf rowsOf,
                                   String path) {
        JavaRDD<Row> rows = outcomes.filter(Outcome::isRecord)
                .flatMap(o -> rowsOf.apply(RecordJson.parse(o.recordLine())).iterator());
        spark.createDataFrame(rows, schema).write().parquet(path);
    }

    /** The rows one record gives a table; serializable because it runs on the executors. */
    interface RowsOf extends Function<ArticleRecord, List<Row>>, Serializable {
    }
}
