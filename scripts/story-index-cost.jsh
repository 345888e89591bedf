// Heap and CPU cost of kroniek-merge's StoryIndex over a file of records (as `kroniek extract
// --format jsonl` writes them): live heap after a full GC, thread CPU time of parsing + adding and
// of the grouping (the first stories() call). Used for the stage-2 figures in kroniek-spark/README.md.
//
//   java -jar kroniek-cli/target/kroniek.jar extract --format jsonl --out /tmp/records.jsonl DATA
//   jshell -R-Xmx2g -R-Drecords=/tmp/records.jsonl --class-path kroniek-cli/target/kroniek.jar scripts/story-index-cost.jsh
import org.kroniek.merge.*;
import org.kroniek.record.*;
import java.nio.file.*;
var rt = Runtime.getRuntime();
System.gc(); long base = rt.totalMemory() - rt.freeMemory();
var index = new StoryIndex(MergeConfig.defaults());
var mx = java.lang.management.ManagementFactory.getThreadMXBean(); long t0 = mx.getCurrentThreadCpuTime();
for (String line : Files.readAllLines(Path.of(System.getProperty("records")))) { if (!line.isBlank()) index.add(RecordJson.parse(line)); }
long t1 = mx.getCurrentThreadCpuTime();
int stories = index.stories().size();
long t2 = mx.getCurrentThreadCpuTime();
System.gc(); System.gc(); long used = rt.totalMemory() - rt.freeMemory() - base;
System.out.printf("articles %d stories %d events %d heap %.1f MB (%.1f kB/article) add %.1f CPU s group %.1f CPU s%n", index.size(), stories, index.events().size(), used/1e6, used/1e3/index.size(), (t1-t0)/1e9, (t2-t1)/1e9);
/exit
