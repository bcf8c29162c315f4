// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.incident.classification;

import java.util.Objects;

/**
 * One row of the CCN-CERT follow-up table of CCN-STIC 817 (abril 2020) §4.5: whether incidents
 * of a level must be notified to the CCN-CERT, and after how many calendar days without an answer
 * the CCN-CERT early-warning systems close a ticket of that level on their own.
 *
 * <p>The table is keyed on "nivel de peligrosidad o impacto": danger and impact share the names
 * BAJO to CRÍTICO, and {@code level} holds the name as a {@link DangerLevel}. Impact IRRELEVANTE
 * has no row. This class is immutable and thread-safe.
 *
 * @param level the level of the row
 * @param mustNotifyCcnCert whether incidents of this level must be notified to the CCN-CERT
 * @param autoCloseDays the calendar days after the last update at which an unanswered ticket is
 *     closed automatically, 1 or more
 */
public record CcnCertFollowUp(DangerLevel level, boolean mustNotifyCcnCert, int autoCloseDays) {

    /**
     * Creates a row.
     *
     * @param level the level
     * @param mustNotifyCcnCert whether the level must be notified
     * @param autoCloseDays the auto-close days, 1 or more
     * @throws NullPointerException if {@code level} is null
     * @throws IllegalArgumentException if {@code autoCloseDays} is less than 1
     */
    public CcnCertFollowUp {
        Objects.requireNonNull(level, "level");
        if (autoCloseDays < 1) {
            throw new IllegalArgumentException(
                    "Invalid auto-close days " + autoCloseDays + " for level " + level + ", expected e.g. 45");
        }
    }
}
