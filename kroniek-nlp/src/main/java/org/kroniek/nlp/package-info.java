/**
 * Kroniek's language core for Dutch and English: tokens with exact offsets, part-of-speech tags
 * and named-entity mentions, with models Kroniek trains itself on CoNLL data.
 * {@link org.kroniek.nlp.LanguageCore} is the entry point; the pipeline stages are
 * {@link org.kroniek.nlp.TokenStage} and {@link org.kroniek.nlp.MentionStage}.
 */
package org.kroniek.nlp;
