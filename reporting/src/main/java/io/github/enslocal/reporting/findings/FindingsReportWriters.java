// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.findings;

import io.github.enslocal.reporting.RenderedReportWriter;
import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.ReportWriter;
import io.github.enslocal.reporting.Table;
import io.github.enslocal.reporting.csv.CsvReportWriter;
import io.github.enslocal.reporting.html.HtmlTemplateEngine;
import io.github.enslocal.reporting.i18n.Messages;
import io.github.enslocal.reporting.i18n.ValueFormat;
import io.github.enslocal.reporting.json.JsonReportWriter;
import io.github.enslocal.reporting.markdown.MarkdownDocument;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The writers of the {@link FindingsReport}, one per format.
 *
 * <ul>
 *   <li>JSON: the report's components as named in {@link FindingsReport} and the records it holds
 *       (e.g. {@code findings[].action.dueDate}, {@code byOwner[].counts.majorWithoutAction});
 *       dates ISO-8601, enums by constant name, missing values {@code null}.</li>
 *   <li>CSV: one table per file, {@link FindingsTable#FINDINGS} by default; {@link #csv} selects
 *       another.</li>
 *   <li>Markdown and HTML: the notes (date, support body, catalog, how grades and actions are
 *       read), then every table; the HTML prints on landscape A4.</li>
 * </ul>
 * Writers are immutable and thread-safe.
 */
public final class FindingsReportWriters {

    private static final HtmlTemplateEngine HTML = HtmlTemplateEngine.create();

    private FindingsReportWriters() {
    }

    /**
     * Returns the writer of a format.
     *
     * @param format the format
     * @return the writer
     * @throws NullPointerException if {@code format} is null
     */
    public static ReportWriter<FindingsReport> of(ReportFormat format) {
        return switch (Objects.requireNonNull(format, "format")) {
            case JSON -> JsonReportWriter.create();
            case CSV, CSV_EXCEL -> csv(format, FindingsTable.FINDINGS);
            case MARKDOWN -> new RenderedReportWriter<>(format, FindingsReportWriters::markdown);
            case HTML -> new RenderedReportWriter<>(format, FindingsReportWriters::html);
        };
    }

    /**
     * Returns a CSV writer of one table of the report.
     *
     * @param format {@link ReportFormat#CSV} or {@link ReportFormat#CSV_EXCEL}
     * @param table the table to write
     * @return the writer
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code format} is not a CSV format
     */
    public static ReportWriter<FindingsReport> csv(ReportFormat format, FindingsTable table) {
        Objects.requireNonNull(table, "table");
        return CsvReportWriter.of(format, (report, language) -> report.table(table, language));
    }

    private static void markdown(FindingsReport report, ReportLanguage language, Writer out) throws IOException {
        MarkdownDocument document = MarkdownDocument.create(language)
                .heading(1, title(report, language))
                .paragraph(asOf(report, language));
        notes(report, language).forEach(document::paragraph);
        for (FindingsTable table : FindingsTable.values()) {
            document.table(report.table(table, language));
        }
        document.writeTo(out);
    }

    private static void html(FindingsReport report, ReportLanguage language, Writer out) throws IOException {
        List<Table> tables = Arrays.stream(FindingsTable.values()).map(table -> report.table(table, language)).toList();
        HTML.render("findings-report", Map.of(
                "title", title(report, language),
                "asOf", asOf(report, language),
                "notes", notes(report, language),
                "tables", tables), language, out);
    }

    private static String title(FindingsReport report, ReportLanguage language) {
        return Messages.of(language).format("findings.title", report.supportBodyName());
    }

    private static String asOf(FindingsReport report, ReportLanguage language) {
        return Messages.of(language).format("document.asOf", ValueFormat.of(language).date(report.asOf()));
    }

    private static List<String> notes(FindingsReport report, ReportLanguage language) {
        Messages labels = Messages.of(language);
        return List.of(labels.get("findings.note.grades"), labels.get("findings.note.actions"),
                labels.format("findings.note.catalog", report.catalogVersion()));
    }
}
