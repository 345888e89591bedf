package org.kroniek.ingest.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kroniek.record.Precision;
import org.kroniek.record.Published;

/**
 * Parses publication dates as sources write them, at the precision they give: {@code 2022},
 * {@code 2022-03}, {@code 2022-03-30} (day), ISO date-times with or without offset, RFC 1123
 * ({@code Wed, 30 Mar 2022 14:05:00 +0000}), Unix epoch seconds or milliseconds, and written
 * dates ({@code 30 maart 2022}, {@code March 30, 2022}) with month names from {@code months.txt}.
 * A time of day gives precision {@code datetime}; a date alone {@code day}. Thread-safe.
 */
public final class PublishedDates {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?)\\s*(Z|[+-]\\d{2}:?\\d{2}|UTC|GMT)?");
    private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?:\\p{L}+,?\\s+)?(\\d{1,2})\\.?\\s+(\\p{L}+)\\.?,?\\s+(\\d{4})(?:[,\\s]+(?:om\\s+|at\\s+)?(\\d{1,2}[:.]\\d{2}))?.*");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?:\\p{L}+,?\\s+)?(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4}).*");
    private static final Map<String, Integer> MONTHS = loadMonths();

    private PublishedDates() {
    }

    /** The date in {@code raw}, or empty when it is not a date this class knows. */
    public static Optional<Published> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip();
        try {
            return Optional.ofNullable(parseStrict(s));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Published parseStrict(String s) {
        Matcher m;
        if ((m = DATE_TIME.matcher(s)).matches()) {
            return dateTime(m.group(1), m.group(2), m.group(3));
        }
        if ((m = DATE.matcher(s)).matches()) {
            return day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        if ((m = YEAR_MONTH.matcher(s)).matches()) {
            int month = Integer.parseInt(m.group(2));
            LocalDate.of(Integer.parseInt(m.group(1)), month, 1);
            return new Published(m.group(1) + "-" + (month < 10 ? "0" : "") + month, Precision.MONTH);
        }
        if (YEAR.matcher(s).matches()) {
            return new Published(s, Precision.YEAR);
        }
        if (EPOCH.matcher(s).matches()) {
            long n = Long.parseLong(s);
            Instant t = s.length() >= 12 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            return new Published(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atOffset(ZoneOffset.UTC)), Precision.DATETIME);
        }
        Published rfc = rfc1123(s);
        if (rfc != null) {
            return rfc;
        }
        return written(s);
    }

    private static Published dateTime(String date, String time, String zone) {
        String t = time.replace(',', '.');
        if (t.length() == 5) {
            t += ":00";
        }
        LocalDateTime local = LocalDateTime.parse(date + "T" + t);
        if (zone == null) {
            return new Published(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(local), Precision.DATETIME);
        }
        ZoneOffset offset = zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT")
                ? ZoneOffset.UTC : ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
        return new Published(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(local.atOffset(offset)), Precision.DATETIME);
    }

    private static Published day(int year, int month, int day) {
        return new Published(LocalDate.of(year, month, day).toString(), Precision.DAY);
    }

    private static Published rfc1123(String s) {
        String fixed = s.replaceAll("\\s+", " ").replace(" UT", " GMT").replace(" Z", " GMT");
        try {
            OffsetDateTime t = OffsetDateTime.parse(fixed, DateTimeFormatter.RFC_1123_DATE_TIME);
            return new Published(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t), Precision.DATETIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Published written(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        Matcher m = DAY_MONTH_YEAR.matcher(lower);
        if (m.matches() && MONTHS.containsKey(m.group(2))) {
            int d = Integer.parseInt(m.group(1));
            int month = MONTHS.get(m.group(2));
            int y = Integer.parseInt(m.group(3));
            if (m.group(4) != null) {
                String[] hm = m.group(4).split("[:.]");
                LocalDateTime t = LocalDateTime.of(y, month, d, Integer.parseInt(hm[0]), Integer.parseInt(hm[1]));
                return new Published(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t), Precision.DATETIME);
            }
            return day(y, month, d);
        }
        m = MONTH_DAY_YEAR.matcher(lower);
        if (m.matches() && MONTHS.containsKey(m.group(1))) {
            return day(Integer.parseInt(m.group(3)), MONTHS.get(m.group(1)), Integer.parseInt(m.group(2)));
        }
        return null;
    }

    private static Map<String, Integer> loadMonths() {
        Map<String, Integer> months = new HashMap<>();
        try (InputStream in = PublishedDates.class.getResourceAsStream("/org/kroniek/ingest/internal/months.txt")) {
            if (in == null) {
                throw new IllegalStateException("months.txt missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] words = line.split("\\s+");
                int month = Integer.parseInt(words[0]);
                for (int i = 1; i < words.length; i++) {
                    months.put(words[i], month);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(months);
    }
}
