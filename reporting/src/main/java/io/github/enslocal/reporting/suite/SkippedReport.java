// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.suite;

import java.util.List;
import java.util.Objects;

/**
 * A report a {@link ReportSuite} left out because it needs a choice that was not given, with what
 * is needed to make it. This class is immutable and thread-safe.
 *
 * @param kind the report left out
 * @param missing the choice it needs
 * @param candidates the values to choose from, when the dataset gives them (the ids of the
 *     conventions in force, sorted); empty otherwise
 */
public record SkippedReport(ReportKind kind, ReportChoice missing, List<String> candidates) {

    /**
     * Creates a skipped report, copying the candidates.
     *
     * @param kind the kind
     * @param missing the missing choice
     * @param candidates the candidates; null means none
     * @throws NullPointerException if {@code kind}, {@code missing} or a candidate is null
     */
    public SkippedReport {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(missing, "missing");
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }
}
