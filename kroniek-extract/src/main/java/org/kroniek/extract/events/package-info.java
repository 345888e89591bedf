/**
 * PLOVER events: {@link org.kroniek.extract.events.TriggerMatcher} finds trigger words from a
 * {@link org.kroniek.extract.events.TriggerLexicon}, {@link org.kroniek.extract.events.ArgumentFinder}
 * links actor, recipient and location entities, {@link org.kroniek.extract.events.ModalityDetector}
 * judges negation and hypotheticality, {@link org.kroniek.extract.events.EventStage} writes the
 * EVENTS layer; {@link org.kroniek.extract.events.AcledMapping} maps types to ACLED's for export.
 */
package org.kroniek.extract.events;
