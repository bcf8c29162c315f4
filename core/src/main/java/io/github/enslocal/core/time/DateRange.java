// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A range of dates that includes both its first and its last day, as legal texts state periods
 * ("from 1 January 2021 to 31 December 2024").
 *
 * <p>The text form is ISO-8601 {@code start/end}, e.g. {@code 2021-01-01/2024-12-31}. This class is
 * immutable and thread-safe.
 *
 * @param start the first day of the range
 * @param end the last day of the range, on or after {@code start}
 */
public record DateRange(LocalDate start, LocalDate end) {

    /**
     * Creates a range, checking its order.
     *
     * @param start the first day
     * @param end the last day
     * @throws NullPointerException if either date is null
     * @throws IllegalArgumentException if {@code end} is before {@code start}
     */
    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException(
                    "Invalid date range '" + start + "/" + end + "': the end is before the start");
        }
    }

    /**
     * Obtains a range from its first and last days.
     *
     * @param start the first day
     * @param end the last day, on or after {@code start}
     * @return the range
     * @throws NullPointerException if either date is null
     * @throws IllegalArgumentException if {@code end} is before {@code start}
     */
    public static DateRange of(LocalDate start, LocalDate end) {
        return new DateRange(start, end);
    }

    /**
     * Obtains a range from its text form.
     *
     * @param text e.g. {@code "2021-01-01/2024-12-31"}
     * @return the range
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if {@code text} is not two ISO dates separated by a slash in
     *     order
     */
    public static DateRange parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.trim().split("/", -1);
        if (parts.length == 2) {
            try {
                return new DateRange(LocalDate.parse(parts[0]), LocalDate.parse(parts[1]));
            } catch (DateTimeParseException e) {
                // reported below with the expected form
            }
        }
        throw new IllegalArgumentException(
                "Invalid date range '" + text + "', expected e.g. '2021-01-01/2024-12-31'");
    }

    /**
     * Returns whether a date falls within this range, both ends included.
     *
     * @param date the date, not null
     * @return true if {@code start <= date <= end}
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /**
     * Returns whether this range shares at least one day with another.
     *
     * @param other the other range, not null
     * @return true if the ranges overlap
     */
    public boolean overlaps(DateRange other) {
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }

    /**
     * Returns the number of days in this range, both ends included.
     *
     * @return the number of days, 1 or more
     */
    public long lengthInDays() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /**
     * Returns a copy of this range with another last day.
     *
     * @param newEnd the new last day, on or after {@link #start()}
     * @return the new range
     * @throws IllegalArgumentException if {@code newEnd} is before the start
     */
    public DateRange withEnd(LocalDate newEnd) {
        return new DateRange(start, newEnd);
    }

    /**
     * Returns the text form, which {@link #parse(String)} accepts.
     *
     * @return e.g. {@code "2021-01-01/2024-12-31"}
     */
    @Override
    public String toString() {
        return start + "/" + end;
    }
}
