// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evaluation;

import io.github.enslocal.core.ens.Maturity;
import java.util.Objects;

/**
 * The traffic-light zone of CCN-STIC 815 (2014, §6.3.1) for the gap between declared and target
 * maturity, delta = declared − target: GREEN if delta &gt; −1, YELLOW if −2 &lt; delta ≤ −1, RED if
 * delta ≤ −2. With whole maturity levels: GREEN at or above target, YELLOW one level below, RED two
 * or more below. A group's zone is the worst zone of its members (§6.3.2).
 */
public enum Zone {
    /** The declared maturity reaches the target, or falls short by less than one level. */
    GREEN,
    /** The declared maturity falls short by one level, up to but not including two. */
    YELLOW,
    /** The declared maturity falls short by two levels or more. */
    RED;

    /**
     * Obtains the zone of a delta.
     *
     * @param delta declared minus target maturity; fractional for a range, which CCN-STIC 815 reads
     *     at its mean
     * @return the zone
     * @throws IllegalArgumentException if {@code delta} is not a finite number
     */
    public static Zone of(double delta) {
        if (!Double.isFinite(delta)) {
            throw new IllegalArgumentException("Invalid maturity delta " + delta + ", expected a finite number, e.g. -1");
        }
        return delta > -1 ? GREEN : delta > -2 ? YELLOW : RED;
    }

    /**
     * Obtains the zone of a declared maturity against a target.
     *
     * @param declared the declared maturity, not null
     * @param target the target maturity, not null
     * @return the zone of {@code declared.value() - target.value()}
     */
    public static Zone of(Maturity declared, Maturity target) {
        return of(declared.value() - target.value());
    }

    /**
     * Returns the worse of this zone and another.
     *
     * @param other the other zone, not null
     * @return RED over YELLOW over GREEN
     */
    public Zone worst(Zone other) {
        return compareTo(Objects.requireNonNull(other, "other")) >= 0 ? this : other;
    }
}
