// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.system;

/**
 * The outcome ("dictamen") of a conformity audit, as CCN-STIC 802 (2025, §6.10) grades it.
 */
public enum AuditResult {
    /** FAVORABLE: the system conforms. */
    FAVORABLE,
    /**
     * FAVORABLE CON NO CONFORMIDADES: the system conforms once a plan of corrective actions,
     * due within one month, closes the non-conformities found.
     */
    FAVORABLE_WITH_NON_CONFORMITIES,
    /**
     * DESFAVORABLE: the system does not conform; an extraordinary audit of the deviations follows
     * within six months.
     */
    UNFAVORABLE;

    /**
     * Returns whether the outcome is favourable, with or without non-conformities.
     *
     * @return true for {@link #FAVORABLE} and {@link #FAVORABLE_WITH_NON_CONFORMITIES}
     */
    public boolean isFavourable() {
        return this != UNFAVORABLE;
    }
}
