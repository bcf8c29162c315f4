// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.plan;

import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.RenderedReportWriter;
import io.github.enslocal.reporting.ReportWriter;
import io.github.enslocal.reporting.csv.CsvReportWriter;
import io.github.enslocal.reporting.json.JsonReportWriter;
import java.util.Objects;

/**
 * Obtains the writers of the {@link AdequacyPlanStatus}.
 *
 * <ul>
 *   <li>JSON: the whole model, language-neutral; field names are the record components documented
 *       on {@link AdequacyPlanStatus}.</li>
 *   <li>CSV and CSV for spreadsheets: one table per file. {@link #of(ReportFormat)} writes the main
 *       table, {@link PlanTable#ACTIONS} (one row per action); the overdue actions, the counts by
 *       state, by group and by owner and the list of plans are written with
 *       {@link #csv(ReportFormat, PlanTable)}, one file each.</li>
 *   <li>Markdown: the plans, the counts by state, the overdue actions, the counts by group and by
 *       owner and every action.</li>
 *   <li>HTML: the same as one self-contained page, with a bar of the actions by state and a bar per
 *       group of measures split by state; each chart has a text alternative and its data table.</li>
 * </ul>
 *
 * <p>The writers are immutable and thread-safe.
 */
public final class AdequacyPlanStatusWriters {

    private AdequacyPlanStatusWriters() {
    }

    /**
     * Obtains the writer of a format.
     *
     * @param format the format
     * @return the writer; for the CSV formats, of the {@link PlanTable#ACTIONS} table
     * @throws NullPointerException if {@code format} is null
     */
    public static ReportWriter<AdequacyPlanStatus> of(ReportFormat format) {
        return switch (Objects.requireNonNull(format, "format")) {
            case JSON -> JsonReportWriter.create();
            case CSV, CSV_EXCEL -> csv(format, PlanTable.ACTIONS);
            case MARKDOWN -> new RenderedReportWriter<>(format, PlanMarkdownWriter::render);
            case HTML -> new RenderedReportWriter<>(format, PlanHtmlWriter::render);
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
    public static ReportWriter<AdequacyPlanStatus> csv(ReportFormat format, PlanTable table) {
        Objects.requireNonNull(table, "table");
        return CsvReportWriter.of(format, (model, language) -> new PlanContent(model, language).table(table));
    }
}
