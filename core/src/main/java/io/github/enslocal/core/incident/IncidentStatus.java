// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.incident;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The status of an incident in its lifecycle.
 *
 * <p>The allowed moves are: NEW → ASSIGNED; ASSIGNED → ASSIGNED (reassignment to another
 * technician) or IN_PROGRESS; IN_PROGRESS ⇄ ON_HOLD; IN_PROGRESS or ON_HOLD → RESOLVED;
 * RESOLVED → CLOSED, or back to IN_PROGRESS when the requester reports that the problem persists
 * (reopening); and CANCELLED from every status that is not terminal. CLOSED and CANCELLED are
 * terminal. The reassignment move is a library choice: help desks reassign constantly and the
 * history should show it.
 */
public enum IncidentStatus {
    /** Registered, not yet assigned to a technician. */
    NEW,
    /** Assigned to a technician who has not started. */
    ASSIGNED,
    /** Being worked on. */
    IN_PROGRESS,
    /** Paused, typically waiting for the requester or a third party. */
    ON_HOLD,
    /** Solved, waiting for the requester's confirmation or the automatic closure. */
    RESOLVED,
    /** Closed after resolution; terminal. */
    CLOSED,
    /** Withdrawn or found not to need action (duplicate, mistaken request); terminal. */
    CANCELLED;

    /**
     * Returns whether an incident in this status may move to another.
     *
     * @param next the status to move to, not null
     * @return true if the move is allowed by the lifecycle described in the type comment
     */
    public boolean canMoveTo(IncidentStatus next) {
        Objects.requireNonNull(next, "next");
        return switch (this) {
            case NEW -> next == ASSIGNED || next == CANCELLED;
            case ASSIGNED -> next == ASSIGNED || next == IN_PROGRESS || next == CANCELLED;
            case IN_PROGRESS -> next == ON_HOLD || next == RESOLVED || next == CANCELLED;
            case ON_HOLD -> next == IN_PROGRESS || next == RESOLVED || next == CANCELLED;
            case RESOLVED -> next == IN_PROGRESS || next == CLOSED || next == CANCELLED;
            case CLOSED, CANCELLED -> false;
        };
    }

    /**
     * Returns the statuses this status may move to.
     *
     * @return the allowed next statuses in declaration order, unmodifiable; empty if terminal
     */
    public Set<IncidentStatus> nextStatuses() {
        Set<IncidentStatus> next = EnumSet.noneOf(IncidentStatus.class);
        for (IncidentStatus candidate : values()) {
            if (canMoveTo(candidate)) {
                next.add(candidate);
            }
        }
        return Collections.unmodifiableSet(next);
    }

    /**
     * Returns whether this status ends the lifecycle.
     *
     * @return true for {@link #CLOSED} and {@link #CANCELLED}
     */
    public boolean isTerminal() {
        return this == CLOSED || this == CANCELLED;
    }

    /**
     * Returns whether an incident in this status still awaits work: NEW, ASSIGNED, IN_PROGRESS or
     * ON_HOLD. A RESOLVED incident is not open, although it may still be reopened.
     *
     * @return true if the incident is open
     */
    public boolean isOpen() {
        return compareTo(RESOLVED) < 0;
    }
}
