// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.sla;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A working interval within one day, in local time: from {@code start} included to {@code end}
 * excluded, such as {@code 08:00-15:00}.
 *
 * <p>An {@code end} of {@link LocalTime#MIDNIGHT} means the midnight that ends the day, written
 * {@code 24:00}, so that {@code 00:00-24:00} is the whole day. Intervals never cross midnight.
 * The text form is {@code start-end} in ISO local time. This class is immutable and thread-safe.
 *
 * @param start the first instant of the interval, local time
 * @param end the local time the interval ends, after {@code start}, or midnight for the end of the day
 */
public record WorkingHours(LocalTime start, LocalTime end) {

    private static final String END_OF_DAY = "24:00";

    /**
     * Creates an interval, checking its order.
     *
     * @param start the start
     * @param end the end, after {@code start}, or {@link LocalTime#MIDNIGHT} for the end of the day
     * @throws NullPointerException if either argument is null
     * @throws IllegalArgumentException if {@code end} is not after {@code start} and is not midnight
     */
    public WorkingHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!endsAtMidnight(end) && !end.isAfter(start)) {
            throw new IllegalArgumentException("Invalid working hours " + format(start, end)
                    + ": the end must be after the start, e.g. '08:00-15:00'");
        }
    }

    /**
     * Obtains an interval from its start and end.
     *
     * @param start the start
     * @param end the end, after {@code start}, or {@link LocalTime#MIDNIGHT} for the end of the day
     * @return the interval
     * @throws NullPointerException if either argument is null
     * @throws IllegalArgumentException if {@code end} is not after {@code start} and is not midnight
     */
    public static WorkingHours of(LocalTime start, LocalTime end) {
        return new WorkingHours(start, end);
    }

    /**
     * Obtains an interval from its text form.
     *
     * @param text e.g. {@code "08:00-15:00"} or {@code "16:00-24:00"}; surrounding white space is
     *     ignored
     * @return the interval
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if {@code text} is not two ordered local times separated by
     *     a hyphen
     */
    public static WorkingHours parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.trim().split("-", -1);
        if (parts.length == 2) {
            try {
                LocalTime end = END_OF_DAY.equals(parts[1]) ? LocalTime.MIDNIGHT : LocalTime.parse(parts[1]);
                if (!LocalTime.MIDNIGHT.equals(end) || END_OF_DAY.equals(parts[1])) {
                    return new WorkingHours(LocalTime.parse(parts[0]), end);
                }
            } catch (DateTimeParseException e) {
                // reported below with the expected form
            }
        }
        throw new IllegalArgumentException(
                "Invalid working hours '" + text + "', expected e.g. '08:00-15:00' or '16:00-24:00'");
    }

    /**
     * Returns whether the interval runs to the end of the day.
     *
     * @return true if {@link #end()} is midnight
     */
    public boolean endsAtEndOfDay() {
        return endsAtMidnight(end);
    }

    /**
     * Returns the text form, which {@link #parse(String)} accepts.
     *
     * @return e.g. {@code "08:00-15:00"}
     */
    @Override
    public String toString() {
        return format(start, end);
    }

    private static boolean endsAtMidnight(LocalTime end) {
        return LocalTime.MIDNIGHT.equals(end);
    }

    private static String format(LocalTime start, LocalTime end) {
        return start + "-" + (endsAtMidnight(end) ? END_OF_DAY : end.toString());
    }
}
