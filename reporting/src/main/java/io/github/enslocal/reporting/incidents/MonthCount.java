// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.incidents;

import io.github.enslocal.core.incident.Incident;
import io.github.enslocal.core.time.DateRange;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The number of incidents opened in one calendar month. This class is immutable and thread-safe.
 *
 * @param month the month, in the report's time zone
 * @param count the incidents opened in it, zero or more
 */
public record MonthCount(YearMonth month, long count) {

    /**
     * Creates a month count.
     *
     * @param month the month
     * @param count the count, zero or more
     * @throws NullPointerException if {@code month} is null
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public MonthCount {
        Objects.requireNonNull(month, "month");
        if (count < 0) {
            throw new IllegalArgumentException("Invalid count " + count + " for " + month + ", expected e.g. 12");
        }
    }

    /**
     * Counts incidents by the month in which they were opened, with a row for every month the
     * period touches, months without incidents included.
     *
     * @param incidents the incidents, all opened within {@code period}
     * @param period the period, whose first and last months may be partial
     * @param zone the zone in which opening instants become dates
     * @return one count per month, in month order
     * @throws NullPointerException if any argument is null
     */
    public static List<MonthCount> tally(Collection<Incident> incidents, DateRange period, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        Map<YearMonth, Long> counts = new TreeMap<>();
        for (YearMonth month : months(period)) {
            counts.put(month, 0L);
        }
        for (Incident incident : incidents) {
            counts.merge(YearMonth.from(LocalDate.ofInstant(incident.openedAt(), zone)), 1L, Long::sum);
        }
        List<MonthCount> rows = new ArrayList<>();
        counts.forEach((month, count) -> rows.add(new MonthCount(month, count)));
        return List.copyOf(rows);
    }

    /**
     * Returns the calendar months a period touches, partial first and last months included.
     *
     * @param period the period
     * @return the months in order, at least one
     * @throws NullPointerException if {@code period} is null
     */
    public static List<YearMonth> months(DateRange period) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(period.start()); !month.isAfter(YearMonth.from(period.end()));
                month = month.plusMonths(1)) {
            months.add(month);
        }
        return List.copyOf(months);
    }
}
