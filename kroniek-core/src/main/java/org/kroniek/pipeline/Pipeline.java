package org.kroniek.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.kroniek.record.ArticleRecord;
import org.kroniek.text.Article;

/**
 * Runs stages in order over an article and assembles its record. Thread-safe when its stages
 * are. A stage that throws on a document does not lose the document: the failure is written to
 * the record's {@code problems} and the later stages still run.
 */
public final class Pipeline {
    private final List<Stage> stages;
    private final StageTimings timings;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
        this.timings = new StageTimings(this.stages);
    }

    public static Pipeline of(List<Stage> stages) {
        return new Pipeline(stages);
    }

    public static Builder builder() {
        return new Builder();
    }

    public ArticleRecord process(Article article) {
        Document doc = new Document(article);
        run(doc);
        return RecordAssembler.assemble(doc);
    }

    /** Runs every stage on the document, leaving the layers for a caller that wants more than the record. */
    public void run(Document doc) {
        for (Stage stage : stages) {
            long t0 = System.nanoTime();
            try {
                stage.process(doc);
            } catch (RuntimeException e) {
                doc.problem(stage.name() + ": " + e);
            } finally {
                timings.add(stage.name(), System.nanoTime() - t0);
            }
        }
    }

    public List<Stage> stages() {
        return stages;
    }

    public StageTimings timings() {
        return timings;
    }

    /** Assembles a pipeline stage by stage. */
    public static final class Builder {
        private final List<Stage> stages = new ArrayList<>();

        public Builder add(Stage stage) {
            for (Stage s : stages) {
                if (s.name().equals(stage.name())) {
                    throw new IllegalArgumentException("two stages named " + stage.name());
                }
            }
            stages.add(stage);
            return this;
        }

        public Pipeline build() {
            return new Pipeline(stages);
        }
    }
}
