// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.incidents;

import io.github.enslocal.core.incident.Priority;
import io.github.enslocal.core.sla.SlaMeasurement;
import io.github.enslocal.core.sla.SlaStatus;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * The SLA outcomes of a group of incidents (one priority, or all of them): how many met or
 * breached the first-response and resolution targets. Incidents whose target is still running,
 * or that were cancelled before it ran out, count neither as met nor as breached; attainment is
 * {@code met / (met + breached)}. This class is immutable and thread-safe.
 *
 * @param priority the priority of the group, or empty for all priorities
 * @param incidents the incidents measured
 * @param firstResponseMet first responses within the target
 * @param firstResponseBreached first responses late, or overdue
 * @param resolutionMet resolutions within the target
 * @param resolutionBreached resolutions late, or overdue
 * @param resolutionRunning incidents still within their resolution target
 * @param resolutionNotApplicable incidents cancelled before their resolution target ran out
 */
public record SlaLine(Optional<Priority> priority, long incidents, long firstResponseMet,
        long firstResponseBreached, long resolutionMet, long resolutionBreached, long resolutionRunning,
        long resolutionNotApplicable) {

    /**
     * Creates a line.
     *
     * @param priority the priority, or empty for all
     * @param incidents the incidents measured
     * @param firstResponseMet first responses met
     * @param firstResponseBreached first responses breached
     * @param resolutionMet resolutions met
     * @param resolutionBreached resolutions breached
     * @param resolutionRunning resolutions running
     * @param resolutionNotApplicable resolutions not applicable
     */
    public SlaLine {
        priority = priority == null ? Optional.empty() : priority;
    }

    /**
     * Adds up measurements.
     *
     * @param priority the priority of the group, or empty for all
     * @param measurements the measurements of the group
     * @return the line
     * @throws NullPointerException if any argument is null
     */
    static SlaLine of(Optional<Priority> priority, Collection<SlaMeasurement> measurements) {
        Objects.requireNonNull(priority, "priority");
        return new SlaLine(priority, measurements.size(),
                count(measurements, true, SlaStatus.MET), count(measurements, true, SlaStatus.BREACHED),
                count(measurements, false, SlaStatus.MET), count(measurements, false, SlaStatus.BREACHED),
                count(measurements, false, SlaStatus.RUNNING), count(measurements, false, SlaStatus.NOT_APPLICABLE));
    }

    private static long count(Collection<SlaMeasurement> measurements, boolean firstResponse, SlaStatus status) {
        return measurements.stream()
                .map(m -> firstResponse ? m.firstResponse() : m.resolution())
                .filter(outcome -> outcome.status() == status)
                .count();
    }
}
