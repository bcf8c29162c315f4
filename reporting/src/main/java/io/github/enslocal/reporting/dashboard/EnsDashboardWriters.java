// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.dashboard;

import io.github.enslocal.reporting.RenderedReportWriter;
import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.ReportWriter;
import io.github.enslocal.reporting.csv.CsvReportWriter;
import io.github.enslocal.reporting.html.HtmlTemplateEngine;
import io.github.enslocal.reporting.json.JsonReportWriter;
import io.github.enslocal.reporting.markdown.MarkdownDocument;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Objects;

/**
 * Obtains the writers of the {@link EnsDashboard}.
 *
 * <ul>
 *   <li>JSON: the whole model, language-neutral; field names are the record components documented
 *       on {@link EnsDashboard}, {@link DashboardRow}, {@link DashboardFigures} and
 *       {@link DashboardTotals}; indices as {@code {"numerator": 37, "denominator": 52}}, dates
 *       ISO-8601, enums by constant name, missing values {@code null}.</li>
 *   <li>CSV and CSV for spreadsheets: one table per file. {@link #of(ReportFormat)} writes
 *       {@link DashboardTable#SUMMARY}; {@link #csv(ReportFormat, DashboardTable)} selects another.
 *       Headers are in the report's language; each index takes two number columns (numerator and
 *       denominator) and a percentage, and the group table gives percentages, so that no
 *       spreadsheet reads {@code 3/5} as a date.</li>
 *   <li>Markdown: the notes and every table.</li>
 *   <li>HTML: the same as one self-contained page, with a bar chart of the compliance index per
 *       municipality, a stacked bar of the measure statuses per municipality and a heat map of the
 *       compliance per municipality and group of measures; each chart has a text alternative and
 *       its data table.</li>
 * </ul>
 *
 * <p>The writers are immutable and thread-safe.
 */
public final class EnsDashboardWriters {

    private static final HtmlTemplateEngine HTML = HtmlTemplateEngine.create();

    private EnsDashboardWriters() {
    }

    /**
     * Obtains the writer of a format.
     *
     * @param format the format
     * @return the writer; for the CSV formats, of the {@link DashboardTable#SUMMARY} table
     * @throws NullPointerException if {@code format} is null
     */
    public static ReportWriter<EnsDashboard> of(ReportFormat format) {
        return switch (Objects.requireNonNull(format, "format")) {
            case JSON -> JsonReportWriter.create();
            case CSV, CSV_EXCEL -> csv(format, DashboardTable.SUMMARY);
            case MARKDOWN -> new RenderedReportWriter<>(format, EnsDashboardWriters::markdown);
            case HTML -> new RenderedReportWriter<>(format, EnsDashboardWriters::html);
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
    public static ReportWriter<EnsDashboard> csv(ReportFormat format, DashboardTable table) {
        Objects.requireNonNull(table, "table");
        return CsvReportWriter.of(format, (model, language) -> new DashboardContent(model, language, true).table(table));
    }

    private static void markdown(EnsDashboard model, ReportLanguage language, Writer out) throws IOException {
        DashboardContent content = new DashboardContent(model, language, false);
        MarkdownDocument document = MarkdownDocument.create(language)
                .heading(1, content.title())
                .paragraph(content.asOf());
        content.notes().forEach(document::paragraph);
        for (DashboardTable table : DashboardTable.values()) {
            document.table(content.table(table));
        }
        document.paragraph(String.join("\n", content.groupLegend())).writeTo(out);
    }

    private static void html(EnsDashboard model, ReportLanguage language, Writer out) throws IOException {
        DashboardContent content = new DashboardContent(model, language, false);
        HTML.render("ens-dashboard", Map.ofEntries(
                Map.entry("title", content.title()),
                Map.entry("asOf", content.asOf()),
                Map.entry("notes", content.notes()),
                Map.entry("summary", content.table(DashboardTable.SUMMARY)),
                Map.entry("complianceChart", content.complianceChart().toSvg()),
                Map.entry("statuses", content.table(DashboardTable.STATUSES)),
                Map.entry("statusChart", content.statusChart().toSvg()),
                Map.entry("groups", content.table(DashboardTable.GROUPS)),
                Map.entry("groupChart", content.groupHeatMap().toSvg()),
                Map.entry("groupLegend", content.groupLegend())), language, out);
    }
}
