package org.kroniek.extract.time;

/**
 * What a time expression says, before it is anchored: the parts it names and how it shifts from
 * the anchor. Fields that the expression does not give are null (or 0 for {@code shift}).
 *
 * @param kind what sort of expression
 * @param year month day weekday hour minute the calendar parts named
 * @param amount how many units ("twee weken geleden": 2), null when vague
 * @param unit D, W, M, Y, H, MIN, WE (weekend) or DE (decade)
 * @param shift direction or count: -1 last/ago, 0 this, 1 next; for day words the day offset
 * @param part START, MID, END; a season (SU, ...); a quarter (Q1..Q4); a TimeML reference value
 * @param daypart MO, AF, EV, NI
 * @param approximate the text itself says it is vague ("zo'n", "enkele")
 * @param future the sentence speaks of the future ("zal", "will"), so a bare weekday lies ahead
 */
public record TimeSpec(Kind kind, Integer year, Integer month, Integer day, Integer weekday, Integer hour,
                       Integer minute, Double amount, String unit, int shift, String part, String daypart,
                       boolean approximate, boolean future) {
    /** Sorts of time expression. */
    public enum Kind { DATE, DECADE, WEEKDAY, DAY_OFFSET, RELATIVE, SEASON, AGO, EVENT_RELATIVE, DURATION, REF, TIME, QUARTER }

    static TimeSpec date(Integer year, Integer month, Integer day, String part) {
        return new TimeSpec(Kind.DATE, year, month, day, null, null, null, null, null, 0, part, null, false, false);
    }

    TimeSpec withFuture(boolean f) {
        return new TimeSpec(kind, year, month, day, weekday, hour, minute, amount, unit, shift, part, daypart, approximate, f);
    }
}
