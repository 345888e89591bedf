/**
 * The knowledge base: one canonical name per entity across languages, and places on the map.
 *
 * <p>{@link org.kroniek.kb.KnowledgeBase#standard()} is the entry point (immutable, loaded once,
 * thread-safe): {@code lookup(surface, lang)} gives {@link org.kroniek.kb.Candidate}s with their
 * {@link org.kroniek.kb.KbEntry} (canonical English name, type, {@link org.kroniek.kb.EntryKind},
 * country, GeoNames id, coordinates); {@code countryOfAdjective}, {@code countryOfDemonym},
 * {@code governmentOf} and {@code stateBody} cover demonyms, metonymy and state bodies;
 * {@link org.kroniek.kb.EntityIds} makes the stable ids every record shares.
 *
 * <p>Two pipeline stages use it: {@link org.kroniek.kb.GazetteerStage} adds the
 * {@link org.kroniek.kb.GazetteerTagger}'s mentions, and {@link org.kroniek.kb.EntityStage} merges
 * them with a model's, joins co-referring mentions, geocodes places ({@link org.kroniek.kb.Geocoder})
 * and writes the record's entities plus {@link org.kroniek.kb.EntityFacts} (kinds and metonymy)
 * to {@link org.kroniek.kb.KbLayers#FACTS}.
 */
package org.kroniek.kb;
