// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.incidents;

import io.github.enslocal.core.incident.Incident;
import io.github.enslocal.core.incident.Priority;
import io.github.enslocal.core.sla.SlaMeasurement;
import io.github.enslocal.core.sla.SlaPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The SLA attainment of a report's incidents, measured with {@link SlaPolicy#measure} at one
 * instant: one line per priority that has incidents, most urgent first, and the total. This class
 * is immutable and thread-safe.
 *
 * @param measuredAt the instant of measurement
 * @param byPriority one line per priority with incidents, most urgent first
 * @param total the line of all incidents
 */
public record SlaAttainment(Instant measuredAt, List<SlaLine> byPriority, SlaLine total) {

    /**
     * Creates an attainment.
     *
     * @param measuredAt the instant of measurement
     * @param byPriority the lines per priority
     * @param total the total line
     * @throws NullPointerException if an argument or line is null
     */
    public SlaAttainment {
        Objects.requireNonNull(measuredAt, "measuredAt");
        byPriority = List.copyOf(byPriority);
        Objects.requireNonNull(total, "total");
    }

    /**
     * Measures incidents against a policy.
     *
     * @param incidents the incidents
     * @param policy the SLA policy
     * @param measuredAt the instant of measurement; later changes are ignored
     * @return the attainment
     * @throws NullPointerException if any argument is null
     */
    public static SlaAttainment of(Collection<Incident> incidents, SlaPolicy policy, Instant measuredAt) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(measuredAt, "measuredAt");
        List<SlaMeasurement> all = incidents.stream().map(incident -> policy.measure(incident, measuredAt)).toList();
        List<SlaLine> lines = new ArrayList<>();
        for (Priority priority : Priority.values()) {
            List<SlaMeasurement> group = all.stream().filter(m -> m.priority() == priority).toList();
            if (!group.isEmpty()) {
                lines.add(SlaLine.of(Optional.of(priority), group));
            }
        }
        return new SlaAttainment(measuredAt, lines, SlaLine.of(Optional.empty(), all));
    }
}
