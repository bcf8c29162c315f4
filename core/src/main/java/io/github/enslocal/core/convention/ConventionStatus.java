// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.convention;

/**
 * The status of a convention at a date, as {@link Convention#status(java.time.LocalDate)} tells it.
 *
 * <p>Constants are declared in the only order a convention goes through them as time passes: a
 * later date never gives an earlier status.
 */
public enum ConventionStatus {
    /** Not signed yet on the date, or signed but its validity has not started. */
    DRAFT,
    /** Signed, and the date falls within the initial validity. */
    IN_FORCE,
    /** Signed, and the date falls after the initial validity but within an extension. */
    EXTENDED,
    /** Signed, and the date falls after the last day of validity, extensions included. */
    EXPIRED;

    /**
     * Returns whether a convention with this status produces its effects.
     *
     * @return true for {@link #IN_FORCE} and {@link #EXTENDED}
     */
    public boolean isInForce() {
        return this == IN_FORCE || this == EXTENDED;
    }
}
