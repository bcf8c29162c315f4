// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.incident;

/**
 * The priority of an incident, declared from most to least urgent, so the natural order puts the
 * most urgent first.
 */
public enum Priority {
    /** Critical: an essential service is down or a serious security incident is under way. */
    CRITICAL,
    /** High: a service is degraded for many users or one key user cannot work. */
    HIGH,
    /** Medium: a user is hindered but has a workaround. */
    MEDIUM,
    /** Low: a request or a minor fault with no pressing effect. */
    LOW;

    /**
     * Returns whether this priority is more urgent than another.
     *
     * @param other the priority to compare with, not null
     * @return true if this priority comes before {@code other}
     */
    public boolean isMoreUrgentThan(Priority other) {
        return compareTo(other) < 0;
    }
}
