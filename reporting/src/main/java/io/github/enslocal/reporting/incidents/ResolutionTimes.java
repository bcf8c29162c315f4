// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.incidents;

import io.github.enslocal.core.incident.Incident;
import io.github.enslocal.core.sla.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How long the resolved incidents of a report took from opening to resolution: the median and the
 * 90th percentile.
 *
 * <p>Percentiles use the nearest-rank method: the p-th percentile of n sorted times is the time
 * at rank ⌈p·n/100⌉, so it is always a time some incident actually took (the median of 4 times is
 * the 2nd, their 90th percentile the 4th). Times are business time in the dataset's SLA calendar
 * when it has an SLA policy ({@link TimeBasis#BUSINESS_HOURS}), else elapsed calendar time
 * ({@link TimeBasis#CALENDAR}). An incident counts if it was resolved (or resolved and closed) at
 * the instant of measurement, reading its history as it stood then. This class is immutable and
 * thread-safe.
 *
 * @param basis how the times were measured
 * @param resolved the number of resolved incidents measured
 * @param median the median time, or empty if none was resolved
 * @param percentile90 the 90th percentile, or empty if none was resolved
 */
public record ResolutionTimes(TimeBasis basis, long resolved, Optional<Duration> median,
        Optional<Duration> percentile90) {

    /**
     * Creates resolution times.
     *
     * @param basis the basis
     * @param resolved the number of incidents measured
     * @param median the median, or empty
     * @param percentile90 the 90th percentile, or empty
     * @throws NullPointerException if {@code basis} is null
     */
    public ResolutionTimes {
        Objects.requireNonNull(basis, "basis");
        median = median == null ? Optional.empty() : median;
        percentile90 = percentile90 == null ? Optional.empty() : percentile90;
    }

    /**
     * Measures the resolution times of incidents.
     *
     * @param incidents the incidents; those not resolved at {@code measuredAt} are skipped
     * @param calendar the business calendar, or empty to measure calendar time
     * @param measuredAt the instant of measurement
     * @return the times
     * @throws NullPointerException if any argument is null
     */
    public static ResolutionTimes of(Collection<Incident> incidents, Optional<BusinessCalendar> calendar,
            Instant measuredAt) {
        Objects.requireNonNull(measuredAt, "measuredAt");
        List<Duration> times = new ArrayList<>();
        for (Incident incident : incidents) {
            incident.asOf(measuredAt).resolvedAt().ifPresent(resolvedAt -> times.add(calendar
                    .map(working -> working.businessTimeBetween(incident.openedAt(), resolvedAt))
                    .orElseGet(() -> Duration.between(incident.openedAt(), resolvedAt))));
        }
        times.sort(null);
        TimeBasis basis = calendar.isPresent() ? TimeBasis.BUSINESS_HOURS : TimeBasis.CALENDAR;
        return new ResolutionTimes(basis, times.size(), nearestRank(times, 50), nearestRank(times, 90));
    }

    /**
     * Returns a percentile of sorted times by the nearest-rank method.
     *
     * @param sorted the times in ascending order
     * @param percent the percentile, 1 to 100
     * @return the time at rank ⌈percent·n/100⌉, or empty if there is no time
     * @throws IllegalArgumentException if {@code percent} is not 1 to 100
     */
    static Optional<Duration> nearestRank(List<Duration> sorted, int percent) {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("Invalid percentile " + percent + ", expected 1 to 100, e.g. 90");
        }
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        int rank = (int) ((percent * (long) sorted.size() + 99) / 100);
        return Optional.of(sorted.get(rank - 1));
    }
}
