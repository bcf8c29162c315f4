// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How an incident fares against one target (first response or resolution) at an instant.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param status met, breached, running or not applicable
 * @param target the business time allowed
 * @param elapsed the business time from opening to the milestone, to the cancellation, or to the
 *     instant of measurement, whichever came first
 * @param deadline the earliest instant at which the target runs out
 * @param reachedAt when the milestone was reached, or empty if it was not reached by the instant
 *     of measurement
 */
public record SlaOutcome(
        SlaStatus status, Duration target, Duration elapsed, Instant deadline, Optional<Instant> reachedAt) {

    /**
     * Creates an outcome.
     *
     * @param status the status
     * @param target the target
     * @param elapsed the elapsed business time
     * @param deadline the deadline
     * @param reachedAt the instant the milestone was reached, or empty
     * @throws NullPointerException if an argument is null
     */
    public SlaOutcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(reachedAt, "reachedAt");
    }

    /**
     * Returns the business time left before the target runs out.
     *
     * @return {@code target - elapsed}, or zero if nothing is left
     */
    public Duration remaining() {
        Duration left = target.minus(elapsed);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
