// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.sla;

import io.github.enslocal.core.incident.Priority;
import java.time.Instant;
import java.util.Objects;

/**
 * An incident measured against its service-level targets at an instant.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param incidentId the id of the incident measured
 * @param priority its priority, which chose the targets
 * @param asOf the instant of measurement
 * @param firstResponse the outcome against the first-response target
 * @param resolution the outcome against the resolution target
 */
public record SlaMeasurement(
        String incidentId, Priority priority, Instant asOf, SlaOutcome firstResponse, SlaOutcome resolution) {

    /**
     * Creates a measurement.
     *
     * @param incidentId the incident id
     * @param priority the priority
     * @param asOf the instant of measurement
     * @param firstResponse the first-response outcome
     * @param resolution the resolution outcome
     * @throws NullPointerException if an argument is null
     */
    public SlaMeasurement {
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(firstResponse, "firstResponse");
        Objects.requireNonNull(resolution, "resolution");
    }
}
