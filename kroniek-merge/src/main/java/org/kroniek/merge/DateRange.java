package org.kroniek.merge;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a date at some precision covers: {@code 2022-03} is every day of March 2022, so it
 * overlaps {@code 2022-03-14}.
 */
public record DateRange(LocalDate first, LocalDate last) implements Comparable<DateRange> {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2}).*");

    public DateRange {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("range ends before it starts: " + first + ".." + last);
        }
    }

    /**
     * @param value an ISO-like date as records write them: year, year-month, ISO week, day or date-time
     * @return the days it covers, or empty when the value is not a date
     */
    public static Optional<DateRange> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            Matcher m;
            if ((m = DAY.matcher(v)).matches()) {
                LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
                return Optional.of(new DateRange(d, d));
            }
            if ((m = WEEK.matcher(v)).matches()) {
                LocalDate monday = LocalDate.of(num(m, 1), 6, 1)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
                        .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
                return Optional.of(new DateRange(monday, monday.plusDays(6)));
            }
            if ((m = MONTH.matcher(v)).matches()) {
                YearMonth ym = YearMonth.of(num(m, 1), num(m, 2));
                return Optional.of(new DateRange(ym.atDay(1), ym.atEndOfMonth()));
            }
            if ((m = YEAR.matcher(v)).matches()) {
                int y = num(m, 1);
                return Optional.of(new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** @return whether the two ranges share a day */
    public boolean overlaps(DateRange other) {
        return !last.isBefore(other.first) && !other.last.isBefore(first);
    }

    /** @return days between the nearest days of the two ranges; 0 when they overlap */
    public long gapDays(DateRange other) {
        if (overlaps(other)) {
            return 0;
        }
        return last.isBefore(other.first)
                ? other.first.toEpochDay() - last.toEpochDay()
                : first.toEpochDay() - other.last.toEpochDay();
    }

    /** @return whether this range ends no later than the other starts or they overlap (this could come first) */
    public boolean notAfter(DateRange other) {
        return !first.isAfter(other.last);
    }

    @Override
    public int compareTo(DateRange o) {
        int c = first.compareTo(o.first);
        return c != 0 ? c : last.compareTo(o.last);
    }

    @Override
    public String toString() {
        return first.equals(last) ? first.toString() : first + ".." + last;
    }
}
