package org.kroniek.record;

/**
 * A time expression in the text, normalized against the publication date without inventing
 * precision. {@code weekday} is 1 (Monday) to 7 when a weekday is named.
 */
public record TimeExpression(String id, String text, int start, int end, String value,
                             Precision precision, Integer weekday, boolean approximate) {
}
