// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting;

import java.util.Objects;

/**
 * A column of a {@link Table}. This class is immutable and thread-safe.
 *
 * @param label the column heading in the report's language
 */
public record Column(String label) {

    /**
     * Creates a column.
     *
     * @param label the column heading in the report's language
     * @throws NullPointerException if {@code label} is null
     */
    public Column {
        Objects.requireNonNull(label, "label");
    }

    /**
     * Obtains a column from its heading.
     *
     * @param label the column heading in the report's language
     * @return the column
     * @throws NullPointerException if {@code label} is null
     */
    public static Column of(String label) {
        return new Column(label);
    }
}
