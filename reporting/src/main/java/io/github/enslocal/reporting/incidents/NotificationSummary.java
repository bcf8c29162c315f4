// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.incidents;

import io.github.enslocal.core.incident.classification.NotificationTrigger;
import java.time.Duration;
import java.util.Collection;
import java.util.Objects;

/**
 * The CCN-CERT notifications of a report's security incidents at the instant of measurement.
 *
 * <p>{@code due} counts the incidents that must be notified under the trigger; of those,
 * {@code done} were notified by the instant of measurement, {@code late} were notified after the
 * allowed delay or are still not notified once it ran out, and {@code pending} are not notified
 * but still within the delay. A notification made late counts in both {@code done} and
 * {@code late}. The allowed delay is the host's own (see
 * {@link io.github.enslocal.core.incident.classification.NotificationPolicy}: the rules set no
 * hour count). This class is immutable and thread-safe.
 *
 * @param trigger which levels make notification due
 * @param allowedDelay the delay after the incident within which a notification is in time
 * @param due incidents that must be notified
 * @param done due incidents notified
 * @param late due incidents notified late or overdue
 * @param pending due incidents not notified and not yet late
 */
public record NotificationSummary(NotificationTrigger trigger, Duration allowedDelay, long due, long done,
        long late, long pending) {

    /**
     * Creates a summary.
     *
     * @param trigger the trigger
     * @param allowedDelay the allowed delay
     * @param due the due count
     * @param done the done count
     * @param late the late count
     * @param pending the pending count
     * @throws NullPointerException if {@code trigger} or {@code allowedDelay} is null
     */
    public NotificationSummary {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(allowedDelay, "allowedDelay");
    }

    static NotificationSummary of(NotificationTrigger trigger, Duration allowedDelay,
            Collection<SecurityIncident> incidents) {
        long due = incidents.stream().filter(SecurityIncident::notificationDue).count();
        long done = incidents.stream().filter(i -> i.notificationDue() && i.notifiedAt().isPresent()).count();
        long late = incidents.stream().filter(i -> i.notificationDue() && i.notificationLate()).count();
        long pending = incidents.stream()
                .filter(i -> i.notificationDue() && i.notifiedAt().isEmpty() && !i.notificationLate()).count();
        return new NotificationSummary(trigger, allowedDelay, due, done, late, pending);
    }
}
