// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.incidents;

import io.github.enslocal.core.territory.IneCode;
import java.util.Objects;

/**
 * The incidents one municipality opened over a report's period. This class is immutable and
 * thread-safe.
 *
 * @param municipality the municipality's INE code
 * @param name the municipality's name in the dataset, or its INE code if the dataset lacks it
 * @param count the incidents opened, one or more
 * @param security how many of them carry a security classification
 */
public record MunicipalityCount(IneCode municipality, String name, long count, long security) {

    /**
     * Creates a municipality count.
     *
     * @param municipality the INE code
     * @param name the name
     * @param count the incidents
     * @param security the security incidents
     * @throws NullPointerException if {@code municipality} or {@code name} is null
     */
    public MunicipalityCount {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(name, "name");
    }
}
