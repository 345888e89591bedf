package org.kroniek.extract.time;

/** A time expression found in the text: its span and what it says. */
public record TimeMention(int start, int end, String text, TimeSpec spec) {
}
