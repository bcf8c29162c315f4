// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.soa;

import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.RenderedReportWriter;
import io.github.enslocal.reporting.ReportWriter;
import io.github.enslocal.reporting.csv.CsvReportWriter;
import io.github.enslocal.reporting.json.JsonReportWriter;
import java.util.Objects;

/**
 * Obtains the writers of the {@link DeclaracionDeAplicabilidad}.
 *
 * <ul>
 *   <li>JSON: the whole model, language-neutral; field names are the record components documented
 *       on {@link DeclaracionDeAplicabilidad}.</li>
 *   <li>CSV and CSV for spreadsheets: one table per file. {@link #of(ReportFormat)} writes the main
 *       table, {@link SoaTable#MEASURES} (one row per measure); the valuations and the totals are
 *       written with {@link #csv(ReportFormat, SoaTable)}, one file each.</li>
 *   <li>Markdown: the header, the valuations, the totals, one table per measure group under a
 *       heading per framework, and the signature block.</li>
 *   <li>HTML: the same as one self-contained, print-friendly page (A4, table headers repeated on
 *       every page, each framework on a new page, the signature block kept on one page).</li>
 * </ul>
 * Official measure and group names stay in Spanish in every language. When the system has no
 * designated security officer, every human format says so where the signer would be.
 *
 * <p>The writers are immutable and thread-safe.
 */
public final class DeclaracionDeAplicabilidadWriters {

    private DeclaracionDeAplicabilidadWriters() {
    }

    /**
     * Obtains the writer of a format.
     *
     * @param format the format
     * @return the writer; for the CSV formats, of the {@link SoaTable#MEASURES} table
     * @throws NullPointerException if {@code format} is null
     */
    public static ReportWriter<DeclaracionDeAplicabilidad> of(ReportFormat format) {
        return switch (Objects.requireNonNull(format, "format")) {
            case JSON -> JsonReportWriter.create();
            case CSV, CSV_EXCEL -> csv(format, SoaTable.MEASURES);
            case MARKDOWN -> new RenderedReportWriter<>(format, SoaMarkdownWriter::render);
            case HTML -> new RenderedReportWriter<>(format, SoaHtmlWriter::render);
        };
    }

    /**
     * Obtains the writer of one table as CSV.
     *
     * @param format {@link ReportFormat#CSV} or {@link ReportFormat#CSV_EXCEL}
     * @param table the table
     * @return the writer
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if {@code format} is not a CSV format
     */
    public static ReportWriter<DeclaracionDeAplicabilidad> csv(ReportFormat format, SoaTable table) {
        Objects.requireNonNull(table, "table");
        return CsvReportWriter.of(format, (model, language) -> new SoaContent(model, language).table(table));
    }
}
