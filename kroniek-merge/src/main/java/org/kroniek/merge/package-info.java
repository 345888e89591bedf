/**
 * Across articles: stories (articles about the same story, across outlets and languages), event
 * instances (event mentions of several articles that describe one real event, with independent
 * sources counted), figure series and contradictions. Pure, deterministic functions over
 * {@link org.kroniek.record.ArticleRecord}s; {@link org.kroniek.merge.StoryIndex} holds the state.
 */
package org.kroniek.merge;
