// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.suite;

import java.io.Serial;
import java.util.List;

/**
 * Thrown while building a report's model when it needs a choice the suite was not given; the suite
 * either fails with it or, when told to, skips the report.
 */
final class MissingChoiceException extends IllegalArgumentException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The choice needed; transient as the exception never leaves the process. */
    private final transient ReportChoice choice;
    /** The values to choose from, or empty. */
    private final transient List<String> candidates;

    MissingChoiceException(ReportChoice choice, List<String> candidates, String message) {
        super(message);
        this.choice = choice;
        this.candidates = List.copyOf(candidates);
    }

    SkippedReport skipped(ReportKind kind) {
        return new SkippedReport(kind, choice, candidates);
    }
}
