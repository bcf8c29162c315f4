// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.applicability;

import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.ens.ReinforcementId;
import java.util.Objects;
import java.util.Optional;

/**
 * A measure or reinforcement the security officer adds beyond what the table requires (RD 311/2022
 * art. 28.2: the Anexo II measures are minimums), with the reason, for example the risk analysis.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param measure the measure added, or whose reinforcement is added
 * @param reinforcement the reinforcement added, or empty if the measure itself is
 * @param justification why, as a sentence
 */
public record Addition(MeasureId measure, Optional<ReinforcementId> reinforcement, String justification) {

    /**
     * Creates an addition.
     *
     * @param measure the measure
     * @param reinforcement the reinforcement, of {@code measure}; null or empty for the measure
     * @param justification the justification, not blank
     * @throws NullPointerException if {@code measure} or {@code justification} is null
     * @throws IllegalArgumentException if the reinforcement belongs to another measure or the
     *     justification is blank
     */
    public Addition {
        Objects.requireNonNull(measure, "measure");
        reinforcement = reinforcement == null ? Optional.empty() : reinforcement;
        if (reinforcement.isPresent() && !reinforcement.get().measure().equals(measure)) {
            throw new IllegalArgumentException("Reinforcement " + reinforcement.get() + " is not one of " + measure);
        }
        Justifications.check(justification, "The addition of " + measure);
    }

    /**
     * Obtains the addition of a measure.
     *
     * @param measure the measure
     * @param justification the justification, not blank
     * @return the addition
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the justification is blank
     */
    public static Addition ofMeasure(MeasureId measure, String justification) {
        return new Addition(measure, Optional.empty(), justification);
    }

    /**
     * Obtains the addition of a reinforcement.
     *
     * @param reinforcement the reinforcement, not null
     * @param justification the justification, not blank
     * @return the addition
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the justification is blank
     */
    public static Addition ofReinforcement(ReinforcementId reinforcement, String justification) {
        return new Addition(reinforcement.measure(), Optional.of(reinforcement), justification);
    }
}
