package org.kroniek.extract;

import org.kroniek.extract.claims.ClaimStage;
import org.kroniek.extract.events.EventStage;
import org.kroniek.extract.figures.FigureStage;
import org.kroniek.extract.time.TimeStage;
import org.kroniek.kb.EntityStage;
import org.kroniek.kb.GazetteerStage;
import org.kroniek.kb.GazetteerTagger;
import org.kroniek.kb.KnowledgeBase;
import org.kroniek.nlp.MentionStage;
import org.kroniek.nlp.TokenStage;
import org.kroniek.pipeline.Pipeline;
import org.kroniek.pipeline.SentenceStage;
import org.kroniek.text.SentenceSplitter;

/**
 * The one place where Kroniek's standard extraction chain is assembled. The CLI, the server and
 * the Spark job all take their pipeline from here.
 */
public final class StandardPipeline {
    private StandardPipeline() {
    }

    public static Pipeline create() {
        KnowledgeBase kb = KnowledgeBase.standard();
        return Pipeline.builder()
                .add(new SentenceStage(SentenceSplitter.standard()))
                .add(new TokenStage())
                .add(new MentionStage())
                .add(new GazetteerStage(new GazetteerTagger(kb)))
                .add(EntityStage.standard())
                .add(new TimeStage())
                .add(new ClaimStage())
                .add(new EventStage())
                .add(new FigureStage())
                .build();
    }
}
