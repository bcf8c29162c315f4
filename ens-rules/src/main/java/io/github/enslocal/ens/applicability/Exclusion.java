// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.applicability;

import io.github.enslocal.core.ens.MeasureId;
import java.util.Objects;

/**
 * The security officer's decision not to adopt a measure that the table makes applicable, with its
 * justification, as recorded in the Declaración de Aplicabilidad.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param measure the measure excluded
 * @param justification why, as a sentence
 */
public record Exclusion(MeasureId measure, String justification) {

    /**
     * Creates an exclusion.
     *
     * @param measure the measure
     * @param justification the justification, not blank
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the justification is blank
     */
    public Exclusion {
        Objects.requireNonNull(measure, "measure");
        Justifications.check(justification, "The exclusion of " + measure);
    }
}
