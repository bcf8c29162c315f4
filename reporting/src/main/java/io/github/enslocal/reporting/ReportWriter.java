// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting;

import io.github.enslocal.reporting.files.AtomicFile;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Renders one kind of report model in one format.
 *
 * <p>Output is deterministic: the same model and language always give the same characters.
 * Implementations are immutable and thread-safe.
 *
 * @param <M> the report model
 */
public interface ReportWriter<M> {

    /**
     * Returns the format this writer produces.
     *
     * @return the format
     */
    ReportFormat format();

    /**
     * Writes a report to a character stream, leaving the stream open.
     *
     * @param model the report
     * @param language the language of labels and human-readable values; machine formats ignore it
     * @param out where to write
     * @throws NullPointerException if any argument is null
     * @throws IOException if writing fails
     */
    void write(M model, ReportLanguage language, Writer out) throws IOException;

    /**
     * Writes a report to a file in UTF-8, whole or not at all: it is written to a temporary file in
     * the same directory and then moved over {@code file} atomically (see
     * {@link AtomicFile#write(Path, AtomicFile.Content)}).
     *
     * @param model the report
     * @param language the language of labels and human-readable values; machine formats ignore it
     * @param file the file to create or replace; its directory must exist
     * @throws NullPointerException if any argument is null
     * @throws IOException if writing or moving fails; {@code file} is then unchanged
     */
    default void write(M model, ReportLanguage language, Path file) throws IOException {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(language, "language");
        AtomicFile.write(file, out -> write(model, language, out));
    }
}
