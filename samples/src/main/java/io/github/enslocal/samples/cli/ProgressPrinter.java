// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import io.github.enslocal.reporting.suite.ReportProgress;
import java.io.PrintWriter;
import java.util.Objects;

/**
 * Shows on the standard error how far a long command has got: one line per step ending in
 * "done", and for the report files one line that grows by tens of percent.
 *
 * <p>The text depends only on the steps and the file count, never on timing, so tests can compare
 * it. Not thread-safe; one per run.
 */
final class ProgressPrinter implements ReportProgress {

    private static final int STEPS = 10;

    private final PrintWriter err;
    private final ConsoleText text;
    private final String destination;
    private boolean lineOpen;
    private int shownTenths;

    /**
     * Creates a printer.
     *
     * @param err the standard error
     * @param text the language of the lines
     * @param destination where the report files go, as the user should read it
     */
    ProgressPrinter(PrintWriter err, ConsoleText text, String destination) {
        this.err = Objects.requireNonNull(err, "err");
        this.text = Objects.requireNonNull(text, "text");
        this.destination = Objects.requireNonNull(destination, "destination");
    }

    /**
     * Starts a step, leaving the line open for {@link #done()}.
     *
     * @param key the key of its sentence in {@link ConsoleText}
     * @param arguments the sentence's arguments
     */
    void start(String key, Object... arguments) {
        finish();
        print(text.format(key, arguments));
    }

    /** Ends the current step's line with "done". */
    void done() {
        print(text.format("progress.done"));
        finish();
    }

    @Override
    public void fileWritten(String path, int written, int total) {
        if (written == 1) {
            start("progress.writing", total, destination);
            shownTenths = 0;
        }
        int tenths = (int) ((long) written * STEPS / total);
        while (shownTenths < tenths) {
            shownTenths++;
            print(" " + shownTenths * (100 / STEPS) + "%");
        }
        if (written == total) {
            finish();
        }
    }

    /** Ends an open line, such as the one of a step that failed, so that the error starts a line of its own. */
    void finish() {
        if (lineOpen) {
            err.print("\n");
            err.flush();
            lineOpen = false;
        }
    }

    private void print(String fragment) {
        err.print(fragment);
        err.flush();
        lineOpen = true;
    }
}
