package org.kroniek.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.kroniek.record.Precision;

/**
 * Resolves a {@link TimeSpec} against an {@link Anchor} into a TimeML-style value, never more
 * precise than both allow: with a month anchor "woensdag" stays {@code 2022-03} at month precision
 * (weekday 3); with a day anchor it is the most recent Wednesday on or before the anchor (news
 * convention), or the next one when the sentence speaks of the future. Shifts by a distance ("een
 * week geleden") are approximate. Stateless and thread-safe.
 */
public final class TimeNormalizer {
    private TimeNormalizer() {
    }

    /** The normalized time; {@code anchor} may be null when the publication date is unknown. */
    public static NormalizedTime normalize(TimeSpec s, Anchor anchor) {
        return switch (s.kind()) {
            case DATE -> date(s, anchor);
            case DECADE -> new NormalizedTime(String.valueOf(s.year()), Precision.YEAR, null, false);
            case WEEKDAY -> weekday(s, anchor);
            case DAY_OFFSET -> dayOffset(s, anchor);
            case RELATIVE -> relative(s, anchor);
            case SEASON -> season(s, anchor);
            case AGO -> ago(s, anchor);
            case EVENT_RELATIVE -> anchored(anchor, true);
            case DURATION -> new NormalizedTime(duration(s), Precision.DAY, null, s.approximate());
            case REF -> new NormalizedTime(s.part(), Precision.DAY, null, false);
            case TIME -> time(s, anchor);
            case QUARTER -> quarter(s, anchor);
        };
    }

    private static NormalizedTime date(TimeSpec s, Anchor a) {
        Integer year = s.year();
        if (year == null && a != null) {
            year = s.month() != null && a.atLeast(Precision.MONTH) ? nearestYear(s.month(), a, s.future()) : a.date().getYear();
            if ("M".equals(s.unit()) && s.month() != null && a.atLeast(Precision.MONTH)) {
                // "last November", "afgelopen november": the named month before (or after) the anchor's
                int m = a.date().getMonthValue();
                year = a.date().getYear() + (s.shift() < 0 && s.month() >= m ? -1 : s.shift() > 0 && s.month() <= m ? 1 : 0);
            }
        }
        String y = year == null ? "XXXX" : String.format(Locale.ROOT, "%04d", year);
        if (s.month() == null) {
            return new NormalizedTime(y, Precision.YEAR, null, false);
        }
        if ("NTH".equals(s.unit()) && year != null) {
            LocalDate d = LocalDate.of(year, s.month(), 1)
                    .with(TemporalAdjusters.dayOfWeekInMonth(s.shift(), DayOfWeek.of(s.weekday())));
            return new NormalizedTime(d.toString(), Precision.DAY, s.weekday(), false);
        }
        if (s.day() == null) {
            return new NormalizedTime(y + "-" + two(s.month()), Precision.MONTH, null, false);
        }
        Integer weekday = null;
        if (year != null) {
            try {
                weekday = LocalDate.of(year, s.month(), s.day()).getDayOfWeek().getValue();
            } catch (java.time.DateTimeException e) {
                return new NormalizedTime(y + "-" + two(s.month()), Precision.MONTH, null, false);
            }
        }
        return new NormalizedTime(y + "-" + two(s.month()) + "-" + two(s.day()), Precision.DAY, weekday, false);
    }

    /**
     * The year that puts a month named without one nearest the anchor (a December named in January
     * is last December); ties go to the past, a sentence about the future looks ahead.
     */
    private static int nearestYear(int month, Anchor a, boolean future) {
        int anchorMonths = a.date().getYear() * 12 + a.date().getMonthValue() - 1;
        int best = a.date().getYear();
        int bestDistance = Integer.MAX_VALUE;
        for (int y = a.date().getYear() - 1; y <= a.date().getYear() + 1; y++) {
            int diff = y * 12 + month - 1 - anchorMonths;
            if (future && diff < 0) {
                continue;
            }
            int distance = diff > 0 ? diff * 3 : -diff * 2;
            if (distance < bestDistance) {
                best = y;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static NormalizedTime weekday(TimeSpec s, Anchor a) {
        int wd = s.weekday();
        if (a == null) {
            return new NormalizedTime(null, Precision.DAY, wd, false);
        }
        if (!a.atLeast(Precision.DAY)) {
            return new NormalizedTime(coarse(a), a.precision(), wd, false);
        }
        LocalDate d = a.date();
        DayOfWeek day = DayOfWeek.of(wd);
        LocalDate date;
        if ("W".equals(s.unit())) {
            date = d.with(DayOfWeek.MONDAY).plusWeeks(s.shift()).with(day);
        } else if (s.shift() < 0) {
            date = d.with(TemporalAdjusters.previous(day));
        } else if (s.shift() > 0) {
            date = d.with(TemporalAdjusters.next(day));
        } else if (s.future()) {
            date = d.with(TemporalAdjusters.nextOrSame(day));
        } else {
            date = d.with(TemporalAdjusters.previousOrSame(day));
        }
        return new NormalizedTime(withDaypart(date.toString(), s.daypart()), Precision.DAY, wd, false);
    }

    private static NormalizedTime dayOffset(TimeSpec s, Anchor a) {
        if (a == null || !a.atLeast(Precision.DAY)) {
            return anchored(a, false);
        }
        return new NormalizedTime(withDaypart(a.date().plusDays(s.shift()).toString(), s.daypart()), Precision.DAY, null, false);
    }

    private static NormalizedTime relative(TimeSpec s, Anchor a) {
        if (a == null) {
            return new NormalizedTime(null, Precision.YEAR, null, true);
        }
        LocalDate d = a.date();
        int n = s.shift();
        switch (s.unit()) {
            case "Y":
                return new NormalizedTime(String.valueOf(d.getYear() + n), Precision.YEAR, null, false);
            case "DE":
                return new NormalizedTime(String.valueOf((d.getYear() + 10 * n) / 10), Precision.YEAR, null, false);
            case "M":
                if (!a.atLeast(Precision.MONTH)) {
                    return anchored(a, true);
                }
                LocalDate m = d.plusMonths(n);
                return new NormalizedTime(m.getYear() + "-" + two(m.getMonthValue()), Precision.MONTH, null, false);
            case "W":
                if (!a.atLeast(Precision.DAY)) {
                    return anchored(a, true);
                }
                return new NormalizedTime(week(d.plusWeeks(n)), Precision.WEEK, null, false);
            case "WE":
                if (!a.atLeast(Precision.DAY)) {
                    return anchored(a, true);
                }
                LocalDate sat = n > 0 ? d.with(TemporalAdjusters.next(DayOfWeek.SATURDAY))
                        : d.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
                return new NormalizedTime(week(sat) + "-WE", Precision.WEEK, null, false);
            case "D":
                return dayOffset(s, a);
            default:
                return anchored(a, true);
        }
    }

    private static NormalizedTime season(TimeSpec s, Anchor a) {
        Integer year = s.year();
        if (year == null && a != null) {
            year = a.date().getYear() + s.shift();
            if (s.unit() == null && s.shift() < 0 && a.atLeast(Precision.MONTH) && seasonEnd(s.part()) < a.date().getMonthValue()) {
                year = a.date().getYear();
            }
        }
        return new NormalizedTime(year == null ? null : year + "-" + s.part(), Precision.YEAR, null, false);
    }

    private static NormalizedTime ago(TimeSpec s, Anchor a) {
        if (a == null) {
            return new NormalizedTime(null, Precision.DAY, null, true);
        }
        double n = (s.amount() == null ? 1 : s.amount()) * s.shift();
        LocalDate d = a.date();
        return switch (s.unit()) {
            case "Y" -> new NormalizedTime(String.valueOf(d.getYear() + (int) Math.round(n)), Precision.YEAR, null, true);
            case "DE" -> new NormalizedTime(String.valueOf(d.getYear() + (int) Math.round(10 * n)), Precision.YEAR, null, true);
            case "M" -> {
                if (!a.atLeast(Precision.MONTH)) {
                    yield anchored(a, true);
                }
                LocalDate m = d.plusMonths(Math.round(n));
                yield new NormalizedTime(m.getYear() + "-" + two(m.getMonthValue()), Precision.MONTH, null, true);
            }
            case "W", "D", "WE" -> {
                if (!a.atLeast(Precision.DAY)) {
                    yield anchored(a, true);
                }
                long days = Math.round(n * ("D".equals(s.unit()) ? 1 : 7));
                yield new NormalizedTime(d.plusDays(days).toString(), Precision.DAY, null, true);
            }
            default -> anchored(a, true);
        };
    }

    private static NormalizedTime time(TimeSpec s, Anchor a) {
        if (a == null || !a.atLeast(Precision.DAY)) {
            return anchored(a, false);
        }
        return new NormalizedTime(a.date() + "T" + two(s.hour()) + ":" + two(s.minute()), Precision.DATETIME, null, false);
    }

    private static NormalizedTime quarter(TimeSpec s, Anchor a) {
        Integer year = s.year() != null ? s.year() : a == null ? null : a.date().getYear();
        String q = s.part();
        if (q == null) {
            if (a == null || !a.atLeast(Precision.MONTH)) {
                return anchored(a, true);
            }
            LocalDate inQuarter = a.date().plusMonths(3L * s.shift());
            year = inQuarter.getYear();
            q = "Q" + ((inQuarter.getMonthValue() - 1) / 3 + 1);
        }
        return new NormalizedTime(year == null ? null : year + "-" + q, Precision.YEAR, null, false);
    }

    /** The anchor itself at its own precision: what is known when the text's precision cannot be reached. */
    private static NormalizedTime anchored(Anchor a, boolean approximate) {
        if (a == null) {
            return new NormalizedTime(null, Precision.DAY, null, approximate);
        }
        return new NormalizedTime(coarse(a), a.precision(), null, approximate);
    }

    private static String coarse(Anchor a) {
        LocalDate d = a.date();
        return switch (a.precision()) {
            case YEAR -> String.valueOf(d.getYear());
            case MONTH -> d.getYear() + "-" + two(d.getMonthValue());
            case WEEK -> week(d);
            default -> d.toString();
        };
    }

    private static String duration(TimeSpec s) {
        String n = s.amount() == null ? "X" : s.amount() % 1 == 0 ? String.valueOf(s.amount().longValue())
                : String.valueOf(s.amount());
        return switch (s.unit()) {
            case "H" -> "PT" + n + "H";
            case "MIN" -> "PT" + n + "M";
            case "DE" -> s.amount() == null ? "PXDE" : "P" + Math.round(s.amount() * 10) + "Y";
            case "WE" -> "P" + n + "WE";
            default -> "P" + n + s.unit();
        };
    }

    private static String week(LocalDate d) {
        return d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static String withDaypart(String date, String daypart) {
        return daypart == null ? date : date + "T" + daypart;
    }

    private static int seasonEnd(String season) {
        return switch (season) {
            case "SP" -> 5;
            case "SU" -> 8;
            case "FA" -> 11;
            default -> 2;
        };
    }

    private static String two(int n) {
        return String.format(Locale.ROOT, "%02d", n);
    }
}
