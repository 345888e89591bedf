/** Loading and indexing of the knowledge base's resources; not part of the API. */
package org.kroniek.kb.internal;
