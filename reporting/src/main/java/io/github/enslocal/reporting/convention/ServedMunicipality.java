// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.convention;

import io.github.enslocal.core.territory.IneCode;
import java.util.Objects;

/**
 * A municipality a convention served at the start or at the end of a balance's period. This class
 * is immutable and thread-safe.
 *
 * @param municipality the municipality's INE code
 * @param name the municipality's name in the dataset, or its INE code if the dataset lacks it
 * @param servedAtStart whether it was served on the first day of the period
 * @param servedAtEnd whether it was served on the last day of the period
 */
public record ServedMunicipality(IneCode municipality, String name, boolean servedAtStart, boolean servedAtEnd) {

    /**
     * Creates a served municipality.
     *
     * @param municipality the INE code
     * @param name the name
     * @param servedAtStart whether served at the start
     * @param servedAtEnd whether served at the end
     * @throws NullPointerException if {@code municipality} or {@code name} is null
     */
    public ServedMunicipality {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(name, "name");
    }
}
