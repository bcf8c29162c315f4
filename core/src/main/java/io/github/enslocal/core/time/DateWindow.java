// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The dates ENS Local works with: from {@value #FIRST_YEAR}-01-01 to {@value #LAST_YEAR}-12-31,
 * both included, for every date and instant of a dataset and every date given on the command line.
 *
 * <p>The window is wide enough for any real record (a municipality's oldest asset, a convention
 * signed decades ago, a plan far ahead) and narrow enough that every calendar computation on it,
 * in any time zone and with any duration the dataset format allows, stays far from the limits of
 * {@code java.time}: a date such as {@code +999999999-12-31} is valid ISO-8601 but cannot be
 * shifted by a day. An instant is inside the window when its UTC date is.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DateWindow {

    /** The first year of the window. */
    public static final int FIRST_YEAR = 1900;
    /** The last year of the window. */
    public static final int LAST_YEAR = 2200;
    /** The first day of the window, {@code 1900-01-01}. */
    public static final LocalDate FIRST_DAY = LocalDate.of(FIRST_YEAR, 1, 1);
    /** The last day of the window, {@code 2200-12-31}. */
    public static final LocalDate LAST_DAY = LocalDate.of(LAST_YEAR, 12, 31);

    private static final Instant FIRST_INSTANT = FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant END_INSTANT = LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private DateWindow() {
    }

    /**
     * Returns whether a date is inside the window.
     *
     * @param day the date, not null
     * @return true from {@link #FIRST_DAY} to {@link #LAST_DAY}, both included
     * @throws NullPointerException if {@code day} is null
     */
    public static boolean contains(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY);
    }

    /**
     * Returns whether an instant is inside the window.
     *
     * @param instant the instant, not null
     * @return true if its UTC date is from {@link #FIRST_DAY} to {@link #LAST_DAY}, both included
     * @throws NullPointerException if {@code instant} is null
     */
    public static boolean contains(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return !instant.isBefore(FIRST_INSTANT) && instant.isBefore(END_INSTANT);
    }

    /**
     * Returns whether a range of dates is inside the window.
     *
     * @param range the range, not null
     * @return true if both its first and its last day are inside the window
     * @throws NullPointerException if {@code range} is null
     */
    public static boolean contains(DateRange range) {
        Objects.requireNonNull(range, "range");
        return contains(range.start()) && contains(range.end());
    }
}
