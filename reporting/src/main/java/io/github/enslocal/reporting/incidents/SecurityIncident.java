// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.incidents;

import io.github.enslocal.core.incident.classification.DangerLevel;
import io.github.enslocal.core.incident.classification.ImpactLevel;
import io.github.enslocal.core.territory.IneCode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One security incident of the report, with its CCN-STIC 817 classification and the state of its
 * CCN-CERT notification at the instant of measurement. This class is immutable and thread-safe.
 *
 * @param id the incident id
 * @param municipality the municipality's INE code
 * @param municipalityName the municipality's name, or its INE code if the dataset lacks it
 * @param openedAt when the incident was opened, taken as when it occurred
 * @param summary the incident's one-line summary, as typed
 * @param classId the taxonomy class id
 * @param className the class's official Spanish name
 * @param typeId the taxonomy type id
 * @param typeName the type's official Spanish name
 * @param danger the danger level
 * @param impact the impact level
 * @param notificationDue whether it must be notified to the CCN-CERT under the report's trigger
 * @param notifiedAt when it was notified, if it was by the instant of measurement
 * @param notificationLate whether the notification is late (made after the allowed delay, or not
 *     made and the delay has run out)
 */
public record SecurityIncident(String id, IneCode municipality, String municipalityName, Instant openedAt,
        String summary, String classId, String className, String typeId, String typeName, DangerLevel danger,
        ImpactLevel impact, boolean notificationDue, Optional<Instant> notifiedAt, boolean notificationLate) {

    /**
     * Creates a security incident line.
     *
     * @param id the id
     * @param municipality the INE code
     * @param municipalityName the municipality's name
     * @param openedAt the opening instant
     * @param summary the summary
     * @param classId the class id
     * @param className the class name
     * @param typeId the type id
     * @param typeName the type name
     * @param danger the danger level
     * @param impact the impact level
     * @param notificationDue whether notification is due
     * @param notifiedAt the notification instant, or empty
     * @param notificationLate whether the notification is late
     * @throws NullPointerException if an object argument other than {@code notifiedAt} is null
     */
    public SecurityIncident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(municipalityName, "municipalityName");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(classId, "classId");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(typeId, "typeId");
        Objects.requireNonNull(typeName, "typeName");
        Objects.requireNonNull(danger, "danger");
        Objects.requireNonNull(impact, "impact");
        notifiedAt = notifiedAt == null ? Optional.empty() : notifiedAt;
    }
}
