/**
 * How the readers work inside: decoding with a windows-1252 fallback, bounded reading, one
 * {@link org.kroniek.ingest.internal.ItemSource} per format, HTML and feed parsing, dates.
 * Not an API: use {@link org.kroniek.ingest.Inputs}.
 */
package org.kroniek.ingest.internal;
