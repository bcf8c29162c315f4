// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.sla;

/**
 * Where an incident stands against one service-level target.
 */
public enum SlaStatus {
    /** The milestone was reached within the target. */
    MET,
    /** The milestone was reached late, or the target ran out before it was reached. */
    BREACHED,
    /** The milestone has not been reached and the target has not yet run out. */
    RUNNING,
    /**
     * The incident was cancelled before the milestone and before the target ran out, so it counts
     * neither as met nor as breached.
     */
    NOT_APPLICABLE
}
