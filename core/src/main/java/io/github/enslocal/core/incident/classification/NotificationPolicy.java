// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.incident.classification;

import java.time.Duration;
import java.util.Objects;

/**
 * How a host judges CCN-CERT notifications: which levels trigger the duty, and how long after an
 * incident occurs a notification still counts as in time.
 *
 * <p>There is deliberately no default delay. The ITS de Notificación de Incidentes
 * (BOE-A-2018-5370, IV.3) requires notification "en el momento en que se produzcan" and sets no
 * hour count; the deadline tables of the Guía Nacional are known only from secondary sources that
 * contradict each other (SOURCES.md, open item 3). Each host therefore states the delay it
 * accepts, e.g. in its own incident-response procedure. This class is immutable and thread-safe.
 *
 * @param trigger which levels decide whether an incident must be notified
 * @param allowedDelay the time after the incident occurs within which a notification is in time,
 *     zero or positive
 */
public record NotificationPolicy(NotificationTrigger trigger, Duration allowedDelay) {

    /**
     * Creates a policy.
     *
     * @param trigger the trigger
     * @param allowedDelay the allowed delay, zero or positive
     * @throws NullPointerException if either argument is null
     * @throws IllegalArgumentException if {@code allowedDelay} is negative
     */
    public NotificationPolicy {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(allowedDelay, "allowedDelay");
        if (allowedDelay.isNegative()) {
            throw new IllegalArgumentException(
                    "Invalid allowed notification delay " + allowedDelay + ", expected zero or positive, e.g. PT4H");
        }
    }

    /**
     * Obtains a policy with the {@linkplain NotificationTrigger#defaultTrigger() default trigger}
     * and a delay the host chooses.
     *
     * @param allowedDelay the allowed delay, zero or positive
     * @return the policy
     * @throws NullPointerException if {@code allowedDelay} is null
     * @throws IllegalArgumentException if {@code allowedDelay} is negative
     */
    public static NotificationPolicy withAllowedDelay(Duration allowedDelay) {
        return new NotificationPolicy(NotificationTrigger.defaultTrigger(), allowedDelay);
    }
}
