// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evaluation;

/**
 * The verdict on one Anexo II measure of a system. How it is decided is stated on
 * {@link MeasureResult}.
 */
public enum MeasureStatus {
    /** Declared maturity reaches the category minimum, every required reinforcement is implemented and no evidence rule reports a non-conformity. */
    COMPLIANT,
    /** Declared at L2 or more, but below the category minimum, or with a reinforcement missing, or with a minor non-conformity. */
    PARTIALLY_COMPLIANT,
    /** Declared at L0 or L1, or with a major non-conformity. */
    NON_COMPLIANT,
    /** Replaced by a compensating measure (RD 311/2022 art. 28.3). */
    COMPENSATED,
    /** Applicable, but excluded by the security officer with a justification. */
    EXCLUDED,
    /** Applicable, but no assessment declares its state: nothing passes vacuously. */
    NOT_ASSESSED,
    /** The Anexo II table (and profile) does not require it for the system. */
    NOT_APPLICABLE;

    /**
     * Returns whether a measure with this status is in the system's required set, the set the
     * indices count: every status but {@link #NOT_APPLICABLE} and {@link #EXCLUDED}.
     *
     * @return true if the measure counts in the indices
     */
    public boolean isRequired() {
        return this != NOT_APPLICABLE && this != EXCLUDED;
    }

    /**
     * Returns whether a measure with this status counts as met in the compliance index.
     *
     * @return true for {@link #COMPLIANT} and {@link #COMPENSATED}
     */
    public boolean isMet() {
        return this == COMPLIANT || this == COMPENSATED;
    }
}
