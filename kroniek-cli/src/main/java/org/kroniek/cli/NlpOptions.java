package org.kroniek.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kroniek.nlp.NlpModels;
import org.kroniek.nlp.ner.EntityTagger;
import org.kroniek.nlp.ner.EntityTaggers;
import picocli.CommandLine.Option;

/** Options shared by the NER commands: language, an optional model file, the gazetteer switch. */
final class NlpOptions {
    @Option(names = "--lang", required = true, description = "Language code (nl, en).")
    String language;

    @Option(names = "--model", description = "Name finder model file (default: the bundled model of --lang).")
    Path model;

    @Option(names = "--gazetteer", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Merge the bundled gazetteer of well-known names (default: ${DEFAULT-VALUE}).")
    boolean gazetteer;

    @Option(names = "--consistency", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Make names agree within each document (default: ${DEFAULT-VALUE}).")
    boolean consistency;

    @Option(names = "--beam", defaultValue = "0",
            description = "Beam size of the name finder's search (default: the model's own).")
    int beam;

    EntityTagger tagger() throws IOException {
        if (beam < 0) {
            throw new UserError("--beam must be >= 0, not " + beam);
        }
        if (model != null) {
            if (!Files.isRegularFile(model)) {
                throw new UserError("no such model file: " + model);
            }
            return EntityTaggers.combine(NlpModels.nerFromFile(model), language, gazetteer, beam);
        }
        return NlpModels.ner(language).map(m -> EntityTaggers.combine(m, language, gazetteer, beam))
                .orElseThrow(() -> new UserError("no bundled NER model for language '" + language + "'"));
    }
}
