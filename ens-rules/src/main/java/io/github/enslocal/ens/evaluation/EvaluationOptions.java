// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evaluation;

import io.github.enslocal.ens.evidence.EvidenceThresholds;
import java.util.Objects;

/**
 * How an evaluator works: the thresholds of its built-in evidence rules and how many threads
 * evaluate a dataset.
 *
 * <p>Parallelism changes only the speed: results are identical to a sequential evaluation. This
 * class is immutable and thread-safe.
 *
 * @param thresholds the thresholds of the built-in rules; {@link EvidenceThresholds#defaults()} by default
 * @param parallelism the number of threads that evaluate the systems of a dataset, 1 or more;
 *     1 (the default) evaluates them in the calling thread
 */
public record EvaluationOptions(EvidenceThresholds thresholds, int parallelism) {

    private static final EvaluationOptions DEFAULTS = new EvaluationOptions(EvidenceThresholds.defaults(), 1);

    /**
     * Creates options.
     *
     * @param thresholds the thresholds, not null
     * @param parallelism 1 or more
     * @throws NullPointerException if {@code thresholds} is null
     * @throws IllegalArgumentException if {@code parallelism} is less than 1
     */
    public EvaluationOptions {
        Objects.requireNonNull(thresholds, "thresholds");
        if (parallelism < 1) {
            throw new IllegalArgumentException("Invalid parallelism " + parallelism + ", expected 1 or more, e.g. 4");
        }
    }

    /**
     * Returns the default options: default thresholds, sequential.
     *
     * @return the defaults
     */
    public static EvaluationOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with other thresholds.
     *
     * @param value the thresholds, not null
     * @return the copy
     */
    public EvaluationOptions withThresholds(EvidenceThresholds value) {
        return new EvaluationOptions(value, parallelism);
    }

    /**
     * Returns a copy with another parallelism.
     *
     * @param value 1 or more
     * @return the copy
     * @throws IllegalArgumentException if {@code value} is less than 1
     */
    public EvaluationOptions withParallelism(int value) {
        return new EvaluationOptions(thresholds, value);
    }
}
