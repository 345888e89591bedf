package org.kroniek.pipeline;

import org.kroniek.text.SentenceSplitter;

/** Writes {@link Layers#SENTENCES} with a {@link SentenceSplitter}. */
public final class SentenceStage implements Stage {
    private final SentenceSplitter splitter;

    public SentenceStage(SentenceSplitter splitter) {
        this.splitter = splitter;
    }

    @Override
    public String name() {
        return "sentences";
    }

    @Override
    public void process(Document document) {
        document.put(Layers.SENTENCES, splitter.split(document.text(), document.article().paragraphs()));
    }
}
