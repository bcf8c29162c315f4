// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import java.util.List;
import java.util.Objects;

/**
 * A valid dataset as read, with the warnings about it: findings that do not make it invalid but
 * deserve a look, such as a municipality name that does not agree with the INE register.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param dataset the dataset, valid
 * @param warnings the warnings, sorted by JSON path, then code; empty if there are none
 */
public record DatasetReadResult(Dataset dataset, List<Violation> warnings) {

    /**
     * Creates a result, copying the warnings.
     *
     * @param dataset the dataset
     * @param warnings the warnings; null means none
     * @throws NullPointerException if {@code dataset} is null or a warning is null
     */
    public DatasetReadResult {
        Objects.requireNonNull(dataset, "dataset");
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /**
     * Returns whether there are warnings.
     *
     * @return true if {@link #warnings()} is not empty
     */
    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }
}
