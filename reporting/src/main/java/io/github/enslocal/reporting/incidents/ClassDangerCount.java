// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.incidents;

import io.github.enslocal.core.incident.classification.DangerLevel;
import java.util.Objects;

/**
 * The security incidents of one CCN-STIC 817 class at one danger level. This class is immutable
 * and thread-safe.
 *
 * @param classId the class id in the taxonomy, e.g. {@code "FRAUDE"}
 * @param className the class's official Spanish name, e.g. {@code "Fraude"}
 * @param danger the danger level, as {@code SecurityClassification.danger} derives it
 * @param count the incidents, one or more
 */
public record ClassDangerCount(String classId, String className, DangerLevel danger, long count) {

    /**
     * Creates a count.
     *
     * @param classId the class id
     * @param className the class name
     * @param danger the danger level
     * @param count the incidents
     * @throws NullPointerException if an object argument is null
     */
    public ClassDangerCount {
        Objects.requireNonNull(classId, "classId");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(danger, "danger");
    }
}
