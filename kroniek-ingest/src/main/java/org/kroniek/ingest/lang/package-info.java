/**
 * Language identification behind {@link org.kroniek.ingest.lang.LanguageDetector}, and the
 * normalization of language tags to the record's codes.
 */
package org.kroniek.ingest.lang;
