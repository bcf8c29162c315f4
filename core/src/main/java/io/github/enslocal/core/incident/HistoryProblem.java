// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.incident;

import java.util.Objects;

/**
 * A flaw in an incident's status history, such as a move the lifecycle does not allow.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param index the position in the history of the change at fault, from 0
 * @param message an English sentence describing the flaw
 */
public record HistoryProblem(int index, String message) {

    /**
     * Creates a problem.
     *
     * @param index the position, 0 or more
     * @param message the sentence
     * @throws NullPointerException if {@code message} is null
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public HistoryProblem {
        Objects.requireNonNull(message, "message");
        if (index < 0) {
            throw new IllegalArgumentException("Invalid history index " + index + ", expected 0 or more");
        }
    }
}
