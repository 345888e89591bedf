/**
 * The article record of the output contract ({@code shared/contract/record.md}): immutable values
 * that every export, API answer and stored record speaks. Offsets are UTF-16 indices into
 * {@link org.kroniek.record.ArticleRecord#text()}, end exclusive.
 */
package org.kroniek.record;
