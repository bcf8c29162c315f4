// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * A {@link ReportWriter} made of a format and a function that renders a model, which the reports
 * use for their Markdown and HTML writers (CSV writers are {@code CsvReportWriter}s). This class is immutable and thread-safe if its renderer is.
 *
 * @param <M> the report model
 * @param format the format the renderer produces
 * @param renderer renders a model in a language
 */
public record RenderedReportWriter<M>(ReportFormat format, Renderer<M> renderer) implements ReportWriter<M> {

    /**
     * Creates a writer.
     *
     * @param format the format
     * @param renderer the renderer
     * @throws NullPointerException if an argument is null
     */
    public RenderedReportWriter {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(renderer, "renderer");
    }

    @Override
    public void write(M model, ReportLanguage language, Writer out) throws IOException {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(out, "out");
        renderer.render(model, language, out);
    }

    /**
     * Renders a model as text.
     *
     * @param <M> the report model
     */
    @FunctionalInterface
    public interface Renderer<M> {

        /**
         * Renders a model, leaving the stream open.
         *
         * @param model the model
         * @param language the language of labels and human-readable values
         * @param out where to write
         * @throws IOException if writing fails
         */
        void render(M model, ReportLanguage language, Writer out) throws IOException;
    }
}
