package org.kroniek.record;

/** The CoNLL entity classes. */
public enum EntityType { PER, ORG, LOC, MISC }
