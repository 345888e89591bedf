/**
 * Readers that turn the formats news arrives in into {@link org.kroniek.text.Article}s, behind
 * one entry point, {@link org.kroniek.ingest.Inputs}: paths, directories, globs and standard
 * input in, {@link org.kroniek.ingest.ReadItem}s out in input order. Bad input is reported as a
 * {@link org.kroniek.ingest.ReadItem.Failure} naming file, record and reason; reading goes on
 * past it.
 */
package org.kroniek.ingest;
