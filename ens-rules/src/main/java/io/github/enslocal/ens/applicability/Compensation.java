// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.applicability;

import io.github.enslocal.core.ens.MeasureId;
import java.util.Objects;

/**
 * A compensating measure that replaces an applicable Anexo II measure (RD 311/2022 art. 28.3): the
 * Declaración de Aplicabilidad must say which compensating measure replaces which measure, justified
 * as protecting equally or better.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param measure the Anexo II measure replaced
 * @param compensatingMeasure the measure adopted instead, as a short description
 * @param justification why it protects equally or better, as a sentence
 */
public record Compensation(MeasureId measure, String compensatingMeasure, String justification) {

    /**
     * Creates a compensation.
     *
     * @param measure the measure replaced
     * @param compensatingMeasure the compensating measure, not blank
     * @param justification the justification, not blank
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a text is blank
     */
    public Compensation {
        Objects.requireNonNull(measure, "measure");
        Justifications.check(compensatingMeasure, "The compensating measure for " + measure);
        Justifications.check(justification, "The compensation of " + measure);
    }
}
