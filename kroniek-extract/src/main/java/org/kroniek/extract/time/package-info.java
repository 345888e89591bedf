/**
 * Time expressions: {@link org.kroniek.extract.time.TimeRecognizer} finds them in Dutch and
 * English, {@link org.kroniek.extract.time.TimeNormalizer} resolves them against the publication
 * date without inventing precision, {@link org.kroniek.extract.time.TimeStage} writes the TIMES
 * layer.
 */
package org.kroniek.extract.time;
