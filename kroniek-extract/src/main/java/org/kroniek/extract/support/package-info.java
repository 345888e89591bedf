/** Helpers shared by the time, event and figure stages: lexicon files, tokens, clauses, entity look-ups. */
package org.kroniek.extract.support;
