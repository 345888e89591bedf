/**
 * Text as Kroniek keeps it: the {@link org.kroniek.text.Article} every reader produces,
 * normalization that keeps offsets honest, stable ids and sentence boundaries.
 */
package org.kroniek.text;
