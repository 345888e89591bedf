/**
 * Measurements on annotated corpora: TIMEX recognition and normalization on TimeML
 * ({@link org.kroniek.extract.eval.TimexEvaluation}) and event detection on EventDNA
 * ({@link org.kroniek.extract.eval.EventDetectionEvaluation}).
 */
package org.kroniek.extract.eval;
