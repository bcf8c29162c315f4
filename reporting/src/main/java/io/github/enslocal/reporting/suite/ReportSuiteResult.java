// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.suite;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link ReportSuite} wrote. This class is immutable and thread-safe.
 *
 * @param directory the report directory, absolute
 * @param files the files written, relative to {@code directory} with {@code /} separators, sorted
 * @param skipped the reports left out for a choice that was not given, in kind order; empty unless
 *     {@link ReportSuite.Builder#skipIncomplete(boolean)} is set
 */
public record ReportSuiteResult(Path directory, List<String> files, List<SkippedReport> skipped) {

    /**
     * Creates a result, sorting the files.
     *
     * @param directory the directory
     * @param files the files
     * @param skipped the skipped reports
     * @throws NullPointerException if an argument, file or skipped report is null
     */
    public ReportSuiteResult {
        Objects.requireNonNull(directory, "directory");
        files = files.stream().map(file -> Objects.requireNonNull(file, "file")).sorted().toList();
        skipped = List.copyOf(skipped);
    }
}
