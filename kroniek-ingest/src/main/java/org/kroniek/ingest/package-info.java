/**
 * Readers that turn the formats news arrives in into {@link org.kroniek.text.Article}s. Bad
 * input is reported to the {@link org.kroniek.ingest.ArticleSink} as a failure naming file,
 * record and reason; reading goes on past it.
 */
package org.kroniek.ingest;
