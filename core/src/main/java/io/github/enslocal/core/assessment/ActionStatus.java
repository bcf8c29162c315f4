// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.assessment;

/**
 * The state of an action of an adequacy plan.
 */
public enum ActionStatus {
    /** The action is planned and not started. */
    PLANNED,
    /** Work on the action has started. */
    IN_PROGRESS,
    /** The action is finished. */
    DONE,
    /** The action was dropped and will not be done. */
    CANCELLED;

    /**
     * Returns whether no further work is expected on an action in this state.
     *
     * @return true for {@link #DONE} and {@link #CANCELLED}
     */
    public boolean isClosed() {
        return this == DONE || this == CANCELLED;
    }
}
