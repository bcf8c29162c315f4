// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.csv;

import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.ReportWriter;
import io.github.enslocal.reporting.Table;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Writes one table of a report model as CSV, with {@link CsvTableWriter}: a CSV file holds one
 * table, so a report with several tables has one such writer per table.
 *
 * <p>This class is immutable and thread-safe when {@code table} is.
 *
 * @param <M> the report model
 */
public final class CsvReportWriter<M> implements ReportWriter<M> {

    private final ReportFormat format;
    private final CsvTableWriter csv;
    private final BiFunction<M, ReportLanguage, Table> table;

    private CsvReportWriter(ReportFormat format, BiFunction<M, ReportLanguage, Table> table) {
        this.format = format;
        this.csv = CsvTableWriter.of(CsvDialect.of(format));
        this.table = table;
    }

    /**
     * Obtains a writer.
     *
     * @param <M> the report model
     * @param format {@link ReportFormat#CSV} or {@link ReportFormat#CSV_EXCEL}
     * @param table builds the table to write from a model, with labels in a language
     * @return the writer
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if {@code format} is not a CSV format
     */
    public static <M> CsvReportWriter<M> of(ReportFormat format, BiFunction<M, ReportLanguage, Table> table) {
        return new CsvReportWriter<>(format, Objects.requireNonNull(table, "table"));
    }

    @Override
    public ReportFormat format() {
        return format;
    }

    @Override
    public void write(M model, ReportLanguage language, Writer out) throws IOException {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(language, "language");
        csv.write(table.apply(model, language), out);
    }
}
