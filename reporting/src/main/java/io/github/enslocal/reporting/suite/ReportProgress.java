// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.suite;

/**
 * Hears about each file a {@link ReportSuite} writes, so that a program can show progress. Calls
 * come from the writing thread, one per file, in the order the files are written (sorted by path).
 */
@FunctionalInterface
public interface ReportProgress {

    /**
     * Tells that a file was written into the temporary directory; the whole set is moved into place
     * after the last one.
     *
     * @param path the file's path relative to the report directory, with {@code /} separators,
     *     e.g. {@code "dashboard.ca.html"}
     * @param written the files written so far, this one included, from 1
     * @param total the files to write
     */
    void fileWritten(String path, int written, int total);

    /**
     * Returns a listener that does nothing.
     *
     * @return the listener
     */
    static ReportProgress none() {
        return (path, written, total) -> { };
    }
}
