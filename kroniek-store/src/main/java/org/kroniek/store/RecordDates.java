package org.kroniek.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.Event;
import org.kroniek.record.TimeExpression;

/**
 * Dates of records and their parts as the store sorts and filters them: the first day of the
 * period a date names ({@code 2022-03} is 2022-03-01), or null when there is none.
 */
final class RecordDates {
    private RecordDates() {
    }

    static LocalDate published(ArticleRecord record) {
        return record.published() == null ? null : parse(record.published().value());
    }

    /** The event's own resolved time when it has one, else the article's publication date. */
    static String eventDate(ArticleRecord record, Event event) {
        if (event.time() != null) {
            for (TimeExpression t : record.times()) {
                if (t.id().equals(event.time()) && t.value() != null && parse(t.value()) != null) {
                    return t.value();
                }
            }
        }
        return record.published() == null ? null : record.published().value();
    }

    static LocalDate parse(String value) {
        if (value == null || value.length() < 4) {
            return null;
        }
        try {
            if (value.length() >= 10) {
                return LocalDate.parse(value.substring(0, 10));
            }
            if (value.length() >= 7 && value.charAt(4) == '-') {
                return LocalDate.parse(value.substring(0, 7) + "-01");
            }
            return LocalDate.of(Integer.parseInt(value.substring(0, 4)), 1, 1);
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }
}
