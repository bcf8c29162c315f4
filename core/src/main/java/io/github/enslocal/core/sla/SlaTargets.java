// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.sla;

import java.time.Duration;
import java.util.Objects;

/**
 * The service-level targets for one priority, in business time.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param firstResponse the business time allowed from opening to the first response, positive
 * @param resolution the business time allowed from opening to resolution, at least {@code firstResponse}
 */
public record SlaTargets(Duration firstResponse, Duration resolution) {

    /**
     * Creates targets, checking them.
     *
     * @param firstResponse the first-response target, positive
     * @param resolution the resolution target, at least {@code firstResponse}
     * @throws NullPointerException if either argument is null
     * @throws IllegalArgumentException if a target is not positive or resolution is shorter than
     *     first response
     */
    public SlaTargets {
        Objects.requireNonNull(firstResponse, "firstResponse");
        Objects.requireNonNull(resolution, "resolution");
        if (firstResponse.isNegative() || firstResponse.isZero()) {
            throw new IllegalArgumentException(
                    "Invalid first-response target " + firstResponse + ", expected a positive duration, e.g. PT1H");
        }
        if (resolution.compareTo(firstResponse) < 0) {
            throw new IllegalArgumentException("Invalid resolution target " + resolution
                    + ": it is shorter than the first-response target " + firstResponse + ", expected e.g. PT8H");
        }
    }

    /**
     * Obtains targets.
     *
     * @param firstResponse the first-response target, positive
     * @param resolution the resolution target, at least {@code firstResponse}
     * @return the targets
     * @throws NullPointerException if either argument is null
     * @throws IllegalArgumentException if a target is not positive or resolution is shorter than
     *     first response
     */
    public static SlaTargets of(Duration firstResponse, Duration resolution) {
        return new SlaTargets(firstResponse, resolution);
    }
}
