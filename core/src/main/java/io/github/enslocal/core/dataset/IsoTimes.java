// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.ZoneOffset;

/**
 * Parses the ISO-8601 forms the dataset writer produces ({@code 2025-03-14} and
 * {@code 2025-03-14T09:30:00Z}) without the general {@link java.time.format.DateTimeFormatter},
 * which took most of the time of reading a large dataset. Any other text, valid or not, goes to
 * {@link LocalDate#parse(CharSequence)} or {@link Instant#parse(CharSequence)}, so that the result
 * and the exception are always theirs.
 */
final class IsoTimes {

    private static final int DATE_LENGTH = 10;
    private static final int INSTANT_LENGTH = 20;

    private IsoTimes() {
    }

    /**
     * Parses a date as {@link LocalDate#parse(CharSequence)} does.
     *
     * @throws java.time.format.DateTimeParseException if the text is not an ISO-8601 date
     */
    static LocalDate localDate(String text) {
        if (text.length() == DATE_LENGTH && isDate(text)) {
            return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
        }
        return LocalDate.parse(text);
    }

    /**
     * Parses an instant as {@link Instant#parse(CharSequence)} does.
     *
     * @throws java.time.format.DateTimeParseException if the text is not an ISO-8601 instant
     */
    static Instant instant(String text) {
        if (text.length() == INSTANT_LENGTH && text.charAt(DATE_LENGTH) == 'T' && text.charAt(19) == 'Z'
                && isDate(text) && isTime(text)) {
            return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10))
                    .atTime(number(text, 11, 13), number(text, 14, 16), number(text, 17, 19))
                    .toInstant(ZoneOffset.UTC);
        }
        return Instant.parse(text);
    }

    /** Whether the text starts with {@code yyyy-MM-dd} naming a day that exists. */
    private static boolean isDate(String text) {
        if (text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 7);
        int day = number(text, 8, 10);
        return year >= 0 && month >= 1 && month <= 12 && day >= 1
                && day <= Month.of(month).length(Year.isLeap(year));
    }

    /** Whether the text has {@code HH:mm:ss} after the date, within a day without leap seconds. */
    private static boolean isTime(String text) {
        if (text.charAt(13) != ':' || text.charAt(16) != ':') {
            return false;
        }
        int hour = number(text, 11, 13);
        int minute = number(text, 14, 16);
        int second = number(text, 17, 19);
        return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
    }

    /** Returns the ASCII digits from {@code start} to {@code end} as a number, or -1 if one is not a digit. */
    private static int number(String text, int start, int end) {
        int number = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }
}
