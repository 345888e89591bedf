package org.kroniek.extract.figures;

/**
 * An amount found in the text. {@code low} is the most conservative reading; {@code high} is null
 * for open amounts ("at least 50"). {@code percent} is set for shares and percentages. The span
 * covers modifiers and ranges; {@code numberStart}/{@code numberEnd} the number itself.
 */
public record Quantity(int start, int end, int numberStart, int numberEnd, double low, Double high,
                       boolean approximate, boolean percent) {
}
