package org.kroniek.extract.time;

import org.kroniek.record.Precision;

/** A time expression's TimeML-style value, the precision it is known at, the named weekday and whether it is a guess. */
public record NormalizedTime(String value, Precision precision, Integer weekday, boolean approximate) {
}
