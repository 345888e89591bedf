package org.kroniek.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.kroniek.nlp.ner.DocumentConsistency;
import org.kroniek.nlp.ner.EntityTagger;
import org.kroniek.nlp.ner.EntityTaggers;
import org.kroniek.nlp.ner.NameSpan;
import org.kroniek.pipeline.AnalyzedSentence;
import org.kroniek.pipeline.Document;
import org.kroniek.pipeline.Layers;
import org.kroniek.pipeline.Mention;
import org.kroniek.pipeline.Stage;
import org.kroniek.pipeline.Token;
import org.kroniek.record.EntityType;

/**
 * Writes {@link Layers#MENTIONS} from {@link Layers#TOKENS} with the entity tagger of the
 * document's language; languages without a tagger get no mentions. Names are made consistent
 * across the document ({@link DocumentConsistency}), then the tagger revises them with evidence
 * from the whole document ({@link EntityTagger#reviseDocument}: the span type classifier stored
 * in the Dutch model). Names inside hyphenated
 * compounds ("Kremlin-woordvoerder", "NAVO-lidmaatschap") become mentions of their own through
 * {@link CompoundNames}; ORG names take in the words that open them ("ministerie van Defensie",
 * {@code org-heads.tsv}). Thread-safe when the taggers are.
 */
public final class MentionStage implements Stage {
    private final Function<String, Optional<EntityTagger>> taggers;

    /** A stage with Kroniek's standard taggers ({@link EntityTaggers#standard}). */
    public MentionStage() {
        this(EntityTaggers::standard);
    }

    /** A stage with the given tagger per language (for tests and a knowledge-base gazetteer). */
    public MentionStage(Function<String, Optional<EntityTagger>> taggers) {
        this.taggers = taggers;
    }

    @Override
    public String name() {
        return "mentions";
    }

    @Override
    public void process(Document document) {
        String language = LanguageGuess.of(document);
        Optional<EntityTagger> tagger = taggers.apply(language);
        List<Mention> out = new ArrayList<>();
        if (tagger.isPresent()) {
            EntityTagger t = tagger.get();
            t.clearAdaptiveData();
            String text = document.text();
            List<AnalyzedSentence> sentences = document.require(Layers.TOKENS);
            List<String[]> words = new ArrayList<>(sentences.size());
            List<List<NameSpan>> names = new ArrayList<>(sentences.size());
            for (AnalyzedSentence s : sentences) {
                String[] w = s.tokens().stream().map(Token::text).toArray(String[]::new);
                words.add(w);
                names.add(w.length == 0 ? List.of() : t.tag(w));
            }
            names = t.reviseDocument(words, DocumentConsistency.apply(words, names));
            for (int i = 0; i < sentences.size(); i++) {
                if (words.get(i).length > 0) {
                    List<NameSpan> extended = OrgNameExtension.apply(language, words.get(i), names.get(i));
                    out.addAll(CompoundNames.mentions(t, sentences.get(i).tokens(), extended, text));
                }
            }
        }
        document.put(Layers.MENTIONS, out);
    }

    static Mention mention(String text, int start, int end, NameSpan n) {
        return new Mention(start, end, text.substring(start, end), EntityType.valueOf(n.type()), n.probability(), n.origin());
    }
}
